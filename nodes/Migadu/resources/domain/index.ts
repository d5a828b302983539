import type { INodeProperties } from 'n8n-workflow';
import * as activate from './activate';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';
import * as getDiagnostics from './getDiagnostics';
import * as getDnsRecords from './getDnsRecords';
import * as getUsage from './getUsage';
import * as update from './update';

// Migadu's API has no domain delete.
export const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['domain'] } },
	options: [
		activate.option,
		create.option,
		get.option,
		getDiagnostics.option,
		getDnsRecords.option,
		getAll.option,
		getUsage.option,
		update.option,
	],
	default: 'getAll',
};

export const description: INodeProperties[] = [
	...activate.description,
	...create.description,
	...get.description,
	...getAll.description,
	...getDiagnostics.description,
	...getDnsRecords.description,
	...getUsage.description,
	...update.description,
];
