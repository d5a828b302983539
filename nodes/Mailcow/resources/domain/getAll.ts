import { topLevel } from '../../../shared/fields';
import type { MailcowField } from '../../shared/fields';
import { listingOptions, type ListingTable } from '../../shared/listing';
import { getMany } from '../../shared/operation';
import { hasAnyTag } from '../mailbox/getAll';
import { simplifyDomain } from './simplify';

const tags: MailcowField = {
	key: 'tags',
	kind: 'csv',
	property: {
		displayName: 'Tags',
		name: 'domainTags',
		type: 'string',
		default: '',
		placeholder: 'prod, eu',
		description:
			'Only domains having any of these comma-separated tags (mailcow matches parts of tags too)',
	},
};

/**
 * mailcow's domain table as search/domain numbers its columns (mailcow-observed-2.md, "Search"):
 * 2 domain, 4 mailboxes, 5 quota, 14 tags, 15 active; the UI sends 16 of them.
 */
const table: ListingTable = {
	category: 'domain',
	columns: 16,
	key: 'domain_name',
	searchColumns: [2, 14],
	searchValues: (r) => [r.domain_name, ...(Array.isArray(r.tags) ? r.tags : [])],
	sorts: [
		{ name: 'Domain', value: 'domain', column: 2, key: 'domain_name' },
		{ name: 'Active', value: 'active', column: 15, key: 'active' },
		{ name: 'Mailboxes', value: 'mailboxes', column: 4, key: 'mboxes_in_domain' },
		{ name: 'Quota', value: 'quota', column: 5, key: 'max_quota_for_domain' },
	],
};

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many domains',
	description:
		'List domains, optionally only those with some tags; mailcow 2026-03 or later sends them page by page',
	fields: topLevel(tags),
	routes: ['/get/domain/all'],
	simplify: simplifyDomain,
	paging: {
		table,
		options: listingOptions('domainListOptions', table, 'domains'),
		filter: (values) => (values.tags ? hasAnyTag(String(values.tags).split(',')) : undefined),
	},
	request: (_context, values, options) => {
		options.url = '/get/domain/all';
		// Mailcow matches any of the tags, each as a substring (tags=pro finds "prod").
		if (values.tags) options.qs = { ...options.qs, tags: values.tags };
	},
});
