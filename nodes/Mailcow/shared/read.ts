import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type PostReceiveAction,
} from 'n8n-workflow';
import { assertMailcowSuccess } from './errors';
import { toRecords } from './records';
import { getItemState } from './state';

export type Simplifier = (record: IDataObject, context: IExecuteSingleFunctions) => IDataObject;

function shape(context: IExecuteSingleFunctions, records: IDataObject[], simplify: Simplifier) {
	const simple = context.getNodeParameter('simplify', true) as boolean;
	// Every record is paired with the input item that asked for it, so later nodes can refer back.
	const pairedItem = { item: context.getItemIndex() };
	return records.map((record) => ({
		json: simple ? simplify(record, context) : record,
		pairedItem,
	}));
}

/**
 * Get of one record. Mailcow answers `{}` (HTTP 200) for a missing record, which must not pass as
 * success: it becomes a not-found error naming what was asked for.
 */
export function readOne(simplify: Simplifier): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		assertMailcowSuccess(this.getNode(), response, {
			itemIndex: this.getItemIndex(),
			kind: 'read',
		});
		const records = toRecords(response.body);
		if (records.length === 0) throw notFound(this);
		return shape(this, records, simplify);
	};
}

export function notFound(context: IExecuteSingleFunctions): NodeApiError {
	const { what, value } = getItemState(context).wanted ?? { what: 'object', value: '' };
	return new NodeApiError(
		context.getNode(),
		{ body: '{}' },
		{
			message: `The ${what} "${value}" was not found (item ${context.getItemIndex()})`,
			description: `Mailcow answered {} for ${what} "${value}": it does not exist (or the name is misspelt).`,
			httpCode: '404',
			itemIndex: context.getItemIndex(),
		},
	);
}

/**
 * Get Many: `{}` means nothing found (no items), an object or an array both become one n8n item
 * per record. Mailcow's get routes cannot page, so Limit trims what came back.
 */
export function readMany(simplify: Simplifier): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		assertMailcowSuccess(this.getNode(), response, {
			itemIndex: this.getItemIndex(),
			kind: 'read',
		});
		let records = toRecords(response.body);
		const { filter } = getItemState(this);
		if (filter) records = records.filter(filter);
		if (!(this.getNodeParameter('returnAll', false) as boolean)) {
			records = records.slice(0, this.getNodeParameter('limit', 50) as number);
		}
		return shape(this, records, simplify);
	};
}
