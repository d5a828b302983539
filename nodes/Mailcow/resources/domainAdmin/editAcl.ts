import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { setItemState } from '../../shared/state';
import { editBody, writeResult } from '../../shared/write';
import { DA_ACLS, USERNAME } from './shared';

const LABELS: Record<string, string> = {
	alias_domains: 'Alias Domains',
	app_passwds: 'App Passwords',
	bcc_maps: 'BCC Maps',
	domain_desc: 'Domain Description',
	extend_sender_acl: 'Extend Sender ACL',
	filters: 'Filters',
	login_as: 'Log In as Mailbox User',
	protocol_access: 'Protocol Access',
	pushover: 'Pushover',
	quarantine: 'Quarantine',
	ratelimit: 'Rate Limit',
	smtp_ip_access: 'SMTP IP Access',
	sogo_access: 'SOGo Access',
	spam_policy: 'Spam Policy',
	syncjobs: 'Sync Jobs',
	unlimited_quota: 'Unlimited Quota',
};

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { username, da_acl } = readFields(this, [
		USERNAME,
		{
			param: 'adminAcl',
			key: 'da_acl',
			kind: 'list',
			label: 'Permissions',
			check: (v) => {
				const unknown = (v as string[]).filter((a) => !DA_ACLS.includes(a));
				return unknown.length ? `unknown permission ${unknown.join(', ')}` : undefined;
			},
		},
	]);
	setItemState(this, { summary: { username, permissions: da_acl ?? [] } });
	return editBody(this, options, [String(username)], { da_acl: da_acl ?? [] });
}

export const option: INodePropertyOptions = {
	name: 'Edit ACL',
	value: 'editAcl',
	action: 'Replace the permissions of a domain admin (those not selected are switched off)',
	description: 'Set what a domain administrator may do; permissions not selected are switched off',
	routing: {
		request: { method: 'POST', url: '/edit/da-acl' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Permissions',
		name: 'adminAcl',
		type: 'multiOptions',
		default: [],
		options: DA_ACLS.map((value) => ({ name: LABELS[value], value })).sort((a, b) =>
			a.name.localeCompare(b.name),
		),
		description: 'The permissions the admin gets; all others are removed',
		displayOptions: { show: { resource: ['domainAdmin'], operation: ['editAcl'] } },
	},
];
