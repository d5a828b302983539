import {
	NodeApiError,
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
	type SendErrorText,
} from './messages';
import { takeSummary } from './summary';

/**
 * A send failure. Its details are only mailcow's `type` and `msg`: the `log` of a send entry
 * echoes the request. The item runner rebuilds it with secrets masked (nodes/shared/items.ts).
 */
function sendError(
	context: IExecuteSingleFunctions,
	text: SendErrorText,
	details: JsonObject,
	httpCode: string,
) {
	return new NodeApiError(context.getNode(), details, {
		message: text.message,
		description: text.description,
		httpCode,
		itemIndex: context.getItemIndex(),
	});
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
			pairedItem: { item: this.getItemIndex() },
		},
	];
}
