import {
	NodeApiError,
	type NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INode,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { requestContext } from './context';

/**
 * The one error path of the Migadu node. `ignoreHttpStatusErrors` lets every answer reach the
 * first postReceive of each operation, which turns failures into a NodeApiError with Migadu's own
 * text and a plain-English explanation. Nothing here ever repeats the API key or a password.
 */
const FORBIDDEN_BY_RULES = /forbidden by administrative rules/i;

/** Migadu's error text: `{"error": …}` (or `message`), a JSON string, plain text or an HTML page. */
export function errorText(body: unknown): string {
	if (body && typeof body === 'object') {
		const record = body as IDataObject;
		const text = record.error ?? record.message;
		if (typeof text === 'string') return text;
		if (text !== undefined) return JSON.stringify(text);
		return Object.keys(record).length ? JSON.stringify(record).slice(0, 300) : '';
	}
	if (typeof body !== 'string') return body === undefined || body === null ? '' : String(body);
	let text = body.trim();
	try {
		const parsed = JSON.parse(text) as unknown;
		if (typeof parsed === 'string') text = parsed;
		else if (parsed && typeof parsed === 'object') return errorText(parsed);
	} catch {
		// Not JSON: plain text or HTML from Migadu's front servers.
	}
	return text
		.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 300);
}

function isHtml(body: unknown): boolean {
	return typeof body === 'string' && /^\s*</.test(body);
}

/**
 * What a create's collection path belongs to, or '' for a domain: `/domains/example.com/aliases`
 * → `domain "example.com"`, `/domains/example.com/mailboxes/info/identities` → `mailbox
 * "info@example.com"`.
 */
export function parentOf(path: string): string {
	const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
	if (segments.length >= 5) return `mailbox "${segments[3]}@${segments[1]}"`;
	if (segments.length >= 3) return `domain "${segments[1]}"`;
	return '';
}

/** What the operation adds to the description of a failed answer. */
export interface FailureContext {
	/** Creates only: what the new object belongs to ('' for a domain). */
	creatingIn?: string;
	/** The operation's own reason for a 404 beside a wrong name (RequestContext.notFound). */
	notFound?: string;
}

/**
 * Message and description for a failed answer; `target` names what the request addressed, `why`
 * what the operation adds (FailureContext).
 */
export function describeFailure(
	statusCode: number,
	body: unknown,
	target: string,
	{ creatingIn, notFound }: FailureContext = {},
): [string, string] {
	const text = errorText(body);
	if (statusCode === 404 && creatingIn !== undefined) {
		// Nothing to find for a create: the parent is missing, or the Base URL is not the API root.
		return [
			`Migadu answered 404 to creating ${target}`,
			`${text ? `Migadu said "${text}". ` : ''}${creatingIn ? `Check that ${creatingIn} exists in the Migadu admin panel. ` : ''}Check the Base URL in the Migadu credential: it must lead to Migadu's API, https://api.migadu.com/v1 (with or without /v1), without any other path.`,
		];
	}
	if (statusCode === 401) {
		return [
			'Migadu rejected the account email or API key',
			'Check both in the Migadu credential (the email is the one you log in to the admin panel with; keys are under My Account → API Keys). n8n does not retry: repeated failed logins can get this IP blocked.',
		];
	}
	if (statusCode === 403) {
		return [
			FORBIDDEN_BY_RULES.test(text)
				? 'Migadu blocked the request: rate limit exceeded or IP temporarily blocked'
				: `Migadu refused the request (HTTP 403)${text ? `: ${text}` : ''}`,
			"Migadu allows about 60 requests per 2 minutes and blocks the IP for a while beyond that (or after repeated failed logins). Wait a few minutes before retrying, and keep the node's Throttling option at 60 requests per 2 minutes or lower (other tools using the same account count too; with several n8n processes, such as queue-mode workers, set Processes Sharing This Account). n8n does not retry.",
		];
	}
	if (statusCode === 404) {
		return [
			`Migadu could not find ${target}`,
			`Migadu answered 404${text ? ` ("${text}")` : ''}: check the spelling, and that it exists in the Migadu admin panel.${notFound ? ` ${notFound}` : ''}`,
		];
	}
	if (statusCode === 422) {
		return [
			`Migadu could not process the request for ${target}${text ? `: ${text}` : ''}`,
			'For domain activation this means the DNS records are not in place yet: compare them with Get DNS Records and see Get Diagnostics, then try again.',
		];
	}
	if (statusCode >= 400 && statusCode < 500) {
		return [
			`Migadu refused the request for ${target}${text ? `: ${text}` : ''}`,
			text
				? `Migadu answered HTTP ${statusCode} with "${text}".`
				: `Migadu answered HTTP ${statusCode} without an explanation. Migadu also uses 400 for paths that do not exist: check the names in the request.`,
		];
	}
	return [
		`Migadu answered with HTTP ${statusCode}`,
		text ? `Response: ${text}` : 'The server or a proxy in front of it failed. Try again later.',
	];
}

/**
 * Whether Migadu refused the account or the caller's IP: 401 (wrong email or key) or 403 (the
 * block page after too many requests or failed logins). After that nothing more may be sent in
 * the execution: every further request prolongs Migadu's block.
 */
export function isRefusedCredential(error: NodeApiError | NodeOperationError): boolean {
	return error instanceof NodeApiError && (error.httpCode === '401' || error.httpCode === '403');
}

export function migaduError(
	node: INode,
	response: IN8nHttpFullResponse,
	target: string,
	itemIndex?: number,
	why?: FailureContext,
): NodeApiError {
	const { statusCode, body } = response;
	const [described, description] = describeFailure(statusCode, body, target, why);
	// A missing or refused object is named with the item it came from.
	const named = statusCode === 404 || (statusCode === 403 && !described.includes('rate limit'));
	const message = named && itemIndex !== undefined ? `${described} (item ${itemIndex})` : described;
	const errorBody =
		body && typeof body === 'object'
			? (body as JsonObject)
			: ({ statusCode, body: errorText(body) } as JsonObject);
	return new NodeApiError(node, errorBody, {
		message,
		description,
		httpCode: String(statusCode),
		itemIndex,
	});
}

/** Throws for any HTTP failure and for an HTML page where JSON was expected. */
export function assertMigaduSuccess(
	node: INode,
	response: IN8nHttpFullResponse,
	target: string,
	itemIndex?: number,
	why?: FailureContext,
) {
	if (response.statusCode >= 400) {
		throw migaduError(node, response, target, itemIndex, why);
	}
	if (isHtml(response.body)) {
		throw new NodeApiError(
			node,
			{ statusCode: response.statusCode, body: errorText(response.body) } as JsonObject,
			{
				message: 'Migadu answered with an HTML page instead of JSON',
				description:
					'The Base URL in the Migadu credential probably points at a web page or a proxy. The API lives at https://api.migadu.com/v1 (with or without /v1).',
				httpCode: String(response.statusCode),
				itemIndex,
			},
		);
	}
}

/** First postReceive of every operation. */
export async function checkResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const context = requestContext(this);
	context?.answered?.();
	const target = context?.target ?? 'the requested object';
	// Every create of the node is its `create` operation (a POST to a collection).
	const creatingIn =
		context && this.getNodeParameter('operation', '') === 'create'
			? parentOf(context.path)
			: undefined;
	assertMigaduSuccess(this.getNode(), response, target, this.getItemIndex(), {
		creatingIn,
		notFound: context?.notFound,
	});
	return items;
}
