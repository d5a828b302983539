import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields, type FieldSpec } from '../../shared/fields';
import { ofDomains, readMany } from '../../shared/read';
import { simplifyMailbox } from '../../shared/simplify';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';

const show = { resource: ['mailbox'], operation: ['getAll'] };

const FIELDS: FieldSpec[] = [
	{ param: 'mailboxDomains', key: 'domains', kind: 'list', label: 'Domains' },
	{ param: 'mailboxTags', key: 'tags', kind: 'list', label: 'Tags' },
];

/** Mailcow's tag filter: any of the tags, each matched as a part of a tag (SQL LIKE %tag%). */
export function hasAnyTag(tags: string[]) {
	return (record: IDataObject) =>
		Array.isArray(record.tags) &&
		record.tags.some((t) => tags.some((wanted) => String(t).includes(wanted)));
}

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { domains, tags } = readFields(this, FIELDS) as { domains?: string[]; tags?: string[] };
	if (!domains || domains.length === 0) {
		options.url = '/get/mailbox/all';
		if (tags) options.qs = { ...options.qs, tags: tags.join(',') };
		return options;
	}
	// get/mailbox/all/{d1,d2} takes no tag filter: filter the records here, as mailcow would.
	options.url = mailcowPath(this, 'get', 'mailbox', 'all', { value: domains, label: 'Domains' });
	const inDomains = ofDomains(domains);
	const hasTag = tags ? hasAnyTag(tags) : () => true;
	setItemState(this, { filter: (record) => inDomains(record) && hasTag(record) });
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many mailboxes',
	description: 'List mailboxes of all or some domains, optionally only those with some tags',
	routing: {
		request: { method: 'GET' },
		send: { preSend: [setUrl] },
		output: { postReceive: [readMany(simplifyMailbox)] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Domains',
		name: 'mailboxDomains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.org',
		description: 'Only mailboxes of these comma-separated domains; empty = all domains',
		displayOptions: { show },
	},
	{
		displayName: 'Tags',
		name: 'mailboxTags',
		type: 'string',
		default: '',
		placeholder: 'vip, staff',
		description:
			'Only mailboxes having any of these comma-separated tags (mailcow matches parts of tags too)',
		displayOptions: { show },
	},
];
