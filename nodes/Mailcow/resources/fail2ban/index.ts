import type { MailcowResource } from '../../shared/resource';
import { ban } from './ban';
import { get } from './get';
import { unban } from './unban';
import { update } from './update';
import { whitelist } from './whitelist';

export const fail2ban: MailcowResource = {
	name: 'Fail2ban',
	value: 'fail2ban',
	default: 'get',
	operations: [ban, get, unban, update, whitelist],
	successTexts: { f2b_modified: 'Fail2ban settings saved' },
	messages: {
		network_host_invalid:
			"Mailcow refused the address: it is not a valid IP address or network (a host name is allowed on the whitelist only), or it is one mailcow never bans — everything (0.0.0.0/0) or mailcow's own Docker network (IPV4_NETWORK / IPV6_NETWORK in mailcow.conf).",
		reset_f2b_regex:
			'Mailcow deleted the custom filters but netfilter did not write its built-in ones back within 10 seconds: check the netfilter-mailcow container.',
	},
};
