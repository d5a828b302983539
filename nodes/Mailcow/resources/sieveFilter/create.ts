import { fieldGroups, topLevel } from '../../../shared/fields';
import { asciiName } from '../../shared/idn';
import { create as createOperation } from '../../shared/operation';
import { active, description, filterType, mailbox, script } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a sieve filter for a mailbox',
	description:
		"Add a sieve script that runs before or after the mailbox user's own filters; activating it deactivates the other filter of its type",
	route: '/add/filter',
	fields: fieldGroups(topLevel(mailbox, filterType, description, script, active)),
	finish: (_context, body) => {
		// Mailcow stores mailboxes with their domain in punycode.
		body.username = asciiName(String(body.username));
		return {
			mailbox: body.username,
			filterType: body.filter_type,
			description: body.script_desc,
		};
	},
});
