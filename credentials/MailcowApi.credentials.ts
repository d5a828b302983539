import type {
	IAuthenticate,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { MAILCOW_API } from '../nodes/shared/baseUrl';
import { CONNECTION_CODES } from '../nodes/shared/network';

/**
 * Mailcow's admin API key. Mailcow has one read-write and one read-only key per instance, both
 * bound to an IP allow-list.
 */
export class MailcowApi implements ICredentialType {
	name = 'mailcowApi';

	displayName = 'Mailcow API';

	icon: Icon = { light: 'file:../icons/mailcow.svg', dark: 'file:../icons/mailcow.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-mailcow-migadu/n8n-nodes-mailcow-migadu#mailcow-api-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://mail.example.com',
			description:
				'Address of your mailcow web interface, e.g. https://mail.example.com. A trailing slash or a pasted /api/v1 suffix is fine. ' +
				CONNECTION_CODES,
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"From System → Configuration → Access → Edit administrator → API. Use the read-write key to create, update or delete; the read-only key can only read. Add the n8n host to the key's IP allow-list.",
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSslIssues',
			type: 'boolean',
			default: false,
			description:
				'Whether to connect even if the TLS certificate cannot be verified, e.g. a self-signed certificate. Leave off unless you trust the network between n8n and mailcow.',
		},
	];

	/**
	 * Adds the X-API-Key header. A function rather than a generic block: n8n evaluates a generic
	 * block's `{{$credentials.apiKey}}` expression for every request.
	 */
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: { ...requestOptions.headers, 'X-API-Key': String(credentials.apiKey ?? '') },
	});

	/**
	 * GET /api/v1/get/status/version. HTTP errors are let through so the rules below can read
	 * mailcow's body: n8n's tester compares `get(body, key) === value`, and on a string body
	 * (empty or an HTML page) `length` and `0` (the first character) tell the two apart.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: MAILCOW_API.expression,
			url: '/get/status/version',
			headers: { Accept: 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
			skipSslCertificateValidation: '={{ $credentials.ignoreSslIssues === true }}',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'msg',
					value: 'authentication failed',
					message:
						"Mailcow rejected the API key (authentication failed): it is wrong or inactive. Copy it again from System → Configuration → Access → Edit administrator → API. Repeated failures can get this IP banned by mailcow's fail2ban.",
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'msg',
					value: 'route not found',
					message:
						'The server answered "route not found": the Base URL reaches a mailcow, but not its API root. Enter only the address of the web interface, e.g. https://mail.example.com.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'type',
					value: 'error',
					message:
						'Mailcow refused the request ("api access denied for ip …"): the IP address n8n connects from is not on the API key\'s allow-list. Add it under System → Configuration → Access → Edit administrator → API (or tick "Skip IP check"). The Mailcow node\'s error message shows the exact IP mailcow saw.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'length',
					value: 0,
					message:
						'Mailcow answered with an empty body: it did not treat the request as authenticated. Check that the API key is filled in and that the API is enabled for it.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: '0',
					value: '<',
					message:
						"The Base URL answered with an HTML page instead of mailcow's API: it points at a redirect (http → https), a proxy or a login page. Use the exact https:// address of the mailcow web interface.",
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'version',
					value: undefined,
					message:
						"The Base URL answered, but not like mailcow's API (no version in the answer). Check the address.",
				},
			},
		],
	};
}
