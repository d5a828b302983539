/**
 * IP addresses and networks as mailcow's valid_network() takes them (PHP's FILTER_VALIDATE_IP
 * plus an optional prefix length), as one table for the two checks written for it: the node's
 * Fail2ban address check (nodes/Mailcow/resources/fail2ban/networks.ts, through the workflow in
 * test/mailcow/fail2ban/addresses.test.ts) and the emulator's (test/emulators/mailcow/php.ts,
 * test/emulators/mailcow-emulator.test.ts). Each entry: the value and, for a refused one, why.
 */
export const VALID_NETWORKS: string[] = [
	'192.0.2.0/24',
	'2001:db8::1',
	'2001:db8::/128',
	'2001:db8:1:2:3:4::5',
	// An IPv4 address as the last two groups, after "::" or a group, or in full.
	'::ffff:192.0.2.1',
	'64:ff9b::192.0.2.7',
	'0:0:0:0:0:ffff:192.0.2.1',
];

export const INVALID_NETWORKS: Array<[value: string, why: string]> = [
	['12345::1', 'a group of five digits'],
	['2001:db8::1::2', '"::" twice'],
	['1:2:3:4::5:6:7:8::9', '"::" twice, eight groups around the first'],
	['2001:db8:1', 'three groups without "::"'],
	['1:2:3:4:5:6:7::8', '"::" stands for at least one group: nine'],
	['::ffff:192.0.2', 'an incomplete IPv4 tail'],
	['192.0.02.1', 'a leading zero (PHP refuses it)'],
	['::ffff:192.0.2.01', 'a leading zero in the IPv4 tail'],
	['192.0.2.0/24/8', 'two prefixes'],
	['192.0.2.0/33', 'an IPv4 prefix over 32'],
	['2001:db8::/129', 'an IPv6 prefix over 128'],
	['192.0.2.0/a24', 'a prefix that is no number'],
	['192.0.2.0/24a', 'a letter after the prefix'],
];
