import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { domainLabel } from './fields';

export const option = operation({
	name: 'Get Usage',
	value: 'getUsage',
	action: 'Get domain usage',
	description: 'Get the incoming, outgoing and storage usage of a domain',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'usage'],
	target: domainLabel,
});

export const description: INodeProperties[] = [];
