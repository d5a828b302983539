import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { forwardingsPath } from './fields';

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many forwardings',
	description: 'List the forwardings of a mailbox',
	method: 'GET',
	path: forwardingsPath,
	target: (r) => `mailbox "${r.mailboxAddress()}"`,
	list: 'forwardings',
});

export const description: INodeProperties[] = [];
