import type { INodeProperties } from 'n8n-workflow';
import { collection } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { forwardingFields, forwardingId, forwardingLabel, forwardingsPath } from './fields';

const show = { resource: ['forwarding'], operation: ['update'] };
const updates = collection('forwardingUpdateFields', 'Update Fields', show, forwardingFields);

export const option = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a forwarding, overwriting the fields given',
	description: 'Pause, resume or change the expiry of a forwarding (only the fields given)',
	method: 'PUT',
	path: (r) => [...forwardingsPath(r), forwardingId(r)],
	target: forwardingLabel,
	body: updates.body,
	requireChange: true,
});

export const description: INodeProperties[] = [...updates.properties];
