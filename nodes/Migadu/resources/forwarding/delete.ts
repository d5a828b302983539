import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { forwardingId, forwardingLabel, forwardingsPath } from './fields';

export const option = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete a forwarding (mail stops being forwarded there)',
	description: 'Stop forwarding a mailbox to an address',
	method: 'DELETE',
	path: (r) => [...forwardingsPath(r), forwardingId(r)],
	target: forwardingLabel,
	deleted: (r) => ({ address: forwardingId(r), mailbox: r.mailboxAddress(), deleted: true }),
});

export const description: INodeProperties[] = [];
