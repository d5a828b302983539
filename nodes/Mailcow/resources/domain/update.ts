import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { fieldError, readFields } from '../../shared/fields';
import { sortByName } from '../../shared/descriptions';
import { editWithTagRemoval, removeTagsOption } from '../../shared/tags';
import { writeResult } from '../../shared/write';
import { setItemState } from '../../shared/state';
import { checkDomainLimits, domainAttributeFields, domainAttributeOptions } from './attributes';

const show = { resource: ['domain'], operation: ['update'] };
const ATTRIBUTES = [
	...domainAttributeFields('domainUpdateFields'),
	{
		param: 'removeTags',
		key: 'removeTags',
		kind: 'list' as const,
		label: 'Remove Tags',
		in: 'domainUpdateFields',
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { domains } = readFields(this, [
		{ param: 'domains', key: 'domains', kind: 'list', label: 'Domains', required: true },
	]);
	const attr = readFields(this, ATTRIBUTES);
	if (Object.keys(attr).length === 0)
		throw fieldError(this, 'Update Fields', 'add at least one field to change');
	checkDomainLimits(this, attr);
	setItemState(this, { summary: { domains } });
	return await editWithTagRemoval(this, options, 'domain', domains as string[], attr);
}

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update domains, overwriting the attributes given (tags are added)',
	description: 'Change attributes of one or more domains',
	routing: {
		request: { method: 'POST', url: '/edit/domain' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'domainUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Attributes to change; the others keep their values',
		displayOptions: { show },
		options: sortByName([...domainAttributeOptions, removeTagsOption]),
	},
];
