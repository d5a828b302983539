import type { INodeProperties } from 'n8n-workflow';

/**
 * The Domain picker of both nodes: a searchable list (each node's `searchDomains` list search),
 * or the name typed or mapped (checked by n8n's editor to look like example.com).
 */
export function domainLocatorOf(
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Domain',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchDomains', searchable: true },
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: 'example.com',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[^\\s/@]+\\.[^\\s/@]+$',
							errorMessage: 'Enter a domain name such as example.com',
						},
					},
				],
			},
		],
		...extra,
	};
}
