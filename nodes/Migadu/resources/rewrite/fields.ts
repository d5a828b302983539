import type { INodeProperties } from 'n8n-workflow';
import { destinationsProperty } from '../../shared/descriptions';
import type { MigaduField } from '../../shared/fields';
import type { Target } from '../../shared/target';

// Migadu addresses a rewrite by its name (a slug).
export const rewriteId = (r: Target) => r.text('rewrite', 'Rewrite Name');
export const rewriteLabel = (r: Target) => `rewrite "${rewriteId(r)}" of domain "${r.domain()}"`;
export const rewritesPath = (r: Target) => ['domains', r.domain(), 'rewrites'];

/** The rewrite to create, or the one to get, update or delete. */
export const rewriteParameter: INodeProperties = {
	displayName: 'Rewrite Name',
	name: 'rewrite',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'demo',
	description: 'Name (slug) of the rewrite rule',
};

export const pattern: MigaduField = {
	key: 'local_part_rule',
	kind: 'string',
	notEmpty: true,
	property: {
		displayName: 'Pattern',
		name: 'localPartRule',
		type: 'string',
		default: '',
		placeholder: 'demo-*',
		description: 'Local-part pattern the rule listens on; * matches any text',
	},
};

// Rewrites get their destinations as comma-separated text (unlike aliases).
export const destinations: MigaduField = {
	key: 'destinations',
	kind: 'addressCsv',
	required: true,
	property: destinationsProperty,
};

export const order: MigaduField = {
	key: 'order_num',
	kind: 'number',
	property: {
		displayName: 'Order',
		name: 'orderNum',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: "Position among the domain's rewrites; the lowest number is checked first",
	},
};
