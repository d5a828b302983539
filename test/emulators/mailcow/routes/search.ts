// POST search/mailbox and search/domain: DataTables server-side processing, the way mailcow's
// web UI lists mailboxes and domains. Each data item is the full get/mailbox or get/domain object.
import type { EmulatorResponse } from '../../core';
import { caughtException, intval, mysqlError, str } from '../php';
import type { MailcowDomain, MailcowMailbox, MailcowState } from '../state';
import { domainView } from './domain';
import type { MailcowRouteContext } from './index';
import { mailboxView } from './mailboxGet';

/** Whether a mailcow release (`2026-07a`) has the search routes (2026-03 or later). */
export function searchSince(version: string): boolean {
	const match = /^(\d{4})-(\d{2})/.exec(version);
	return match !== null && Number(match[1]) * 100 + Number(match[2]) >= 202603;
}

type Row = { key: string; fields: Record<number, string | number>; tags: string[] };

/** DataTables column number → the value it searches and orders by (mailbox table). */
function mailboxRow(state: MailcowState, m: MailcowMailbox): Row {
	return {
		key: m.username,
		tags: [...m.tags],
		fields: {
			0: m.username,
			2: m.username,
			3: m.quota,
			4: 0,
			5: str(m.attributes.passwd_update),
			6: 0,
			7: m.name,
			8: m.domain,
			9: 'mailcow',
			20: 0,
			21: m.created,
			22: m.modified ?? '',
			24: m.active,
		},
	};
}

function domainRow(state: MailcowState, d: MailcowDomain): Row {
	return {
		key: d.name,
		tags: [...d.tags],
		fields: {
			0: d.name,
			2: d.name,
			3: d.aliases,
			4: state.mailboxCount(d.name),
			5: d.quota,
			6: 0,
			7: d.defquota,
			8: d.maxquota,
			10: d.backupmx,
			15: d.active,
		},
	};
}

/** The tags column builds invalid SQL when ordered by (mailbox 23, domain 14). */
const TAG_COLUMN = { mailbox: 23, domain: 14 };

interface Column {
	data?: unknown;
	searchable?: unknown;
	orderable?: unknown;
	search?: { value?: unknown };
}

const truthy = (value: unknown) => value === true || value === 'true';

/**
 * Paging (`LIMIT start, length`, -1 = all, strings intval'd), ordering by orderable columns
 * only, a global LIKE %value% over the searchable columns (tags through a join), and per-column
 * search looked up by the column's `data` (a string reads as column 0, the username).
 */
export function search(context: MailcowRouteContext): EmulatorResponse {
	const { state, request, category, access, session } = context;
	if (access === 'none')
		return { status: 403, body: { type: 'error', msg: 'Insufficient permissions' } };
	if (request.method !== 'POST')
		return { status: 405, body: { type: 'error', msg: 'only POST method is allowed' } };
	if (category !== 'mailbox' && category !== 'domain')
		return { status: 404, body: { type: 'error', msg: 'Invalid search category' } };
	// Only a JSON body is decoded; anything else runs with no parameters.
	let params: Record<string, unknown> = {};
	if (String(request.headers['content-type'] ?? '').startsWith('application/json')) {
		try {
			const decoded: unknown = JSON.parse(request.rawBody);
			if (decoded && typeof decoded === 'object') params = decoded as Record<string, unknown>;
		} catch {
			// no parameters
		}
	}
	const columns = (Array.isArray(params.columns) ? params.columns : []) as Column[];
	const rows: Array<{ row: Row; item: MailcowMailbox | MailcowDomain }> =
		category === 'mailbox'
			? [...state.mailboxes.values()].map((m) => ({ row: mailboxRow(state, m), item: m }))
			: [...state.domains.values()].map((d) => ({ row: domainRow(state, d), item: d }));
	const total = rows.length;

	const like = (value: unknown, needle: string) =>
		String(value).toLowerCase().includes(needle.toLowerCase());
	const tagColumn = TAG_COLUMN[category];
	let filtered = rows;
	const global = str((params.search as { value?: unknown } | undefined)?.value);
	const searchable = columns.map((c, i) => (truthy(c.searchable) ? i : -1)).filter((i) => i >= 0);
	if (global !== '' && searchable.length > 0) {
		filtered = filtered.filter(({ row }) =>
			searchable.some((i) =>
				i === tagColumn
					? row.tags.some((t) => like(t, global))
					: i in row.fields && like(row.fields[i], global),
			),
		);
	}
	for (const column of columns) {
		const value = str(column.search?.value);
		if (value === '') continue;
		const index = intval(column.data);
		filtered = filtered.filter(({ row }) => index in row.fields && like(row.fields[index], value));
	}

	const orders = (Array.isArray(params.order) ? params.order : []) as Array<{
		column?: unknown;
		dir?: unknown;
	}>;
	const sorters: Array<{ index: number; desc: boolean }> = [];
	for (const order of orders) {
		const index = intval(order.column);
		if (!truthy(columns[index]?.orderable)) continue;
		if (index === tagColumn)
			return caughtException(
				session,
				mysqlError(1054, "Unknown column 'tags' in 'order clause'", '42S22'),
			);
		sorters.push({ index, desc: str(order.dir).toLowerCase() === 'desc' });
	}
	const compare = (a: string | number | undefined, b: string | number | undefined) =>
		typeof a === 'number' && typeof b === 'number'
			? a - b
			: String(a ?? '') < String(b ?? '')
				? -1
				: String(a ?? '') > String(b ?? '')
					? 1
					: 0;
	const sorted = [...filtered].sort((x, y) => {
		for (const { index, desc } of sorters) {
			const result = compare(x.row.fields[index], y.row.fields[index]);
			if (result !== 0) return desc ? -result : result;
		}
		return compare(x.row.key, y.row.key);
	});

	const start = Math.max(0, intval(params.start));
	const length = params.length === undefined ? -1 : intval(params.length);
	const page = length === -1 ? sorted.slice(start) : sorted.slice(start, start + length);
	const data = page.map(({ item }) =>
		category === 'mailbox'
			? mailboxView(state, item as MailcowMailbox)
			: domainView(state, item as MailcowDomain),
	);
	return {
		status: 200,
		body: {
			draw: intval(params.draw),
			// search/mailbox counts its total with the same WHERE; search/domain does not.
			recordsTotal: category === 'mailbox' ? filtered.length : total,
			recordsFiltered: filtered.length,
			data,
		},
	};
}
