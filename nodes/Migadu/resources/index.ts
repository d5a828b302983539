import type { INodeProperties } from 'n8n-workflow';
import { throttlingOption } from '../shared/descriptions';
import * as alias from './alias';
import * as domain from './domain';
import * as forwarding from './forwarding';
import * as identity from './identity';
import * as mailbox from './mailbox';
import * as rewrite from './rewrite';

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Alias', value: 'alias' },
		{ name: 'Domain', value: 'domain' },
		{ name: 'Forwarding', value: 'forwarding' },
		{ name: 'Identity', value: 'identity' },
		{ name: 'Mailbox', value: 'mailbox' },
		{ name: 'Rewrite', value: 'rewrite' },
	],
	default: 'mailbox',
};

export const resourceProperties: INodeProperties[] = [
	...alias.description,
	...domain.description,
	...forwarding.description,
	...identity.description,
	...mailbox.description,
	...rewrite.description,
	throttlingOption,
];
