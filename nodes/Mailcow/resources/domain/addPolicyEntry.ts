import { topLevel } from '../../../shared/fields';
import { create } from '../../shared/operation';
import { LIST_NAMES } from '../../shared/policy';
import { domain, policyList, policySender } from './fields';

export const addPolicyEntry = create({
	name: 'Add Policy Entry',
	value: 'addPolicyEntry',
	action: 'Add a sender to the allowlist or denylist of a domain',
	description:
		"Add an address, a domain or *@domain to the domain's spam allowlist or denylist (a sender can be on one list only)",
	route: '/add/domain-policy',
	fields: topLevel(domain, policyList, policySender),
	finish: (_context, body) => {
		// As mailcow stores it (it trims and lowercases too).
		body.object_from = String(body.object_from).toLowerCase();
		return {
			domain: body.domain,
			list: LIST_NAMES[String(body.object_list)],
			sender: body.object_from,
		};
	},
});
