import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { MIGADU_API } from '../../shared/baseUrl';
import { assertMaySend, itemRunner, runSignal } from '../../shared/items';
import { networkError, requestUrl, type Service } from '../../shared/network';
import { requestContext } from './context';
import { isRefusedCredential } from './errors';
import { DEFAULT_RATE_LIMIT, throttle, type Done, type RateLimit } from './rateLimit';

type Context = IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions;

/** How network failures name the server. */
export const MIGADU_SERVICE: Service = { name: 'Migadu' };

async function accountKey(ctx: Context): Promise<string> {
	const credentials = await ctx.getCredentials('migaduApi');
	return `${MIGADU_API.root(credentials.baseUrl)}|${String(credentials.email ?? '').toLowerCase()}`;
}

// One credential lookup per execution and credential, shared by all its items: n8n decrypts the
// credential on every getCredentials call, and the key only needs it once.
const keys = new Map<string, Promise<string>>();

/** The limiter's key: one queue per API endpoint and Migadu account. */
export async function rateLimitKey(ctx: Context): Promise<string> {
	const credentialId = ctx.getNode().credentials?.migaduApi?.id;
	const executionId = 'getExecutionId' in ctx ? ctx.getExecutionId() : undefined;
	if (!credentialId || !executionId) return await accountKey(ctx);
	const cacheKey = `${executionId}|${credentialId}`;
	let key = keys.get(cacheKey);
	if (!key) {
		key = accountKey(ctx);
		keys.set(cacheKey, key);
		if (keys.size > 100) keys.delete(keys.keys().next().value as string);
	}
	return await key;
}

/**
 * The node's Throttling option (default: Migadu's 60 requests per 2 minutes) as this process's
 * own budget. The limiter lives in one process; n8n offers nodes no counter shared between
 * processes (queue-mode main and workers, `n8n execute`). So with P processes sharing the account
 * each gets limit ÷ P per window, rounded down: P processes then never send more than the limit
 * within any window, whatever the mix. A share below one request becomes one request per
 * window × P ÷ limit. Processes below 1 or not a number count as 1.
 */
export function rateLimitOf(settings: unknown): RateLimit {
	const values = (settings ?? {}) as IDataObject;
	const limit = values.requestsPerWindow ?? DEFAULT_RATE_LIMIT.limit;
	const seconds = values.windowSeconds ?? DEFAULT_RATE_LIMIT.windowMs / 1000;
	const rate = {
		limit: Math.max(0, Math.floor(Number(limit) || 0)),
		windowMs: Math.max(0, Number(seconds) * 1000 || 0),
	};
	const processes = Math.max(1, Math.floor(Number(values.processes) || 1));
	if (processes === 1 || rate.limit === 0) return rate;
	const share = Math.floor(rate.limit / processes);
	if (share >= 1) return { limit: share, windowMs: rate.windowMs };
	return { limit: 1, windowMs: Math.ceil((rate.windowMs * processes) / rate.limit) };
}

/** Waits for the rate limiter; call the returned function when the answer has arrived. */
export async function throttleRequest(ctx: Context): Promise<Done> {
	const item = 'getItemIndex' in ctx;
	// List searches read the parameter being edited; items and trigger polls the saved one.
	const settings =
		'getCurrentNodeParameter' in ctx
			? (ctx.getCurrentNodeParameter('throttling') ?? {})
			: ctx.getNodeParameter('throttling', {});
	const rate = rateLimitOf(settings);
	if (rate.limit === 0) return () => {};
	// An item stops waiting when its execution is cancelled or may send nothing more.
	const signal = item ? runSignal(ctx) : undefined;
	const answered = await throttle(await rateLimitKey(ctx), rate, signal);
	if (answered) return answered;
	if (item) assertMaySend(ctx);
	throw new NodeOperationError(
		ctx.getNode(),
		"The execution was cancelled while waiting for Migadu's rate limit",
		{
			itemIndex: item ? ctx.getItemIndex() : undefined,
			description: 'Nothing was sent for this item.',
		},
	);
}

/**
 * A request outside declarative routing (resource-locator searches, the lookup after a DELETE
 * answered 500, the Migadu Trigger's polls). Throttled like the routed requests; never retried. Returns the full response,
 * the caller decides what counts as failure.
 */
export async function migaduRequest(
	ctx: Context,
	method: IHttpRequestMethods,
	path: string,
): Promise<IN8nHttpFullResponse> {
	// An item's extra request obeys the same stop as its routed one (see shared/items.ts).
	if ('getItemIndex' in ctx) assertMaySend(ctx);
	const credentials = await ctx.getCredentials('migaduApi');
	const answered = await throttleRequest(ctx);
	const options: IHttpRequestOptions = {
		method,
		baseURL: MIGADU_API.root(credentials.baseUrl),
		url: path,
		json: true,
		headers: { Accept: 'application/json' },
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	try {
		return (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			'migaduApi',
			options,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		const itemIndex = 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
		const write = method !== 'GET';
		const url = requestUrl(options);
		throw networkError(ctx.getNode(), error, url, MIGADU_SERVICE, { itemIndex, write }) ?? error;
	} finally {
		answered();
	}
}

/**
 * The secrets an item's error must not show: the API key, also inside the Basic authorization
 * header a server might echo.
 */
export async function migaduSecrets(ctx: IExecuteSingleFunctions): Promise<string[]> {
	const { email, apiKey } = await ctx.getCredentials('migaduApi');
	if (typeof apiKey !== 'string') return [];
	return [apiKey, Buffer.from(`${String(email ?? '')}:${apiKey}`).toString('base64')];
}

/**
 * Runs every item's request (the node's `requestOperations.pagination`, see shared/items.ts):
 * the first request alone, writes one at a time, nothing more after a refused key or a blocked
 * IP, every output paired. Writes go one at a time like the Mailcow node's: the throttle spaces
 * requests by minutes anyway, and a queue lets a 401 or 403 stop every request behind it.
 * The rate limiter learns of every answer here, also when the request failed without one.
 */
export const runMigaduItem = itemRunner(
	{
		isRefusal: isRefusedCredential,
		writeConcurrency: () => 1,
		service: MIGADU_SERVICE,
		secrets: migaduSecrets,
		// The API root of the credential's Base URL, read once per execution by the runner.
		endpoint: async (ctx) => ({
			baseURL: MIGADU_API.root((await ctx.getCredentials('migaduApi')).baseUrl),
		}),
	},
	async function (requestData) {
		try {
			return await this.makeRoutingRequest(requestData);
		} finally {
			requestContext(this)?.answered?.();
		}
	},
);
