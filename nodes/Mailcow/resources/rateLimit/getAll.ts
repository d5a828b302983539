import { variants } from '../../../shared/describe';
import { getMany } from '../../shared/operation';
import { appliesTo } from './fields';
import { simplifyLimit } from './simplify';

const described = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many rate limits',
	description: 'List the domains (alias domains included) or mailboxes that have a rate limit',
};

export const getAll = variants(described, appliesTo, {
	domain: getMany({
		...described,
		simplify: simplifyLimit('domain'),
		routes: ['/get/rl-domain/all'],
		request: (_context, _values, options) => (options.url = '/get/rl-domain/all'),
	}),
	mailbox: getMany({
		...described,
		simplify: simplifyLimit('mailbox'),
		routes: ['/get/rl-mbox/all'],
		request: (_context, _values, options) => (options.url = '/get/rl-mbox/all'),
	}),
});
