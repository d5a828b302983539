import { Expression } from 'n8n-workflow';
import { byName, items, runOk, useMailcow } from '../setup';

// Per-item cost is a design decision: RoutingNode evaluates every parameter twice per item on its
// own (main loop and base-URL resolution); the operation's one preSend reads each field once more.
// Per-field routing.send would add two evaluations per field and item. Nothing else is evaluated
// per item: the base URL and the SSL choice come from the credential once per execution (item
// runner) and the API key header from the credential's authenticate function (was 4 more).
describe('Mailcow → Mailbox → Create: expression evaluations per item', () => {
	const mailcow = useMailcow();

	it('evaluates each of 10 expression fields exactly 3 times per item', async () => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 100, quota: 100000, maxquota: 1000 });
		const fields = {
			mailboxDomain: byName('={{ $json.domain }}'),
			localPart: '={{ $json.lp }}',
			mailboxName: '={{ $json.name }}',
			mailboxPassword: '={{ $json.pw }}',
			mailboxQuota: '={{ $json.quota }}',
			mailboxOptions: {
				active: '={{ $json.active }}',
				force_pw_update: '={{ $json.force }}',
				tls_enforce_in: '={{ $json.tlsIn }}',
				sogo_access: '={{ $json.sogo }}',
				tags: '={{ $json.tags }}',
			},
		};
		const people = Array.from({ length: 4 }, (_, i) => ({
			domain: 'acme.test',
			lp: `user${i}`,
			name: `User ${i}`,
			pw: `Pw-${i}-long-enough`,
			quota: 10,
			active: true,
			force: false,
			tlsIn: true,
			sogo: true,
			tags: 'team',
		}));
		const counts: Record<string, number> = {};
		const original = Expression.prototype.resolveSimpleParameterValue;
		const counting = function (this: Expression, ...args: Parameters<typeof original>) {
			const key = String(args[0]);
			counts[key] = (counts[key] ?? 0) + 1;
			return original.apply(this, args);
		};
		Expression.prototype.resolveSimpleParameterValue = counting as typeof original;
		try {
			const out = await runOk(
				mailcow,
				{ resource: 'mailbox', operation: 'create', ...fields },
				{ items: items(...people) },
			);
			expect(out.map((o) => o.username)).toEqual(people.map((p) => `${p.lp}@acme.test`));
		} finally {
			Expression.prototype.resolveSimpleParameterValue = original;
		}
		// What reads only the credential (base URL, SSL option) is not evaluated per item.
		const perItem = Object.entries(counts).filter(([k]) => !k.includes('$json'));
		expect(perItem).toEqual([]);
		const fieldExpressions = Object.keys(counts).filter((k) => k.includes('$json'));
		expect(fieldExpressions).toHaveLength(10);
		for (const expression of fieldExpressions)
			expect([expression, counts[expression]]).toEqual([expression, 3 * people.length]);
		expect(mailcow.requests[0].body).toMatchObject({
			domain: 'acme.test',
			local_part: 'user0',
			quota: 10,
			active: 1,
			tags: ['team'],
		});
	});
});
