import { mailboxLocator, numericIds } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';
import { policyListField, policySenderField } from '../../shared/policy';

/** Every field of the Mailbox Policy resource, declared once. */

export const mailbox: MailcowField = {
	key: 'username',
	kind: 'string',
	required: true,
	property: mailboxLocator('mailboxPolicyMailbox'),
};

export const list = policyListField('mailboxPolicyList');

/** The list Get Many reads (its own parameter: Add Entry's fields follow its Mapping Mode). */
export const listToRead = policyListField('mailboxPolicyListToRead');

export const sender = policySenderField('mailboxPolicySender');

/** The entries a Delete removes: mailcow's numeric ids (`prefid`, the ID of Get Many). */
export const ids: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: {
		displayName: 'Entry IDs',
		name: 'mailboxPolicyIds',
		type: 'string',
		default: '',
		placeholder: '12, 13',
		description:
			'IDs of the list entries, comma-separated (the ID field of Get Many); an expression may return an array',
	},
};
