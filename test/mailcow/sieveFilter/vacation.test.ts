// The vacation script Set Vacation Reply writes (RFC 5230 vacation, RFC 5260 currentdate, RFC 5231
// relational): its exact text, the escaping of quoted strings, multi-line strings with
// dot-stuffing, and — for arbitrary subjects and bodies — that the script carries exactly the
// text given (decoded here by RFC 5228's rules, independently of the writer) and passes the
// emulator's sieve check.
import fc from 'fast-check';
import {
	bodyProblem,
	replyText,
	sieveQuoted,
	subjectProblem,
	vacationScript,
} from '../../../nodes/Mailcow/resources/sieveFilter/vacation';
import { sieveError } from '../../emulators/mailcow/routes/filter';

/** RFC 5228 §2.4.2: a quoted string's value (`\x` is x) and where it ends. */
function decodeQuoted(script: string, at: number): { value: string; end: number } {
	if (script[at] !== '"') throw new Error(`no quoted string at ${at}`);
	let value = '';
	for (let i = at + 1; i < script.length; i++) {
		if (script[i] === '\\') value += script[++i];
		else if (script[i] === '"') return { value, end: i + 1 };
		else value += script[i];
	}
	throw new Error('unterminated quoted string');
}

/** RFC 5228 §2.4.2: a multi-line string's value (lines up to a lone ".", leading "." removed). */
function decodeMultiline(script: string, at: number): string {
	const head = /^text:[ \t]*\n/.exec(script.slice(at));
	if (!head) throw new Error(`no multi-line string at ${at}`);
	const lines = script.slice(at + head[0].length).split('\n');
	const value: string[] = [];
	for (const line of lines) {
		if (line === '.') return value.map((l) => `${l}\n`).join('');
		value.push(line.startsWith('.') ? line.slice(1) : line);
	}
	throw new Error('unterminated multi-line string');
}

/** Whether the text is valid Unicode (encodeURIComponent throws on a lone surrogate). */
function encodeURIComponentSafe(text: string): boolean {
	try {
		encodeURIComponent(text);
		return true;
	} catch {
		return false;
	}
}

const subjectOf = (script: string) => decodeQuoted(script, script.indexOf(':subject ') + 9).value;
/** The reason: the multi-line string after the tags (after the subject, which may hold "text:"). */
const bodyOf = (script: string) => {
	const tags = script.indexOf(':subject ');
	const from = tags === -1 ? script.indexOf('vacation ') : decodeQuoted(script, tags + 9).end;
	return decodeMultiline(script, script.indexOf('text:', from));
};

const reply = {
	subject: 'Out of office',
	body: 'I am away.\nBack on Monday.',
	days: 7,
	addresses: ['jane@acme.test'],
};

describe('vacation script', () => {
	it('writes the reply for a date range', () => {
		expect(vacationScript({ ...reply, start: '2026-12-20', end: '2027-01-06' })).toBe(
			[
				'require ["vacation", "date", "relational"];',
				'if allof (currentdate :value "ge" "date" "2026-12-20", currentdate :value "le" "date" "2027-01-06") {',
				'  vacation :days 7 :subject "Out of office" :addresses ["jane@acme.test"] text:',
				'I am away.',
				'Back on Monday.',
				'.',
				'  ;',
				'}',
				'',
			].join('\n'),
		);
	});

	it('tests only the dates given, and needs no extension for none', () => {
		const from = vacationScript({ ...reply, start: '2026-12-20' });
		expect(from).toContain('require ["vacation", "date", "relational"];\n');
		expect(from).toContain('if currentdate :value "ge" "date" "2026-12-20" {\n');
		const always = vacationScript({ ...reply, subject: '', addresses: [] });
		expect(always).toBe(
			'require ["vacation"];\nvacation :days 7 text:\nI am away.\nBack on Monday.\n.\n;\n',
		);
		for (const script of [from, always]) expect(sieveError(script)).toBeUndefined();
	});

	it('escapes quotes and backslashes in quoted strings', () => {
		expect(sieveQuoted('He said "hi" \\ bye')).toBe('"He said \\"hi\\" \\\\ bye"');
		const script = vacationScript({ ...reply, subject: 'a "b" \\c\\' });
		expect(script).toContain(':subject "a \\"b\\" \\\\c\\\\" ');
		expect(subjectOf(script)).toBe('a "b" \\c\\');
	});

	it('dot-stuffs lines starting with "." and ends the body with a lone "."', () => {
		const script = vacationScript({ ...reply, body: '.\n.hidden\r\nlast line\r\n\r\n' });
		expect(script).toContain('text:\n..\n..hidden\nlast line\n.\n');
		expect(bodyOf(script)).toBe('.\n.hidden\nlast line\n');
		expect(sieveError(script)).toBeUndefined();
	});

	it('refuses a subject that is not one line, and text sieve cannot carry', () => {
		expect(subjectProblem('Away\nBcc: x@y.test')).toBe('must be one line');
		expect(subjectProblem('Away\r')).toBe('must be one line');
		expect(subjectProblem('a\u0000b')).toBe('cannot contain NUL characters');
		expect(bodyProblem('a\u0000b')).toBe('cannot contain NUL characters');
		expect(bodyProblem('\n \n')).toBe('is required');
		expect(subjectProblem('broken \ud800')).toBe(
			'contains a broken character (a lone UTF-16 surrogate)',
		);
		expect(subjectProblem('Urlaub 🌴 "bis" Montag')).toBeUndefined();
	});

	it('carries any subject and body exactly (fast-check)', () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 60 }),
			fc.string({
				unit: fc.constantFrom(
					'"',
					'\\',
					'.',
					'\n',
					'\r',
					' ',
					'a',
					'{',
					'}',
					';',
					'text:',
					'#',
					'/*',
				),
				maxLength: 40,
			}),
		);
		fc.assert(
			fc.property(text, text, (subject, body) => {
				if (subjectProblem(subject) !== undefined || bodyProblem(body) !== undefined) {
					// Refused only for what sieve cannot carry.
					const carriable = (t: string) => !t.includes('\u0000') && encodeURIComponentSafe(t);
					const oneLine = !/[\r\n]/.test(subject);
					const hasBody = replyText(body).trim() !== '' || !carriable(body);
					expect(carriable(subject) && oneLine && carriable(body) && hasBody).toBe(false);
					return;
				}
				const script = vacationScript({ ...reply, subject, body, start: '2026-01-01' });
				if (subject !== '') expect(subjectOf(script)).toBe(subject);
				expect(bodyOf(script)).toBe(`${replyText(body)}\n`);
				expect(replyText(body)).toBe(body.replace(/\r\n?/g, '\n').replace(/\n+$/, ''));
				expect(sieveError(script)).toBeUndefined();
			}),
			{ numRuns: 500, seed: 20261130 },
		);
	});
});
