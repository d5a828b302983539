/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Request validation against mailcow's OpenAPI spec (test/fixtures/mailcow-openapi.yaml) with the
// corrections of ./spec-corrections applied. The spec is parsed once per process; validators are
// compiled lazily, per operation, on first use.
import path from 'node:path';
import OpenAPIBackend from 'openapi-backend';
import { parse } from 'openapi-backend/refparser';
import { correctSpec } from './spec-corrections';

export const MAILCOW_SPEC_PATH = path.join(
	__dirname,
	'..',
	'..',
	'fixtures',
	'mailcow-openapi.yaml',
);

let backend: Promise<OpenAPIBackend> | undefined;

function loadBackend(): Promise<OpenAPIBackend> {
	backend ??= (async () => {
		const document = (await parse(MAILCOW_SPEC_PATH)) as unknown as {
			paths: Parameters<typeof correctSpec>[0]['paths'];
		};
		correctSpec(document);
		const api = new OpenAPIBackend({
			definition: document as never,
			quick: true,
			strict: false,
			ajvOpts: { strict: false },
		});
		await api.init();
		return api;
	})();
	return backend;
}

export interface ValidationRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	/** The body as JSON (form bodies already turned into the JSON shape). */
	body?: unknown;
}

/** Returns the validation errors, [] when the request is valid, or undefined when the spec has no such operation. */
export async function validateMailcowRequest(
	request: ValidationRequest,
): Promise<string[] | undefined> {
	const api = await loadBackend();
	const req = {
		method: request.method,
		path: request.path,
		query: request.query,
		headers: {},
		body: request.body,
	};
	const operation = api.router.matchOperation(req);
	if (!operation) return undefined;
	const result = api.validator.validateRequest(req, operation);
	if (result.valid) return [];
	return (result.errors ?? []).map((e) =>
		`${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}`.trim(),
	);
}
