import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { parameterOf } from '../../../shared/fields';
import { onlyExisting } from '../../shared/existing';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { deleteBody, writeResult } from '../../shared/write';
import { quarantineIds } from './fields';

/**
 * `POST delete/qitem [id…]` (a bare array; the spec's `{items}` answers access_denied).
 * mailcow answers `["item_deleted", id]` for any number, whether or not the message exists, so
 * only ids the quarantine holds are sent (shared/existing.ts).
 */
async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const ids = readMailcowBody(this, [quarantineIds]).items as string[];
	const present = await onlyExisting(this, ids, {
		route: '/get/quarantine/all',
		idOf: (record) => String(record.id),
		field: quarantineIds,
		objects: ['quarantine item', 'quarantine items'],
		idName: 'id',
		summaryKey: 'quarantineIds',
		hint: 'The messages may have been released, learned or deleted already; Get Many lists the ids held now.',
	});
	return deleteBody(this, options, present);
}

export const del = mailcowOperation(
	{
		name: 'Delete',
		value: 'delete',
		action: 'Permanently delete quarantined messages',
		description: 'Delete messages from the quarantine without delivering them',
	},
	{ method: 'POST', url: '/delete/qitem', preSend: buildBody, postReceive: [writeResult] },
	[parameterOf(quarantineIds)],
	['/delete/qitem', '/get/quarantine/all'],
);
