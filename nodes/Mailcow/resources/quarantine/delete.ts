import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { fieldError, parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { toRecords } from '../../shared/records';
import { setItemState } from '../../shared/state';
import { mailcowApiRequest } from '../../shared/transport';
import { deleteBody, writeResult } from '../../shared/write';
import { quarantineIds } from './fields';

/**
 * `POST delete/qitem [id…]` (a bare array; the spec's `{items}` answers access_denied).
 * mailcow answers `["item_deleted", id]` for any number, whether or not the message exists, so
 * the quarantine is read first: only existing ids are sent, the others are named under
 * `notFound` with a warning, and an item none of whose ids exists fails before deleting.
 */
async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const ids = readMailcowBody(this, [quarantineIds]).items as string[];
	const held = new Set(
		toRecords(await mailcowApiRequest.call(this, 'GET', '/get/quarantine/all')).map((r) =>
			String(r.id),
		),
	);
	const present = ids.filter((id) => held.has(id));
	const notFound = ids.filter((id) => !held.has(id));
	const label = quarantineIds.property.displayName;
	if (present.length === 0)
		throw fieldError(
			this,
			label,
			`no quarantine item has id ${notFound.join(', ')}`,
			'The messages may have been released, learned or deleted already; Get Many lists the ids held now.',
		);
	deleteBody(this, options, present);
	setItemState(this, {
		summary: {
			quarantineIds: present,
			...(notFound.length
				? {
						notFound,
						warnings: notFound.map(
							(id) => `No quarantine item has id ${id}: nothing was deleted for it`,
						),
					}
				: {}),
		},
		objects: ['quarantine item', 'quarantine items'],
	});
	return options;
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
