/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the test waits on the event loop */
// A cancelled execution stops waiting and sends nothing more.
import { byName, credentials, items, useMailcow } from '../setup';
import { runNode } from '../../helpers/runNode';

describe('Mailcow: cancelling an execution', () => {
	const mailcow = useMailcow();
	beforeEach(() => mailcow.state.addDomain({ name: 'acme.test' }));

	// Known limitation: n8n-core 2.41 gives declarative nodes no cancel signal (WorkflowExecute's
	// executeDeclarativeNodeInTest builds the RoutingNode's context without the execution's abort
	// signal), so queued writes still go out after Stop. The item runner and the Migadu throttle
	// stop waiting as soon as n8n passes one; this test then starts to pass: make it a plain `it`.
	it.failing('queued writes are never sent once the execution is cancelled', async () => {
		// The first create takes a while; the others wait for it in the write queue.
		mailcow.injectFault({ kind: 'slow', delayMs: 400 });
		let cancel = () => {};
		const running = runNode({
			node: 'mailcow',
			parameters: {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: '={{ "user" + $json.n }}',
			},
			credentials: credentials(mailcow),
			items: items(...Array.from({ length: 5 }, (_v, n) => ({ n }))),
			onStart: (cancelRun) => (cancel = cancelRun),
		});
		while (mailcow.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
		cancel();
		await running;
		// Long enough for queued requests to go out if anything were still waiting to send them.
		await new Promise((resolve) => setTimeout(resolve, 800));
		expect(mailcow.requests).toHaveLength(1);
		expect(mailcow.state.mailboxCount('acme.test')).toBe(1);
	});
});
