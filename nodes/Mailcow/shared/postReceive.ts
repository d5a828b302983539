import {
	NodeApiError,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type PostReceiveAction,
} from 'n8n-workflow';
import { toRecords } from './records';

/** Get of one record: mailcow answers `{}` for a missing one, which must not pass as success. */
export function requireOneRecord(what: string): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const records = toRecords(response.body);
		if (records.length === 0) {
			const wanted = this.getNodeParameter(what, '', { extractValue: true }) as string;
			throw new NodeApiError(this.getNode(), { body: '{}' }, {
				message: `The ${what} "${wanted}" was not found`,
				description: `Mailcow answered {} for ${what} "${wanted}": it does not exist.`,
				httpCode: '404',
				itemIndex: this.getItemIndex(),
			});
		}
		return records.map((json) => ({ json }));
	};
}
