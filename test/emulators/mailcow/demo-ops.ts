/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- demo passwords of the local emulator */
// Demo data of the operational groups (app passwords, sync jobs, quarantine, queue, logs,
// fail2ban, maps, resources, filters, …) for `npm start` and `npm run emulators`: a little of
// everything, so each operation has something to show. Shapes as mailcow answers them.
import { addAppPassword } from './routes/appPasswd';
import { addFilter } from './routes/filter';
import { addPolicyEntry } from './routes/policy';
import { addRecipientMap } from './routes/recipientMap';
import { addResource } from './routes/resource';
import { addSyncJob } from './routes/syncjob';
import { addTimeLimitedAlias } from './routes/timeLimitedAlias';
import { now } from './php';
import type { MailcowState } from './state';

/**
 * Seeds `domain` (which must exist, with mailboxes `first` and `second`) with operational data.
 * Times are relative to now, so polling a log or the quarantine shows recent entries.
 */
export function seedOperationsDemo(
	state: MailcowState,
	domain: string,
	first: string,
	second: string,
) {
	const unix = Math.floor(Date.now() / 1000);
	addAppPassword(state, {
		mailbox: first,
		name: 'Thunderbird',
		protocols: ['imap_access', 'smtp_access'],
	});
	addSyncJob(state, {
		user2: first,
		host1: 'imap.old-provider.test',
		user1: first,
		password1: 'Old-Provider-Password-1',
		port1: 993,
		enc1: 'SSL',
		mins_interval: 60,
		exclude: '(?i)spam|(?i)junk',
		active: 1,
	});
	state.addQuarantineItem({
		rcpt: first,
		sender: 'invoice@phish.test',
		subject: 'Your invoice is overdue',
		score: 16.2,
		action: 'reject',
		symbols: '[{"name":"PHISHING","score":8},{"name":"BAYES_SPAM","score":5.1}]',
		msg: `From: invoice@phish.test\nTo: ${first}\nSubject: Your invoice is overdue\n\nPay now.`,
		created: unix - 600,
	});
	state.addQuarantineItem({
		rcpt: second,
		sender: 'offers@spammer.test',
		subject: 'Cheap watches',
		score: 9.5,
		action: 'add header',
		symbols: '[{"name":"BAYES_SPAM","score":5.1}]',
		msg: `From: offers@spammer.test\nTo: ${second}\nSubject: Cheap watches\n\nBuy.`,
		created: unix - 120,
	});
	state.mailQueue.push({
		queue_name: 'deferred',
		queue_id: '4F2A1C0D3E',
		arrival_time: unix - 1800,
		message_size: 2048,
		sender: first,
		recipients: [
			'someone@unreachable.test (connect to unreachable.test[192.0.2.9]:25: Connection timed out)',
		],
		message: `From: ${first}\nTo: someone@unreachable.test\nSubject: Hello\n\nHi.`,
	});
	// Newest first, shaped as the OpenAPI examples of get/logs/{postfix,dovecot,netfilter}.
	state.logs.postfix.unshift(
		{
			time: String(unix - 240),
			program: 'postfix/qmgr',
			priority: 'info',
			message: '4F2A1C0D3E: from=<' + first + '>, size=2048, nrcpt=1 (queue active)',
		},
		{
			time: String(unix - 300),
			program: 'postfix/smtpd',
			priority: 'info',
			message: `connect from mail.partner.test[198.51.100.20]`,
		},
	);
	state.logs.dovecot.unshift({
		time: String(unix - 60),
		program: 'dovecot',
		priority: 'info',
		message: `imap-login: Login: user=<${first}>, method=PLAIN, rip=192.0.2.50, lip=172.22.1.250, TLS`,
	});
	state.logs.netfilter.unshift({
		time: unix - 30,
		priority: 'crit',
		message: 'Banning 203.0.113.66/32 for 30 minutes',
	});
	seedLogsDemo(state, domain, first, unix);
	state.fail2ban.activeBans.push({
		network: '203.0.113.66/32',
		banned_until: unix + 1770,
		queued_for_unban: 0,
	});
	state.forwardingHosts.set('192.0.2.25', {
		host: '192.0.2.25',
		source: '192.0.2.25',
		keep_spam: 'no',
	});
	state.bccMaps.set(state.nextBccId, {
		id: state.nextBccId++,
		local_dest: `@${domain}`,
		bcc_dest: `archive@${domain}`,
		active: 1,
		type: 'rcpt',
		domain,
		created: now(),
		modified: null,
	});
	addRecipientMap(state, { old: `old-info@${domain}`, new: first });
	addPolicyEntry(state, { object: domain, list: 'bl', value: '*@spammer.test' });
	addPolicyEntry(state, { object: first, list: 'wl', value: 'boss@partner.test' });
	state.relayhosts.set(state.nextRelayhostId, {
		id: state.nextRelayhostId++,
		hostname: '[smtp.relay.test]:587',
		username: 'relayuser',
		password: 'Relay-Password-1',
		active: 1,
	});
	state.transports.set(state.nextTransportId, {
		id: state.nextTransportId++,
		is_mx_based: 0,
		destination: 'partner.test',
		nexthop: '[192.0.2.30]:25',
		username: '',
		password: '',
		active: 1,
	});
	state.tlsPolicies.set(state.nextTlsPolicyId, {
		id: state.nextTlsPolicyId++,
		dest: 'partner.test',
		policy: 'encrypt',
		parameters: '',
		active: 1,
		created: now(),
		modified: null,
	});
	addResource(state, {
		kind: 'location',
		description: 'Meeting Room',
		domain,
		multiple_bookings: 0,
		active: 1,
	});
	addTimeLimitedAlias(state, { goto: first, description: 'newsletter sign-up', validityHours: 72 });
	addFilter(state, {
		username: first,
		filter_type: 'postfilter',
		script_desc: 'Out of office',
		script_data:
			'require ["vacation"];\nvacation :days 1 :subject "Out of office" "I am away until Monday.";',
		active: 0,
	});
}

/**
 * One or two entries in each of the other logs get/logs serves, newest first. Shapes: the OpenAPI
 * examples of get/logs/{acme,autodiscover,ratelimited,sogo,watchdog}; rspamd-history has no
 * example: mailcow answers the `rows` of rspamd's controller /history (the fields its UI's
 * history table reads: unix_time, action, score, required_score, sender_smtp, rcpt_smtp, …).
 */
function seedLogsDemo(state: MailcowState, domain: string, first: string, unix: number) {
	state.logs.acme.unshift({
		time: String(unix - 3600),
		message:
			'Certificate validation done, neither changed nor due for renewal, sleeping for another day.',
	});
	state.logs.autodiscover.unshift({
		time: unix - 900,
		ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)',
		user: first,
		service: 'activesync',
	});
	state.logs.ratelimited.unshift({
		time: unix - 420,
		rcpt: 'customer@partner.test',
		from: first,
		user: first,
		rl_info: 'mailcow(RLsdz3tuabozgd4oacbdh8kc78)',
		rl_name: 'mailcow',
		rl_hash: 'RLsdz3tuabozgd4oacbdh8kc78',
		qid: '9B3C21500461',
		ip: '172.22.1.248',
		message_id: `6a-5d892500-7-240abd80@${domain}`,
		header_subject: 'Monthly newsletter',
		header_from: `"Example Info" <${first}>`,
	});
	state.logs['rspamd-history'].unshift(
		{
			'message-id': 'offer-77@spammer.test',
			ip: '203.0.113.80',
			action: 'reject',
			score: 16.2,
			required_score: 15,
			symbols: { BAYES_SPAM: { name: 'BAYES_SPAM', score: 5.1 } },
			size: 3412,
			unix_time: unix - 90,
			sender_mime: 'offers@spammer.test',
			sender_smtp: 'offers@spammer.test',
			rcpt_mime: [first],
			rcpt_smtp: [first],
			subject: 'Cheap watches',
			user: '',
			id: 'offer-77@spammer.test',
			scan_time: 0.412,
			is_skipped: false,
		},
		{
			'message-id': `welcome-1@${domain}`,
			ip: '172.22.1.1',
			action: 'no action',
			score: -0.1,
			required_score: 15,
			symbols: { DKIM_SIGNED: { name: 'DKIM_SIGNED', score: 0 } },
			size: 1820,
			unix_time: unix - 200,
			sender_mime: first,
			sender_smtp: first,
			rcpt_mime: ['someone@partner.test'],
			rcpt_smtp: ['someone@partner.test'],
			subject: 'Welcome',
			user: first,
			id: `welcome-1@${domain}`,
			scan_time: 0.08,
			is_skipped: false,
		},
	);
	state.logs.sogo.unshift({
		time: String(unix - 150),
		program: 'sogod',
		priority: 'notice',
		message: `[109]: ${first} "GET /SOGo/so/${first}/Mail/view HTTP/1.1" 200 2531/0 0.005 - - 0`,
	});
	state.logs.watchdog.unshift(
		{
			time: String(unix - 20),
			service: 'Postfix',
			lvl: '100',
			hpnow: '8',
			hptotal: '8',
			hpdiff: '0',
		},
		{
			time: String(unix - 25),
			service: 'Fail2ban',
			lvl: '100',
			hpnow: '1',
			hptotal: '1',
			hpdiff: '0',
		},
	);
}
