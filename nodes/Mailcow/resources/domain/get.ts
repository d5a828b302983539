import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { checkReadResponse } from '../../shared/errors';
import { domainLocator } from '../../shared/descriptions';
import { requireOneRecord } from '../../shared/postReceive';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a domain',
	description: 'Get one domain with its limits and usage',
	routing: {
		request: { method: 'GET', url: '=/get/domain/{{ encodeURIComponent($parameter.domain) }}' },
		output: { postReceive: [checkReadResponse, requireOneRecord('domain')] },
	},
};

export const description: INodeProperties[] = [
	{ ...domainLocator, displayOptions: { show: { resource: ['domain'], operation: ['get'] } } },
];
