import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { readMany } from '../../shared/read';
import { simplifyDomainAdmin } from '../../shared/simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many domain admins',
	description: 'List the domain administrators',
	routing: {
		request: { method: 'GET', url: '/get/domain-admin/all' },
		output: { postReceive: [readMany(simplifyDomainAdmin)] },
	},
};

export const description: INodeProperties[] = [];
