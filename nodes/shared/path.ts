import { NodeOperationError, type INode } from 'n8n-workflow';

/**
 * The one rule for user values (ids, names, addresses, domains, filters) in an API path, shared
 * by the Mailcow and Migadu nodes. A value reaches the server as exactly one path segment naming
 * exactly that object, or the item fails before any request.
 *
 * What the servers do with a path (why these are refused):
 * - Both: the URL layer (the HTTP client, Migadu's router, mailcow's nginx) resolves "." and ".."
 *   segments, also written %2E%2E, so `..` addresses the parent route (Identity ".." deleted the
 *   mailbox). Empty segments are merged away.
 * - mailcow: nginx percent-decodes the path, then hands PHP `query=<path>&<query string>`, PHP's
 *   parse_str decodes it again and json_api.php splits it on "/". So "/" (even as %2F or %252F)
 *   always splits, "&" ends the route and a following `query=` replaces it, "%" sequences are
 *   decoded once more, and "+" becomes a space (mailcow-observed-2.md, "Paths, encodings").
 * - A reverse proxy in front of either server may decode the path once more: then "%", "?", "#"
 *   and "\\" (a "/" on some servers) would change the route or cut the path.
 * Whitespace and control characters are never part of a name, and mailcow's get/domain trims
 * them (another object). Longer than 254 characters is no address, domain or id of either API.
 *
 * "+" stays allowed (real addresses such as a+b@example.com): see `mailcowSegment`.
 */
const REFUSED: Array<[RegExp, string]> = [
	[/[/\\]/, 'a slash'],
	[/%/, 'a percent sign'],
	[/[?#&]/, 'one of ? # &'],
	[/[\s\p{Cc}\p{Cf}]/u, 'a space or control character'],
	[/\p{Cs}/u, 'a broken character'],
];

export const MAX_PATH_VALUE = 254;

/** Why `value` cannot be sent as one path segment, or undefined when it can. */
export function pathValueProblem(value: string): string | undefined {
	if (value === '') return 'is empty';
	const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	if (/^\.{1,2}$/.test(value)) return `${shown} cannot be used as a name`;
	if (value.length > MAX_PATH_VALUE) return `${shown} is longer than ${MAX_PATH_VALUE} characters`;
	for (const [pattern, what] of REFUSED) {
		if (pattern.test(value)) return `${shown} cannot be used as a name: it contains ${what}`;
	}
	return undefined;
}

/**
 * A user value in a path, with the display name of the field it came from (for the error). A
 * list (mailcow's `all/{d1,d2}`) is checked entry by entry and sent comma-joined.
 */
export interface PathValue {
	value: string | string[];
	label: string;
}

/** A fixed route word written by the node (`get`, `domains`) or a user value. */
export type PathPart = string | PathValue;

/** The refusal of a path value: names the field and the item, like every field error. */
export function pathError(
	node: INode,
	label: string,
	problem: string,
	itemIndex?: number,
): NodeOperationError {
	const item = itemIndex === undefined ? '' : ` (item ${itemIndex})`;
	return new NodeOperationError(node, `${label}: ${problem}${item}`, {
		itemIndex,
		description:
			'Names in the request path may not be "." or "..", and may not contain / \\ % ? # &, spaces or control characters: servers and proxies would read them as another route or another object.',
	});
}

/**
 * `/part/part/…` with every part checked by `pathValueProblem` and encoded by `encode` (the
 * API's own encoding). Throws the field-naming NodeOperationError of the first refused value.
 */
export function buildPath(
	node: INode,
	itemIndex: number | undefined,
	parts: PathPart[],
	encode: (value: string) => string,
): string {
	return (
		'/' +
		parts
			.map((part) => {
				const { value, label } = typeof part === 'string' ? { value: part, label: 'Path' } : part;
				const values = Array.isArray(value) ? value : [value];
				if (values.length === 0) throw pathError(node, label, 'is empty', itemIndex);
				for (const entry of values) {
					const problem = pathValueProblem(entry);
					if (problem) throw pathError(node, label, problem, itemIndex);
				}
				return values.map(encode).join(',');
			})
			.join('/')
	);
}
