import type { INodeProperties } from 'n8n-workflow';
import { destinationsProperty } from '../../shared/descriptions';
import { expiryFields, flag, type MigaduField } from '../../shared/fields';
import type { Target } from '../../shared/target';

export const aliasId = (r: Target) => r.localPart('alias', 'Alias');
export const aliasLabel = (r: Target) => `alias "${aliasId(r)}@${r.domain()}"`;
export const aliasesPath = (r: Target) => ['domains', r.domain(), 'aliases'];

/** The alias to create, or the one to get, update or delete. */
export const aliasParameter: INodeProperties = {
	displayName: 'Alias',
	name: 'alias',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'team or team@example.com',
	description: 'Local part or address of the alias',
};

/** Destinations of a new alias, sent as a JSON array; an empty list is refused by Create. */
export const destinations: MigaduField = {
	key: 'destinations',
	kind: 'addressArray',
	property: destinationsProperty,
};

/** Alias settings besides the destinations. */
export const aliasFields: MigaduField[] = [
	{
		key: 'is_internal',
		kind: 'boolean',
		property: {
			displayName: 'Internal Only',
			name: 'isInternal',
			type: 'boolean',
			default: false,
			description: "Whether the alias only accepts mail sent through Migadu's servers",
		},
	},
	flag('expireable', {
		displayName: 'Expirable',
		name: 'expireable',
		default: true,
		description: 'Whether the alias expires on the Expires On date',
	}),
	...expiryFields('alias'),
];
