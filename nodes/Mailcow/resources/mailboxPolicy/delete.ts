import { remove } from '../../shared/operation';
import { ids } from './fields';

export const del = remove({
	action: 'Permanently delete mailbox policy entries (allowlist or denylist)',
	description: "Delete entries of mailboxes' allowlists or denylists by ID",
	route: '/delete/mailbox-policy',
	ids,
	objects: ['mailbox policy entry', 'mailbox policy entries'],
	// Each route deletes only its own kind of entry.
	hint: 'An entry of a domain (level "domain" in Get Many) is deleted with Domain → Delete Policy Entry: mailcow refuses it here.',
});
