import { idLocator, numericIds } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';

/** Every field of the OAuth2 Client resource (clients of mailcow's OAuth2 provider), declared once. */

/** Mailcow stores any text (recorded: "not a url" was accepted); a client needs a real URL. */
function checkUrl(value: unknown): string | undefined {
	try {
		const { protocol } = new URL(String(value));
		if (protocol === 'http:' || protocol === 'https:') return undefined;
	} catch {
		// not a URL
	}
	return 'must be an http:// or https:// URL';
}

export const redirectUri: MailcowField = {
	key: 'redirect_uri',
	kind: 'string',
	required: true,
	check: checkUrl,
	property: {
		displayName: 'Redirect URI',
		name: 'oauth2ClientRedirectUri',
		type: 'string',
		default: '',
		placeholder: 'https://app.example.com/oauth/callback',
		description: 'Where mailcow sends the user back after signing in (the OAuth2 redirect_uri)',
	},
};

/** The client a Get reads: mailcow's numeric id, not the client ID. */
export const oauth2Client: MailcowField = {
	key: 'id',
	kind: 'string',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'oauth2Client',
		displayName: 'OAuth2 Client',
		searchListMethod: 'searchOauth2Clients',
	}),
};

/** The clients an Update or Delete changes. */
export const oauth2Clients: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'oauth2Clients',
		displayName: 'OAuth2 Clients',
		searchListMethod: 'searchOauth2Clients',
		many: true,
	}),
};

/** Update only (edit/oauth2-client, undocumented: redirect_uri, renew_secret, revoke_tokens). */
export const updateAttributes: MailcowField[] = [
	{
		key: 'redirect_uri',
		kind: 'string',
		notEmpty: true,
		check: checkUrl,
		property: {
			displayName: 'Redirect URI',
			name: 'redirectUri',
			type: 'string',
			default: '',
			placeholder: 'https://app.example.com/oauth/callback',
			description: 'New redirect URI of the clients',
		},
	},
	{
		key: 'renew_secret',
		kind: 'flag',
		property: {
			displayName: 'Renew Secret',
			name: 'renewSecret',
			type: 'boolean',
			default: false,
			description:
				'Whether to replace the client secret with a new one (output once); apps using the old secret stop working',
		},
	},
	{
		key: 'revoke_tokens',
		kind: 'flag',
		property: {
			displayName: 'Revoke Tokens',
			name: 'revokeTokens',
			type: 'boolean',
			default: false,
			description: 'Whether to delete every access and refresh token issued to the clients',
		},
	},
];
