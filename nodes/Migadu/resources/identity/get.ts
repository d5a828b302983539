import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { identitiesPath, identityId, identityLabel } from './fields';

export const option = operation({
	name: 'Get',
	value: 'get',
	action: 'Get an identity',
	description: 'Get one identity of a mailbox',
	method: 'GET',
	// Migadu addresses an identity by its local part.
	path: (r) => [...identitiesPath(r), identityId(r)],
	target: identityLabel,
});

export const description: INodeProperties[] = [];
