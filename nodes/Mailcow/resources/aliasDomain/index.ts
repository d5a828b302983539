import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const aliasDomain: MailcowResource = {
	name: 'Alias Domain',
	value: 'aliasDomain',
	default: 'create',
	operations: [create, del, get, getAll, update],
	successTexts: {
		aliasd_added: 'Alias domain added',
		aliasd_modified: 'Alias domain changed',
		alias_domain_removed: 'Alias domain deleted with its aliases',
	},
	messages: {
		alias_domain_invalid:
			'The alias domain already exists, or a domain of that name exists (Update: no such alias domain).',
		target_domain_invalid:
			'The target domain is not a valid domain name, or it is itself an alias domain.',
		targetd_not_found: 'The target is an alias domain; choose the domain it points to.',
		targetd_relay_domain:
			'The target domain is a backup MX (relay) domain, which cannot have alias domains.',
		aliasd_targetd_identical: 'The alias domain and its target domain are the same.',
	},
};
