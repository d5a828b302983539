import { run, runOk, useMailcow, wire } from '../setup';

// Status → Get Password Policy (undocumented get/passwordpolicy/html): mailcow answers the rules
// its web interface shows under a password field, as one HTML snippet in a JSON string
// (mailcow-observed-2.md, misc); the node gives them as plain sentences.
describe('Mailcow → Status → Get Password Policy', () => {
	const mailcow = useMailcow();

	it('reads the rules as sentences', async () => {
		mailcow.state.passwordPolicy.length = '12';
		const out = await runOk(mailcow, { resource: 'status', operation: 'getPasswordPolicy' });
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/passwordpolicy/html', body: null },
		]);
		expect(out).toEqual([{ rules: ['Minimum password length is 12'] }]);
	});

	it('fails in words when the answer is not the policy text', async () => {
		mailcow.injectFault({ kind: 'json', body: { unexpected: true } });
		const result = await run(
			mailcow,
			{ resource: 'status', operation: 'getPasswordPolicy' },
			{ continueOnFail: true },
		);
		expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual([
			['Mailcow did not answer its password policy (item 0)', { item: 0 }],
		]);
	});
});
