/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Replays mailcow's recorded request → response pairs (test/fixtures/mailcow-observed.json)
// against the emulator and compares the answers; used by mailcow-replay.test.ts.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { MAILCOW_RO_KEY, MAILCOW_RW_KEY, type MailcowEmulator } from './index';

export interface RecordedExchange {
	name: string;
	method: string;
	path: string;
	request: unknown;
	status: number;
	contentType: string;
	response: unknown;
	auth: 'rw' | 'ro' | 'none' | 'wrong';
	requestContentType?: string | null;
	extraRequestHeaders?: Record<string, string>;
	sessionCookieReused?: boolean;
	dockerAffected?: string;
	group?: string;
	note?: string;
}

export interface ReplayResult {
	index: number;
	record: RecordedExchange;
	route: string;
	/** The recorded answer was changed by the missing mail containers; compared after undoing that. */
	docker: boolean;
	status: number;
	contentType: string;
	body: unknown;
	matches: boolean;
}

export const OBSERVED_PATH = path.join(__dirname, '..', '..', 'fixtures', 'mailcow-observed.json');

export const OBSERVED_2_PATH = path.join(
	__dirname,
	'..',
	'..',
	'fixtures',
	'mailcow-observed-2.json',
);

export function loadRecording(file = OBSERVED_PATH): RecordedExchange[] {
	return JSON.parse(fs.readFileSync(file, 'utf8')) as RecordedExchange[];
}

/** The domains that existed before the recording started, as the recorded answers show them. */
export function seedRecordedState(emulator: MailcowEmulator) {
	const { state } = emulator;
	state.addDomain({
		name: 'example.test',
		description: 'Example domain',
		rl: { value: '10', frame: 's' },
		dkim: true,
	});
	for (const name of ['noaliases.test', 'nodkim.test', 'sogo.test']) {
		state.addDomain({
			name,
			aliases: name === 'noaliases.test' ? 400 : 10,
			defquota: 1024,
			maxquota: 2048,
			dkim: name !== 'nodkim.test',
		});
	}
	// mailcow's alias auto-increment stood at 77 when the recording began.
	state.nextAliasId = 77;
}

/** Route label of the match table: method + action/category (+ "/tag" for the tag routes). */
export function routeOf(record: RecordedExchange): string {
	const [action = '', category = '', sub] = record.path.split('?')[0].split('/').slice(3);
	return `${record.method} ${action}/${category}${sub === 'tag' ? '/tag' : ''}`;
}

const TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;

/** Generated values compared by shape only: what matches one of these is blanked to its label. */
const GENERATED: Array<[RegExp, string]> = [
	[TIME, '<time>'],
	[/^MI[A-Za-z0-9+/]{100,}={0,2}$/, '<dkim key>'],
	[/^\{BLF-CRYPT\}\$2y\$10\$[./A-Za-z0-9]{53}$/, '<app password hash>'],
	[/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, '<uuid>'],
	[/^[0-9A-F]{6}(-[0-9A-F]{6}){4}$/, '<sso token>'],
];

/** Keys whose values are generated per run: oAuth client ids/secrets, time-limited addresses. */
const GENERATED_KEYS: Record<string, RegExp> = {
	client_id: /^[0-9a-f]{12}$/,
	client_secret: /^[0-9a-f]{24}$/,
	address: /^[a-z]+\.[a-z]+@/,
};

const UNIX_TIME_KEYS = new Set(['time', 'created', 'validity']);
/** Unix times (seconds) of this era, as the api log, quarantine and time-limited aliases show them. */
const isUnixTime = (value: number) => Number.isInteger(value) && value > 1.7e9 && value < 2.2e9;

/** Blanks what legitimately differs between runs: timestamps, generated keys, ids and secrets. */
export function normalise(value: unknown, key?: string): unknown {
	if (typeof value === 'string') {
		for (const [pattern, label] of GENERATED) if (pattern.test(value)) return label;
		if (key && GENERATED_KEYS[key]?.test(value)) return `<${key}>`;
		return value.replace(/;p=MI[A-Za-z0-9+/]{100,}={0,2}$/, ';p=<dkim key>');
	}
	if (typeof value === 'number' && key && UNIX_TIME_KEYS.has(key) && isUnixTime(value))
		return '<unix time>';
	if (Array.isArray(value)) return value.map((v) => normalise(v));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
	}
	return value;
}

/** Deep equality that also compares the order of object keys (clients may depend on neither, but mailcow has one). */
export const sameJson = (a: unknown, b: unknown) =>
	JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

/**
 * What a real install answers instead of a [DOCKER] answer (mailcow-observed.md): the
 * garbage-collector warnings go, and a SOGo restart failure is the plain domain_added success.
 * The requests are still sent, so the emulator's state follows the recording.
 */
export function withoutDockerEffects(response: unknown): unknown {
	if (!Array.isArray(response)) return response;
	return (response as Array<{ type: string; log: unknown[]; msg: unknown }>)
		.filter(
			(e) =>
				!(e.type === 'warning' && typeof e.msg === 'string' && e.msg.startsWith('Could not move')),
		)
		.map((e) =>
			e.msg === 'domain_added_sogo_failed'
				? {
						type: 'success',
						log: e.log,
						msg: ['domain_added', (e.log[3] as { domain: string }).domain],
					}
				: e,
		);
}

/** Plain node:http, because fetch refuses a GET with a body (one of the recorded requests). */
function send(url: string, method: string, headers: Record<string, string>, body?: string) {
	return new Promise<{ status: number; contentType: string; setCookie: string; text: string }>(
		(resolve, reject) => {
			const length =
				body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) };
			const request = http.request(url, { method, headers: { ...headers, ...length } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						contentType: String(res.headers['content-type'] ?? ''),
						setCookie: String(res.headers['set-cookie'] ?? ''),
						text: Buffer.concat(chunks).toString('utf8'),
					}),
				);
			});
			request.on('error', reject);
			request.end(body);
		},
	);
}

export interface ReplayOptions {
	/**
	 * Called before each record is sent: does what the recorder did outside the API at that
	 * point (rows written straight into the database) and may answer a changed record (values
	 * the recorder read from an earlier answer, such as a generated id).
	 */
	prepare?: (index: number, record: RecordedExchange) => RecordedExchange | void;
	/**
	 * How [DOCKER] answers are compared: 'real' (default) undoes the garbage-collector and SOGo
	 * warnings of part 1; 'recorded' compares them as recorded, for an emulator whose
	 * `state.mailContainers` is off.
	 */
	docker?: 'real' | 'recorded';
	/** A string `request` is the raw body (part 1, default) or a JSON string to encode (part 2). */
	stringBodies?: 'raw' | 'json';
}

export async function replay(
	emulator: MailcowEmulator,
	records: RecordedExchange[],
	options: ReplayOptions = {},
): Promise<ReplayResult[]> {
	const results: ReplayResult[] = [];
	let cookie: string | undefined;
	for (const [index, recorded] of records.entries()) {
		const record = options.prepare?.(index, recorded) ?? recorded;
		const headers: Record<string, string> = { ...record.extraRequestHeaders };
		if (record.auth === 'rw') headers['X-API-Key'] = MAILCOW_RW_KEY;
		if (record.auth === 'ro') headers['X-API-Key'] = MAILCOW_RO_KEY;
		if (record.auth === 'wrong') headers['X-API-Key'] = 'WRONG-KEY-000000';
		const contentType =
			record.requestContentType === undefined ? 'application/json' : record.requestContentType;
		if (contentType) headers['Content-Type'] = contentType;
		if (record.sessionCookieReused && cookie) headers.Cookie = `MCSESSID=${cookie}`;
		const body =
			record.request === null
				? undefined
				: typeof record.request === 'string' && options.stringBodies !== 'json'
					? record.request
					: JSON.stringify(record.request);
		const response = await send(emulator.url + record.path, record.method, headers, body);
		cookie = /MCSESSID=([^;]+)/.exec(response.setCookie)?.[1] ?? cookie;
		const text = response.text;
		let parsed: unknown = text;
		try {
			parsed = text === '' ? '' : (JSON.parse(text) as unknown);
		} catch {
			// not JSON: compare the text
		}
		const type = response.contentType;
		results.push({
			index,
			record: recorded,
			route: routeOf(record),
			status: response.status,
			contentType: type,
			body: parsed,
			docker: !!record.dockerAffected,
			matches:
				response.status === record.status &&
				// charset names are case-insensitive (part 1 recorded UTF-8, part 2 utf-8).
				type.toLowerCase() === record.contentType.toLowerCase() &&
				sameJson(
					parsed,
					record.dockerAffected && options.docker !== 'recorded'
						? withoutDockerEffects(record.response)
						: record.response,
				),
		});
	}
	return results;
}

/** The per-route match table printed by the replay test. */
export function matchTable(results: ReplayResult[]): string {
	const byRoute = new Map<string, { total: number; matched: number; failed: number[] }>();
	for (const r of results.filter((x) => !x.docker)) {
		const row = byRoute.get(r.route) ?? { total: 0, matched: 0, failed: [] };
		row.total++;
		if (r.matches) row.matched++;
		else row.failed.push(r.index);
		byRoute.set(r.route, row);
	}
	const lines = [...byRoute.entries()]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([route, row]) => {
			const failed = row.failed.length > 0 ? `  mismatched records: ${row.failed.join(', ')}` : '';
			return `${route.padEnd(34)} ${String(row.matched).padStart(3)}/${String(row.total).padEnd(3)}${failed}`;
		});
	const plain = results.filter((r) => !r.docker);
	const docker = results.filter((r) => r.docker);
	return [
		...lines,
		`${'all non-docker records'.padEnd(34)} ${plain.filter((r) => r.matches).length}/${plain.length}`,
		`${'[DOCKER] records, adjusted'.padEnd(34)} ${docker.filter((r) => r.matches).length}/${docker.length}`,
	].join('\n');
}
