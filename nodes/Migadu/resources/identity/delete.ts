import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { identitiesPath, identityId, identityLabel, identityParameter } from './fields';

export const del = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete an identity of a mailbox',
	description: 'Delete an identity of a mailbox',
	method: 'DELETE',
	path: (r) => [...identitiesPath(r), identityId(r)],
	target: identityLabel,
	locators: [domainLocator, mailboxLocator, identityParameter],
	deleted: (r) => ({
		address: `${identityId(r)}@${r.domain()}`,
		mailbox: r.mailboxAddress(),
		deleted: true,
	}),
});
