import { remove } from '../../shared/operation';
import { policyIds } from './fields';

export const deletePolicyEntry = remove({
	name: 'Delete Policy Entry',
	value: 'deletePolicyEntry',
	action: 'Permanently delete domain policy entries (allowlist or denylist)',
	description: "Delete entries of domains' allowlists or denylists by ID",
	route: '/delete/domain-policy',
	ids: policyIds,
	objects: ['domain policy entry', 'domain policy entries'],
	// Each route deletes only its own kind of entry.
	hint: 'An entry of a mailbox (level "mailbox" in Get Policy Entries) is deleted with Mailbox Policy → Delete: mailcow refuses it here.',
});
