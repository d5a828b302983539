import { getMany } from '../../shared/operation';
import { listFilters, reducedRequest } from './getAll';
import { simplifyMailbox } from './simplify';

export const getAllReduced = getMany({
	name: 'Get Many Reduced',
	value: 'getAllReduced',
	action: 'Get many mailboxes without their computed details',
	description:
		'List mailboxes like Get Many, without what mailcow computes per mailbox (allowed senders, rate limit, quota left); lighter on big servers',
	// Undocumented; recorded to work like get/mailbox/all/{domain}.
	routes: ['/get/mailbox/reduced', '/get/mailbox/reduced/{domain}'],
	fields: listFilters,
	// The reduced record has no sender ACL or rate limit: left out rather than shown empty.
	simplify: (record) => {
		const simplified = simplifyMailbox(record);
		delete simplified.senderAcl;
		delete simplified.rateLimit;
		return simplified;
	},
	request: reducedRequest,
});
