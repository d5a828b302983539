import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { isMailcowEntry } from './errors';
import { formatMessage } from './messages';
import { setItemState } from './state';
import { mailcowApiRequest, mailcowPath } from './transport';
import { editBody } from './write';

/** The Remove Tags field of Domain → Update and Mailbox → Update. */
export const removeTagsOption: INodeProperties = {
	displayName: 'Remove Tags',
	name: 'removeTags',
	type: 'string',
	default: '',
	placeholder: 'old, obsolete',
	description: 'Comma-separated tags to remove (one extra request per domain or mailbox)',
};

const LABEL = { domain: 'Domain', mailbox: 'Mailbox' } as const;

/**
 * edit/domain and edit/mailbox only ever append tags; removing them takes
 * `POST delete/{domain|mailbox}/tag/{id}` with a bare array of tag names, one call per object.
 * Removals run first. When nothing else changes, the last removal is the routed request itself
 * (an edit without changes would still "modify" a mailbox and log its user out of SOGo).
 */
export async function editWithTagRemoval(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	category: 'domain' | 'mailbox',
	ids: string[],
	attr: IDataObject,
): Promise<IHttpRequestOptions> {
	const { removeTags, ...changes } = attr;
	const tags = (removeTags as string[] | undefined) ?? [];
	if (tags.length === 0) return editBody(context, options, ids, changes);
	const editToo = Object.keys(changes).length > 0;
	const viaTransport = editToo ? ids : ids.slice(0, -1);
	const messages: string[] = [];
	for (const id of viaTransport) {
		const answer = await mailcowApiRequest.call(
			context,
			'POST',
			mailcowPath(context, 'delete', category, 'tag', { value: id, label: LABEL[category] }),
			tags,
		);
		for (const entry of (Array.isArray(answer) ? answer : [answer]).filter(isMailcowEntry)) {
			messages.push(formatMessage(entry.msg));
		}
	}
	setItemState(context, { messages });
	if (editToo) return editBody(context, options, ids, changes);
	const last = ids[ids.length - 1];
	setItemState(context, { items: [last] });
	options.url = mailcowPath(context, 'delete', category, 'tag', {
		value: last,
		label: LABEL[category],
	});
	options.body = tags;
	return options;
}
