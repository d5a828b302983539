import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { fieldError, parameterOf } from '../../../shared/fields';
import { asciiName } from '../../shared/idn';
import { mailcowOperation, readOneValue } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { deleteBody, writeResult } from '../../shared/write';
import { mailbox } from './fields';
import { filtersOf, VACATION_DESCRIPTION } from './filters';

/**
 * Reads the mailbox's filters and deletes the ones Set Vacation Reply wrote (marked with
 * VACATION_DESCRIPTION). Without one the item fails before any delete: mailcow answers `{}` for
 * a mailbox without filters and for a mailbox it does not know alike.
 */
async function buildRequest(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const owner = asciiName(readOneValue(this, mailbox)).toLowerCase();
	const ids = (await filtersOf(this, owner))
		.filter((f) => f.script_desc === VACATION_DESCRIPTION)
		.map((f) => String(f.id));
	if (ids.length === 0)
		throw fieldError(
			this,
			mailbox.property.displayName,
			`${owner} has no vacation reply set by n8n`,
			`Mailcow lists no filter described "${VACATION_DESCRIPTION}" for this mailbox (or the mailbox does not exist). Nothing was deleted.`,
		);
	setItemState(this, { summary: { mailbox: owner, ids }, objects: ['filter', 'filters'] });
	return deleteBody(this, options, ids);
}

export const removeVacation = mailcowOperation(
	{
		name: 'Remove Vacation Reply',
		value: 'removeVacation',
		action: 'Permanently delete the vacation reply of a mailbox',
		description:
			'Delete the vacation reply Set Vacation Reply wrote for the mailbox; other filters stay',
	},
	{ method: 'POST', url: '/delete/filter', preSend: buildRequest, postReceive: [writeResult] },
	[parameterOf(mailbox)],
	['/get/filters/{mailbox}', '/delete/filter'],
);
