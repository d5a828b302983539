// Generated path values for the route fuzzing: reserved and percent characters, dot segments,
// Unicode (including broken and invisible characters), empty and very long values, mixed with
// valid names and addresses. Seeded, so every run tries the same values.
import fc from 'fast-check';

export const FUZZ_SEED = 20261130;
export const VALUES_PER_OPERATION = 200;

const PIECES = [
	'/',
	'\\',
	'?',
	'#',
	'&',
	'%',
	'+',
	'=',
	';',
	',',
	':',
	'@',
	'.',
	' ',
	'~',
	'!',
	'$',
	"'",
	'(',
	')',
	'*',
	'[',
	']',
	'{',
	'}',
	'|',
	'^',
	'`',
	'"',
	'<',
	'>',
	'..',
	'./',
	'/..',
	'%2F',
	'%2f',
	'%2e',
	'%2E%2E',
	'%26',
	'%252F',
	'%2526',
	'%252B',
	'%00',
	'%zz',
	'\u0000',
	'\n',
	'\r',
	'\t',
	'\u007f',
	'\u0085',
	'\u00a0',
	'\u202e',
	'\u200b',
	'\ufeff',
	'\u3002',
	'ü',
	'ß',
	'İ',
	'😀',
	'\ud800',
	'query=',
	'&query=get/status/version',
	'all',
	'reduced',
	'get',
	'xn--',
	'-',
];

const NAMES = [
	'info',
	'sales',
	'a+b',
	'team',
	'demo',
	'alice',
	'admin1',
	'example.com',
	'acme.test',
];

const piece = fc.oneof(
	fc.constantFrom(...PIECES),
	fc.constantFrom(...NAMES),
	fc.stringMatching(/^[a-z0-9]{1,6}$/),
	fc.string({ unit: 'grapheme', maxLength: 3 }),
);

/** A valid name with something reserved around or inside it. */
const mixed = fc
	.tuple(fc.constantFrom(...NAMES), piece, fc.constantFrom('', '@example.com', '@acme.test'), piece)
	.map(
		([name, a, domain, b]) =>
			[`${name}${domain}`, `${a}${name}${domain}`, `${name}${a}${domain}${b}`][name.length % 3],
	);

export const pathValue: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.array(piece, { maxLength: 6 }).map((p) => p.join('')) },
	{ weight: 3, arbitrary: mixed },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'',
			' ',
			'.',
			'..',
			'...',
			'%2e%2e',
			'.%2e',
			'../..',
			'x/..',
			'info',
			'INFO@Example.com',
			'info@example.com',
			'a+b@acme.test',
			'alice@acme.test',
			'acme.test',
			'example.com',
			'all',
			'bücher.example',
			'info@bücher.example',
			'x&query=get/mailbox/all',
			'../../get/status/version',
		),
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 240, maxLength: 600 }) },
);

/** The values of one operation: the same for every run, different between operations. */
export function valuesFor(operationIndex: number): string[] {
	return fc.sample(pathValue, { seed: FUZZ_SEED + operationIndex, numRuns: VALUES_PER_OPERATION });
}
