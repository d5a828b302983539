import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import type { MailcowField } from './fields';
import { sameName, type Simplifier } from './read';

/**
 * The antispam sender lists of a domain or a mailbox (add/domain-policy, add/mailbox-policy,
 * get/policy_{wl,bl}_{domain,mailbox}). Mailcow's API says whitelist (`wl`) and blacklist (`bl`);
 * the node shows Allowlist and Denylist and names the API word in the description.
 */
export const POLICY_LISTS: INodeProperties['options'] = [
	{
		name: 'Allowlist',
		value: 'wl',
		description: "Mail from these senders is never treated as spam (mailcow's API: whitelist, wl)",
	},
	{
		name: 'Denylist',
		value: 'bl',
		description: "Mail from these senders is rejected as spam (mailcow's API: blacklist, bl)",
	},
];

/** The list's name in output items. */
export const LIST_NAMES: Record<string, string> = { wl: 'allowlist', bl: 'denylist' };

/** The List field of a resource (`name` unique across the node). */
export function policyListField(name: string): MailcowField {
	return {
		key: 'object_list',
		kind: 'option',
		sendDefault: true,
		property: {
			displayName: 'List',
			name,
			type: 'options',
			options: POLICY_LISTS,
			default: 'wl',
		},
	};
}

// Mailcow trims and lowercases the value and refuses anything else (policy_list_from_invalid).
const SENDER = /^[a-z0-9@_.*-]+$/;

/** The Sender field of a resource: an address, a domain or a wildcard, checked as mailcow does. */
export function policySenderField(name: string): MailcowField {
	return {
		key: 'object_from',
		kind: 'string',
		required: true,
		check: (value) => {
			const sender = String(value).toLowerCase();
			return SENDER.test(sender)
				? undefined
				: `"${sender}" may hold letters, digits and @ _ . - * only`;
		},
		hint: 'Examples: jane@example.com, *@example.com, example.com.',
		property: {
			displayName: 'Sender',
			name,
			type: 'string',
			default: '',
			placeholder: '*@example.com',
			description: 'An address (jane@example.com), a whole domain (*@example.com or example.com)',
		},
	};
}

/**
 * A list entry as n8n users read it. A domain's list holds its mailboxes' entries too, and a
 * mailbox's list its domain's: `level` says which, `appliesTo` names the object.
 */
export function simplifyPolicyEntry(listParameter: string): Simplifier {
	return (r: IDataObject, context: IExecuteSingleFunctions) => {
		const list = context.getNodeParameter(listParameter, 'wl') as string;
		return {
			id: r.prefid,
			list: LIST_NAMES[list] ?? list,
			sender: r.value,
			appliesTo: r.object,
			level: String(r.object).includes('@') ? 'mailbox' : 'domain',
		};
	};
}

const domainOf = (name: string) => name.slice(name.lastIndexOf('@') + 1);

/**
 * Keeps the entries that belong to the object asked for: a domain's own and its mailboxes', or
 * a mailbox's own and its domain's. Anything else (another object mailcow was led to) is dropped.
 */
export function ofPolicyObject(object: string): (record: IDataObject) => boolean {
	const domain = domainOf(object);
	return (record) => {
		const owner = String(record.object ?? '');
		return object.includes('@')
			? sameName(object, owner) || sameName(domain, owner)
			: sameName(domain, domainOf(owner));
	};
}

/** Mailcow's message keys of both policy routes, in plain English. */
export const POLICY_MESSAGES: Record<string, string> = {
	policy_list_from_invalid:
		'The sender may hold letters, digits and @ _ . - * only (an address, a domain or *@domain).',
	policy_list_from_exists:
		'This sender is already on the allowlist or the denylist of this domain or mailbox (one entry per sender).',
};
