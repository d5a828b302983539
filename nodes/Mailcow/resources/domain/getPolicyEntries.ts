import { topLevel } from '../../../shared/fields';
import { getMany } from '../../shared/operation';
import { ofPolicyObject, simplifyPolicyEntry } from '../../shared/policy';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { domain, policyListToRead } from './fields';

export const getPolicyEntries = getMany({
	name: 'Get Policy Entries',
	value: 'getPolicyEntries',
	action: 'Get the allowlist or denylist of a domain',
	description:
		"List a domain's spam allowlist or denylist, including its mailboxes' entries (level: mailbox)",
	routes: ['/get/policy_wl_domain/{domain}', '/get/policy_bl_domain/{domain}'],
	fields: topLevel(domain, policyListToRead),
	simplify: simplifyPolicyEntry(policyListToRead.property.name),
	request: (context, values, options) => {
		const name = String(values.domain);
		setItemState(context, { filter: ofPolicyObject(name) });
		options.url = mailcowPath(context, 'get', `policy_${String(values.object_list)}_domain`, {
			value: name,
			label: 'Domain',
		});
	},
});
