import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { forwardingId, forwardingLabel, forwardingsPath } from './fields';

export const option = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a forwarding',
	description: 'Get one forwarding of a mailbox',
	method: 'GET',
	path: (r) => [...forwardingsPath(r), forwardingId(r)],
	target: forwardingLabel,
});

export const description: INodeProperties[] = [];
