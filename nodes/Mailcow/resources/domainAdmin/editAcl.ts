import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { editBody, writeResult } from '../../shared/write';
import { admins, permissions, username } from './fields';

/** Sends the whole permission list: none selected switches every permission off. */
async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const values = readMailcowBody(this, [username, permissions]);
	const name = String(values.username);
	const acl = (values.da_acl as string[] | undefined) ?? [];
	setItemState(this, { summary: { username: name, permissions: acl }, objects: admins });
	return editBody(this, options, [name], { da_acl: acl });
}

export const editAcl = mailcowOperation(
	{
		name: 'Edit ACL',
		value: 'editAcl',
		action: 'Replace the permissions of a domain admin (those not selected are switched off)',
		description:
			'Set what a domain administrator may do; permissions not selected are switched off',
	},
	{ method: 'POST', url: '/edit/da-acl', preSend: buildBody, postReceive: [writeResult] },
	[parameterOf(username), parameterOf(permissions)],
);
