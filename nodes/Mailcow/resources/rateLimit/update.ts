import { variants } from '../../../shared/describe';
import { topLevel } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { appliesTo, domains, frame, mailboxes, value } from './fields';

const described = {
	name: 'Update',
	value: 'update',
	action: 'Set the rate limit of a domain or mailbox, replacing the current one',
	description: 'Set how many messages a domain or mailbox may send per time frame (0 removes it)',
};

const limit = topLevel(value, frame);

export const update = variants(described, appliesTo, {
	domain: updateOperation({
		...described,
		route: '/edit/rl-domain',
		ids: domains,
		objects: ['domain', 'domains'],
		fields: limit,
	}),
	mailbox: updateOperation({
		...described,
		route: '/edit/rl-mbox',
		ids: mailboxes,
		objects: ['mailbox', 'mailboxes'],
		fields: limit,
	}),
});
