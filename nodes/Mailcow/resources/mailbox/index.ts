import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { deleteTags } from './deleteTags';
import { get } from './get';
import { getAll } from './getAll';
import { getAllReduced } from './getAllReduced';
import { getLastLogin } from './getLastLogin';
import { getSpamScore } from './getSpamScore';
import { rename } from './rename';
import { setCustomAttributes } from './setCustomAttributes';
import { setPushover } from './setPushover';
import { setQuarantineCategory } from './setQuarantineCategory';
import { setQuarantineNotification } from './setQuarantineNotification';
import { setSpamScore } from './setSpamScore';
import { setTlsPolicy } from './setTlsPolicy';
import { setUserAcl } from './setUserAcl';
import { update } from './update';

export const mailbox: MailcowResource = {
	name: 'Mailbox',
	value: 'mailbox',
	default: 'create',
	operations: [
		create,
		del,
		deleteTags,
		get,
		getAll,
		getAllReduced,
		getLastLogin,
		getSpamScore,
		rename,
		setCustomAttributes,
		setPushover,
		setQuarantineCategory,
		setQuarantineNotification,
		setSpamScore,
		setTlsPolicy,
		setUserAcl,
		update,
	],
	messages: {
		mailbox_invalid: 'The local part of the mailbox is missing or invalid.',
		max_mailbox_exceeded: 'The domain has reached its maximum number of mailboxes.',
		mailbox_quota_exceeded:
			"The mailbox quota is above the domain's maximum quota per mailbox (MiB).",
		mailbox_quota_left_exceeded:
			"The mailbox quota is above what is left of the domain's total quota (MiB).",
		sender_acl_invalid: 'A sender ACL entry names a domain or address mailcow does not know.',
		'email invalid': 'The mailbox is not an email address.',
		// Rename to an address that exists: the raw database message, nothing changed.
		'SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry*':
			"Mailcow's database already has an object of that name (Rename: a mailbox with the new address); nothing was changed.",
		'Invalid regex':
			'The Senders Regex is not a valid regular expression (mailcow checks it as PCRE).',
	},
	successTexts: {
		pushover_settings_edited: 'Pushover settings saved',
		mailbox_renamed: 'Mailbox renamed',
	},
};
