import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { operation } from '../../shared/operation';
import { domainFields } from './fields';

const main = topLevel(
	{
		key: 'name',
		kind: 'domain',
		required: true,
		property: {
			displayName: 'Domain Name',
			name: 'domainName',
			type: 'string',
			default: '',
			placeholder: 'example.com',
			description: 'Unicode names are converted to punycode (xn--…)',
		},
	},
	{
		key: 'hosted_dns',
		kind: 'boolean',
		property: {
			displayName: 'Hosted DNS',
			name: 'hostedDns',
			type: 'boolean',
			default: false,
			description:
				'Whether Migadu hosts the DNS zone. Migadu is retiring hosted DNS; keep this off and set the records at your DNS provider (see Get DNS Records).',
		},
	},
	{
		key: 'create_default_addresses',
		kind: 'boolean',
		property: {
			displayName: 'Create Default Addresses',
			name: 'createDefaultAddresses',
			type: 'boolean',
			default: true,
			description: 'Whether to create the postmaster, abuse and admin addresses',
		},
	},
);

export const create = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a domain',
	description: 'Add a domain to the account',
	method: 'POST',
	path: () => ['domains'],
	target: (_r, body) => `domain "${String(body.name)}"`,
	fields: fieldGroups(
		main,
		collection({ displayName: 'Additional Fields', name: 'domainAdditionalFields' }, domainFields),
	),
});
