import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
	type PostReceiveAction,
} from 'n8n-workflow';
import { collection, type FieldGroup } from '../../shared/fields';
import { assertMailcowSuccess } from './errors';
import type { MailcowField, MailcowKind } from './fields';
import { shape, type Redactor, type Simplifier } from './read';
import { toRecords } from './records';
import { getItemState, setItemState } from './state';
import { mailcowApiRequest } from './transport';

/**
 * Get Many of mailboxes and domains on big servers. mailcow 2026-03 and later list them through
 * `POST search/mailbox|domain`, the DataTables server-side processing its web UI uses
 * (mailcow-observed-2.md, "Search"): `{draw, start, length, search, order, columns}` in, one
 * page `{draw, recordsTotal, recordsFiltered, data}` out, each data item the full get/… record.
 * Return All reads page after page; Limit, Offset, Sort and Search go to mailcow. Older servers
 * have no search route: the node reads the whole list (`get/mailbox/all`) and applies the same
 * Limit, Offset, Sort and Search itself, logging a notice once per execution.
 */

/** Records per search request: a page of full mailbox records is about 1 MB. */
export const SEARCH_PAGE_SIZE = 500;

/** The first mailcow release with search/* (year * 100 + month). */
const SEARCH_SINCE = 202603;

/** One Sort By choice: the DataTables column mailcow orders by, the record key the fallback uses. */
interface SortChoice {
	name: string;
	value: string;
	column: number;
	key: string;
}

/** A mailcow table listed through search/<category>. */
export interface ListingTable {
	category: 'mailbox' | 'domain';
	/** Columns mailcow's table has (the UI sends 25 for mailboxes, 16 for domains). */
	columns: number;
	/** The record key naming an object; its column always ends the order, so pages are stable. */
	key: string;
	/** Columns the Search text looks in (mailcow: LIKE %text% over them, tags through a join). */
	searchColumns: number[];
	/** The same values in a record, for servers without search. */
	searchValues: (record: IDataObject) => unknown[];
	/** Sort By choices; the first is the default (the name column, ascending). */
	sorts: SortChoice[];
}

/** What one item asked for. `want` is Infinity with Return All. */
interface ListQuery {
	search: string;
	sort: SortChoice;
	descending: boolean;
	offset: number;
	want: number;
}

/** What the preSend hands the postReceive (see ItemState.listing). */
export interface Listing {
	table: ListingTable;
	query: ListQuery;
	/** Search: pages of search/<category>; list: one get/… answer trimmed here. */
	mode: 'search' | 'list';
	/** Records mailcow cannot filter in a search (tags of any of several values). */
	filter?: (record: IDataObject) => boolean;
}

/**
 * The Options collection of a listing: Search, Sort By, Sort Direction, Offset. `name` is the
 * collection's parameter name (unique in the node).
 */
export function listingOptions(
	name: string,
	table: ListingTable,
	what: string,
): FieldGroup<MailcowKind> {
	const search: MailcowField = {
		key: 'search',
		kind: 'string',
		property: {
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: `Only ${what} containing this text (not case-sensitive) in their ${table.category === 'mailbox' ? 'address, name or tags' : 'name or tags'}`,
		},
	};
	const firstSort = table.sorts[0].value;
	const sortBy: MailcowField = {
		key: 'sortBy',
		kind: 'option',
		property: {
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			// The first choice: the name column.
			default: firstSort,
			options: table.sorts.map(({ name: label, value }) => ({ name: label, value })),
		},
	};
	const sortDirection: MailcowField = {
		key: 'sortDirection',
		kind: 'option',
		property: {
			displayName: 'Sort Direction',
			name: 'sortDirection',
			type: 'options',
			default: 'asc',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
		},
	};
	const offset: MailcowField = {
		key: 'offset',
		kind: 'int',
		property: {
			displayName: 'Offset',
			name: 'offset',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0 },
			description: `How many ${what} to skip first (in the sort order)`,
		},
	};
	return collection({ displayName: 'Options', name, placeholder: 'Add Option' }, [
		search,
		sortBy,
		sortDirection,
		offset,
	]);
}

/** The panel notice of a paged Get Many (one object, shared by both resources). */
export const pagingNotice: INodeProperties = {
	displayName:
		'Mailcow 2026-03 or later sends the list page by page; older servers send it whole and n8n applies Limit, Offset, Sort and Search',
	name: 'searchPagingNotice',
	type: 'notice',
	default: '',
};

/** The query of one item from the values its preSend read. */
export function listQuery(
	context: IExecuteSingleFunctions,
	table: ListingTable,
	values: IDataObject,
): ListQuery {
	const returnAll = context.getNodeParameter('returnAll', false) as boolean;
	return {
		search: String(values.search ?? ''),
		sort: table.sorts.find((s) => s.value === values.sortBy) ?? table.sorts[0],
		descending: values.sortDirection === 'desc',
		offset: Number(values.offset ?? 0),
		want: returnAll ? Infinity : (context.getNodeParameter('limit', 50) as number),
	};
}

/** `2026-07a` → 202607; anything else → undefined. */
function releaseOf(version: unknown): number | undefined {
	const match = /^(\d{4})-(\d{2})/.exec(typeof version === 'string' ? version : '');
	return match ? Number(match[1]) * 100 + Number(match[2]) : undefined;
}

// The answer of get/status/version per execution and node. RoutingNode starts every item at
// once, so the promise (not the answer) is kept: all items wait for the one request.
const versions = new Map<string, Promise<boolean>>();
const MAX_VERSIONS = 100;

/**
 * Whether this mailcow has search/* (2026-03 or later), read from `get/status/version` once per
 * execution of the node. A server that is older or does not tell gets a notice in n8n's log, once.
 * A failed read (refused key) fails every item that asked, with that one request's error.
 */
export async function searchAvailable(
	context: IExecuteSingleFunctions,
	category: string,
): Promise<boolean> {
	const node = context.getNode();
	const key = `${context.getExecutionId()}|${node.id}|${node.name}`;
	let available = versions.get(key);
	if (!available) {
		available = (async () => {
			const answer = (await mailcowApiRequest.call(context, 'GET', '/get/status/version')) as
				| IDataObject
				| undefined;
			const version = answer?.version;
			const release = releaseOf(version);
			if (release !== undefined && release >= SEARCH_SINCE) return true;
			context.logger.warn(
				`${node.name}: mailcow ${typeof version === 'string' ? version : '(version unknown)'} cannot page (search/${category} needs 2026-03 or later): Get Many reads the whole list and applies Limit, Offset, Sort and Search in n8n`,
			);
			return false;
		})();
		versions.set(key, available);
		if (versions.size > MAX_VERSIONS) versions.delete(versions.keys().next().value as string);
	}
	return await available;
}

/** One search/<category> body: DataTables' request with our columns, order and page. */
export function searchBody(
	table: ListingTable,
	query: ListQuery,
	page: number,
	start: number,
	length: number,
): IDataObject {
	const key = table.sorts[0];
	// mailcow orders only by columns marked orderable; the name column ends every order.
	const order = [{ column: query.sort.column, dir: query.descending ? 'desc' : 'asc' }];
	if (query.sort.column !== key.column) order.push({ column: key.column, dir: 'asc' });
	const orderable = new Set(table.sorts.map((s) => s.column));
	const searchable = new Set(table.searchColumns);
	return {
		draw: page,
		start,
		length,
		search: { value: query.search, regex: false },
		order,
		// `data` is the column number: mailcow finds a column's own search by it (a name such as
		// "username" would search the first column instead, see the digest).
		columns: Array.from({ length: table.columns }, (_, i) => ({
			data: i,
			name: '',
			searchable: searchable.has(i),
			orderable: orderable.has(i),
			search: { value: '', regex: false },
		})),
	};
}

/** How many records the next page asks for. */
function pageLength(listing: Listing, collected: number): number {
	const { want } = listing.query;
	if (listing.filter || want === Infinity) return SEARCH_PAGE_SIZE;
	return Math.min(SEARCH_PAGE_SIZE, Math.max(1, want - collected));
}

/**
 * Turns an item's Get Many request into the first search request (POST search/<category>) and
 * remembers what the postReceive needs for the next pages.
 */
export function firstPage(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	listing: Listing,
): void {
	setItemState(context, { listing });
	if (listing.mode !== 'search') return;
	// A filter mailcow cannot apply makes Offset count the filtered records: pages start at 0.
	const start = listing.filter ? 0 : listing.query.offset;
	options.method = 'POST';
	options.url = `/search/${listing.table.category}`;
	delete options.qs;
	options.body = searchBody(listing.table, listing.query, 1, start, pageLength(listing, 0));
}

interface SearchPage {
	recordsFiltered: number;
	data: IDataObject[];
}

/** A search answer, or an error saying mailcow answered something else. */
function asPage(context: IExecuteSingleFunctions, body: unknown): SearchPage {
	const page = body as Partial<SearchPage> | null;
	if (page && typeof page === 'object' && Array.isArray(page.data))
		return { recordsFiltered: Number(page.recordsFiltered ?? 0), data: page.data };
	throw new NodeApiError(
		context.getNode(),
		{ body: JSON.stringify(body ?? null).slice(0, 200) },
		{
			message: `Mailcow answered the search with something else than a page of records (item ${context.getItemIndex()})`,
			description:
				'search/mailbox and search/domain answer {draw, recordsTotal, recordsFiltered, data}. A proxy in front of mailcow may have changed the answer.',
			httpCode: '502',
			itemIndex: context.getItemIndex(),
		},
	);
}

/** Sorts, searches and pages a whole list the way mailcow's search would (older servers). */
function applyQuery(listing: Listing, records: IDataObject[]): IDataObject[] {
	const { table, query } = listing;
	const needle = query.search.toLowerCase();
	let out = records;
	if (needle !== '')
		out = out.filter((r) =>
			table
				.searchValues(r)
				.some((v) => v !== undefined && v !== null && String(v).toLowerCase().includes(needle)),
		);
	// mailcow's own order unless another was asked for (the name column first).
	if (query.sort !== table.sorts[0] || query.descending) {
		const by = (r: IDataObject, k: string) => r[k] as unknown;
		const compare = (a: unknown, b: unknown) =>
			typeof a === 'number' && typeof b === 'number'
				? a - b
				: String(a ?? '')
						.toLowerCase()
						.localeCompare(String(b ?? '').toLowerCase());
		out = [...out].sort((x, y) => {
			const first = compare(by(x, query.sort.key), by(y, query.sort.key));
			if (first !== 0) return query.descending ? -first : first;
			return compare(by(x, table.key), by(y, table.key));
		});
	}
	return out.slice(query.offset, query.want === Infinity ? undefined : query.offset + query.want);
}

/**
 * The postReceive of a paged Get Many. Search: reads the next pages until Limit records (after
 * the filter) or the last page, each record once. List: the whole answer, filtered and then
 * searched, sorted and trimmed like the search. `redact` runs on every record first.
 */
export function readListing(simplify: Simplifier, redact?: Redactor): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const { listing, filter } = getItemState(this);
		assertMailcowSuccess(this.getNode(), response, {
			itemIndex: this.getItemIndex(),
			kind: 'read',
		});
		if (!listing) throw new Error('readListing needs a listing (firstPage)');
		const clean = (records: IDataObject[]) => (redact ? records.map(redact) : records);
		if (listing.mode === 'list') {
			let records = clean(toRecords(response.body));
			if (filter) records = records.filter(filter);
			return shape(this, applyQuery(listing, unique(records, listing.table.key)), simplify);
		}
		const { table, query } = listing;
		const out: IDataObject[] = [];
		const seen = new Set<unknown>();
		let skip = listing.filter ? query.offset : 0;
		let start = listing.filter ? 0 : query.offset;
		let page = asPage(this, response.body);
		for (let number = 1; ; number++) {
			for (const record of clean(page.data)) {
				// Offset paging of a changing table may repeat a record across pages.
				if (seen.has(record[table.key])) continue;
				seen.add(record[table.key]);
				if (listing.filter && !listing.filter(record)) continue;
				if (skip > 0) {
					skip--;
					continue;
				}
				if (out.length < query.want) out.push(record);
			}
			start += page.data.length;
			if (out.length >= query.want || page.data.length === 0 || start >= page.recordsFiltered)
				break;
			const body = searchBody(table, query, number + 1, start, pageLength(listing, out.length));
			page = asPage(
				this,
				await mailcowApiRequest.call(this, 'POST', `/search/${table.category}`, body),
			);
		}
		return shape(this, out, simplify);
	};
}

/** Drops repeated records (same key), keeping the first. */
function unique(records: IDataObject[], key: string): IDataObject[] {
	const seen = new Set<unknown>();
	return records.filter((record) => {
		const name = record[key] ?? JSON.stringify(record);
		if (seen.has(name)) return false;
		seen.add(name);
		return true;
	});
}
