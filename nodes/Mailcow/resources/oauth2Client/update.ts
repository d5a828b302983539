import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { collection, fieldError } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { toRecords } from '../../shared/records';
import { mailcowApiRequest, mailcowPath } from '../../shared/transport';
import { oauth2Clients, updateAttributes } from './fields';

/** The ids whose secret this item renewed (same per-item context in both hooks). */
const renewed = new WeakMap<object, string[]>();

/** After Renew Secret: each client's new secret, read once and output once. */
const readNewSecrets: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const ids = renewed.get(this);
	if (!ids) return items;
	const secrets: IDataObject = {};
	const warnings: string[] = [];
	for (const id of ids) {
		try {
			const path = mailcowPath(this, 'get', 'oauth2-client', {
				value: id,
				label: 'OAuth2 Clients',
			});
			const [client] = toRecords(await mailcowApiRequest.call(this, 'GET', path));
			if (client?.client_secret === undefined) throw new Error('mailcow answered no client');
			secrets[id] = client.client_secret;
		} catch (error) {
			warnings.push(
				`The secret of client ${id} was renewed, but reading it failed: ${(error as Error).message}`,
			);
		}
	}
	const json: IDataObject = { ...items[0].json, clientSecrets: secrets };
	if (warnings.length) json.warnings = [...((json.warnings as string[]) ?? []), ...warnings];
	return [{ json, pairedItem: items[0].pairedItem }];
};

// edit/oauth2-client is undocumented; recorded in mailcow-observed-2.md ("oAuth clients").
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update OAuth2 clients, replacing the redirect URI or the secret given',
	description:
		'Change the redirect URI of one or more OAuth2 clients, renew their secrets (the new ones are output once) or revoke their tokens',
	route: '/edit/oauth2-client',
	ids: oauth2Clients,
	objects: ['OAuth2 client', 'OAuth2 clients'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'oauth2ClientUpdateFields',
			description: 'What to change; the rest stays as it is',
		},
		updateAttributes,
	),
	finish: (context, attr, ids) => {
		// mailcow renews or revokes for any value, 0 included: switched-off options are not sent.
		for (const key of ['renew_secret', 'revoke_tokens']) if (attr[key] === 0) delete attr[key];
		if (Object.keys(attr).length === 0)
			throw fieldError(context, 'Update Fields', 'add at least one field to change');
		// With renew_secret, mailcow ignores the other attributes (code).
		if (attr.renew_secret !== undefined && attr.redirect_uri !== undefined)
			throw fieldError(context, 'Renew Secret', 'cannot be combined with Redirect URI');
		if (attr.renew_secret !== undefined) renewed.set(context, ids);
	},
	after: readNewSecrets,
});
