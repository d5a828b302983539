import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { asciiDomain } from '../../shared/idn';
import { create as createOperation } from '../../shared/operation';
import {
	checkDomainLimits,
	CREATE_DEFAULTS_DESCRIPTION,
	createAttributes,
	domainName,
} from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a domain',
	description:
		'Add a domain with its limits; mailcow also generates its DKIM key unless the key size is 0',
	route: '/add/domain',
	fields: fieldGroups(
		topLevel(domainName),
		collection(
			{
				displayName: 'Options',
				name: 'domainOptions',
				placeholder: 'Add Option',
				description: CREATE_DEFAULTS_DESCRIPTION,
			},
			createAttributes,
		),
	),
	finish: (context, body) => {
		checkDomainLimits(context, body);
		// mailcow stores the domain in lower case and punycode (add/domain converts it).
		return { domain: asciiDomain(String(body.domain).toLowerCase()) };
	},
});
