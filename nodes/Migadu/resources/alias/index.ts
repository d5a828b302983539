import type { INodeProperties } from 'n8n-workflow';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';
import { aliasParameter } from './fields';

export const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['alias'] } },
	options: [create.option, del.option, get.option, getAll.option, update.option],
	default: 'getAll',
};

/** The parameter naming the alias (shown before the shared Name field). */
export const identifier = aliasParameter;

export const description: INodeProperties[] = [
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
