// How a request target reaches mailcow's json_api.php: nginx decodes and normalises the path,
// matches `location ~ ^/api/v1/(.*)$` and hands PHP `query=$1&$args` (try_files, no re-encoding);
// PHP's parse_str url-decodes that query string again, and json_api.php splits `query` on "/".
// Recorded in mailcow-observed-2.md, "Paths, encodings and IDN (transport)".

/** What PHP got: `$_GET` and the route json_api.php read from `$_GET['query']`. */
export interface MailcowRoute {
	/** The query string nginx handed PHP (`query=…&<original args>`), as in its access log. */
	args: string;
	/** `$_GET` after parse_str: plain keys only; `key[]` entries become arrays. */
	get: Record<string, string | string[]>;
	/** `explode('/', $_GET['query'])`: action, category, object, extra, … (undefined: no query). */
	query?: string[];
}

/** nginx refused the request before PHP ran (400 page), or no location matched. */
export interface NginxRefusal {
	status: number;
	html: string;
}

const page = (status: number, reason: string) =>
	`<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

export const NGINX_400 = page(400, 'Bad Request');

/** Percent-decoding of bytes; `strict` (nginx) refuses a bad escape, PHP keeps it literally. */
function percentDecode(text: string, strict: boolean, plusIsSpace: boolean): Buffer | undefined {
	const input = Buffer.from(text, 'utf8');
	const out: number[] = [];
	for (let i = 0; i < input.length; i++) {
		const byte = input[i];
		if (byte === 0x25) {
			const hex = input.subarray(i + 1, i + 3).toString('latin1');
			if (/^[0-9a-fA-F]{2}$/.test(hex)) {
				out.push(parseInt(hex, 16));
				i += 2;
				continue;
			}
			if (strict) return undefined;
		}
		out.push(plusIsSpace && byte === 0x2b ? 0x20 : byte);
	}
	return Buffer.from(out);
}

/**
 * nginx's ngx_http_parse_complex_uri: decode every %XX (a bad escape or %00 → 400), merge "//",
 * resolve "." and ".." segments (also when they came from %2E or "..%2F"); climbing above the
 * root → 400. Returns the normalised `$uri`.
 */
export function nginxUri(rawPath: string): string | undefined {
	const decoded = percentDecode(rawPath, true, false);
	if (!decoded || decoded.includes(0)) return undefined;
	const text = decoded.toString('utf8');
	const out: string[] = [];
	const parts = text.split('/');
	for (const [index, part] of parts.entries()) {
		const last = index === parts.length - 1;
		if (part === '' && index > 0 && !last) continue; // merge_slashes
		if (part === '.') {
			if (last) out.push('');
			continue;
		}
		if (part === '..') {
			if (out.length <= 1) return undefined; // above the root
			out.pop();
			if (last) out.push('');
			continue;
		}
		out.push(part);
	}
	return out.join('/');
}

/**
 * PHP's parse_str on a query string (arg_separator "&"): keys and values are url-decoded (`+` is
 * a space), the last duplicate key wins, leading spaces of a key are dropped and `key[]` makes an
 * array.
 */
export function phpParseStr(args: string): Record<string, string | string[]> {
	const result: Record<string, string | string[]> = {};
	for (const pair of args.split('&')) {
		if (pair === '') continue;
		const eq = pair.indexOf('=');
		const rawKey = eq === -1 ? pair : pair.slice(0, eq);
		const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
		const key = (percentDecode(rawKey, false, true) ?? Buffer.alloc(0))
			.toString('utf8')
			.replace(/^ +/, '');
		const value = (percentDecode(rawValue, false, true) ?? Buffer.alloc(0)).toString('utf8');
		const bracket = key.indexOf('[');
		if (bracket > 0) {
			const base = key.slice(0, bracket);
			const current = result[base];
			result[base] = Array.isArray(current) ? [...current, value] : [value];
			continue;
		}
		if (key !== '') result[key] = value;
	}
	return result;
}

/**
 * The whole way from the request target (`/api/v1/get/alias/x?tags=a`) to json_api.php's
 * route. Targets outside /api/v1/ return undefined (not the API).
 */
export function routeRequest(target: string): MailcowRoute | NginxRefusal | undefined {
	const q = target.indexOf('?');
	const rawPath = q === -1 ? target : target.slice(0, q);
	const rawArgs = q === -1 ? '' : target.slice(q + 1);
	const uri = nginxUri(rawPath);
	if (uri === undefined) return { status: 400, html: NGINX_400 };
	// `.` in nginx's PCRE does not match a newline: such a path is not the API location.
	const match = /^\/api\/v1\/(.*)$/.exec(uri);
	if (!match) return undefined;
	const args = `query=${match[1]}&${rawArgs}`;
	const get = phpParseStr(args);
	const query = get.query;
	return { args, get, query: typeof query === 'string' ? query.split('/') : undefined };
}
