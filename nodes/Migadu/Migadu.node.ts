import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import * as domain from './resources/domain';

export class Migadu implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Migadu',
		name: 'migadu',
		icon: { light: 'file:../../icons/migadu.svg', dark: 'file:../../icons/migadu.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Migadu domains, mailboxes, identities, aliases, rewrites and forwardings',
		defaults: { name: 'Migadu' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'migaduApi', required: true }],
		requestDefaults: {
			baseURL: '={{ $credentials.baseUrl.replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Domain', value: 'domain' }],
				default: 'domain',
			},
			...domain.description,
		],
	};
}
