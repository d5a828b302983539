import type {
	IAuthenticate,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { MIGADU_API } from '../nodes/shared/baseUrl';
import { CONNECTION_CODES } from '../nodes/shared/network';

/** Migadu's admin API: HTTP Basic with the account's email address and an API key. */
export class MigaduApi implements ICredentialType {
	name = 'migaduApi';

	displayName = 'Migadu API';

	icon: Icon = { light: 'file:../icons/migadu.svg', dark: 'file:../icons/migadu.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-mailcow-migadu/n8n-nodes-mailcow-migadu#migadu-api-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Account Email',
			name: 'email',
			type: 'string',
			placeholder: 'admin@example.com',
			default: '',
			required: true,
			description:
				"The email address you log in to Migadu's admin panel with (not a mailbox address)",
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Created in the Migadu admin panel under My Account → API Keys',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.migadu.com/v1',
			description:
				'Change only to go through a proxy or to use a local Migadu emulator; with or without /v1 at the end. ' +
				CONNECTION_CODES,
		},
	];

	/**
	 * HTTP Basic with the account email and the API key. A function rather than a generic block:
	 * n8n evaluates a generic block's `{{$credentials.…}}` expressions for every request.
	 */
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		auth: {
			username: String(credentials.email ?? ''),
			password: String(credentials.apiKey ?? ''),
		},
	});

	test: ICredentialTestRequest = {
		request: {
			baseURL: MIGADU_API.expression,
			url: '/domains',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Migadu rejected the account email or API key. Check both in My Account → API Keys.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Migadu answered "Request forbidden": too many requests or failed logins from this IP. Wait a few minutes before trying again.',
				},
			},
		],
	};
}
