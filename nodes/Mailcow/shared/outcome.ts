import {
	NodeApiError,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';
import { assertMailcowSuccess } from './errors';
import { describeMessage, formatMessage, messageKey, type MailcowEntry } from './messages';

/** How a multi-id action reports how many of its ids took effect. */
export interface Outcome {
	/** The past participle: "released", "banned". */
	done: string;
	/** What follows the count: " as spam" (or ""). */
	as?: string;
	/** What the ids are, singular and plural: ["quarantine item", "quarantine items"]. */
	nouns: [string, string];
	/** The success keys that prove an id took effect (`["item_released", id]`). */
	proof: string[];
}

/**
 * The entries of a multi-id write whose success must be proven id by id: mailcow routes that
 * acknowledge what they did not do (a warning instead of a failure, `object_modified` for an
 * unknown action, `Task completed` for none). HTTP failures and the empty answer of a swallowed
 * error go the one error path (errors.ts); then each id took effect only when a success entry of
 * `outcome.proof` names it, and anything short of that fails the item with `notTakenEffect`.
 */
export function provenEntries(
	context: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	ids: string[],
	outcome: Outcome,
): MailcowEntry[] {
	// `created` returns every entry, failed ones too: the outcome of each id is judged here.
	const entries = assertMailcowSuccess(context.getNode(), response, {
		itemIndex: context.getItemIndex(),
		kind: 'write',
		created: () => true,
	});
	const proven = (id: string) =>
		entries.some(
			(e) =>
				e.type === 'success' &&
				outcome.proof.includes(messageKey(e.msg)) &&
				Array.isArray(e.msg) &&
				String(e.msg[1]).toLowerCase() === id.toLowerCase(),
		);
	const missed = ids.filter((id) => !proven(id));
	if (missed.length > 0) throw notTakenEffect(context, ids, missed, entries, outcome);
	return entries;
}

/**
 * `Mailcow released 1 of 2 quarantine items; not released: 999 (item 0)`, described with the ids
 * that took effect, those that did not, and each of mailcow's other entries explained.
 */
function notTakenEffect(
	context: IExecuteSingleFunctions,
	ids: string[],
	missed: string[],
	entries: MailcowEntry[],
	{ done, as = '', nouns }: Outcome,
): NodeApiError {
	const itemIndex = context.getItemIndex();
	const took = ids.filter((id) => !missed.includes(id));
	const problems = entries.filter((e) => e.type !== 'success' || !Array.isArray(e.msg));
	const label = `${done[0].toUpperCase()}${done.slice(1)}`;
	return new NodeApiError(
		context.getNode(),
		{ answer: entries.map(({ type, msg }) => ({ type, msg })) } as unknown as JsonObject,
		{
			message: `Mailcow ${done} ${took.length} of ${ids.length} ${ids.length === 1 ? nouns[0] : nouns[1]}${as}; not ${done}: ${missed.join(', ')} (item ${itemIndex})`,
			description: [
				`${label}: ${took.join(', ') || 'none'}`,
				`Not ${done}: ${missed.join(', ')}`,
				...problems.map((e) => `${formatMessage(e.msg)} — ${describeMessage(e.msg)}`),
			].join('\n'),
			httpCode: '200',
			itemIndex,
		},
	);
}
