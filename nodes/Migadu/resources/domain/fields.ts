import type { MigaduField } from '../../shared/fields';

const label = (r: { domain(): string }) => `domain "${r.domain()}"`;
export { label as domainLabel };

/** Writable domain settings (create and update). */
export const domainFields: MigaduField[] = [
	{
		key: 'description',
		kind: 'string',
		property: { displayName: 'Description', name: 'description', type: 'string', default: '' },
	},
	{
		key: 'tags',
		kind: 'string',
		property: {
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			description: 'Comma-separated tags shown in the Migadu admin panel',
		},
	},
	{
		key: 'spam_aggressiveness',
		kind: 'string',
		property: {
			displayName: 'Spam Aggressiveness',
			name: 'spamAggressiveness',
			type: 'string',
			default: '',
			placeholder: 'default',
			description:
				'Domain-wide spam filter level as Migadu names it (e.g. default, permissive, aggressive, paranoid); Migadu has changed these values before, so the text is sent unchecked',
		},
	},
	{
		key: 'greylisting_enabled',
		kind: 'boolean',
		property: {
			displayName: 'Greylisting Enabled',
			name: 'greylistingEnabled',
			type: 'boolean',
			default: false,
		},
	},
	{
		key: 'mx_proxy_enabled',
		kind: 'boolean',
		property: {
			displayName: 'MX Proxy Enabled',
			name: 'mxProxyEnabled',
			type: 'boolean',
			default: false,
		},
	},
	{
		key: 'subject_rewriting_enabled',
		kind: 'boolean',
		property: {
			displayName: 'Subject Rewriting Enabled',
			name: 'subjectRewritingEnabled',
			type: 'boolean',
			default: false,
			description: 'Whether Migadu marks spam by rewriting the subject',
		},
	},
	{
		key: 'catchall_destinations',
		kind: 'addressArray',
		property: {
			displayName: 'Catch-All Destinations',
			name: 'catchallDestinations',
			type: 'string',
			default: '',
			placeholder: 'inbox@example.com, other@example.com',
			description:
				'Comma-separated addresses receiving mail for unknown addresses of the domain; empty clears the list',
		},
	},
	{
		key: 'sender_denylist',
		kind: 'entryArray',
		property: {
			displayName: 'Sender Denylist',
			name: 'senderDenylist',
			type: 'string',
			default: '',
			description:
				'Comma-separated addresses or domains whose mail is refused; empty clears the list',
		},
	},
	{
		key: 'sender_allowlist',
		kind: 'entryArray',
		property: {
			displayName: 'Sender Allowlist',
			name: 'senderAllowlist',
			type: 'string',
			default: '',
			description:
				'Comma-separated addresses or domains never treated as spam; empty clears the list',
		},
	},
	{
		key: 'recipient_denylist',
		kind: 'entryArray',
		property: {
			displayName: 'Recipient Denylist',
			name: 'recipientDenylist',
			type: 'string',
			default: '',
			description:
				'Comma-separated addresses of the domain that refuse all mail; empty clears the list',
		},
	},
];
