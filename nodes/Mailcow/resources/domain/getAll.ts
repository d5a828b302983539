import { topLevel } from '../../../shared/fields';
import type { MailcowField } from '../../shared/fields';
import { getMany } from '../../shared/operation';
import { simplifyDomain } from './simplify';

const tags: MailcowField = {
	key: 'tags',
	kind: 'csv',
	property: {
		displayName: 'Tags',
		name: 'domainTags',
		type: 'string',
		default: '',
		placeholder: 'prod, eu',
		description:
			'Only domains having any of these comma-separated tags (mailcow matches parts of tags too)',
	},
};

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many domains',
	description: 'List domains, optionally only those with some tags',
	fields: topLevel(tags),
	routes: ['/get/domain/all'],
	simplify: simplifyDomain,
	request: (_context, values, options) => {
		options.url = '/get/domain/all';
		// Mailcow matches any of the tags, each as a substring (tags=pro finds "prod").
		if (values.tags) options.qs = { ...options.qs, tags: values.tags };
	},
});
