// The emulator's sieve check (routes/filter.ts), which stands in for the sieve parser mailcow
// runs on add/filter and edit/filter. Recorded refusals (mailcow-observed-2.md, "Sieve
// filters") must stay refusals; text inside strings, multi-line strings and comments is not code.
import { sieveError } from './mailcow/routes/filter';

describe('emulator sieve check', () => {
	it('keeps the recorded refusals', () => {
		expect(sieveError('if header :contains "Subject" "x" { fileinto "Junk"; }')).toBe(
			'line 1: unknown command fileinto',
		);
		expect(sieveError('if header :contains "Subject" { discard; ')).toBe(
			'line 1: block start where string list expected near {',
		);
		expect(sieveError('vacation "no require";')).toBe('line 1: unknown command vacation');
	});

	it('accepts the recorded scripts', () => {
		expect(sieveError('if header :contains "Subject" "spam" {\n  discard;\n  stop;\n}')).toBe(
			undefined,
		);
		expect(sieveError('if size :over 10M { discard; }')).toBe(undefined);
		expect(
			sieveError(
				'require ["vacation"];\nvacation :days 1 :subject "Out of office" :addresses ["u1@rec.test"] "I am away until Monday.";',
			),
		).toBe(undefined);
		expect(sieveError('require "vacation";\nvacation :days 3 "Back next week.";')).toBe(undefined);
	});

	it('reads words and braces inside strings as text, not code', () => {
		const script = [
			'require ["vacation"];',
			'vacation :subject "I {will} reject \\"nothing\\"" text:',
			'I will not fileinto or reject anything {',
			'..dot-stuffed line',
			'.',
			';',
		].join('\n');
		expect(sieveError(script)).toBe(undefined);
		expect(sieveError('# fileinto in a comment\n/* reject { */\nkeep;')).toBe(undefined);
	});

	it('needs the date and relational extensions for currentdate :value', () => {
		const test = 'if currentdate :value "ge" "date" "2026-12-20" { keep; }';
		expect(sieveError(`require ["relational"];\n${test}`)).toBe('line 2: unknown test currentdate');
		expect(sieveError(`require ["date"];\n${test}`)).toBe('line 2: unknown tag :value');
		expect(sieveError(`require ["date", "relational"];\n${test}`)).toBe(undefined);
	});

	it('refuses a string or multi-line string that never ends', () => {
		expect(sieveError('require "vacation";\nvacation "away;')).toMatch(/^line 2: /);
		expect(sieveError('require "vacation";\nvacation text:\naway\n;')).toMatch(/^line 2: /);
	});
});
