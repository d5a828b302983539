/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The Mailcow emulator's nginx + PHP routing against the `transport` records of
// mailcow-observed-2.json: what nginx handed PHP (the recorded access-log `args`), and which
// object each recorded request reached, sent byte for byte over a raw socket.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { MAILCOW_RW_KEY, MailcowEmulator } from './mailcow';
import { NGINX_400, routeRequest } from './mailcow/nginx';
import type { RecordedExchange } from './mailcow/replay';

interface TransportRecord extends RecordedExchange {
	group: string;
	note?: string;
}

const records = (
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'mailcow-observed-2.json'), 'utf8'),
	) as TransportRecord[]
).filter((r) => r.group === 'transport');

/** The `args="…"` nginx logged, or undefined when nginx answered itself (uri=""). */
function loggedArgs(note: string): string | undefined {
	const match = /uri="([^"]*)" args="(.*?)"\.?(?: |$)/.exec(note);
	if (!match) throw new Error(`no nginx log in note: ${note}`);
	return match[1] === '' ? undefined : match[2];
}

/** One request written as-is to a socket (no client-side URL normalisation or encoding). */
function rawGet(url: string, target: string) {
	const { hostname, port } = new URL(url);
	return new Promise<{ status: number; contentType: string; body: string }>((resolve, reject) => {
		const socket = net.connect(Number(port), hostname);
		const chunks: Buffer[] = [];
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('error', reject);
		socket.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			const [head, ...body] = text.split('\r\n\r\n');
			resolve({
				status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]),
				contentType: /content-type: (.*)/i.exec(head)?.[1] ?? '',
				body: body.join('\r\n\r\n'),
			});
		});
		socket.write(
			Buffer.from(
				`GET ${target} HTTP/1.1\r\nHost: mailcow\r\nX-API-Key: ${MAILCOW_RW_KEY}\r\nConnection: close\r\n\r\n`,
				'utf8',
			),
		);
	});
}

/** What an answer identifies: the object's own name, the list size, or the message. */
function identify(body: unknown): string {
	if (Array.isArray(body)) return `list of ${body.length}`;
	if (typeof body === 'string') return body;
	const o = body as Record<string, unknown>;
	for (const key of ['address', 'username', 'domain_name', 'version', 'msg'])
		if (key in o) return `${key}=${String(o[key])}`;
	return JSON.stringify(o);
}

describe('Mailcow emulator: nginx and PHP routing as recorded', () => {
	const withLog = records.filter((r) => r.note?.includes('nginx handed PHP'));

	it('hands PHP exactly the query string nginx logged, for all recorded paths', () => {
		expect(withLog.length).toBeGreaterThanOrEqual(30);
		for (const record of withLog) {
			const routed = routeRequest(record.path);
			const expected = loggedArgs(record.note!);
			if (expected === undefined)
				expect({ path: record.path, routed }).toMatchObject({ routed: { status: 400 } });
			else
				expect({
					path: record.path,
					args: routed && 'args' in routed ? routed.args : routed,
				}).toEqual({ path: record.path, args: expected });
		}
	});

	it('splits like json_api.php after parse_str: + is a space, & ends query=, the last query= wins', () => {
		const object = (target: string) => {
			const routed = routeRequest(target);
			return routed && 'query' in routed ? routed.query : routed;
		};
		expect(object('/api/v1/get/alias/p%2Bx@rec.test')).toEqual(['get', 'alias', 'p x@rec.test']);
		expect(object('/api/v1/get/alias/p%252Bx@rec.test')).toEqual(['get', 'alias', 'p+x@rec.test']);
		expect(object('/api/v1/get/alias/amp%26x@rec.test')).toEqual(['get', 'alias', 'amp']);
		expect(object('/api/v1/get/alias/x%26query%3Dget%2Fmailbox%2Fall')).toEqual([
			'get',
			'mailbox',
			'all',
		]);
		expect(object('/api/v1/get/domain/a?query=get/status/version')).toEqual([
			'get',
			'status',
			'version',
		]);
		expect(object('/api/v1/get/alias/info@example.test%2Fx')).toEqual([
			'get',
			'alias',
			'info@example.test',
			'x',
		]);
		expect(routeRequest('/api/v1/get/alias/x?query[]=a')).toMatchObject({ get: { query: ['a'] } });
		expect(object('/api/v1/get/alias/%zz')).toEqual({ status: 400, html: NGINX_400 });
		expect(object('/api/v2/get/alias/x')).toBeUndefined();
	});

	describe('replayed through the emulator', () => {
		const emulator = new MailcowEmulator({ validateRequests: false });
		beforeAll(async () => {
			await emulator.start();
			const { state } = emulator;
			state.addDomain({ name: 'rec.test' });
			state.addDomain({ name: 'xn--bcher-rec-q9a.test' });
			state.addMailbox({ username: 'u1@rec.test', password: 'Secret-123', name: 'User One' });
			state.addMailbox({ username: 'info@xn--bcher-rec-q9a.test', password: 'Secret-123' });
			for (const local of ['sl/x', 'amp&x', 'q?x', 'h#x', 'p+x', 'pct%x'])
				state.addAlias({ address: `${local}@rec.test`, goto: 'u1@rec.test' });
			state.addAlias({ address: 'sales@xn--bcher-rec-q9a.test', goto: 'u1@rec.test' });
		});
		afterAll(async () => await emulator.stop());

		// get/domain with a Unicode name converts it (idn_to_ascii), which the emulator leaves to
		// the IDN work; Node's HTTP parser refuses raw UTF-8 in the request line before any
		// emulator code runs; the concurrency records depend on other state.
		const replayed = records.filter(
			(r) =>
				r.method === 'GET' &&
				!/get\/domain\/b(%C3%BC|ü)cher/.test(r.path) &&
				!/ü/.test(r.path) &&
				!/rec-cc|twin|after delete/.test(r.path + r.name),
		);

		it.each(replayed.map((r) => [r.path, r] as const))(
			'%s reaches what mailcow reached',
			async (_p, record) => {
				const answer = await rawGet(emulator.url, record.path);
				let body: unknown = answer.body;
				try {
					body = JSON.parse(answer.body);
				} catch {
					// the nginx page
				}
				// A recorded list of 53 was every mailbox of that instance: here, every seeded one.
				const list = record.response as unknown[];
				const recorded = Array.isArray(list)
					? `list of ${list.length > 1 ? emulator.state.mailboxes.size : list.length}`
					: identify(record.response);
				expect({
					status: answer.status,
					type: answer.contentType.toLowerCase(),
					object: identify(body),
				}).toEqual({
					status: record.status,
					type: record.contentType.toLowerCase(),
					object: recorded,
				});
			},
		);
	});
});
