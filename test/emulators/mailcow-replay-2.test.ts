/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Replays the 857 requests of part 2 of the recording (test/fixtures/mailcow-observed-2.json:
// every documented route not in part 1, undocumented ones, paths and concurrency) in order
// against one fresh emulator. Ids, timestamps and generated secrets are compared by shape.
// The per-group table is printed on failure or with VERBOSE=1.
import { MailcowEmulator } from './mailcow';
import {
	OBSERVED_2_PATH,
	loadRecording,
	matchTable,
	replay,
	type ReplayResult,
} from './mailcow/replay';
import {
	OWNED_ELSEWHERE,
	groupTable,
	prepareRecord2,
	seedRecordedState2,
} from './mailcow/replay-2';
import { releaseValidator } from './mailcow/validation';

/** The share of non-docker records (without those owned elsewhere) that must match. */
const REQUIRED = 0.95;
/** Groups whose every non-docker record must match. */
const COMPLETE_GROUPS = [
	'app-passwd',
	'fail2ban',
	'fwdhost',
	'logs',
	'quarantine',
	'mailq',
	'status',
	'syncjob',
	'bcc',
	'recipient-map',
	'domain-policy',
	'mailbox-policy',
	'ratelimit',
	'resource',
	'relayhost',
	'transport-map',
	'tls-policy-map',
	'oauth2-client',
	'cors',
	'sso',
	'identity-provider',
	'mailbox-acl',
	'pushover',
	'quarantine-notification',
	'spam-score',
	'custom-attribute',
	'mailbox-extra',
	'rename-mbox',
	'domain-footer',
	'time-limited-alias',
	'filter',
	'dkim-import',
	'misc',
	'alias-domain',
	'transport',
];

// Hundreds of requests in order: on a loaded machine this takes well over jest's 30 s default.
const REPLAY_TIMEOUT_MS = 180_000;

describe('Mailcow emulator replay of part 2 of the recorded mailcow answers', () => {
	const records = loadRecording(OBSERVED_2_PATH);
	let results: ReplayResult[];

	beforeAll(async () => {
		const emulator = new MailcowEmulator({ validateRequests: false, sendEmailRoute: false });
		seedRecordedState2(emulator);
		await emulator.start();
		try {
			results = await replay(emulator, records, {
				prepare: prepareRecord2(emulator, records),
				docker: 'recorded',
				stringBodies: 'json',
			});
		} finally {
			await emulator.stop();
		}
	}, REPLAY_TIMEOUT_MS);

	afterAll(releaseValidator);

	const report = () =>
		`\nMailcow replay part 2, matched/recorded per group (non-docker):\n${groupTable(results)}\n\nper route:\n${matchTable(results)}\n`;
	const counted = () => results.filter((r) => !r.docker && !OWNED_ELSEWHERE.has(r.index));

	it('replays all 857 recorded requests in order', () => {
		expect(records).toHaveLength(857);
		expect(results).toHaveLength(857);
		if (process.env.VERBOSE) process.stdout.write(report());
	});

	it('answers every non-docker request of the covered groups exactly as mailcow did', () => {
		const mismatches = counted()
			.filter((r) => COMPLETE_GROUPS.includes(r.record.group ?? '') && !r.matches)
			.map((r) => ({ index: r.index, name: r.record.name, status: r.status, body: r.body }));
		if (mismatches.length > 0) process.stdout.write(report());
		expect(mismatches).toEqual([]);
	});

	it(`matches at least ${REQUIRED * 100} % of the non-docker records`, () => {
		const list = counted();
		const share = list.filter((r) => r.matches).length / list.length;
		if (share < REQUIRED) process.stdout.write(report());
		expect(share).toBeGreaterThanOrEqual(REQUIRED);
	});
});
