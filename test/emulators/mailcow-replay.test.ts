/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Replays the 188 requests recorded from mailcow's own API code (test/fixtures/mailcow-observed.json)
// against one fresh emulator and compares every answer: status, content type and body, with only
// timestamps and generated DKIM keys blanked.
import { MailcowEmulator } from './mailcow';
import {
	loadRecording,
	matchTable,
	replay,
	routeOf,
	seedRecordedState,
	type ReplayResult,
} from './mailcow/replay';
import { releaseValidator, validateMailcowRequest } from './mailcow/validation';

// Hundreds of requests in order: on a loaded machine this takes well over jest's 30 s default.
const REPLAY_TIMEOUT_MS = 180_000;

describe('Mailcow emulator replay of the recorded mailcow answers', () => {
	const records = loadRecording();
	let results: ReplayResult[];

	beforeAll(async () => {
		// The recording had no validator in front of mailcow, and stock mailcow has no send/email.
		const emulator = new MailcowEmulator({ validateRequests: false, sendEmailRoute: false });
		seedRecordedState(emulator);
		await emulator.start();
		try {
			results = await replay(emulator, records);
		} finally {
			await emulator.stop();
		}
		if (process.env.VERBOSE)
			process.stdout.write(
				`\nMailcow replay, matched/recorded per route:\n${matchTable(results)}\n`,
			);
	}, REPLAY_TIMEOUT_MS);

	afterAll(releaseValidator);

	it('replays all 188 recorded requests, 5 of them changed by the missing mail containers', () => {
		expect(records).toHaveLength(188);
		expect(results).toHaveLength(188);
		expect(results.filter((r) => r.docker)).toHaveLength(5);
	});

	it('answers every non-docker request exactly as mailcow did', () => {
		const mismatches = results
			.filter((r) => !r.docker && !r.matches)
			.map((r) => ({ index: r.index, name: r.record.name, status: r.status, body: r.body }));
		expect(mismatches).toEqual([]);
		expect(results.filter((r) => !r.docker && r.matches)).toHaveLength(183);
	});

	it('answers the [DOCKER] requests as a real install would (no garbage-collector or SOGo warnings)', () => {
		const docker = results.filter((r) => r.docker);
		expect(docker.map((r) => r.matches)).toEqual([true, true, true, true, true]);
		for (const r of docker) {
			expect(JSON.stringify(r.body)).not.toContain('warning');
		}
	});

	it('covers every route the emulator implements', () => {
		const routes = new Set(results.map((r) => r.route));
		for (const route of [
			'POST add/domain',
			'GET get/domain',
			'POST edit/domain',
			'POST delete/domain',
			'POST delete/domain/tag',
			'POST add/dkim',
			'POST add/dkim_duplicate',
			'GET get/dkim',
			'POST delete/dkim',
			'POST add/domain-admin',
			'GET get/domain-admin',
			'POST edit/domain-admin',
			'POST edit/da-acl',
			'POST delete/domain-admin',
			'POST add/mailbox',
			'GET get/mailbox',
			'POST edit/mailbox',
			'POST delete/mailbox',
			'POST add/alias',
			'GET get/alias',
			'POST edit/alias',
			'POST delete/alias',
			'GET get/passwordpolicy',
			'GET get/status',
		]) {
			expect(routes).toContain(route);
		}
	});

	it('reports how many recorded requests the corrected spec accepts', async () => {
		const verdicts: Array<{ index: number; route: string; verdict: string }> = [];
		for (const [index, record] of records.entries()) {
			const [path, query = ''] = record.path.split('?');
			// Raw string bodies never reach validation in the emulator (400 or "Cannot find attributes").
			const body =
				typeof record.request === 'string' || record.request === null ? undefined : record.request;
			const errors = await validateMailcowRequest({
				method: record.method,
				path,
				query: Object.fromEntries(new URLSearchParams(query)),
				headers: {},
				body,
			});
			const verdict =
				errors === undefined ? 'no such operation' : errors.length === 0 ? 'accepted' : 'rejected';
			verdicts.push({ index, route: routeOf(record), verdict });
		}
		const count = (verdict: string) => verdicts.filter((v) => v.verdict === verdict).length;
		if (process.env.VERBOSE)
			process.stdout.write(
				`\nCorrected spec: ${count('accepted')} recorded requests accepted, ${count('rejected')} rejected, ` +
					`${count('no such operation')} without an operation (wrong method or unknown route)\n`,
			);
		// The rejected ones are client mistakes mailcow tolerates: add/dkim with `domain` (a silent
		// no-op), active:"true" (stored as 0) and a delete body wrapped in {items}.
		expect(verdicts.filter((v) => v.verdict === 'rejected').map((v) => v.index)).toEqual([
			40, 121, 185,
		]);
		expect(verdicts.filter((v) => v.verdict === 'no such operation').map((v) => v.index)).toEqual([
			162, 163, 164, 165, 166, 167, 168, 169,
		]);
		expect(count('accepted')).toBe(177);
	});
});
