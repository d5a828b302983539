import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasId, aliasLabel, aliasParameter } from './fields';

export const del = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete an alias (its mail is no longer forwarded)',
	description: 'Delete an alias of a domain',
	method: 'DELETE',
	path: (r) => [...aliasesPath(r), aliasId(r)],
	target: aliasLabel,
	locators: [domainLocator, aliasParameter],
	deleted: (r) => ({ address: `${aliasId(r)}@${r.domain()}`, deleted: true }),
});
