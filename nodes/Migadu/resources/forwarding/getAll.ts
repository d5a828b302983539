import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { forwardingsPath, forwardingTarget } from './fields';

const show = { resource: ['forwarding'], operation: ['getAll'] };

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many forwardings',
	description: 'List the forwardings of a mailbox',
	method: 'GET',
	path: forwardingsPath,
	target: (r) => `the forwardings of mailbox "${r.mailboxAddress()}"`,
	list: 'forwardings',
});

export const description: INodeProperties[] = [
	...forwardingTarget(show, false),
	...returnAllAndLimit(show),
];
