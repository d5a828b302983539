import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { asciiDomain } from '../../shared/idn';
import { create as createOperation } from '../../shared/operation';
import { active, createOptions, name, target } from './fields';
import { simplifyAliasDomain } from './simplify';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create an alias domain',
	description:
		'Create an alias domain of a mailcow domain, optionally with a rate limit and a DKIM key',
	route: '/add/alias-domain',
	fields: fieldGroups(
		topLevel(name, target),
		collection({ displayName: 'Options', name: 'aliasDomainOptions', placeholder: 'Add Option' }, [
			active,
			...createOptions,
		]),
	),
	readBack: {
		what: 'alias domain',
		route: ['get', 'alias-domain'],
		name: (body) => String(body.alias_domain),
		identity: (r) => [r.alias_domain],
		simplify: simplifyAliasDomain,
	},
	finish: (_context, body) => {
		// Mailcow stores names in lower case and punycode.
		body.alias_domain = asciiDomain(String(body.alias_domain).toLowerCase());
		body.target_domain = asciiDomain(String(body.target_domain).toLowerCase());
		// A limit without a frame would be stored with an empty one; a DKIM key needs both values
		// (mailcow silently skips it otherwise).
		if (body.rl_value !== undefined && body.rl_frame === undefined) body.rl_frame = 'h';
		if (body.dkim_selector !== undefined && body.key_size === undefined) body.key_size = 2048;
		if (body.key_size !== undefined && body.dkim_selector === undefined)
			body.dkim_selector = 'dkim';
		return { aliasDomain: body.alias_domain, targetDomain: body.target_domain };
	},
});
