import type { INodeProperties } from 'n8n-workflow';

/** Domain picker: searchable list, or the name typed/mapped. */
export const domainLocator: INodeProperties = {
	displayName: 'Domain',
	name: 'domain',
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
					properties: { regex: '^[^\\s/@]+\\.[^\\s/@]+$', errorMessage: 'Enter a domain name such as example.com' },
				},
			],
		},
	],
};
