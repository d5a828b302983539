import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';
import { MAILCOW_API } from '../../shared/baseUrl';
import { itemRunner, sendForItem, type Endpoint, type ItemRunnerSpec } from '../../shared/items';
import { networkError, requestUrl, type Service } from '../../shared/network';
import { buildPath, type PathPart } from '../../shared/path';
import { assertMailcowSuccess, isRefusedCredential } from './errors';
import { asciiName, namesDomains } from './idn';

/** How network failures name the server and the credential's certificate switch. */
export const MAILCOW_SERVICE: Service = {
	name: 'Mailcow',
	sslOption: 'Ignore SSL Issues (Insecure)',
};

/**
 * One path value as mailcow receives it. nginx decodes the path once and PHP's parse_str decodes
 * the `query=` it builds again, turning "+" (and %2B) into a space: "+" is therefore sent as
 * %252B, which reaches mailcow as "+" (recorded). Every other character the path rule lets
 * through means the same after both decodings.
 */
export function mailcowSegment(value: string): string {
	return encodeURIComponent(value.replace(/\+/g, '%2B'));
}

/**
 * Path of an API route below /api/v1: fixed route words and user values (`{ value, label }`),
 * each checked by the shared path rule (nodes/shared/path.ts) and encoded by `mailcowSegment`.
 * A refused value fails the item before any request, naming the field.
 */
export function mailcowPath(
	context: IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions,
	...parts: PathPart[]
): string {
	const itemIndex = 'getItemIndex' in context ? context.getItemIndex() : undefined;
	// Domains and addresses go in punycode: mailcow's get/mailbox, get/alias and tag routes do
	// not convert a Unicode domain (see idn.ts).
	const converted = namesDomains(typeof parts[1] === 'string' ? parts[1] : '')
		? parts.map((part) =>
				typeof part === 'string'
					? part
					: {
							...part,
							value: Array.isArray(part.value) ? part.value.map(asciiName) : asciiName(part.value),
						},
			)
		: parts;
	return buildPath(context.getNode(), itemIndex, converted, mailcowSegment);
}

/**
 * A request outside declarative routing (resource-locator searches, multi-step operations, the
 * Mailcow Trigger's polls). Same checks as the routed operations; never retried. An item's
 * request waits its turn and stops the execution on a refused key like a routed one
 * (sendForItem). Returns the answer's body; throws the NodeApiError of assertMailcowSuccess.
 */
export async function mailcowApiRequest(
	this: ILoadOptionsFunctions | IExecuteSingleFunctions | IPollFunctions,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject | unknown[],
): Promise<unknown> {
	const send = async () => await sendMailcowRequest(this, method, path, body);
	if (!('getItemIndex' in this)) return await send();
	return await sendForItem(this, MAILCOW_ITEMS, method !== 'GET', send);
}

async function sendMailcowRequest(
	context: ILoadOptionsFunctions | IExecuteSingleFunctions | IPollFunctions,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject | unknown[],
): Promise<unknown> {
	const credentials = await context.getCredentials('mailcowApi');
	const options: IHttpRequestOptions = {
		method,
		baseURL: MAILCOW_API.root(credentials.baseUrl),
		url: path,
		json: true,
		headers: { Accept: 'application/json' },
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
		skipSslCertificateValidation: credentials.ignoreSslIssues === true,
	};
	if (body !== undefined) options.body = body;
	const itemIndex = 'getItemIndex' in context ? context.getItemIndex() : undefined;
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			'mailcowApi',
			options,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		const url = requestUrl(options);
		const write = method !== 'GET';
		throw (
			networkError(context.getNode(), error, url, MAILCOW_SERVICE, { itemIndex, write }) ?? error
		);
	}
	assertMailcowSuccess(context.getNode(), response, {
		itemIndex,
		kind: method === 'GET' ? 'read' : 'write',
	});
	return response.body;
}

/**
 * The API root of the credential's Base URL and its "Ignore SSL Issues" choice, for every routed
 * request of an execution (read once by the item runner; same rule as mailcowApiRequest).
 */
export async function mailcowEndpoint(context: IExecuteSingleFunctions): Promise<Endpoint> {
	const credentials = await context.getCredentials('mailcowApi');
	return {
		baseURL: MAILCOW_API.root(credentials.baseUrl),
		skipSslCertificateValidation: credentials.ignoreSslIssues === true,
	};
}

/**
 * The secrets an item's error must not show: the API key and, for Email → Send, the sending
 * mailbox's password (a credential the item does not use cannot be read, and was not sent).
 */
export async function mailcowSecrets(context: IExecuteSingleFunctions): Promise<string[]> {
	const secrets: unknown[] = [];
	for (const type of ['mailcowApi', 'mailcowMailboxApi']) {
		const credentials = await context.getCredentials(type).then(
			(data) => data,
			() => ({}) as Record<string, unknown>,
		);
		secrets.push(credentials.apiKey, credentials.password);
	}
	return secrets.filter((secret): secret is string => typeof secret === 'string');
}

/**
 * Writes in flight at once: 1 unless the node's Batching option asks for more. Mailcow checks a
 * domain's limits and duplicates before inserting, not atomically: parallel creates can exceed
 * the limits, and a duplicate then gets an empty answer.
 */
export function writeConcurrency(context: IExecuteSingleFunctions): number {
	const options = context.getNodeParameter('requestOptions', {}) as IDataObject;
	const batch = ((options.batching as IDataObject | undefined)?.batch ?? {}) as IDataObject;
	const size = Number(batch.batchSize);
	return Number.isFinite(size) && size > 1 ? Math.floor(size) : 1;
}

/**
 * Runs every item's request (the node's `requestOperations.pagination`): one write at a time,
 * nothing more after a refused key or IP, every output paired. See shared/items.ts.
 */
export const MAILCOW_ITEMS: ItemRunnerSpec = {
	isRefusal: isRefusedCredential,
	writeConcurrency,
	service: MAILCOW_SERVICE,
	secrets: mailcowSecrets,
	endpoint: mailcowEndpoint,
};
export const runMailcowItem = itemRunner(MAILCOW_ITEMS);
