import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { identitiesPath, identityId, identityLabel, identityParameter } from './fields';

export const get = operation({
	name: 'Get',
	value: 'get',
	action: 'Get an identity',
	description: 'Get one identity of a mailbox',
	method: 'GET',
	// Migadu addresses an identity by its local part.
	path: (r) => [...identitiesPath(r), identityId(r)],
	target: identityLabel,
	locators: [domainLocator, mailboxLocator, identityParameter],
});
