import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { isMailcowEntry } from './errors';
import type { MailcowField } from './fields';
import { messageText } from './messages';
import { getItemState, setItemState } from './state';
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

export const removeTags: MailcowField = {
	key: 'removeTags',
	kind: 'list',
	property: removeTagsOption,
};

const LABEL = { domain: 'Domain', mailbox: 'Mailbox' } as const;

/** The description of the Tags field of Domain → Update and Mailbox → Update. */
export const ADD_TAGS_DESCRIPTION =
	'Comma-separated tags to add; mailcow keeps the existing ones. On Update the node first reads each object and sends only the tags it lacks (mailcow would drop all new tags when one is already there), and lists those already present as tagsAlreadyPresent.';

/** One request of an Update: all but the last go through the transport, the last is routed. */
interface Step {
	url: string;
	body: IDataObject | string[];
	items: string[];
}

/**
 * The tags each object lacks, one get per object. edit/domain and edit/mailbox only append
 * tags, and a tag the object already has makes mailcow answer HTTP 200 with an empty body and
 * drop every new tag of the request (mailcow issue #7379). Objects lacking the same tags share
 * one edit. Tags about to be removed count as absent; names compare case-insensitively, like
 * mailcow's unique key.
 */
async function missingTags(
	context: IExecuteSingleFunctions,
	category: 'domain' | 'mailbox',
	ids: string[],
	tags: string[],
	removals: string[],
): Promise<{ groups: Array<{ ids: string[]; tags: string[] }>; present: IDataObject }> {
	const groups: Array<{ ids: string[]; tags: string[] }> = [];
	const present: IDataObject = {};
	const removed = new Set(removals.map((t) => t.toLowerCase()));
	for (const id of ids) {
		const record = (await mailcowApiRequest.call(
			context,
			'GET',
			mailcowPath(context, 'get', category, { value: id, label: LABEL[category] }),
		)) as IDataObject | undefined;
		const current = new Set(
			(Array.isArray(record?.tags) ? (record.tags as unknown[]) : [])
				.map((t) => String(t).toLowerCase())
				.filter((t) => !removed.has(t)),
		);
		const there = tags.filter((t) => current.has(t.toLowerCase()));
		if (there.length > 0) present[id] = there;
		const lacking = tags.filter((t) => !current.has(t.toLowerCase()));
		if (lacking.length === 0) continue;
		const group = groups.find((g) => g.tags.join('\n') === lacking.join('\n'));
		if (group) group.ids.push(id);
		else groups.push({ ids: [id], tags: lacking });
	}
	return { groups, present };
}

/**
 * Domain → Update and Mailbox → Update: tag removals, tag additions and the other attributes.
 * Removing tags takes `POST delete/{domain|mailbox}/tag/{id}` with a bare array, one call per
 * object, and runs first. Tags to add are only those each object lacks (see missingTags).
 * The last request is the routed one; when nothing is left to change (every tag already there)
 * the routed request is a read of the first object, since an edit without changes would still
 * "modify" a mailbox and log its user out of SOGo.
 */
export async function editWithTagRemoval(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	category: 'domain' | 'mailbox',
	ids: string[],
	attr: IDataObject,
): Promise<IHttpRequestOptions> {
	const { removeTags, tags, ...changes } = attr;
	const removals = (removeTags as string[] | undefined) ?? [];
	const additions = (tags as string[] | undefined) ?? [];
	const steps: Step[] = [];
	for (const id of removals.length ? ids : []) {
		const url = mailcowPath(context, 'delete', category, 'tag', {
			value: id,
			label: LABEL[category],
		});
		steps.push({ url, body: removals, items: [id] });
	}
	let mainTags: string[] | undefined;
	if (additions.length > 0) {
		const { groups, present } = await missingTags(context, category, ids, additions, removals);
		if (Object.keys(present).length > 0) {
			const { summary } = getItemState(context);
			setItemState(context, { summary: { ...summary, tagsAlreadyPresent: present } });
		}
		const shared = groups.length === 1 && groups[0].ids.length === ids.length;
		if (shared && Object.keys(changes).length > 0) mainTags = groups[0].tags;
		else
			for (const group of groups) {
				steps.push({
					url: `/edit/${category}`,
					body: { items: group.ids, attr: { tags: group.tags } },
					items: group.ids,
				});
			}
	}
	if (Object.keys(changes).length > 0) {
		const attrs = mainTags ? { ...changes, tags: mainTags } : changes;
		steps.push({ url: `/edit/${category}`, body: { items: ids, attr: attrs }, items: ids });
	}
	const last = steps.pop();
	const messages: string[] = [];
	for (const step of steps) {
		const answer = await mailcowApiRequest.call(context, 'POST', step.url, step.body);
		for (const entry of (Array.isArray(answer) ? answer : [answer]).filter(isMailcowEntry)) {
			messages.push(messageText(entry.msg));
		}
	}
	setItemState(context, { messages });
	if (!last) {
		// Every tag was already there and nothing else changes: a harmless read answers.
		setItemState(context, { items: [] });
		options.method = 'GET';
		options.url = mailcowPath(context, 'get', category, { value: ids[0], label: LABEL[category] });
		delete options.body;
		return options;
	}
	if (last.url.startsWith('/edit/')) {
		options.url = last.url;
		const body = last.body as { items: string[]; attr: IDataObject };
		return editBody(context, options, body.items, body.attr);
	}
	setItemState(context, { items: last.items });
	options.url = last.url;
	options.body = last.body;
	return options;
}
