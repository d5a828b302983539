import type { INodeProperties } from 'n8n-workflow';

/** What a picker names and how it is found. */
export interface PickerSpec {
	/** The parameter's label ("Mailbox") and, with `many`, its plural ("Mailboxes"). */
	displayName: string;
	/** The parameter name (unique across the node). */
	name: string;
	/** The node's list search that fills the From List mode. */
	searchListMethod: string;
	/** The typed mode: its name (kept in saved workflows), label and placeholder. */
	typed: { name: string; displayName: string; placeholder: string };
	/**
	 * The shape of one typed value: `regex`, a regular-expression source without anchors or commas
	 * (with `many` the editor accepts a comma-separated list of them), and the editor's `message`
	 * for a value that does not match. Omitted: anything is accepted.
	 */
	pattern?: { regex: string; message: string };
	/** The typed mode takes several values, comma-separated (an expression may return an array). */
	many?: boolean;
	description?: string;
}

/**
 * A resource locator (n8n's picker): a searchable list, or the value typed or mapped. Wherever an
 * operation names one object; with `many`, the typed mode takes a list (the value reaches the
 * operation as the typed text, split by the field's `list` kind). The value a mode yields is the
 * object's wire name or id, so both modes feed the same request.
 */
export function pickerOf(spec: PickerSpec, extra: Partial<INodeProperties> = {}): INodeProperties {
	const { pattern, many } = spec;
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		...(spec.description ? { description: spec.description } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: spec.typed.displayName,
				name: spec.typed.name,
				type: 'string',
				placeholder: spec.typed.placeholder,
				...(pattern
					? {
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: many
											? `^\\s*${pattern.regex}(\\s*,\\s*${pattern.regex})*\\s*$`
											: `^${pattern.regex}$`,
										errorMessage: pattern.message,
									},
								},
							],
						}
					: {}),
			},
		],
		...extra,
	};
}

/** One domain name as the editor checks it: something.tld, no spaces, slashes, @ or commas. */
const DOMAIN_PATTERN = '[^\\s/@,]+\\.[^\\s/@,]+';

/**
 * The Domain picker of both nodes: a searchable list (each node's `searchDomains` list search),
 * or the name typed or mapped (checked by n8n's editor to look like example.com). With `many`,
 * the Domains picker of Update and Delete: several names typed, comma-separated.
 */
export function domainLocatorOf(
	name: string,
	extra: Partial<INodeProperties> = {},
	many = false,
): INodeProperties {
	return pickerOf(
		{
			displayName: many ? 'Domains' : 'Domain',
			name,
			searchListMethod: 'searchDomains',
			typed: {
				name: 'name',
				displayName: many ? 'By Names' : 'By Name',
				placeholder: many ? 'example.com, example.org' : 'example.com',
			},
			pattern: {
				regex: DOMAIN_PATTERN,
				message: many
					? 'Enter domain names such as example.com, example.org'
					: 'Enter a domain name such as example.com',
			},
			many,
			...(many ? { description: manyDescription('domain', 'names') } : {}),
		},
		extra,
	);
}

/** The description of a picker for several objects. */
export function manyDescription(what: string, typed: string): string {
	return `Pick a ${what}, or type one or more ${typed} separated by commas (an expression may also return an array). One request per item.`;
}
