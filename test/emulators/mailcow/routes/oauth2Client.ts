// oAuth2 clients of mailcow's provider: add/edit/delete/oauth2-client, get/oauth2-client/{id|all}.
import { randomBytes } from 'node:crypto';
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	editPayload,
	getAnswer,
	phpJson,
	record,
	str,
	writeAnswer,
} from '../php';
import type { MailcowOauthClient, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['oauth2', action, 'client', data];
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

const view = (c: MailcowOauthClient) => ({
	id: c.id,
	client_id: c.client_id,
	client_secret: c.client_secret,
	redirect_uri: c.redirect_uri,
	grant_types: null,
	scope: 'profile',
	user_id: null,
});

/** Numeric ids only (not the client_id). */
const getClient: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') return getAnswer([...state.oauthClients.values()].map(view));
	const client = /^\d+$/.test(id) ? state.oauthClients.get(Number(id)) : undefined;
	return getAnswer(client && view(client));
};

/** Stores a client with a generated id and secret (also the seeding helper of tests). */
export function addOauthClient(
	state: MailcowState,
	redirectUri: string | null,
): MailcowOauthClient {
	const client: MailcowOauthClient = {
		id: state.nextOauthClientId++,
		client_id: hex(6),
		client_secret: hex(12),
		redirect_uri: redirectUri,
	};
	state.oauthClients.set(client.id, client);
	return client;
}

/** No validation; the generated id and secret are only visible through get. */
const addClient: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	addOauthClient(state, attr.redirect_uri === undefined ? null : str(attr.redirect_uri));
	return writeAnswer([
		{ type: 'success', log: log('add', phpJson(attr)), msg: 'Added client access' },
	]);
};

const editClient: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const client = /^\d+$/.test(id) ? state.oauthClients.get(Number(id)) : undefined;
		// An unknown id ends the loop.
		if (!client) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			break;
		}
		if (attr.renew_secret !== undefined) client.client_secret = hex(12);
		else if (attr.redirect_uri !== undefined) client.redirect_uri = str(attr.redirect_uri);
		entries.push({ type: 'success', log: entryLog, msg: ['object_modified', id] });
	}
	return writeAnswer(entries);
};

/** One success entry for the whole list, naming the last id; non-numeric ids are refused first. */
const deleteClient: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { id: echoItems(payload) });
	const ids = asItems(payload).map(str);
	const entries: Entry[] = [];
	for (const id of ids) {
		if (!/^\d+$/.test(id)) entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
		else state.oauthClients.delete(Number(id));
	}
	if (ids.length > 0)
		entries.push({ type: 'success', log: entryLog, msg: ['items_deleted', ids[ids.length - 1]] });
	return writeAnswer(entries);
};

export const oauth2ClientRoutes: RouteTable = {
	get: { 'oauth2-client': getClient },
	add: { 'oauth2-client': addClient },
	edit: { 'oauth2-client': editClient },
	delete: { 'oauth2-client': deleteClient },
};
