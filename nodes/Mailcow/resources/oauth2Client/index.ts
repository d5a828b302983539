import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const oauth2Client: MailcowResource = {
	name: 'OAuth2 Client',
	value: 'oauth2Client',
	default: 'get',
	operations: [create, del, get, getAll, update],
	// delete/oauth2-client answers one ["items_deleted", <last id>] for the whole list.
	successTexts: { items_deleted: 'Deleted' },
};
