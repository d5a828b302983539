import { topLevel } from '../../../shared/fields';
import { asciiName } from '../../shared/idn';
import { create } from '../../shared/operation';
import { LIST_NAMES } from '../../shared/policy';
import { list, mailbox, sender } from './fields';

export const addEntry = create({
	name: 'Add Entry',
	value: 'addEntry',
	action: 'Add a sender to the allowlist or denylist of a mailbox',
	description:
		"Add an address, a domain or *@domain to a mailbox's spam allowlist or denylist (a sender can be on one list only)",
	route: '/add/mailbox-policy',
	fields: topLevel(mailbox, list, sender),
	finish: (_context, body) => {
		// As mailcow stores them: lower case, the domain in punycode.
		body.username = asciiName(String(body.username)).toLowerCase();
		body.object_from = String(body.object_from).toLowerCase();
		return {
			mailbox: body.username,
			list: LIST_NAMES[String(body.object_list)],
			sender: body.object_from,
		};
	},
});
