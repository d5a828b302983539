import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { flag, type MigaduField } from '../../shared/fields';
import type { Target } from '../../shared/target';

export const identityId = (r: Target) => r.localPart('identity', 'Identity');

export const identityLabel = (r: Target) =>
	`identity "${identityId(r)}@${r.domain()}" of mailbox "${r.mailboxAddress()}"`;

export const identitiesPath = (r: Target) => [
	'domains',
	r.domain(),
	'mailboxes',
	r.mailbox(),
	'identities',
];

/** The identity to create, or the one to get, update or delete. */
export const identityParameter: INodeProperties = {
	displayName: 'Identity',
	name: 'identity',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'sales or sales@example.com',
	description: 'Local part or address of the identity',
};

export const passwordUse: MigaduField = {
	key: 'password_use',
	kind: 'option',
	property: {
		displayName: 'Password Use',
		name: 'passwordUse',
		type: 'options',
		options: [
			{
				name: 'None (Send-As Only)',
				value: 'none',
				description: 'The user logs in with the mailbox and sends as the identity',
			},
			{
				name: 'Mailbox Password',
				value: 'mailbox',
				description: 'The identity can log in with the mailbox password',
			},
			{
				name: 'Custom Password',
				value: 'custom',
				description: 'The identity has its own password',
			},
		],
		default: 'none',
	},
};

/** Writable identity fields shared by create (Additional Fields) and update. */
export const identityFields: MigaduField[] = [
	flag('may_send', {
		displayName: 'May Send',
		name: 'maySend',
		default: true,
		description: 'Whether the identity may send mail',
	}),
	flag('may_receive', {
		displayName: 'May Receive',
		name: 'mayReceive',
		default: true,
		description: 'Whether the identity may receive mail',
	}),
	flag('may_access_imap', {
		displayName: 'May Access IMAP',
		name: 'mayAccessImap',
		default: true,
		description: 'Whether the identity may log in over IMAP',
	}),
	flag('may_access_pop3', {
		displayName: 'May Access POP3',
		name: 'mayAccessPop3',
		default: true,
		description: 'Whether the identity may log in over POP3',
	}),
	flag('may_access_managesieve', {
		displayName: 'May Access ManageSieve',
		name: 'mayAccessManagesieve',
		default: false,
		description: 'Whether the identity may manage filters over ManageSieve',
	}),
	{
		key: 'footer_active',
		kind: 'boolean',
		property: {
			displayName: 'Footer Active',
			name: 'footerActive',
			type: 'boolean',
			default: true,
			description: 'Whether a footer is added to mail sent as the identity',
		},
	},
	{
		key: 'footer_plain_body',
		kind: 'string',
		property: {
			displayName: 'Footer Plain Text',
			name: 'footerPlainBody',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
	},
	{
		key: 'footer_html_body',
		kind: 'string',
		property: {
			displayName: 'Footer HTML',
			name: 'footerHtmlBody',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
	},
];

/** What the Password fields of Create and Update say about Password Use. */
export const PASSWORD_RULE =
	'Migadu keeps a password only with Password Use "Custom Password" and silently ignores it otherwise';

/**
 * Identity → Update: Migadu stores an identity's password only when `password_use` is `custom`
 * and silently drops it otherwise (terraform-provider-migadu PR #151). A password with another
 * Password Use is refused; a password alone also sends `password_use: custom`, so it takes effect.
 */
export function checkIdentityPassword(ctx: IExecuteSingleFunctions, body: IDataObject): void {
	if (body.password === undefined) return;
	if (body.password_use === undefined) body.password_use = 'custom';
	if (body.password_use !== 'custom') {
		throw fieldError(
			ctx,
			'Password',
			'is ignored by Migadu unless Password Use is "Custom Password"',
			'Choose Password Use "Custom Password", or leave Password empty.',
		);
	}
}
