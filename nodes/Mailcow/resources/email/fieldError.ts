import { NodeOperationError, type IExecuteSingleFunctions } from 'n8n-workflow';

/** An input problem of the Send operation, naming the field and the item; raised before any request. */
export function sendFieldError(
	context: IExecuteSingleFunctions,
	field: string,
	problem: string,
	description?: string,
): NodeOperationError {
	const itemIndex = context.getItemIndex();
	return new NodeOperationError(context.getNode(), `${field}: ${problem} (item ${itemIndex})`, {
		itemIndex,
		description,
	});
}
