import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { identitiesPath } from './fields';

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many identities',
	description: 'List the identities of a mailbox',
	method: 'GET',
	path: identitiesPath,
	target: (r) => `mailbox "${r.mailboxAddress()}"`,
	list: 'identities',
});

export const description: INodeProperties[] = [];
