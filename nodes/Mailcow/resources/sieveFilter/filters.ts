import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { sameName } from '../../shared/read';
import { toRecords } from '../../shared/records';
import { mailcowApiRequest, mailcowPath } from '../../shared/transport';

/**
 * The description that marks the vacation reply Set Vacation Reply writes: Set replaces that
 * filter, Remove deletes it, and no other filter of the mailbox is touched.
 */
export const VACATION_DESCRIPTION = 'Vacation reply (set by n8n)';

/**
 * Keeps the filters of this mailbox only: mailcow reads "all" in get/filters/{mailbox} as every
 * mailbox of the server (mailcow-observed-2.md).
 */
export const ofMailbox = (mailbox: string) => (record: IDataObject) =>
	sameName(mailbox, record.username);

/**
 * The filters of a mailbox (`GET get/filters/{mailbox}`), `[]` when it has none — mailcow also
 * answers `{}` for a mailbox it does not know.
 */
export async function filtersOf(
	context: IExecuteSingleFunctions,
	mailbox: string,
): Promise<IDataObject[]> {
	const path = mailcowPath(context, 'get', 'filters', { value: mailbox, label: 'Mailbox' });
	return toRecords(await mailcowApiRequest.call(context, 'GET', path)).filter(ofMailbox(mailbox));
}
