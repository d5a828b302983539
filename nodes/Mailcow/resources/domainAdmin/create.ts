import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { topLevel } from '../../../shared/fields';
import { createdObject } from '../../shared/errors';
import type { MailcowEntry } from '../../shared/messages';
import { asciiDomain } from '../../shared/idn';
import { create as createOperation } from '../../shared/operation';
import { generatePassword, generateUsername } from '../../shared/passwords';
import { getItemState } from '../../shared/state';
import { active, domains, newUsername, password } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a domain admin',
	description:
		'Create an administrator for some domains; username and password are generated when empty',
	route: '/add/domain-admin',
	fields: topLevel(newUsername, domains, password, active),
	finish: (_context, body) => {
		// Domains as mailcow stores them (punycode), in the request and in the output.
		body.domains = (body.domains as string[]).map(asciiDomain);
		const generated: IDataObject = {};
		if (body.username === undefined) {
			body.username = generateUsername();
			generated.generatedUsername = true;
		}
		if (body.password === undefined) {
			// Returned once in the output item, never logged.
			body.password = generatePassword();
			generated.generatedPassword = body.password;
		}
		body.password2 = body.password;
		return { username: body.username, domains: body.domains, ...generated };
	},
	// Mailcow answers `domain_invalid` for each unknown domain *and* `domain_admin_added`: the admin
	// exists with the known domains, and the item succeeds with it (and its generated password)
	// plus a warning per refused domain. When every domain is unknown no usable admin exists
	// (mailcow's lists do not show it): the item fails.
	created: (entries, context) =>
		createdObject(entries) && refusedDomains(entries).length < sentDomains(context).length,
	// The output's `domains` are those the admin has: a refused one is named in `warnings` only.
	enrich: (entries, context) => {
		const refused = refusedDomains(entries);
		return { domains: sentDomains(context).filter((domain) => !refused.includes(domain)) };
	},
});

/** The domains sent, in punycode as in the request (Create's summary). */
function sentDomains(context: IExecuteSingleFunctions): string[] {
	return (getItemState(context).summary?.domains as string[] | undefined) ?? [];
}

/** The domains mailcow refused: one `["domain_invalid", domain]` entry each. */
function refusedDomains(entries: MailcowEntry[]): string[] {
	return entries
		.filter((e) => Array.isArray(e.msg) && e.msg[0] === 'domain_invalid')
		.map((e) => String((e.msg as unknown[])[1]));
}
