import { POLICY_MESSAGES } from '../../shared/policy';
import type { MailcowResource } from '../../shared/resource';
import { addPolicyEntry } from './addPolicyEntry';
import { create } from './create';
import { del } from './delete';
import { deleteTags } from './deleteTags';
import { deletePolicyEntry } from './deletePolicyEntry';
import { get } from './get';
import { getAll } from './getAll';
import { getPolicyEntries } from './getPolicyEntries';
import { setFooter } from './setFooter';
import { update } from './update';

export const domain: MailcowResource = {
	name: 'Domain',
	value: 'domain',
	default: 'get',
	operations: [
		create,
		del,
		deleteTags,
		get,
		getAll,
		update,
		addPolicyEntry,
		deletePolicyEntry,
		getPolicyEntries,
		setFooter,
	],
	messages: {
		...POLICY_MESSAGES,
		domain_exists: 'A domain with this name already exists.',
		domain_not_empty: 'The domain still has mailboxes. Delete them first.',
		domain_cannot_match_hostname: "The domain cannot be the mail server's own hostname.",
		mailbox_quota_exceeds_domain_quota: 'The maximum mailbox quota is above the domain quota.',
		mailbox_defquota_exceeds_mailbox_maxquota:
			'The default mailbox quota is above the maximum mailbox quota.',
		defquota_empty: 'The default mailbox quota must be greater than 0.',
		maxquota_empty: 'The maximum mailbox quota must be greater than 0.',
		mailboxes_in_use: 'The domain already has more mailboxes than the new limit.',
		aliases_in_use: 'The domain already has more aliases than the new limit.',
		max_quota_in_use: 'A mailbox already uses more than the new maximum mailbox quota.',
		domain_quota_m_in_use: 'The mailboxes already use more than the new domain quota.',
	},
};
