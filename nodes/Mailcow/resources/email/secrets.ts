import type { IExecuteSingleFunctions } from 'n8n-workflow';

/** The mailbox password and the API key, as far as their credentials can be read. */
export async function credentialSecrets(context: IExecuteSingleFunctions): Promise<string[]> {
	const secrets: unknown[] = [];
	for (const type of ['mailcowMailboxApi', 'mailcowApi']) {
		const credentials = await context.getCredentials(type).then(
			(data) => data,
			// A credential that cannot be read was never put into the request either.
			() => ({}) as Record<string, unknown>,
		);
		secrets.push(credentials.password, credentials.apiKey);
	}
	// Very short values would blank out ordinary words; mailcow's passwords and keys are longer.
	return secrets.filter(
		(secret): secret is string => typeof secret === 'string' && secret.length >= 4,
	);
}

/** Replaces each secret, as is, JSON-escaped and URL-encoded, with ***. */
export function scrub(text: string, secrets: string[]): string {
	const forms = secrets.flatMap((secret) => [
		secret,
		JSON.stringify(secret).slice(1, -1),
		encodeURIComponent(secret),
	]);
	return forms.reduce((result, form) => result.split(form).join('***'), text);
}

/** A JSON value with every string scrubbed. */
export function scrubJson<T>(value: T, secrets: string[]): T {
	return JSON.parse(scrub(JSON.stringify(value) ?? 'null', secrets)) as T;
}
