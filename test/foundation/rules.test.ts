// The shared rules every request of both nodes passes, one function at a time: which user values
// may be a path segment and what the refusal says (nodes/shared/path.ts), how secrets are masked
// in errors (secrets.ts), how a pasted Base URL becomes the API root (baseUrl.ts), and how
// mailcow's domains and addresses are put in punycode (nodes/Mailcow/shared/idn.ts). The
// integration tests send these through the real engine; these pin each rule's edges.
import { NodeApiError, NodeOperationError, type INode } from 'n8n-workflow';
import { asciiDomain, asciiName, namesDomains } from '../../nodes/Mailcow/shared/idn';
import { MAILCOW_API, MIGADU_API } from '../../nodes/shared/baseUrl';
import { buildPath, MAX_PATH_VALUE, pathError, pathValueProblem } from '../../nodes/shared/path';
import { bodySecrets, scrub, withoutSecrets } from '../../nodes/shared/secrets';

const node = {
	name: 'Mailcow',
	type: 'mailcow',
	typeVersion: 1,
	parameters: {},
} as unknown as INode;

describe('path values (nodes/shared/path.ts)', () => {
	it.each([
		['a/b', 'a slash'],
		['a\\b', 'a slash'],
		['a%b', 'a percent sign'],
		['a?b', 'one of ? # &'],
		['a#b', 'one of ? # &'],
		['a&b', 'one of ? # &'],
		['a b', 'a space or control character'],
		['a\u200bb', 'a space or control character'],
		['a\ud800b', 'a broken character'],
	])('refuses %j, naming what it contains', (value, what) => {
		expect(pathValueProblem(value)).toBe(
			`${JSON.stringify(value)} cannot be used as a name: it contains ${what}`,
		);
	});

	it('refuses "." and ".." only as whole values', () => {
		expect(pathValueProblem('.')).toBe('"." cannot be used as a name');
		expect(pathValueProblem('..')).toBe('".." cannot be used as a name');
		for (const value of ['a..', '..a', '.a.', 'a.b', '...']) {
			expect(pathValueProblem(value)).toBeUndefined();
		}
	});

	it(`takes ${MAX_PATH_VALUE} characters and refuses one more`, () => {
		expect(pathValueProblem('a'.repeat(MAX_PATH_VALUE))).toBeUndefined();
		expect(pathValueProblem('a'.repeat(MAX_PATH_VALUE + 1))).toBe(
			`"${'a'.repeat(60)}…" is longer than ${MAX_PATH_VALUE} characters`,
		);
	});

	it('shows a value of up to 60 characters whole, a longer one cut at 60', () => {
		const sixty = `${'b'.repeat(59)}/`;
		expect(pathValueProblem(sixty)).toBe(
			`${JSON.stringify(sixty)} cannot be used as a name: it contains a slash`,
		);
		const longer = `${'c'.repeat(60)}/`;
		expect(pathValueProblem(longer)).toBe(
			`"${'c'.repeat(60)}…" cannot be used as a name: it contains a slash`,
		);
	});

	it('builds /word/value/… with each value encoded, a list comma-joined', () => {
		const encode = (value: string) => `<${value}>`;
		expect(
			buildPath(
				node,
				0,
				['get', 'mailbox', { value: ['a.test', 'b.test'], label: 'Domains' }],
				encode,
			),
		).toBe('/<get>/<mailbox>/<a.test>,<b.test>');
	});

	it('names the field and the item of a refused value, with the rule in the description', () => {
		const refuse = (parts: Parameters<typeof buildPath>[2], item?: number) => {
			try {
				buildPath(node, item, parts, encodeURIComponent);
			} catch (error) {
				return error as NodeOperationError;
			}
			throw new Error('not refused');
		};
		const error = refuse(['delete', { value: '../x', label: 'Mailbox' }], 3);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe(
			'Mailbox: "../x" cannot be used as a name: it contains a slash (item 3)',
		);
		expect(error.context.itemIndex).toBe(3);
		expect(error.description).toBe(
			'Names in the request path may not be "." or "..", and may not contain / \\ % ? # &, spaces or control characters: servers and proxies would read them as another route or another object.',
		);
		expect(refuse([{ value: [], label: 'Domains' }], 1).message).toBe('Domains: is empty (item 1)');
		expect(refuse(['..']).message).toBe('Path: ".." cannot be used as a name');
		expect(pathError(node, 'Domain', 'is empty').message).toBe('Domain: is empty');
	});
});

describe('secret masking (nodes/shared/secrets.ts)', () => {
	it('masks each secret, also JSON-escaped and URL-encoded, as ***', () => {
		const secret = 'Pa"ss wörd';
		const text = `raw ${secret} json ${JSON.stringify(secret)} url ${encodeURIComponent(secret)}`;
		expect(scrub(text, [secret])).toBe('raw *** json "***" url ***');
	});

	it('leaves values shorter than 4 characters, which would blank out ordinary words', () => {
		expect(scrub('the abc of it', ['abc'])).toBe('the abc of it');
		expect(scrub('the abcd of it', ['abcd'])).toBe('the *** of it');
	});

	it('masks a secret that contains another one whole', () => {
		expect(scrub('key Secret-Long-Key', ['Secret', 'Secret-Long', 'Secret-Long-Key'])).toBe(
			'key ***',
		);
		expect(scrub('key Secret-Long-Key', ['Secret-Long', 'Secret', 'Secret-Long-Key'])).toBe(
			'key ***',
		);
	});

	it('finds passwords in a body under password keys at any depth, nothing else', () => {
		expect(
			bodySecrets({
				name: 'Ann',
				password: 'p-one',
				password2: 'p-two',
				attr: { smtp_password: 'p-three', passwd: 'p-four', password_method: 'BLF-CRYPT' },
				list: [{ Password: 'p-five' }],
				password_recovery_email: 'ann@example.com',
				oldpassword: 'not-a-key-mailcow-has',
				password2x: 'neither',
			}),
		).toEqual(['p-one', 'p-two', 'p-three', 'p-four', 'p-five']);
		// A password key holding an object is walked like any other value.
		expect(bodySecrets({ password: { nested_password: 'deep-secret' } })).toEqual(['deep-secret']);
		expect(bodySecrets(null)).toEqual([]);
		expect(bodySecrets('password=x')).toEqual([]);
		expect(bodySecrets(Buffer.from('{"password":"in-a-buffer"}'))).toEqual([]);
	});

	it('rebuilds an operation error with message and description masked, item and failure kept', () => {
		const error = new NodeOperationError(node, 'refused Secret-Key', {
			description: 'sent Secret-Key',
			itemIndex: 0,
		});
		const rebuilt = withoutSecrets(node, error, ['Secret-Key'], 4);
		expect(rebuilt).toBeInstanceOf(NodeOperationError);
		expect(rebuilt).not.toBe(error);
		expect(rebuilt.message).toBe('refused ***');
		expect(rebuilt.description).toBe('sent ***');
		expect(rebuilt.context.itemIndex).toBe(4);
		// Already clean: returned as it is.
		expect(withoutSecrets(node, rebuilt, ['Secret-Key'], 4)).toBe(rebuilt);
	});

	it("keeps an API error's plain details masked, and drops details that are an Error", () => {
		const answer = { type: 'danger', msg: 'bad password Secret-Pass' };
		const api = new NodeApiError(node, answer, {
			message: 'mailcow refused Secret-Pass',
			httpCode: '400',
		});
		const rebuilt = withoutSecrets(node, api, ['Secret-Pass'], 2) as NodeApiError;
		expect(rebuilt).toBeInstanceOf(NodeApiError);
		expect(rebuilt.message).toBe('mailcow refused ***');
		expect(rebuilt.httpCode).toBe('400');
		expect(rebuilt.errorResponse).toEqual({ type: 'danger', msg: 'bad password ***' });
		expect(rebuilt.context.itemIndex).toBe(2);

		const cause = Object.assign(new Error('socket hang up'), { config: { auth: 'Secret-Pass' } });
		const network = new NodeApiError(node, cause as never, { message: 'no answer' });
		const rebuiltNetwork = withoutSecrets(node, network, ['Secret-Pass'], 0) as NodeApiError;
		expect(rebuiltNetwork.errorResponse).toEqual({});
		expect(JSON.stringify(rebuiltNetwork)).not.toContain('Secret-Pass');
	});
});

describe('API roots (nodes/shared/baseUrl.ts)', () => {
	it.each([
		['https://mail.example.com', 'https://mail.example.com/api/v1'],
		['https://mail.example.com///', 'https://mail.example.com/api/v1'],
		['https://mail.example.com/API/V1', 'https://mail.example.com/api/v1'],
		['https://mail.example.com///api/v1', 'https://mail.example.com/api/v1'],
		['  https://mail.example.com/api/v1//  ', 'https://mail.example.com/api/v1'],
		[undefined, '/api/v1'],
	])('mailcow: %j → %s', (typed, root) => {
		expect(MAILCOW_API.root(typed)).toBe(root);
	});

	it('Migadu: the address, with or without /v1', () => {
		expect(MIGADU_API.root('https://api.migadu.com//')).toBe('https://api.migadu.com/v1');
		expect(MIGADU_API.root('https://api.migadu.com/v1/')).toBe('https://api.migadu.com/v1');
	});
});

describe('international domains (nodes/Mailcow/shared/idn.ts)', () => {
	it('puts a Unicode domain in punycode and leaves ASCII exactly as typed', () => {
		expect(asciiDomain('bücher.test')).toBe('xn--bcher-kva.test');
		// The URL parser would lower-case it; mailcow is asked for exactly what was typed.
		expect(asciiDomain('Example.COM')).toBe('Example.COM');
	});

	it('leaves what is no plain host name to mailcow', () => {
		for (const text of ['bücher.test_', '_bücher.test', 'bü cher.test']) {
			expect(asciiDomain(text)).toBe(text);
		}
	});

	it('converts the domain of an address, a catch-all and each entry of a list', () => {
		expect(asciiName('user@bücher.test')).toBe('user@xn--bcher-kva.test');
		expect(asciiName('@bücher.test')).toBe('@xn--bcher-kva.test');
		expect(asciiName('a@bücher.test,b@bücher.test')).toBe(
			'a@xn--bcher-kva.test,b@xn--bcher-kva.test',
		);
		expect(asciiName('bücher.test,ex.test')).toBe('xn--bcher-kva.test,ex.test');
	});

	// The routes whose ids mailcow looks up as stored (recorded or read from its code: see idn.ts).
	it.each([
		'domain',
		'mailbox',
		'alias',
		'dkim',
		'alias-domain',
		'time_limited_alias',
		'filters',
		'policy_wl_domain',
		'policy_bl_domain',
		'policy_wl_mailbox',
		'policy_bl_mailbox',
		'spam-score',
		'tls_policy',
		'quarantine_notification',
		'quarantine_category',
		'user-acl',
		'pushover',
		'last-login',
	])('%s ids are domains or addresses', (category) => {
		expect(namesDomains(category)).toBe(true);
	});

	it.each(['domain-admin', 'syncjob', 'app-passwd', ''])('%j ids are not converted', (category) => {
		expect(namesDomains(category)).toBe(false);
	});
});
