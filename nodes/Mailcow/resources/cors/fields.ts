import type { MailcowField } from '../../shared/fields';

/** Every field of the CORS resource (edit/cors), declared once. */

/** `*` or `scheme://host[:port]`: mailcow refuses an origin with a path (cors_invalid_origin). */
function checkOrigins(value: unknown): string | undefined {
	for (const origin of value as string[]) {
		if (origin === '*') continue;
		let valid = /^https?:\/\/[^/?#\s]+$/i.test(origin);
		try {
			new URL(origin);
		} catch {
			valid = false;
		}
		if (!valid) return `"${origin}" is not * or scheme://host[:port]`;
	}
	return undefined;
}

export const allowedOrigins: MailcowField = {
	key: 'allowed_origins',
	kind: 'list',
	required: true,
	check: checkOrigins,
	property: {
		displayName: 'Allowed Origins',
		name: 'corsAllowedOrigins',
		type: 'string',
		default: '',
		placeholder: 'https://app.example.com, https://crm.example.com:8443',
		description:
			'Comma-separated web origins whose browser scripts may call the API (* = any), each scheme://host[:port] without a path; replaces the current list',
	},
};

export const allowedMethods: MailcowField = {
	key: 'allowed_methods',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Allowed Methods',
		name: 'corsAllowedMethods',
		type: 'multiOptions',
		default: ['GET', 'POST', 'PUT', 'DELETE'],
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		description: 'HTTP methods browsers may use; replaces the current list',
	},
};
