import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';
import { assertMailcowSuccess } from './errors';

/** The credential's base URL without trailing slashes or a pasted /api/v1 suffix. */
export function mailcowOrigin(baseUrl: unknown): string {
	return String(baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/api\/v1$/i, '')
		.replace(/\/+$/, '');
}

/**
 * Path of an API route with every dynamic segment percent-encoded (an id like `../x` or `a/b`
 * stays one segment). A segment that is empty, `.` or `..` cannot be sent at all: URL
 * normalisation would drop it (even encoded as %2E), changing the route.
 */
export function mailcowPath(...segments: Array<string | number>): string {
	return (
		'/' +
		segments
			.map((segment) => {
				const text = String(segment);
				if (/^\.{0,2}$/.test(text))
					throw new Error(`"${text}" cannot be used as a name in a mailcow URL`);
				return encodeURIComponent(text);
			})
			.join('/')
	);
}

/**
 * A request outside declarative routing (resource-locator searches, multi-step operations, the
 * Mailcow Trigger's polls).
 * Same checks as the routed operations; never retried.
 */
export async function mailcowApiRequest(
	this: ILoadOptionsFunctions | IExecuteSingleFunctions | IPollFunctions,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject | unknown[],
): Promise<unknown> {
	const credentials = await this.getCredentials('mailcowApi');
	const options: IHttpRequestOptions = {
		method,
		baseURL: `${mailcowOrigin(credentials.baseUrl)}/api/v1`,
		url: path,
		json: true,
		headers: { Accept: 'application/json' },
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
		skipSslCertificateValidation: credentials.ignoreSslIssues === true,
	};
	if (body !== undefined) options.body = body;
	const response = (await this.helpers.httpRequestWithAuthentication.call(
		this,
		'mailcowApi',
		options,
	)) as IN8nHttpFullResponse;
	const itemIndex = 'getItemIndex' in this ? this.getItemIndex() : undefined;
	assertMailcowSuccess(this.getNode(), response, {
		itemIndex,
		kind: method === 'GET' ? 'read' : 'write',
	});
	return response.body;
}
