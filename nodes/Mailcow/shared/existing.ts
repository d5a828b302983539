import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { fieldError } from '../../shared/fields';
import type { MailcowField } from './fields';
import { toRecords } from './records';
import { setItemState } from './state';
import { mailcowApiRequest } from './transport';

/** How to find the objects a write names. */
export interface ExistingSpec {
	/** The `get/…/all` route that lists them. */
	route: string;
	/** The id of a listed record, as the write takes it. */
	idOf: (record: IDataObject) => string;
	/** The field the ids come from (its label names the error). */
	field: MailcowField;
	/** What the ids are, singular and plural: ["queued message", "queued messages"]. */
	objects: [string, string];
	/** How the id is called in the messages: "id", "queue ID". */
	idName: string;
	/** The output key of the ids sent. */
	summaryKey: string;
	/** One sentence for the refusal when none exists. */
	hint: string;
}

/**
 * For mailcow routes that acknowledge any id, existing or not (`delete/qitem`, `edit/mailq`,
 * `delete/mailq`): reads `spec.route` once and keeps the ids it lists. The others are named in
 * the item's output (`notFound`, one warning each) instead of being reported done; an item none
 * of whose ids exists fails before sending, with the field-naming error. Returns the ids to send.
 */
export async function onlyExisting(
	context: IExecuteSingleFunctions,
	ids: string[],
	spec: ExistingSpec,
): Promise<string[]> {
	const listed = new Set(
		toRecords(await mailcowApiRequest.call(context, 'GET', spec.route)).map(spec.idOf),
	);
	const present = ids.filter((id) => listed.has(id));
	const notFound = ids.filter((id) => !listed.has(id));
	const [one] = spec.objects;
	if (present.length === 0)
		throw fieldError(
			context,
			spec.field.property.displayName,
			`no ${one} has ${spec.idName} ${notFound.join(', ')}`,
			spec.hint,
		);
	setItemState(context, {
		summary: {
			[spec.summaryKey]: present,
			...(notFound.length
				? {
						notFound,
						warnings: notFound.map(
							(id) => `No ${one} has ${spec.idName} ${id}: nothing was done to it`,
						),
					}
				: {}),
		},
		objects: spec.objects,
	});
	return present;
}
