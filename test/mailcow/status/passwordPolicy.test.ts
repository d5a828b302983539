import { run, runOk, useMailcow, wire } from '../setup';

// Status → Get Password Policy (undocumented get/passwordpolicy): mailcow's policy object with
// numbers and flags as strings (recorded in mailcow-observed-2.json).
describe('Mailcow → Status → Get Password Policy', () => {
	const mailcow = useMailcow();

	it('reads the policy, simplified with the names of the admin page', async () => {
		mailcow.state.passwordPolicy.length = '12';
		mailcow.state.passwordPolicy.numbers = '1';
		const out = await runOk(mailcow, { resource: 'status', operation: 'getPasswordPolicy' });
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/passwordpolicy', body: null },
		]);
		expect(out).toEqual([
			{
				minimumLength: 12,
				requiresLetters: false,
				requiresSpecialCharacters: false,
				requiresLowerAndUpperCase: false,
				requiresNumbers: true,
			},
		]);
		const raw = await runOk(mailcow, {
			resource: 'status',
			operation: 'getPasswordPolicy',
			simplify: false,
		});
		expect(raw).toEqual([
			{ length: '12', chars: '0', special_chars: '0', lowerupper: '0', numbers: '1' },
		]);
	});

	// An array has a length too: an entry list such as mailcow's answers to writes is no policy.
	it.each([
		['an object without the policy fields', { unexpected: true }],
		['an array', [{ type: 'danger', msg: 'access_denied' }]],
	])('fails in words when the answer is %s', async (_what, body) => {
		mailcow.injectFault({ kind: 'json', body });
		const result = await run(
			mailcow,
			{ resource: 'status', operation: 'getPasswordPolicy' },
			{ continueOnFail: true },
		);
		expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual([
			['Mailcow did not answer its password policy (item 0)', { item: 0 }],
		]);
	});

	it('keeps at most 200 characters of a long unexpected answer in the error details', async () => {
		const body = { unexpected: 'x'.repeat(300) };
		mailcow.injectFault({ kind: 'json', body });
		const result = await run(mailcow, { resource: 'status', operation: 'getPasswordPolicy' });
		expect(result.error?.message).toBe('Mailcow did not answer its password policy (item 0)');
		expect(result.error).toMatchObject({
			errorResponse: { body: JSON.stringify(body).slice(0, 200) },
		});
	});
});
