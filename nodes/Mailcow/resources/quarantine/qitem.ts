import {
	NodeApiError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import type { OperationDeclaration } from '../../../shared/describe';
import { parameterOf } from '../../../shared/fields';
import { assertMailcowSuccess } from '../../shared/errors';
import { readMailcowBody } from '../../shared/fields';
import {
	describeMessage,
	formatMessage,
	messageKey,
	messageText,
	type MailcowEntry,
} from '../../shared/messages';
import { mailcowOperation } from '../../shared/operation';
import { getItemState } from '../../shared/state';
import { editBody } from '../../shared/write';
import { quarantineIds } from './fields';

/** How a Release or Learn operation reports how many of its ids took effect. */
export interface QitemOutcome {
	/** The past participle: "released", "learned". */
	done: string;
	/** What follows the count: " as spam" (or ""). */
	as: string;
}

/**
 * A Release / Learn operation: `POST edit/qitem {items: [id…], attr: {action}}`. mailcow answers
 * one or more entries per id; an id took effect only when a success entry of one of `proof`
 * names it. Anything else — `access_denied` for an unknown id, the *warning*
 * `release_send_failed` (postfix did not take the message back; it stays quarantined),
 * `spam_learn_error`, or `{"msg": "Task completed"}` (an action mailcow did not recognise: nothing
 * happened) — fails the item, naming the ids that took effect and those that did not.
 */
export function qitemAction(spec: {
	name: string;
	value: string;
	action: string;
	description: string;
	/** edit/qitem's `attr.action`. */
	qitemAction: 'release' | 'learnham' | 'learnspam';
	/** The success keys that prove an id took effect (`["item_released", id]`). */
	proof: string[];
	outcome: QitemOutcome;
}): OperationDeclaration {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const ids = readMailcowBody(this, [quarantineIds]).items as string[];
		return editBody(this, options, ids, { action: spec.qitemAction });
	}
	async function output(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		// HTTP failures and the empty answer of a swallowed error go the one error path; every
		// entry comes back (`created`), and the outcome of each id is judged here.
		const entries = assertMailcowSuccess(this.getNode(), response, {
			itemIndex: this.getItemIndex(),
			kind: 'write',
			created: () => true,
		});
		const ids = getItemState(this).items ?? [];
		const proven = (id: string) =>
			entries.some(
				(e) =>
					e.type === 'success' &&
					spec.proof.includes(messageKey(e.msg)) &&
					Array.isArray(e.msg) &&
					String(e.msg[1]) === id,
			);
		const missed = ids.filter((id) => !proven(id));
		if (missed.length > 0) throw notTakenEffect(this, ids, missed, entries, spec.outcome);
		return [
			{
				json: {
					success: true,
					quarantineIds: ids,
					messages: entries.map((entry) => messageText(entry.msg)),
				},
				pairedItem: { item: this.getItemIndex() },
			},
		];
	}
	return mailcowOperation(
		spec,
		{ method: 'POST', url: '/edit/qitem', preSend: buildBody, postReceive: [output] },
		[parameterOf(quarantineIds)],
	);
}

/**
 * `Mailcow released 1 of 2 quarantine items; not released: 999 (item 0)`, with the ids that took
 * effect, those that did not, and each of mailcow's other entries explained.
 */
function notTakenEffect(
	context: IExecuteSingleFunctions,
	ids: string[],
	missed: string[],
	entries: MailcowEntry[],
	{ done, as }: QitemOutcome,
): NodeApiError {
	const itemIndex = context.getItemIndex();
	const took = ids.filter((id) => !missed.includes(id));
	const nouns = ids.length === 1 ? 'quarantine item' : 'quarantine items';
	const problems = entries.filter((e) => e.type !== 'success' || !Array.isArray(e.msg));
	const label = `${done[0].toUpperCase()}${done.slice(1)}`;
	return new NodeApiError(
		context.getNode(),
		{ answer: entries.map(({ type, msg }) => ({ type, msg })) } as unknown as JsonObject,
		{
			message: `Mailcow ${done} ${took.length} of ${ids.length} ${nouns}${as}; not ${done}: ${missed.join(', ')} (item ${itemIndex})`,
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
