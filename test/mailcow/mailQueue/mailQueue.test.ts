import { items, run, runOk, useMailcow, wire } from '../setup';

// Mail queue (get/mailq/all, edit/mailq, delete/mailq): postfix's queue, read and changed through
// mailcow's dockerapi ([DOCKER] in mailcow-observed-2.md). The bodies sent are the ones the digest
// records as working: edit/mailq reads attr.action (the documented {"action":"flush"} does
// nothing) and delete/mailq takes the list of queue ids (the documented {"action":"super_delete"}
// is taken as that list and empties nothing).
const ARRIVAL = 1764480000; // 2025-11-30T05:20:00Z

describe('Mailcow → Mail Queue', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.mailQueue.push(
			{
				queue_name: 'deferred',
				queue_id: '4F2A1C0D3E',
				arrival_time: ARRIVAL,
				message_size: 2048,
				sender: 'alice@acme.test',
				recipients: [
					'someone@unreachable.test (connect to unreachable.test[192.0.2.9]:25: Connection timed out)',
					'other@partner.test',
				],
			},
			{
				queue_name: 'incoming',
				queue_id: 'B98C6260CA1',
				arrival_time: ARRIVAL + 60,
				message_size: 1848,
				sender: 'sender@acme.test',
				recipients: ['recipient@partner.test'],
			},
		);
	};
	const queueIds = () => mailcow.state.mailQueue.map((q) => `${q.queue_id}:${q.queue_name}`);

	it('gets the queued messages, simplified, each paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'mailQueue', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/mailq/all',
			body: null,
		});
		const first = {
			queueId: '4F2A1C0D3E',
			queue: 'deferred',
			arrivalTime: '2025-11-30T05:20:00.000Z',
			sizeBytes: 2048,
			sender: 'alice@acme.test',
			recipients: [
				{
					address: 'someone@unreachable.test',
					delayReason: 'connect to unreachable.test[192.0.2.9]:25: Connection timed out',
				},
				{ address: 'other@partner.test', delayReason: null },
			],
		};
		const second = {
			queueId: 'B98C6260CA1',
			queue: 'incoming',
			arrivalTime: '2025-11-30T05:21:00.000Z',
			sizeBytes: 1848,
			sender: 'sender@acme.test',
			recipients: [{ address: 'recipient@partner.test', delayReason: null }],
		};
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[first, { item: 0 }],
			[second, { item: 0 }],
			[first, { item: 1 }],
			[second, { item: 1 }],
		]);
	});

	it("keeps postfix's record with Simplify off; an empty queue is no items", async () => {
		seed();
		const raw = await runOk(mailcow, {
			resource: 'mailQueue',
			operation: 'getAll',
			limit: 1,
			simplify: false,
		});
		expect(raw).toEqual([
			{
				queue_name: 'deferred',
				queue_id: '4F2A1C0D3E',
				arrival_time: ARRIVAL,
				message_size: 2048,
				sender: 'alice@acme.test',
				recipients: mailcow.state.mailQueue[0].recipients,
			},
		]);
		mailcow.state.mailQueue.length = 0;
		expect(await runOk(mailcow, { resource: 'mailQueue', operation: 'getAll' })).toEqual([]);
	});

	it('flushes the queue with attr.action (the documented body is ignored by mailcow)', async () => {
		seed();
		const out = await runOk(mailcow, { resource: 'mailQueue', operation: 'flush' });
		expect(wire(mailcow)).toEqual([
			{ method: 'POST', rawPath: '/api/v1/edit/mailq', body: { attr: { action: 'flush' } } },
		]);
		expect(out).toEqual([{ success: true, messages: ['Queue command done'] }]);
	});

	it('holds and releases messages by queue id', async () => {
		seed();
		const held = await runOk(mailcow, {
			resource: 'mailQueue',
			operation: 'hold',
			mailQueueIds: '4F2A1C0D3E, B98C6260CA1',
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailq',
				body: { items: ['4F2A1C0D3E', 'B98C6260CA1'], attr: { action: 'hold' } },
			},
		]);
		expect(held).toEqual([
			{
				success: true,
				queueIds: ['4F2A1C0D3E', 'B98C6260CA1'],
				messages: ['Queue command done'],
			},
		]);
		expect(queueIds()).toEqual(['4F2A1C0D3E:hold', 'B98C6260CA1:hold']);
		mailcow.requests.length = 0;
		await runOk(mailcow, {
			resource: 'mailQueue',
			operation: 'release',
			mailQueueIds: 'B98C6260CA1',
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailq',
				body: { items: ['B98C6260CA1'], attr: { action: 'unhold' } },
			},
		]);
		expect(queueIds()).toEqual(['4F2A1C0D3E:hold', 'B98C6260CA1:deferred']);
	});

	it('deletes selected messages with the bare list of queue ids', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'mailQueue',
			operation: 'delete',
			mailQueueIds: '4F2A1C0D3E',
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
			{ method: 'POST', rawPath: '/api/v1/delete/mailq', body: ['4F2A1C0D3E'] },
		]);
		expect(out).toEqual([
			{ success: true, queueIds: ['4F2A1C0D3E'], messages: ['Queue command done'] },
		]);
		expect(queueIds()).toEqual(['B98C6260CA1:incoming']);
	});

	it('names queue ids that are not in the queue instead of reporting them held or deleted', async () => {
		// postsuper acknowledges any queue id ("Queue command done"): the queue is read first.
		seed();
		const held = await runOk(mailcow, {
			resource: 'mailQueue',
			operation: 'hold',
			mailQueueIds: '4F2A1C0D3E, NOPE42',
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailq',
				body: { items: ['4F2A1C0D3E'], attr: { action: 'hold' } },
			},
		]);
		expect(held).toEqual([
			{
				success: true,
				queueIds: ['4F2A1C0D3E'],
				notFound: ['NOPE42'],
				warnings: ['No queued message has queue ID NOPE42: nothing was done to it'],
				messages: ['Queue command done'],
			},
		]);
		mailcow.requests.length = 0;
		const deleted = await run(
			mailcow,
			{ resource: 'mailQueue', operation: 'delete', mailQueueIds: '={{ $json.ids }}' },
			{ items: items({ ids: 'GONE1' }, { ids: 'B98C6260CA1' }), continueOnFail: true },
		);
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
			{ method: 'POST', rawPath: '/api/v1/delete/mailq', body: ['B98C6260CA1'] },
		]);
		expect(deleted.items.map((i) => [i.json.error ?? i.json.queueIds, i.pairedItem])).toEqual([
			[expect.stringMatching(/^Queue IDs: .*GONE1.* \(item 0\)$/), { item: 0 }],
			[['B98C6260CA1'], { item: 1 }],
		]);
		expect(queueIds()).toEqual(['4F2A1C0D3E:hold']);
	});

	it('deletes every queued message with super_delete in attr (not the documented body)', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'mailQueue',
			operation: 'deleteAll',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailq',
				body: { attr: { action: 'super_delete' } },
			},
		]);
		expect(out).toEqual([{ success: true, messages: ['Queue command done'] }]);
		expect(queueIds()).toEqual([]);
	});

	it("refuses postsuper's ALL as a queue id before sending", async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'mailQueue', operation: 'hold', mailQueueIds: '={{ $json.id }}' },
			{ items: items({ id: '4F2A1C0D3E' }, { id: 'ALL' }), continueOnFail: true },
		);
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailq',
				body: { items: ['4F2A1C0D3E'], attr: { action: 'hold' } },
			},
		]);
		expect(result.items.map((i) => [i.json.error ?? i.json.queueIds, i.pairedItem])).toEqual([
			[['4F2A1C0D3E'], { item: 0 }],
			[expect.stringMatching(/^Queue IDs: .*"ALL".* \(item 1\)$/), { item: 1 }],
		]);
		expect(queueIds()).toEqual(['4F2A1C0D3E:hold', 'B98C6260CA1:incoming']);
	});

	it('refuses a queue id that is not letters and digits before reading the queue', async () => {
		seed();
		const ids = ['-4F2A1C0D3E', '4F2A1C0D3E-', '4F2A_1C0D3E'];
		const result = await run(
			mailcow,
			{ resource: 'mailQueue', operation: 'delete', mailQueueIds: '={{ $json.id }}' },
			{ items: items(...ids.map((id) => ({ id }))), continueOnFail: true },
		);
		expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual(
			ids.map((id, item) => [
				`Queue IDs: "${id}" is not a queue ID (letters and digits) (item ${item})`,
				{ item },
			]),
		);
		expect(wire(mailcow)).toEqual([]);
		expect(queueIds()).toEqual(['4F2A1C0D3E:deferred', 'B98C6260CA1:incoming']);
	});

	it('says where to look when none of the queue ids is queued', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'mailQueue',
			operation: 'release',
			mailQueueIds: 'GONE1, GONE2',
		});
		expect(result.error?.message).toBe(
			'Queue IDs: no queued message has queue ID GONE1, GONE2 (item 0)',
		);
		expect(result.error?.description).toBe(
			'Check the "Queue IDs" field of item 0. The messages may have been delivered or deleted already; Mail Queue → Get Many lists the queue now. Mailcow lists an empty queue when postfix is not reachable.',
		);
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailq/all', body: null },
		]);
	});

	it('explains a queue command postfix did not run (mailcow answers "unknown")', async () => {
		seed();
		mailcow.state.mailContainers = false;
		const result = await run(
			mailcow,
			{ resource: 'mailQueue', operation: 'flush' },
			{ continueOnFail: true },
		);
		expect(wire(mailcow)).toEqual([
			{ method: 'POST', rawPath: '/api/v1/edit/mailq', body: { attr: { action: 'flush' } } },
		]);
		expect(result.items).toHaveLength(1);
		expect(String(result.items[0].json.error)).toMatch(/unknown/);
		expect(String(result.items[0].error?.description)).toContain('postfix');
		expect(queueIds()).toEqual(['4F2A1C0D3E:deferred', 'B98C6260CA1:incoming']);
	});
});
