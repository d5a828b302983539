// The simplified mailbox of Get and Get Many (Simplify on): quotas in MiB, flags as booleans,
// protocols as a list, and the fields mailcow leaves out or sends as text filled in.
import { simplifyMailbox } from '../../../nodes/Mailcow/resources/mailbox/simplify';

describe('Mailcow → Mailbox → simplified', () => {
	it('an unlimited mailbox: no percentage, only the protocols switched on, empty lists', () => {
		expect(
			simplifyMailbox({
				username: 'a@b.c',
				quota: 0,
				percent_in_use: '- ',
				active: 0,
				attributes: { imap_access: '1', pop3_access: '0', sieve_access: '1' },
			}),
		).toMatchObject({
			quotaMiB: 0,
			percentInUse: null,
			active: false,
			protocols: ['imap', 'sieve'],
			tags: [],
			senderAcl: [],
		});
	});

	it('a mailbox with a quota, tags and senders keeps them', () => {
		expect(
			simplifyMailbox({
				username: 'a@b.c',
				quota: 1048576,
				percent_in_use: 42,
				active: 1,
				tags: ['vip'],
				sender_acl: ['b@b.c'],
				attributes: {},
			}),
		).toMatchObject({
			quotaMiB: 1,
			percentInUse: 42,
			active: true,
			protocols: [],
			tags: ['vip'],
			senderAcl: ['b@b.c'],
		});
	});
});
