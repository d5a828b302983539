import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { mailboxLabel } from './fields';

export const option = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a mailbox',
	description: 'Get the settings of a mailbox',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'mailboxes', r.mailbox()],
	target: mailboxLabel,
});

export const description: INodeProperties[] = [];
