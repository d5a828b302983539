import type { INodeProperties } from 'n8n-workflow';
import { collection } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { domainFields, domainLabel } from './fields';

const show = { resource: ['domain'], operation: ['update'] };
const updates = collection('domainUpdateFields', 'Update Fields', show, domainFields);

export const option = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a domain, overwriting the settings given',
	description: 'Change the settings of a domain (only the fields given)',
	// Domains are the one resource Migadu updates with PATCH.
	method: 'PATCH',
	path: (r) => ['domains', r.domain()],
	target: domainLabel,
	body: updates.body,
	requireChange: true,
});

export const description: INodeProperties[] = [...updates.properties];
