/**
 * A readable plain-text version of an HTML body. mailcow's send/email requires the plain-text
 * `body`; when the user writes only HTML, this becomes the text alternative of the message.
 * Not a full HTML renderer: enough for the transactional mail the operation is meant for.
 */

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	copy: '©',
	reg: '®',
	euro: '€',
	hellip: '…',
	mdash: '—',
	ndash: '–',
	laquo: '«',
	raquo: '»',
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
		if (code[0] === '#') {
			const point =
				code[1] === 'x' || code[1] === 'X'
					? parseInt(code.slice(2), 16)
					: parseInt(code.slice(1), 10);
			return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
		}
		return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
	});
}

export function htmlToText(html: string): string {
	let text = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
		// Links keep their target, unless the text already is the target.
		.replace(
			/<a\b[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi,
			(_m, _q, href: string, inner: string) => {
				const label = inner.replace(/<[^>]+>/g, '').trim();
				const target = decodeEntities(href.trim());
				return label && decodeEntities(label) !== target && !target.startsWith('#')
					? `${label} (${target})`
					: label || target;
			},
		)
		.replace(/<img\b[^>]*?alt\s*=\s*(["'])(.*?)\1[^>]*>/gi, '$2')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<li\b[^>]*>/gi, '\n- ')
		.replace(/<\/(td|th)\s*>/gi, '\t')
		.replace(/<hr\b[^>]*>/gi, '\n----------\n')
		.replace(
			/<\/?(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre|section|article|header|footer)\b[^>]*>/gi,
			'\n\n',
		)
		.replace(/<[^>]+>/g, '');
	text = decodeEntities(text)
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n');
	return text.trim();
}
