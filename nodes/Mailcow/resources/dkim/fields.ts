import { topLevel } from '../../../shared/fields';
import { domainLocator } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';

/** Every field of the DKIM resource, declared once: the parameter and how mailcow takes it. */

// add/dkim reads `domains`; the singular `domain` is ignored and answers "Task completed".
export const domain: MailcowField = {
	key: 'domains',
	kind: 'string',
	required: true,
	property: domainLocator('dkimDomain'),
};

const selector: MailcowField = {
	key: 'dkim_selector',
	kind: 'string',
	sendDefault: true,
	check: (v) =>
		/^[a-zA-Z0-9_.-]+$/.test(String(v))
			? undefined
			: 'use letters, digits, dots, dashes and underscores only',
	property: {
		displayName: 'Selector',
		name: 'dkimSelector',
		type: 'string',
		default: 'dkim',
		description: 'DKIM selector; the DNS record is named selector._domainkey.example.com',
	},
};

// A whole number, not just one of the listed sizes: an expression may give any size mailcow takes.
const keySize: MailcowField = {
	key: 'key_size',
	kind: 'int',
	sendDefault: true,
	check: (v) => ((v as number) < 1024 ? 'must be at least 1024' : undefined),
	property: {
		displayName: 'Key Size',
		name: 'dkimKeySize',
		type: 'options',
		default: 2048,
		options: [
			{ name: '1024 Bits', value: 1024 },
			{ name: '2048 Bits', value: 2048 },
			{ name: '3072 Bits', value: 3072 },
			{ name: '4096 Bits', value: 4096 },
		],
		description:
			'RSA key size (some DNS providers cannot store keys above 2048 bits in one TXT record)',
	},
};

/** The key Create and Create and Get make: add/dkim's flat body. */
export const newKey = topLevel(domain, selector, keySize);

/** What the ids of a Delete are, singular and plural, for failures mailcow leaves unnamed. */
export const keysOfDomains: [string, string] = ['DKIM key of domain', 'DKIM keys of domains'];

/** The domains whose keys a Delete removes. */
export const domains: MailcowField = {
	key: 'domains',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Domains',
		name: 'dkimDomains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.org',
		description:
			'One or more domain names, separated by commas (an expression may also return an array)',
	},
};

// The spec names the source `fron_domain` (a typo); mailcow's code reads from_domain.
export const fromDomain: MailcowField = {
	key: 'from_domain',
	kind: 'string',
	required: true,
	property: domainLocator('dkimFromDomain', undefined, {
		displayName: 'Source Domain',
		description: 'Domain whose DKIM key is copied',
	}),
};

export const toDomains: MailcowField = {
	key: 'to_domain',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Target Domains',
		name: 'dkimToDomains',
		type: 'string',
		default: '',
		placeholder: 'example.org, example.net',
		description:
			'One or more domains that get the key, separated by commas (an expression may also return an array)',
	},
};
