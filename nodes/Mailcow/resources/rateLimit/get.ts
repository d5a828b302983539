import { variants } from '../../../shared/describe';
import { getOne } from '../../shared/operation';
import { appliesTo, domain, mailbox } from './fields';
import { simplifyLimit } from './simplify';

const described = {
	name: 'Get',
	value: 'get',
	action: 'Get the rate limit of a domain or mailbox',
	description:
		'Get how many messages a domain or mailbox may send per time frame (mailcow answers "no limit" for an unknown one too)',
};

export const get = variants(described, appliesTo, {
	domain: getOne({
		...described,
		what: 'domain',
		route: ['get', 'rl-domain'],
		locator: domain,
		simplify: simplifyLimit('domain'),
		emptyIsRecord: true,
	}),
	mailbox: getOne({
		...described,
		what: 'mailbox',
		route: ['get', 'rl-mbox'],
		locator: mailbox,
		simplify: simplifyLimit('mailbox'),
		emptyIsRecord: true,
	}),
});
