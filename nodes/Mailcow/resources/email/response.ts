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
import { takeSummary } from './summary';

// Errors this file builds carry only mailcow's `type` and `msg`: the `log` of a send entry
// echoes the request (attachments included) and is never kept.
const ownErrors = new WeakSet<Error>();

function sendError(
	context: IExecuteSingleFunctions,
	text: SendErrorText,
	details: JsonObject,
	httpCode: string,
): NodeApiError {
	const error = new NodeApiError(context.getNode(), details, {
		message: text.message,
		description: text.description,
		httpCode,
		itemIndex: context.getItemIndex(),
	});
	ownErrors.add(error);
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
		assertMailcowSuccess(this.getNode(), response, { itemIndex: this.getItemIndex(), kind: 'write' });
	} catch (error) {
		if (error instanceof Error) ownErrors.add(error);
		throw error;
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

/** The mailbox password and the API key, as far as their credentials can be read. */
async function credentialSecrets(context: IExecuteSingleFunctions): Promise<unknown[]> {
	const secrets: unknown[] = [];
	for (const type of ['mailcowMailboxApi', 'mailcowApi']) {
		const credentials = await context.getCredentials(type).then(
			(data) => data,
			// A credential that cannot be read was never put into the request either.
			() => ({}) as Record<string, unknown>,
		);
		secrets.push(credentials.password, credentials.apiKey);
	}
	return secrets;
}

/** Every form of each secret that could appear in a text: as is and JSON-escaped. */
function secretForms(secrets: unknown[]): string[] {
	return secrets
		.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 4)
		.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
}

function scrub(value: string, forms: string[]): string {
	return forms.reduce((text, form) => text.split(form).join('***'), value);
}

function errorCode(error: unknown): string | undefined {
	const candidates = [error, (error as { cause?: unknown })?.cause, (error as { errorResponse?: unknown })?.errorResponse];
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
		if (error instanceof Error && ownErrors.has(error)) throw error;
		const secrets = await credentialSecrets(this);
		const forms = secretForms(secrets);
		const original = scrub(error instanceof Error ? error.message : String(error), forms);
		const code = errorCode(error);
		const httpCode = (error as { httpCode?: unknown })?.httpCode;
		if (error instanceof NodeOperationError && !(error instanceof NodeApiError)) {
			throw new NodeOperationError(this.getNode(), original, {
				itemIndex: this.getItemIndex(),
				description: scrub(String(error.description ?? ''), forms) || undefined,
			});
		}
		const text = transportErrorText(code, original);
		throw new NodeApiError(this.getNode(), { code: code ?? null, message: original } as JsonObject, {
			message: text.message,
			description: text.description,
			httpCode: typeof httpCode === 'string' && httpCode ? httpCode : 'none',
			itemIndex: this.getItemIndex(),
		});
	}
}
