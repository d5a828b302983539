import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { domainLocator } from '../../shared/descriptions';
import { readFields, type FieldSpec } from '../../shared/fields';
import { simplifyDkim } from '../../shared/simplify';
import { getItemState } from '../../shared/state';

/** Fields of the DKIM resource used by several of its operations (defined once each). */
export const dkimFields: INodeProperties[] = [
	domainLocator('dkimDomain', { resource: ['dkim'], operation: ['create', 'createAndGet', 'get'] }),
	{
		displayName: 'Selector',
		name: 'dkimSelector',
		type: 'string',
		default: 'dkim',
		description: 'DKIM selector; the DNS record is named selector._domainkey.example.com',
		displayOptions: { show: { resource: ['dkim'], operation: ['create', 'createAndGet'] } },
	},
	{
		displayName: 'Key Size',
		name: 'dkimKeySize',
		type: 'options',
		default: 2048,
		options: [
			{ name: '1024 Bits', value: 1024 },
			{ name: '2048 Bits', value: 2048 },
			{ name: '3072 Bits', value: 3072 },
			{ name: '4096 Bits', value: 4096 },
		],
		description:
			'RSA key size (some DNS providers cannot store keys above 2048 bits in one TXT record)',
		displayOptions: { show: { resource: ['dkim'], operation: ['create', 'createAndGet'] } },
	},
];

const DOMAIN: FieldSpec = {
	param: 'dkimDomain',
	key: 'domains',
	kind: 'string',
	label: 'Domain',
	required: true,
};

// DKIM create reads `domains`; the singular `domain` is ignored and answers "Task completed".
export const CREATE_FIELDS: FieldSpec[] = [
	DOMAIN,
	{
		param: 'dkimSelector',
		key: 'dkim_selector',
		kind: 'string',
		label: 'Selector',
		default: 'dkim',
		check: (v) =>
			/^[a-zA-Z0-9_.-]+$/.test(String(v))
				? undefined
				: 'use letters, digits, dots, dashes and underscores only',
	},
	{
		param: 'dkimKeySize',
		key: 'key_size',
		kind: 'int',
		label: 'Key Size',
		default: 2048,
		min: 1024,
	},
];

export function readDkimDomain(context: IExecuteSingleFunctions): string {
	return String(readFields(context, [DOMAIN]).domains);
}

export function simplifyDkimRecord(
	record: IDataObject,
	context: IExecuteSingleFunctions,
): IDataObject {
	return simplifyDkim(record, getItemState(context).wanted?.value ?? '');
}
