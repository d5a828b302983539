import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { topLevel } from '../../../shared/fields';
import type { MailcowField } from '../../shared/fields';
import { listingOptions, type ListingTable } from '../../shared/listing';
import { getMany } from '../../shared/operation';
import { ofDomains } from '../../shared/read';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { simplifyMailbox } from './simplify';

const domains: MailcowField = {
	key: 'domains',
	kind: 'list',
	property: {
		displayName: 'Domains',
		name: 'mailboxDomains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.org',
		description: 'Only mailboxes of these comma-separated domains; empty = all domains',
	},
};

const tags: MailcowField = {
	key: 'tags',
	kind: 'list',
	property: {
		displayName: 'Tags',
		name: 'mailboxTags',
		type: 'string',
		default: '',
		placeholder: 'vip, staff',
		description:
			'Only mailboxes having any of these comma-separated tags (mailcow matches parts of tags too)',
	},
};

/** Mailcow's tag filter: any of the tags, each matched as a part of a tag (SQL LIKE %tag%). */
export function hasAnyTag(wanted: string[]) {
	return (record: IDataObject) =>
		Array.isArray(record.tags) &&
		record.tags.some((t) => wanted.some((w) => String(t).includes(w)));
}

/**
 * mailcow's mailbox table as search/mailbox numbers its columns (mailcow-observed-2.md, "Search"):
 * 2 username, 3 quota, 7 name, 20 messages, 23 tags, 24 active; the UI sends 25 of them.
 */
const table: ListingTable = {
	category: 'mailbox',
	columns: 25,
	key: 'username',
	searchColumns: [2, 7, 23],
	searchValues: (r) => [r.username, r.name, ...(Array.isArray(r.tags) ? r.tags : [])],
	sorts: [
		{ name: 'Address', value: 'username', column: 2, key: 'username' },
		{ name: 'Active', value: 'active', column: 24, key: 'active' },
		{ name: 'Full Name', value: 'name', column: 7, key: 'name' },
		{ name: 'Messages', value: 'messages', column: 20, key: 'messages' },
		{ name: 'Quota', value: 'quota', column: 3, key: 'quota' },
	],
};

/**
 * The unpaged list of `get/mailbox/reduced[/{domains}]` for Get Many Reduced (undocumented: the
 * records of get/mailbox/all without what mailcow computes per mailbox), with Get Many's filters.
 */
export function reducedRequest(
	context: IExecuteSingleFunctions,
	values: IDataObject,
	options: IHttpRequestOptions,
) {
	const { domains: names, tags: wanted } = values as { domains?: string[]; tags?: string[] };
	if (!names) {
		options.url = '/get/mailbox/reduced';
		if (wanted) options.qs = { ...options.qs, tags: wanted.join(',') };
		return;
	}
	// Like all/{d1,d2}: no tag filter, and every mailbox for an unknown domain; filtered here.
	options.url = mailcowPath(context, 'get', 'mailbox', 'reduced', {
		value: names,
		label: 'Domains',
	});
	const inDomains = ofDomains(names);
	const hasTag = wanted ? hasAnyTag(wanted) : () => true;
	setItemState(context, { filter: (record) => inDomains(record) && hasTag(record) });
}

/** Get Many's filters (Get Many Reduced shares them). */
export const listFilters = topLevel(domains, tags);

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many mailboxes',
	description:
		'List mailboxes of all or some domains, optionally only those with some tags; mailcow 2026-03 or later sends them page by page',
	routes: ['/get/mailbox/all', '/get/mailbox/all/{domain}'],
	fields: topLevel(domains, tags),
	simplify: simplifyMailbox,
	paging: {
		table,
		options: listingOptions('mailboxListOptions', table, 'mailboxes'),
		// Domains have their own route (one request per item, exactly those domains).
		pageable: (values) => !values.domains,
		filter: (values) => (values.tags ? hasAnyTag(values.tags as string[]) : undefined),
	},
	request: (context, values, options) => {
		const { domains: names, tags: wanted } = values as { domains?: string[]; tags?: string[] };
		if (!names) {
			options.url = '/get/mailbox/all';
			if (wanted) options.qs = { ...options.qs, tags: wanted.join(',') };
			return;
		}
		// get/mailbox/all/{d1,d2} takes no tag filter: filter the records here, as mailcow would.
		options.url = mailcowPath(context, 'get', 'mailbox', 'all', { value: names, label: 'Domains' });
		const inDomains = ofDomains(names);
		const hasTag = wanted ? hasAnyTag(wanted) : () => true;
		setItemState(context, { filter: (record) => inDomains(record) && hasTag(record) });
	},
});
