import {
	NodeApiError,
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { assertMailcowSuccess, isMailcowEntry } from '../../shared/errors';
import { formatMessage, messageKey } from '../../shared/messages';
import {
	SEND_BODY_NOT_READ,
	SEND_FORBIDDEN,
	SEND_ROUTE_MISSING,
	smtpErrorText,
	transportErrorText,
	type SendErrorText,
} from './messages';
import { credentialSecrets, scrub, scrubJson } from './secrets';
import { takeSummary } from './summary';

interface ErrorParts {
	text: SendErrorText;
	/** Only mailcow's `type` and `msg`: the `log` of a send entry echoes the request. */
	details: JsonObject;
	httpCode: string;
}

// The parts of each error checkSendResponse throws, for sendWithoutSecrets to rebuild it.
const ownErrors = new WeakMap<Error, ErrorParts>();

function buildError(
	context: IExecuteSingleFunctions,
	{ text, details, httpCode }: ErrorParts,
): NodeApiError {
	return new NodeApiError(context.getNode(), details, {
		message: text.message,
		description: text.description,
		httpCode,
		itemIndex: context.getItemIndex(),
	});
}

function sendError(
	context: IExecuteSingleFunctions,
	text: SendErrorText,
	details: JsonObject,
	httpCode: string,
) {
	const parts = { text, details, httpCode };
	const error = buildError(context, parts);
	ownErrors.set(error, parts);
	return error;
}

const entriesOf = (body: unknown) => (Array.isArray(body) ? body : [body]).filter(isMailcowEntry);

/**
 * postReceive of Email → Send: the send-specific answers first (404 without the endpoint, 403,
 * the smtp_* codes, a body the server did not read), then the shared checks, then one output
 * item per input item.
 */
export async function checkSendResponse(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const { statusCode } = response;
	const entries = entriesOf(response.body);
	const summary = takeSummary(this);
	const details = {
		statusCode,
		entries: entries.map(({ type, msg }) => ({ type, msg })),
	} as unknown as JsonObject;
	const code = String(statusCode);
	const routeMissing = entries.some((entry) => messageKey(entry.msg) === 'route not found');
	if (statusCode === 404 && (routeMissing || entries.length === 0)) {
		throw sendError(this, SEND_ROUTE_MISSING, details, code);
	}
	if (statusCode === 403) throw sendError(this, SEND_FORBIDDEN, details, code);

	const failed = entries.find((entry) => entry.type !== 'success');
	if (statusCode < 400 && failed) {
		const key = messageKey(failed.msg);
		const args = Array.isArray(failed.msg) ? failed.msg.slice(1).map((arg) => String(arg)) : [];
		const text =
			key === 'Cannot find attributes in post data'
				? SEND_BODY_NOT_READ
				: smtpErrorText(key, args, summary?.from ?? '');
		if (text) throw sendError(this, text, details, code);
	}
	try {
		assertMailcowSuccess(this.getNode(), response, {
			itemIndex: this.getItemIndex(),
			kind: 'write',
		});
	} catch (error) {
		// Same texts as every other operation, without the raw body (see ErrorParts).
		const { message, description } = error as NodeApiError;
		throw sendError(this, { message, description: String(description ?? '') }, details, code);
	}

	const sent = entries.find((entry) => messageKey(entry.msg) === 'smtp_mail_sent') ?? entries[0];
	return [
		{
			json: {
				sent: true,
				...summary,
				result: sent ? { type: sent.type, msg: sent.msg, message: formatMessage(sent.msg) } : null,
			},
		},
	];
}

function errorCode(error: unknown): string | undefined {
	const candidates = [
		error,
		(error as { cause?: unknown })?.cause,
		(error as { errorResponse?: unknown })?.errorResponse,
	];
	for (const candidate of candidates) {
		const code = (candidate as { code?: unknown } | undefined)?.code;
		if (typeof code === 'string' && code) return code;
	}
	return undefined;
}

/**
 * The one HTTP call of Email → Send (wired as the operation's "pagination", the only hook
 * RoutingNode runs around a request). Errors n8n builds around a failed call keep the axios
 * error as `cause`, whose config holds the body with the mailbox password and the headers with
 * the API key; they are replaced by a new error that holds neither.
 */
export async function sendWithoutSecrets(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	try {
		return await this.makeRoutingRequest(requestData);
	} catch (error) {
		const secrets = await credentialSecrets(this);
		const own = error instanceof Error ? ownErrors.get(error) : undefined;
		if (own) {
			// A server may echo what it received; nothing of it may reach n8n's error.
			throw buildError(this, scrubJson(own, secrets));
		}
		const original = scrub(error instanceof Error ? error.message : String(error), secrets);
		if (error instanceof NodeOperationError) {
			throw new NodeOperationError(this.getNode(), original, {
				itemIndex: this.getItemIndex(),
				description: scrub(String(error.description ?? ''), secrets) || undefined,
			});
		}
		const code = errorCode(error);
		const text = transportErrorText(code, original);
		// Neither the code nor a non-HTTP httpCode go into the error's fields: NodeApiError would
		// swap the message for its generic text for that code ("ECONNRESET" → "…retry…").
		throw new NodeApiError(
			this.getNode(),
			{ transportError: code ?? null, reason: original } as JsonObject,
			{
				message: text.message,
				description: text.description,
				httpCode: 'none',
				itemIndex: this.getItemIndex(),
			},
		);
	}
}
