import { topLevel } from '../../../shared/fields';
import { getMany } from '../../shared/operation';
import { ofPolicyObject, simplifyPolicyEntry } from '../../shared/policy';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { listToRead, mailbox } from './fields';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get the allowlist or denylist of a mailbox',
	description:
		"List a mailbox's spam allowlist or denylist, including the entries of its domain (level: domain)",
	routes: ['/get/policy_wl_mailbox/{mailbox}', '/get/policy_bl_mailbox/{mailbox}'],
	fields: topLevel(mailbox, listToRead),
	simplify: simplifyPolicyEntry(listToRead.property.name),
	request: (context, values, options) => {
		const owner = String(values.username);
		setItemState(context, { filter: ofPolicyObject(owner) });
		options.url = mailcowPath(context, 'get', `policy_${String(values.object_list)}_mailbox`, {
			value: owner,
			label: 'Mailbox',
		});
	},
});
