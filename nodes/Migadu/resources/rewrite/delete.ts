import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { rewriteId, rewriteLabel, rewriteParameter, rewritesPath } from './fields';

export const del = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete a rewrite rule of a domain',
	description: 'Delete a rewrite rule of a domain',
	method: 'DELETE',
	path: (r) => [...rewritesPath(r), rewriteId(r)],
	target: rewriteLabel,
	locators: [domainLocator, rewriteParameter],
	deleted: (r) => ({ name: rewriteId(r), domain_name: r.domain(), deleted: true }),
});
