import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { toRecords } from '../../shared/records';
import { mailcowApiRequest } from '../../shared/transport';
import { redirectUri } from './fields';

/** The client ids that existed before this item's add (same per-item context in both hooks). */
const before = new WeakMap<object, Set<unknown>>();

async function clients(context: IExecuteSingleFunctions): Promise<IDataObject[]> {
	return toRecords(await mailcowApiRequest.call(context, 'GET', '/get/oauth2-client/all'));
}

/**
 * add/oauth2-client answers "Added client access" without the new client; mailcow generates its
 * client ID and secret. The clients are listed before and after the add (the item runner sends
 * writes one at a time), and the one new client with this redirect URI is output with its secret,
 * the only time the node outputs it without Include Secrets. If that read fails or is ambiguous,
 * the create still stands and a warning says where to find the client.
 */
const readNewClient: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const created = items[0].json;
	const known = before.get(this) ?? new Set();
	let warning: string;
	try {
		const fresh = (await clients(this)).filter(
			(c) => !known.has(c.id) && c.redirect_uri === created.redirectUri,
		);
		if (fresh.length === 1) {
			const [client] = fresh;
			const json = {
				...created,
				id: client.id,
				clientId: client.client_id,
				clientSecret: client.client_secret,
			};
			return [{ json, pairedItem: items[0].pairedItem }];
		}
		warning = `The client was created, but ${fresh.length} new clients have this redirect URI: find it with Get Many`;
	} catch (error) {
		warning = `The client was created, but reading it back failed: ${(error as Error).message}`;
	}
	const warnings = [...((created.warnings as string[] | undefined) ?? []), warning];
	return [{ json: { ...created, warnings }, pairedItem: items[0].pairedItem }];
};

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create an OAuth2 client',
	description:
		'Add a client to mailcow’s OAuth2 provider; its client ID and secret are generated and output once',
	route: '/add/oauth2-client',
	fields: topLevel(redirectUri),
	finish: async (context, body) => {
		before.set(context, new Set((await clients(context)).map((c) => c.id)));
		return { redirectUri: body.redirect_uri };
	},
	// The answer is a plain message, not an `…_added` entry.
	created: (entries) => entries.some((e) => e.type === 'success'),
	after: readNewClient,
});
