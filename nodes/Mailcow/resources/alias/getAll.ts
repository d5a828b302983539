import { topLevel } from '../../../shared/fields';
import type { MailcowField } from '../../shared/fields';
import { getMany } from '../../shared/operation';
import { ofDomains } from '../../shared/read';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { simplifyAlias } from './simplify';

const domains: MailcowField = {
	key: 'domains',
	kind: 'list',
	property: {
		displayName: 'Domains',
		name: 'aliasDomains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.org',
		description: 'Only aliases of these comma-separated domains; empty = all domains',
	},
};

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many aliases',
	description: 'List the aliases of all or some domains',
	fields: topLevel(domains),
	routes: ['/get/alias/all', '/get/alias/all/{domain}'],
	simplify: simplifyAlias,
	request: (context, values, options) => {
		const names = values.domains as string[] | undefined;
		if (!names) {
			options.url = '/get/alias/all';
			return;
		}
		options.url = mailcowPath(context, 'get', 'alias', 'all', { value: names, label: 'Domains' });
		// Only aliases of these domains are output, whatever else the answer holds.
		setItemState(context, { filter: ofDomains(names) });
	},
});
