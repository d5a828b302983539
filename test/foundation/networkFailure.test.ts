// How both nodes read a request that got no HTTP answer (nodes/shared/network.ts): the system code
// or the words of the error chain n8n and axios build (the code on the error itself, on its
// `cause` or on a nested `error`, or only in a message), what the user is told, and the URL shown
// without user:password@. network.test.ts provokes the real failures over loopback; this table
// covers the shapes those few sockets cannot produce.
import type { INode } from 'n8n-workflow';
import {
	displayUrl,
	networkError,
	networkFailure,
	requestUrl,
	type Service,
} from '../../nodes/shared/network';

const MAILCOW: Service = { name: 'Mailcow', sslOption: 'Ignore SSL Issues (Insecure)' };
const URL_HTTP = 'http://mail.example.test:8080/api/v1/get/domain/all';
const URL_HTTPS = 'https://mail.example.test/api/v1/get/domain/all';

const coded = (code: unknown, message = 'Request failed') =>
	Object.assign(new Error(message), { code });

describe('a failed connection, read from the error chain', () => {
	// [case, error, URL, code, message after the origin, words of the description, maybe done]
	const cases: Array<[string, unknown, string, string, string, string, boolean]> = [
		[
			'the code on a cause',
			{ message: 'Request failed', cause: coded('ECONNREFUSED') },
			URL_HTTP,
			'ECONNREFUSED',
			'refused the connection: nothing accepts connections there',
			'n8n could not connect to mail.example.test:8080',
			false,
		],
		[
			'the code on a nested error object (n8n keeps the request error there)',
			{ message: 'The service was not able to process your request', error: coded('EAI_AGAIN') },
			URL_HTTP,
			'EAI_AGAIN',
			'cannot be found: its host name does not resolve (DNS)',
			'The name mail.example.test did not resolve',
			false,
		],
		[
			'the code only in the message',
			new Error('getaddrinfo ENOTFOUND mail.example.test'),
			URL_HTTPS,
			'ENOTFOUND',
			'cannot be found: its host name does not resolve (DNS)',
			'The name mail.example.test did not resolve',
			false,
		],
		[
			'a code that is no string, the real one further down',
			{ code: 500, message: 'x', cause: { code: 'EHOSTUNREACH', message: 'no route' } },
			URL_HTTP,
			'EHOSTUNREACH',
			'cannot be reached from n8n (no route to the host)',
			'has no route to mail.example.test:8080',
			false,
		],
		[
			"OpenSSL's words for plain HTTP on an https:// port, without a code",
			new Error('write EPROTO 00:error:0A00010B:SSL routines::wrong version number'),
			URL_HTTPS,
			'EPROTO',
			'does not speak HTTPS: the port answered in plain HTTP',
			'serves plain HTTP on this port',
			false,
		],
		[
			"Node's code for plain HTTP on an https:// port",
			coded('ERR_SSL_WRONG_VERSION_NUMBER'),
			URL_HTTPS,
			'ERR_SSL_WRONG_VERSION_NUMBER',
			'does not speak HTTPS: the port answered in plain HTTP',
			'use http:// for this port',
			false,
		],
		[
			'a timeout in axios words only',
			new Error('timeout of 300ms exceeded'),
			URL_HTTP,
			'ETIMEDOUT',
			'did not answer in time (timeout)',
			'got no answer in time',
			true,
		],
		[
			'an aborted connection',
			coded('ECONNABORTED'),
			URL_HTTP,
			'ECONNABORTED',
			'did not answer in time (timeout)',
			'got no answer in time',
			true,
		],
		[
			'a socket hung up on http://',
			new Error('socket hang up'),
			URL_HTTP,
			'ECONNRESET',
			'closed the connection without answering',
			'It may expect HTTPS on this port (try https://)',
			true,
		],
		[
			'a broken pipe on https://',
			coded('EPIPE'),
			URL_HTTPS,
			'EPIPE',
			'closed the connection without answering',
			'It may not speak HTTPS on this port',
			true,
		],
	];

	it.each(cases)('%s', (_case, error, url, code, message, words, maybeDone) => {
		const origin = new URL(url).origin;
		const failure = networkFailure(error, url, MAILCOW);
		expect(failure).toMatchObject({ code, message: `${origin} ${message}`, maybeDone });
		expect(failure?.description).toContain(words);
		expect(failure?.description).toContain(url);
	});

	it('names a certificate by its code, or by its words with none', () => {
		const byCode = networkFailure(coded('DEPTH_ZERO_SELF_SIGNED_CERT'), URL_HTTPS, MAILCOW);
		expect(byCode).toMatchObject({
			code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
			message:
				'The TLS certificate of https://mail.example.test cannot be verified (DEPTH_ZERO_SELF_SIGNED_CERT)',
			maybeDone: false,
		});
		for (const words of ['self-signed certificate', 'self signed certificate in chain']) {
			expect(networkFailure(new Error(words), URL_HTTPS, MAILCOW)).toMatchObject({
				code: 'CERT',
				message:
					'The TLS certificate of https://mail.example.test cannot be verified (certificate error)',
			});
		}
		expect(byCode?.description).toContain('turn on "Ignore SSL Issues (Insecure)"');
		const withoutOption = networkFailure(coded('CERT_HAS_EXPIRED'), URL_HTTPS, { name: 'Migadu' });
		expect(withoutOption?.description).toContain(
			'Certificates are checked by default. Give the server a certificate from a public authority.',
		);
	});

	it('follows a chain that loops back on itself', () => {
		const error = coded('ECONNRESET') as Error & { cause?: unknown };
		error.cause = { message: 'wrapper', cause: error };
		expect(networkFailure(error, URL_HTTP, MAILCOW)?.code).toBe('ECONNRESET');
	});

	it('is no network failure without a known code or words: each API explains its answers', () => {
		expect(
			networkFailure(new Error('Request failed with status code 500'), URL_HTTP, MAILCOW),
		).toBe(undefined);
		expect(
			networkFailure({ message: 'x', error: 'ECONNREFUSED as a plain string' }, URL_HTTP, MAILCOW),
		).toBe(undefined);
	});

	it('names a Base URL that is no URL as given', () => {
		expect(networkFailure(coded('ECONNREFUSED'), 'mail.example.test/api', MAILCOW)?.message).toBe(
			'mail.example.test/api refused the connection: nothing accepts connections there',
		);
	});
});

describe('the URL of a request', () => {
	it('joins the base URL and the path, one slash between, and keeps an absolute path', () => {
		expect(
			requestUrl({ baseURL: 'https://mail.example.test/api/v1//', url: '/get/domain/all' }),
		).toBe('https://mail.example.test/api/v1/get/domain/all');
		expect(
			requestUrl({ baseURL: 'https://mail.example.test/api/v1', url: 'https://other.test/x' }),
		).toBe('https://other.test/x');
		expect(requestUrl({ baseURL: 'https://mail.example.test/api/v1/' })).toBe(
			'https://mail.example.test/api/v1',
		);
		// A path such as "get/alias:x" has a colon, yet no scheme before it.
		expect(requestUrl({ baseURL: 'https://m.test/api/v1/', url: '/get/alias/a:b' })).toBe(
			'https://m.test/api/v1/get/alias/a:b',
		);
	});

	it('is shown without user and password', () => {
		expect(displayUrl('https://admin:secret@mail.example.test:8443/api?x=1')).toBe(
			'https://mail.example.test:8443/api?x=1',
		);
		expect(displayUrl('not a url')).toBe('not a url');
	});
});

describe('a network failure as the error of an item', () => {
	const node: INode = {
		id: '1',
		name: 'Mailcow',
		type: 'n8n-nodes-mailcow-migadu.mailcow',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};

	it('says a write cut off may have arrived, in its own words or the default ones', () => {
		const timeout = coded('ETIMEDOUT');
		expect(networkError(node, timeout, URL_HTTP, MAILCOW, { write: true })?.description).toMatch(
			/got no answer in time.* The server may have received the request before the connection ended: read the object back before running the item again \(n8n does not retry\)\.$/,
		);
		expect(
			networkError(node, timeout, URL_HTTP, MAILCOW, { write: true, unknownOutcome: 'Check.' })
				?.description,
		).toMatch(/ Check\.$/);
		expect(networkError(node, timeout, URL_HTTP, MAILCOW)?.description).not.toContain('received');
		expect(
			networkError(node, coded('ECONNREFUSED'), URL_HTTP, MAILCOW, { write: true, itemIndex: 2 }),
		).toMatchObject({
			message:
				'http://mail.example.test:8080 refused the connection: nothing accepts connections there (item 2)',
		});
	});
});
