import type { INodeProperties } from 'n8n-workflow';
import { collection } from '../../../shared/fields';
import type { MailcowField } from '../../shared/fields';
import { banProblem, isHostname, networkProblem, parseNetwork } from './networks';

/** Every field of the Fail2ban resource, declared once. */

const firstProblem = (value: unknown, problem: (entry: string) => string | undefined) =>
	(value as string[]).map(problem).find((p) => p !== undefined);

const addressesProperty: INodeProperties = {
	displayName: 'Addresses',
	name: 'fail2banAddresses',
	type: 'string',
	default: '',
	placeholder: '203.0.113.7, 2001:db8::/64',
	description:
		'One or more IP addresses or networks (CIDR), comma-separated, or an array from an expression',
};

const addressHint = 'Enter IP addresses or networks such as 203.0.113.7 or 203.0.113.0/24.';

/** The addresses an Unban or Whitelist acts on. */
export const addresses: MailcowField = {
	key: 'network',
	kind: 'list',
	required: true,
	check: (value) => firstProblem(value, networkProblem),
	hint: addressHint,
	property: addressesProperty,
};

/** The same parameter for Ban, which also refuses a network holding every address. */
export const banAddresses: MailcowField = {
	...addresses,
	check: (value) => firstProblem(value, banProblem),
};

/**
 * A number setting. It starts at mailcow's own default (what netfilter writes on its first
 * start), so adding it to the collection changes nothing until the user changes the value;
 * `min` is mailcow's clamp.
 */
const seconds = (
	key: string,
	name: string,
	displayName: string,
	{ min, mailcowDefault }: { min: number; mailcowDefault: number },
	description: string,
): MailcowField => ({
	key,
	kind: 'int',
	notEmpty: true,
	property: {
		displayName,
		name,
		type: 'number',
		default: mailcowDefault,
		typeOptions: { minValue: min },
		description: `${description} (mailcow's default: ${mailcowDefault})`,
	},
});

const prefix = (key: string, name: string, version: string, max: number): MailcowField => ({
	key,
	kind: 'int',
	notEmpty: true,
	property: {
		displayName: `${version} Netban Prefix Length`,
		name,
		type: 'number',
		default: max,
		// mailcow's own minimum (8) is overwritten by its maximum check, so a smaller value would
		// be stored and ban huge networks: the node keeps the intended 8.
		typeOptions: { minValue: 8, maxValue: max },
		description: `Ban the whole ${version} network of this prefix length around an offending address (${max} = the address only)`,
	},
});

const flag = (
	key: string,
	name: string,
	displayName: string,
	description: string,
): MailcowField => ({
	key,
	kind: 'flag',
	property: { displayName, name, type: 'boolean', default: false, description },
});

/**
 * The whitelist (networks or host names) and blacklist (networks) of the settings; each
 * replaces the stored list. Sent newline-joined: mailcow splits on spaces, commas, ";" and new
 * lines, so "not valid!" would become two entries — every entry is checked before sending.
 */
export const whitelist: MailcowField = {
	key: 'whitelist',
	kind: 'list',
	notEmpty: true,
	check: (value) =>
		firstProblem(value, (entry) =>
			parseNetwork(entry) || isHostname(entry)
				? undefined
				: `"${entry}" is not an IP address, network or host name`,
		),
	property: {
		displayName: 'Whitelist',
		name: 'fail2banWhitelist',
		type: 'string',
		default: '',
		placeholder: '192.0.2.0/24, mail.example.com',
		description:
			'Addresses, networks or host names that are never banned, comma-separated; replaces the whole whitelist',
	},
};

export const blacklist: MailcowField = {
	key: 'blacklist',
	kind: 'list',
	notEmpty: true,
	check: (value) => firstProblem(value, banProblem),
	property: {
		displayName: 'Blacklist',
		name: 'fail2banBlacklist',
		type: 'string',
		default: '',
		placeholder: '198.51.100.7, 203.0.113.0/24',
		description:
			'Addresses or networks that are always banned, comma-separated; replaces the whole blacklist',
	},
};

export const banTimeIncrement = flag(
	'ban_time_increment',
	'fail2banBanTimeIncrement',
	'Increase Ban Time',
	'Whether each new ban of the same address lasts longer, up to Max Ban Time',
);

export const manageExternal = flag(
	'manage_external',
	'fail2banManageExternal',
	'Manage Bans Externally',
	'Whether an external firewall applies the bans instead of mailcow',
);

/** The Update Settings collection: only the settings the user added are sent. */
export const settings = collection({ displayName: 'Settings', name: 'fail2banSettings' }, [
	seconds(
		'ban_time',
		'fail2banBanTime',
		'Ban Time (Seconds)',
		{ min: 60, mailcowDefault: 1800 },
		'How long a ban lasts',
	),
	seconds(
		'max_ban_time',
		'fail2banMaxBanTime',
		'Max Ban Time (Seconds)',
		{ min: 60, mailcowDefault: 10000 },
		'The longest a ban can become with Increase Ban Time',
	),
	seconds(
		'max_attempts',
		'fail2banMaxAttempts',
		'Max Attempts',
		{ min: 1, mailcowDefault: 10 },
		'Failed logins within the retry window that lead to a ban',
	),
	seconds(
		'retry_window',
		'fail2banRetryWindow',
		'Retry Window (Seconds)',
		{ min: 1, mailcowDefault: 600 },
		'The time in which Max Attempts failed logins lead to a ban',
	),
	prefix('netban_ipv4', 'fail2banNetbanIpv4', 'IPv4', 32),
	prefix('netban_ipv6', 'fail2banNetbanIpv6', 'IPv6', 128),
	banTimeIncrement,
	manageExternal,
	whitelist,
	blacklist,
]);
