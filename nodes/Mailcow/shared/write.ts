import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { assertMailcowSuccess } from './errors';
import { formatMessage, type MailcowEntry } from './messages';
import { getItemState, setItemState } from './state';

/**
 * Request bodies by action, as mailcow's json_api.php maps them: add = flat object of attributes,
 * edit = `{items, attr}`, delete = bare array of ids (the spec's `{items}` schemas are wrong).
 * Method and URL are static on each operation's routing.request.
 */
export function editBody(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	items: string[],
	attr: IDataObject,
): IHttpRequestOptions {
	setItemState(context, { items });
	options.body = { items, attr };
	return options;
}

export function deleteBody(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	items: string[],
): IHttpRequestOptions {
	setItemState(context, { items });
	options.body = items;
	return options;
}

/**
 * The one postReceive of a write: fails on any failed entry (see errors.ts), else returns one tidy
 * item: `success`, what the preSend put in the summary, anything `enrich` reads from the entries
 * (an alias id), and mailcow's messages.
 */
export function writeOutput(enrich?: (entries: MailcowEntry[]) => IDataObject): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const state = getItemState(this);
		const entries = assertMailcowSuccess(this.getNode(), response, {
			itemIndex: this.getItemIndex(),
			kind: 'write',
			items: state.items,
		});
		const json: IDataObject = {
			success: true,
			...state.summary,
			...(enrich ? enrich(entries) : {}),
			messages: [...(state.messages ?? []), ...entries.map((entry) => formatMessage(entry.msg))],
		};
		return [{ json, pairedItem: { item: this.getItemIndex() } }];
	};
}

export const writeResult = writeOutput();
