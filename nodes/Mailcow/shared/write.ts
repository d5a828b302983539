import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { assertMailcowSuccess, createdObject, isFailedEntry } from './errors';
import { asciiName, namesDomains } from './idn';
import { formatMessage, messageText, type MailcowEntry } from './messages';
import { getItemState, setItemState } from './state';

/**
 * Request bodies by action, as mailcow's json_api.php maps them: add = flat object of attributes,
 * edit = `{items, attr}`, delete = bare array of ids (the spec's `{items}` schemas are wrong).
 * Method and URL are static on each operation's routing.request.
 */
export function editBody(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	items: string[],
	attr: IDataObject,
): IHttpRequestOptions {
	const ids = storedIds(options, items);
	setItemState(context, { items: ids });
	options.body = { items: ids, attr };
	return options;
}

export function deleteBody(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	items: string[],
): IHttpRequestOptions {
	const ids = storedIds(options, items);
	setItemState(context, { items: ids });
	options.body = ids;
	return options;
}

/**
 * Domains and addresses in punycode: edit/mailbox, edit/alias and the delete routes do not
 * convert a Unicode domain (mailcow answers access_denied). The category comes from the route.
 */
function storedIds(options: IHttpRequestOptions, items: string[]): string[] {
	const category = /^\/?(?:edit|delete)\/([^/]+)/.exec(String(options.url ?? ''))?.[1] ?? '';
	return namesDomains(category) ? items.map(asciiName) : items;
}

/** What the ids of a write are, by resource, to name them in a failure mailcow leaves unnamed. */
const OBJECTS: Record<string, [string, string]> = {
	domain: ['domain', 'domains'],
	dkim: ['DKIM key of domain', 'DKIM keys of domains'],
	domainAdmin: ['domain admin', 'domain admins'],
	mailbox: ['mailbox', 'mailboxes'],
	alias: ['alias', 'aliases'],
};

/**
 * A create mailcow may skip without a failure entry: `key` is the summary field naming what was to
 * be added, `reason` says why mailcow skips it and what to change.
 */
export interface SkippedCreate {
	key: string;
	reason: string;
}

/** How a write reads a mixed or unusual answer; every part is optional. */
export interface WriteAnswer {
	/** Output fields read from the entries (an alias id). */
	enrich?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => IDataObject;
	/**
	 * For an answer that also holds failures: whether the write took effect anyway (a create that
	 * made its object, an edit mailcow saved in part). Then the item succeeds and the failed
	 * entries are listed under `warnings`.
	 */
	created?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => boolean;
	/** A create mailcow may skip without a failure entry (see SkippedCreate). */
	skipped?: SkippedCreate;
	/** Which of several ids failed, when the route's answer is not one entry per id. */
	failed?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => string[];
	/** The entries as the node reads them, where the route's answer misnames an object. */
	correct?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => MailcowEntry[];
}

/**
 * The one postReceive of a write: fails on any failed entry (see errors.ts), else returns one tidy
 * item: `success`, what the preSend put in the summary, anything `enrich` reads from the entries
 * (an alias id), and mailcow's messages. With `skipped`, a create answered without failure but
 * without the object (see SkippedCreate) fails.
 * With `created`, a create whose answer also holds failures succeeds when the object exists
 * anyway: the output keeps what was created (a generated password, once) and lists the refused
 * parts under `warnings`.
 */
export function writeOutput(answer: WriteAnswer = {}): PostReceiveAction {
	const { enrich, created, skipped, failed, correct } = answer;
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const state = getItemState(this);
		const entries = assertMailcowSuccess(this.getNode(), response, {
			itemIndex: this.getItemIndex(),
			kind: 'write',
			items: state.items,
			what: state.objects ?? OBJECTS[this.getNodeParameter('resource', '') as string],
			created: created && ((answer) => created(answer, this)),
			failed: failed && ((answer) => failed(answer, this)),
			correct: correct && ((answer) => correct(answer, this)),
			hint: state.hint,
			skipped: skipped && {
				name: String(state.summary?.[skipped.key] ?? ''),
				reason: skipped.reason,
			},
		});
		const warnings = entries.filter(isFailedEntry).map((entry) => formatMessage(entry.msg));
		const json: IDataObject = {
			success: true,
			...state.summary,
			...(enrich ? enrich(entries, this) : {}),
			...(warnings.length ? { warnings } : {}),
			messages: [...(state.messages ?? []), ...entries.map((entry) => messageText(entry.msg))],
		};
		return [{ json, pairedItem: { item: this.getItemIndex() } }];
	};
}

export const writeResult = writeOutput();

/** The postReceive of a create: keeps a partly refused create that made its object. */
export const createResult = writeOutput({ created: createdObject });

/**
 * The postReceive of an edit mailcow makes in part (it drops what is invalid and saves the rest):
 * `unsaved` names the ids whose change the answer shows not saved. With none, the item succeeds
 * and lists the failed entries under `warnings`; else its failure names those ids. `correct`
 * mends what the route's answer misnames, before anything reads it.
 */
export const partialEditResult = (
	unsaved: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => string[],
	correct?: WriteAnswer['correct'],
): PostReceiveAction =>
	writeOutput({
		created: (entries, context) => unsaved(entries, context).length === 0,
		failed: unsaved,
		correct,
	});
