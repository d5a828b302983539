import type { INodeProperties } from 'n8n-workflow';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['mailbox'] } },
	options: [create.option, del.option, get.option, getAll.option, update.option],
	default: 'getAll',
};

/** The Local Part of a new mailbox (shown before the shared Name field). */
export const identifier = create.localPartProperty;

export const description: INodeProperties[] = [
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
