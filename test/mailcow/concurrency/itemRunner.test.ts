// How the per-item runner (nodes/shared/items.ts) lets the items of one execution go out: after
// the first answer reads go together while writes wait their turn, and the items held back after
// a refused key fail with the first refusal, marked as not sent.
import { byAddress, credentials, items, run, useMailcow } from '../setup';

describe('Mailcow: the items of one execution', () => {
	const mailcow = useMailcow();
	const who = ['a', 'b', 'c', 'd'];
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		for (const name of who)
			mailcow.state.addMailbox({ username: `${name}@acme.test`, password: 'Secret-123' });
	});

	/** Which of the mailboxes a request is about (its path for a read, its body for a write). */
	const about = (request: { rawPath: string; rawBody: string }) =>
		/([a-d])@acme\.test/.exec(`${decodeURIComponent(request.rawPath)} ${request.rawBody}`)?.[1];
	/** The local parts in the order mailcow handled their requests. */
	const handled: Array<string | undefined> = [];
	beforeEach(() => {
		handled.length = 0;
		mailcow.onBeforeHandling((request) => handled.push(about(request)));
	});
	const slowFor = (name: string) =>
		mailcow.injectFault(
			{ kind: 'slow', delayMs: 400 },
			{ match: (request) => about(request) === name },
		);

	it('sends the reads after the first one together: a slow read holds back no other', async () => {
		slowFor('b');
		const result = await run(
			mailcow,
			{ resource: 'mailbox', operation: 'get', mailbox: byAddress('={{ $json.who }}@acme.test') },
			{ items: items(...who.map((name) => ({ who: name }))) },
		);
		expect(result.error).toBeUndefined();
		expect(handled).toEqual(['a', 'c', 'd', 'b']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
	});

	it('sends writes one at a time: a slow write holds back the next', async () => {
		slowFor('b');
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'update',
				mailboxes: '={{ $json.who }}@acme.test',
				mailboxUpdateFields: { name: 'Renamed' },
			},
			{ items: items(...who.map((name) => ({ who: name }))) },
		);
		expect(result.error).toBeUndefined();
		expect(handled).toEqual(['a', 'b', 'c', 'd']);
	});

	/** Mailbox → Create of one item per row (a quota of "lots" is refused before sending). */
	const createMailboxes = async (...rows: Array<{ who: string; quota: number | string }>) => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: { __rl: true, mode: 'name', value: 'acme.test' },
				localPart: '={{ $json.who }}',
				mailboxQuota: '={{ $json.quota }}',
			},
			{ items: items(...rows) },
		);
		const sent = mailcow.requests.map(
			(request) => (request.body as { local_part: string }).local_part,
		);
		return { error: result.error, sent };
	};

	// As n8n runs items in order: a later item refused before sending does not hold back earlier ones.
	it('still sends the writes before an item refused before sending, without On Error = Continue', async () => {
		const { error, sent } = await createMailboxes(
			{ who: 'x1', quota: 10 },
			{ who: 'x2', quota: 10 },
			{ who: 'x3', quota: 'lots' },
		);
		expect(error?.message).toMatch(/\(item 2\)$/);
		expect(sent).toEqual(['x1', 'x2']);
		expect(mailcow.state.mailboxes.has('x2@acme.test')).toBe(true);
	});

	it('sends nothing after the first refused item, even when a later one is refused too', async () => {
		const { error, sent } = await createMailboxes(
			{ who: 'y1', quota: 10 },
			{ who: 'y2', quota: 'lots' },
			{ who: 'y3', quota: 10 },
			{ who: 'y4', quota: 'lots' },
		);
		expect(error?.message).toMatch(/\(item 1\)$/);
		expect(sent).toEqual(['y1']);
	});

	it('fails the items held back after a refused key with its status, saying they were not sent', async () => {
		const result = await run(
			mailcow,
			{ resource: 'mailbox', operation: 'get', mailbox: byAddress('={{ $json.who }}@acme.test') },
			{
				items: items(...who.map((name) => ({ who: name }))),
				continueOnFail: true,
				credentials: credentials(mailcow, 'WRONG1-KEY000-000000-000000-000000'),
			},
		);
		expect(mailcow.requests).toHaveLength(1);
		const [first, ...held] = result.items.map((item) => item.error!);
		expect(first.description).not.toContain('Not sent');
		for (const error of held) {
			expect(error.message).toBe('Mailcow rejected the API key (authentication failed)');
			expect((error as { httpCode?: string }).httpCode).toBe('401');
			expect(error.description).toBe(
				`${first.description}\nNot sent: an earlier request of this execution was refused, and n8n sends nothing more to this server after that.`,
			);
		}
	});
});
