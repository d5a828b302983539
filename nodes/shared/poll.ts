import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type IPollFunctions,
} from 'n8n-workflow';

/**
 * The polling engine shared by the Mailcow and Migadu triggers. Neither API pushes events, so each
 * poll reads the server, compares the answer with what the previous poll remembered (the cursor in
 * the workflow's static data) and emits what changed.
 *
 * - The first poll of an activation with no cursor (or a cursor of another event or filter)
 *   remembers the present state and emits nothing.
 * - Every request is sent before anything is remembered: a poll that fails changes no cursor, so
 *   the next poll compares with the same state and nothing is missed or emitted twice.
 * - In the editor (Fetch Test Event, mode `manual`) the cursor is never changed; the poll returns
 *   what changed since the remembered state, else the most recent real item, else a clear error.
 * - After the server refused the credentials (HTTP 401/403) the trigger stops sending until a
 *   pause has passed (5 minutes, doubling up to an hour); each skipped poll still fails with the
 *   reason, so n8n shows it. mailcow bans an IP after repeated failed logins and Migadu blocks it.
 */
export interface PollEvent<Data, State> {
	/** Reads what the event needs from the server (knowing the remembered state); throws on any failure. */
	read(ctx: IPollFunctions, state: State | undefined): Promise<Data>;
	/** The state to remember from an answer (first activation: nothing is emitted). */
	baseline(data: Data, now: number): State;
	/** What happened since `state` (oldest first) and the state to remember now. */
	changes(state: State, data: Data, now: number): { items: IDataObject[]; state: State };
	/** Fetch Test Event without a change to show: the most recent real items, newest first. */
	sample(data: Data, now: number): IDataObject[];
	/** Why Fetch Test Event has nothing to show, and what to do (a full sentence). */
	nothingYet: string;
}

interface Cursor {
	/** The event and filters the state belongs to. */
	key: string;
	state: unknown;
}

interface Pause {
	until: number;
	failures: number;
}

// One entry per activation: n8n builds one poll context per activation and reuses it for every
// tick, so activating again (after fixing the credential) retries at once.
const pauses = new WeakMap<object, Pause>();
const FIRST_PAUSE_MS = 5 * 60_000;
const LONGEST_PAUSE_MS = 60 * 60_000;

function refusedCredentials(error: unknown): boolean {
	return error instanceof NodeApiError && (error.httpCode === '401' || error.httpCode === '403');
}

function timeOf(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}

/**
 * Runs one poll of `event`. `key` names the event and its filters: a cursor stored under another
 * key (the user changed the event or a filter) counts as none. Returns the items to emit, or null.
 */
export async function pollEvent<Data, State>(
	ctx: IPollFunctions,
	event: PollEvent<Data, State>,
	key: string,
): Promise<INodeExecutionData[][] | null> {
	const manual = ctx.getMode() === 'manual';
	const staticData = ctx.getWorkflowStaticData('node');
	const stored = staticData.cursor as Cursor | undefined;
	const known = stored?.key === key ? (stored.state as State) : undefined;

	const pause = pauses.get(ctx);
	if (!manual && pause && Date.now() < pause.until) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Polling paused until ${timeOf(pause.until)}: the server refused the credentials`,
			{
				description:
					'Nothing was sent, so the server cannot ban or block this IP for repeated failed logins. Fix the credential, then deactivate and activate the workflow to retry at once.',
			},
		);
	}
	let data: Data;
	try {
		data = await event.read(ctx, known);
	} catch (caught) {
		// Our error paths throw n8n errors; anything else failed before an answer (refused
		// connection, TLS, DNS): keep only its message, never the request it carries.
		const error =
			caught instanceof NodeApiError || caught instanceof NodeOperationError
				? caught
				: new NodeOperationError(
						ctx.getNode(),
						`The server could not be reached: ${(caught as Error)?.message ?? String(caught)}`,
						{ description: 'Nothing changed; the next poll tries again.' },
					);
		if (!manual && refusedCredentials(error)) {
			const failures = (pause?.failures ?? 0) + 1;
			const wait = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (failures - 1));
			pauses.set(ctx, { until: Date.now() + wait, failures });
		}
		throw error;
	}
	pauses.delete(ctx);
	const now = Date.now();

	if (manual) {
		const recent = known === undefined ? [] : event.changes(known, data, now).items.reverse();
		const items = recent.length ? recent : event.sample(data, now);
		if (!items.length) {
			throw new NodeOperationError(ctx.getNode(), 'Nothing to show yet', {
				description: event.nothingYet,
			});
		}
		return [ctx.helpers.returnJsonArray(items.slice(0, 1))];
	}
	if (known === undefined) {
		staticData.cursor = { key, state: event.baseline(data, now) } satisfies Cursor;
		return null;
	}
	const { items, state } = event.changes(known, data, now);
	staticData.cursor = { key, state } satisfies Cursor;
	return items.length ? [ctx.helpers.returnJsonArray(items)] : null;
}

/**
 * Objects of a list answer by identity: `key` names the object (an address), `version` tells a
 * re-created object from the old one (its creation time or id; '' where the API has none).
 */
export interface Listed {
	key: string;
	version: string;
	item: IDataObject;
}

/** What a collection event remembers: key → version of every object seen. */
export type Seen = Record<string, string>;

export function seen(list: Listed[]): Seen {
	return Object.fromEntries(list.map(({ key, version }) => [key, version]));
}

/** Objects not seen before (or re-created since), in the order of the answer. */
export function added(before: Seen, list: Listed[]): IDataObject[] {
	return list.filter(({ key, version }) => before[key] !== version).map(({ item }) => item);
}

/** Keys seen before that are gone (or were re-created since), sorted. */
export function removed(before: Seen, list: Listed[]): string[] {
	const now = seen(list);
	return Object.keys(before)
		.filter((key) => now[key] !== before[key])
		.sort();
}

/** A "new object" event over a list answer; `sample` shows the newest first. */
export function newObjects<Data>(
	list: (data: Data) => Listed[],
	nothingYet: string,
	newest: (a: Listed, b: Listed) => number = (a, b) =>
		a.version === b.version ? 0 : a.version < b.version ? 1 : -1,
): Omit<PollEvent<Data, Seen>, 'read'> {
	return {
		baseline: (data) => seen(list(data)),
		changes: (before, data) => ({ items: added(before, list(data)), state: seen(list(data)) }),
		// Ties keep the answer's order reversed: the last listed first.
		sample: (data) =>
			[...list(data)]
				.reverse()
				.sort(newest)
				.map(({ item }) => item),
		nothingYet,
	};
}

/** A "deleted object" event over a list answer; each deletion is emitted once. */
export function deletedObjects<Data>(
	list: (data: Data) => Listed[],
	describe: (key: string) => IDataObject,
	nothingYet: string,
): Omit<PollEvent<Data, Seen>, 'read'> {
	return {
		baseline: (data) => seen(list(data)),
		changes: (before, data) => ({
			items: removed(before, list(data)).map(describe),
			state: seen(list(data)),
		}),
		sample: () => [],
		nothingYet,
	};
}
