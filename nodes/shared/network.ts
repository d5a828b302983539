import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

/**
 * Requests that got no HTTP answer, in words a user can act on: which URL could not be reached
 * and the likely cause. Both nodes (through the item runner, shared/items.ts), their list
 * searches and both triggers (through the nodes' transports) use it. The URL is shown without
 * user:password@; keys travel in headers and never appear in it.
 */

/** How a node names its server and the credential's switch for unverifiable certificates. */
export interface Service {
	/** "Mailcow", "Migadu". */
	name: string;
	/** The credential option that skips certificate checks, e.g. "Ignore SSL Issues (Insecure)". */
	sslOption?: string;
}

/**
 * n8n's connection test shows only the error code of a request without an answer (and a custom
 * test function would need n8n's deprecated `request` helper): the credentials' Base URL field
 * says what each code means.
 */
export const CONNECTION_CODES =
	'If the connection test fails with a code — ECONNREFUSED: nothing listens at that host and port; ENOTFOUND: the host name does not resolve; EAI_AGAIN: no answer from DNS; EPROTO: https:// used for a plain-HTTP port; ECONNRESET: the server or a proxy closed the connection (http:// for an HTTPS port?); ETIMEDOUT, ECONNABORTED: no answer in time (a firewall?); DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID and other certificate codes: the certificate cannot be verified.';

export interface NetworkFailure {
	/** One line naming the server: `http://127.0.0.1:5690 refused the connection: …`. */
	message: string;
	/** What to check. */
	description: string;
	/** The request may have reached the server (reset, timeout): a write's outcome is unknown. */
	maybeDone: boolean;
	/** The system code (`ECONNREFUSED`, …), for the error's details. */
	code: string;
}

/** Every object of an error's chain: n8n's errors keep the request error as `cause`. */
function chain(error: unknown): Array<Record<string, unknown>> {
	const links: Array<Record<string, unknown>> = [];
	for (
		let current = error;
		current && typeof current === 'object' && !links.includes(current as Record<string, unknown>);
	) {
		const record = current as Record<string, unknown>;
		links.push(record);
		current = record.cause ?? (typeof record.error === 'object' ? record.error : undefined);
	}
	return links;
}

/** `https://user:pass@host:port/path?x` → `https://host:port/path?x`; unparsable input as given. */
export function displayUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.username = '';
		parsed.password = '';
		return parsed.toString();
	} catch {
		return url;
	}
}

/** The full URL of a request (`baseURL` + `url`), as the server sees it. */
export function requestUrl(options: { baseURL?: string; url?: string }): string {
	const path = options.url ?? '';
	if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
	return `${(options.baseURL ?? '').replace(/\/+$/, '')}${path}`;
}

const CERTIFICATE =
	/CERT|SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH/;

/**
 * Describes a request that got no HTTP answer, or undefined when `error` is not such a failure
 * (answers with any HTTP status are explained by each API's error path). `url` is the full
 * request URL.
 */
export function networkFailure(
	error: unknown,
	url: string,
	service: Service,
): NetworkFailure | undefined {
	const links = chain(error);
	const codes = links.map((link) => link.code).filter((code) => typeof code === 'string');
	const text = links
		.map((link) => link.message)
		.filter((message) => typeof message === 'string')
		.join(' | ');
	const find = (...wanted: string[]) =>
		wanted.find((code) => codes.includes(code) || new RegExp(`\\b${code}\\b`).test(text));
	const shown = displayUrl(url);
	let origin = url;
	let host = url;
	let https = false;
	try {
		const parsed = new URL(url);
		({ origin, host } = parsed);
		https = parsed.protocol === 'https:';
	} catch {
		// Not a URL: named as given.
	}
	const check = `Check the Base URL in the ${service.name} credential (scheme, host and port).`;
	const failure = (code: string, message: string, description: string, maybeDone = false) => ({
		code,
		message: `${origin} ${message}`,
		description,
		maybeDone,
	});

	if (find('ERR_SSL_WRONG_VERSION_NUMBER') || /wrong version number/i.test(text)) {
		return failure(
			find('EPROTO', 'ERR_SSL_WRONG_VERSION_NUMBER') ?? 'EPROTO',
			'does not speak HTTPS: the port answered in plain HTTP',
			`The Base URL starts with https:// but ${host} serves plain HTTP on this port (TLS error "wrong version number" for ${shown}). Either use http:// for this port, or use the port where ${service.name} offers HTTPS (usually 443).`,
		);
	}
	const certificate = codes.find((code) => CERTIFICATE.test(code));
	if (certificate || /self[- ]signed certificate|certificate has expired|altnames/i.test(text)) {
		return {
			code: certificate ?? 'CERT',
			message: `The TLS certificate of ${origin} cannot be verified (${certificate ?? 'certificate error'})`,
			description: `n8n did not send the request to ${shown}: the server's certificate is self-signed, expired, signed by an unknown authority or issued for another host name. Certificates are checked by default. ${
				service.sslOption
					? `If you trust the network between n8n and ${service.name}, turn on "${service.sslOption}" in the ${service.name} credential; better, give the server a certificate from a public authority (mailcow obtains one from Let's Encrypt).`
					: `Give the server a certificate from a public authority.`
			}`,
			maybeDone: false,
		};
	}
	const refused = find('ECONNREFUSED');
	if (refused) {
		return failure(
			refused,
			'refused the connection: nothing accepts connections there',
			`n8n could not connect to ${host} for ${shown}: no server listens on that port, or a firewall rejects the connection. ${check} Is ${service.name} running and reachable from the n8n host?`,
		);
	}
	const dns = find('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME');
	if (dns) {
		return failure(
			dns,
			'cannot be found: its host name does not resolve (DNS)',
			`The name ${host.replace(/:\d+$/, '')} did not resolve for ${shown} (${dns}): a typo in the Base URL, or the n8n host cannot resolve it (its DNS server, or a name only known inside another network). ${check}`,
		);
	}
	const timeout =
		find('ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT', 'ERR_SOCKET_CONNECTION_TIMEOUT') ??
		(/timeout .*exceeded/i.test(text) ? 'ETIMEDOUT' : undefined);
	if (timeout) {
		return failure(
			timeout,
			'did not answer in time (timeout)',
			`The request to ${shown} got no answer in time: a firewall may drop the packets, the host may be unreachable from n8n, or ${service.name} is overloaded. ${check}`,
			true,
		);
	}
	const reset = find('ECONNRESET', 'EPIPE') ?? (/socket hang up/i.test(text) ? 'ECONNRESET' : '');
	if (reset) {
		return failure(
			reset,
			'closed the connection without answering',
			`The server at ${host} dropped the request to ${shown}. ${
				https
					? 'It may not speak HTTPS on this port'
					: 'It may expect HTTPS on this port (try https://)'
			}, or a proxy in between refused it. ${check}`,
			true,
		);
	}
	const unreachable = find('EHOSTUNREACH', 'ENETUNREACH');
	if (unreachable) {
		return failure(
			unreachable,
			'cannot be reached from n8n (no route to the host)',
			`The network of the n8n host has no route to ${host} for ${shown}. ${check}`,
		);
	}
	return undefined;
}

export interface NetworkErrorOptions {
	itemIndex?: number;
	/** Said after a write whose request may have arrived (a reset or a timeout). */
	unknownOutcome?: string;
	write?: boolean;
}

/**
 * `error` as a NodeApiError naming the URL and the cause, without the original error (which
 * holds the request, API key included), or undefined when it is not a failed connection.
 */
export function networkError(
	node: INode,
	error: unknown,
	url: string,
	service: Service,
	options: NetworkErrorOptions = {},
): NodeApiError | undefined {
	const failure = networkFailure(error, url, service);
	if (!failure) return undefined;
	const { itemIndex } = options;
	const outcome =
		failure.maybeDone && options.write
			? ` ${options.unknownOutcome ?? 'The server may have received the request before the connection ended: read the object back before running the item again (n8n does not retry).'}`
			: '';
	// No `code` key in the details: NodeApiError would replace the message with n8n's generic
	// text for that code.
	return new NodeApiError(node, { url: displayUrl(url), systemError: failure.code } as JsonObject, {
		message: itemIndex === undefined ? failure.message : `${failure.message} (item ${itemIndex})`,
		description: `${failure.description}${outcome}`,
		itemIndex,
	});
}
