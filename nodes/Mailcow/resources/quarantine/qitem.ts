import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import type { OperationDeclaration } from '../../../shared/describe';
import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { messageText } from '../../shared/messages';
import { mailcowOperation } from '../../shared/operation';
import { provenEntries, type Outcome } from '../../shared/outcome';
import { getItemState } from '../../shared/state';
import { editBody } from '../../shared/write';
import { quarantineIds } from './fields';

/**
 * A Release / Learn operation: `POST edit/qitem {items: [id…], attr: {action}}`. mailcow answers
 * one or more entries per id; an id took effect only when a success entry of `outcome.proof`
 * names it (shared/outcome.ts). Anything else fails the item, naming the ids that took effect
 * and those that did not: `access_denied` for an unknown id, the *warning* `release_send_failed`
 * (postfix did not take the message back; it stays quarantined), `spam_learn_error`, or
 * `{"msg": "Task completed"}` (an action mailcow did not recognise: nothing happened).
 */
export function qitemAction(spec: {
	name: string;
	value: string;
	action: string;
	description: string;
	/** edit/qitem's `attr.action`. */
	qitemAction: 'release' | 'learnham' | 'learnspam';
	outcome: Omit<Outcome, 'nouns'>;
}): OperationDeclaration {
	const outcome: Outcome = { ...spec.outcome, nouns: ['quarantine item', 'quarantine items'] };
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const ids = readMailcowBody(this, [quarantineIds]).items as string[];
		return editBody(this, options, ids, { action: spec.qitemAction });
	}
	async function output(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const ids = getItemState(this).items ?? [];
		const entries = provenEntries(this, response, ids, outcome);
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
