/**
 * The sieve script of a vacation (out-of-office) reply. Mailcow has no vacation route: a vacation
 * is an active postfilter holding a `vacation` command (mailcow-observed-2.md, "Sieve filters").
 * The script follows RFC 5230 (vacation), RFC 5260 (`currentdate`, for the start and end dates)
 * and RFC 5231 (`:value "ge"` / `"le"` comparisons), and RFC 5228's string syntax: quoted strings
 * escape `"` and `\`, the body is a multi-line string (`text:` … a line holding only ".") whose
 * lines starting with "." are doubled (dot-stuffing).
 */
export interface VacationReply {
	/** One line; empty leaves the subject to the server ("Auto: <original subject>"). */
	subject: string;
	/** The reply's text, as typed; see replyText. */
	body: string;
	/** Days before the same sender gets the reply again (at least 1). */
	days: number;
	/** The mailbox's addresses: mail sent to one of them is answered. */
	addresses: string[];
	/** First day of the reply, YYYY-MM-DD, in the mail server's time zone. */
	start?: string;
	/** Last day of the reply (included), YYYY-MM-DD. */
	end?: string;
}

/** A sieve quoted string: `"` and `\` escaped with a backslash. */
export function sieveQuoted(text: string): string {
	return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * The text the reply carries: line breaks as LF, trailing line breaks dropped. (A blank line
 * right before the closing "." is refused by the sieve parser mailcow validates scripts with —
 * inferred from its scanner — and means nothing in a reply.)
 */
export function replyText(body: string): string {
	return body.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}

/** A sieve multi-line string holding `text` plus a final line break, dot-stuffed. */
function sieveText(text: string): string {
	const lines = text.split('\n').map((line) => (line.startsWith('.') ? `.${line}` : line));
	return `text:\n${lines.join('\n')}\n.\n`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What sieve cannot carry in any string: NUL, and text that is not valid Unicode. */
function carriable(text: string): string | undefined {
	if (text.includes('\u0000')) return 'cannot contain NUL characters';
	if (LONE_SURROGATE.test(text)) return 'contains a broken character (a lone UTF-16 surrogate)';
	return undefined;
}

/** The problem of a subject (`must be one line`), or undefined. */
export function subjectProblem(subject: string): string | undefined {
	// A line break would reach the reply's header.
	if (/[\r\n]/.test(subject)) return 'must be one line';
	return carriable(subject);
}

/** The problem of a body (`is required`), or undefined. */
export function bodyProblem(body: string): string | undefined {
	return carriable(body) ?? (replyText(body).trim() === '' ? 'is required' : undefined);
}

/**
 * The script: `require` of the extensions used, the date tests around the reply when dates are
 * given (whole days, first and last included), and the `vacation` command. The texts must have
 * passed subjectProblem / bodyProblem; the addresses are checked email addresses.
 */
export function vacationScript(reply: VacationReply): string {
	const tags = [`:days ${reply.days}`];
	if (reply.subject !== '') tags.push(`:subject ${sieveQuoted(reply.subject)}`);
	if (reply.addresses.length)
		tags.push(`:addresses [${reply.addresses.map(sieveQuoted).join(', ')}]`);
	const command = `vacation ${tags.join(' ')} ${sieveText(replyText(reply.body))}`;
	const tests = [
		...(reply.start ? [`currentdate :value "ge" "date" ${sieveQuoted(reply.start)}`] : []),
		...(reply.end ? [`currentdate :value "le" "date" ${sieveQuoted(reply.end)}`] : []),
	];
	if (tests.length === 0) return `require ["vacation"];\n${command};\n`;
	const test = tests.length === 1 ? tests[0] : `allof (${tests.join(', ')})`;
	return `require ["vacation", "date", "relational"];\nif ${test} {\n  ${command}  ;\n}\n`;
}
