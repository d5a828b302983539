import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import type { OperationDeclaration } from '../../../shared/describe';
import { parameterOf } from '../../../shared/fields';
import { readMailcowBody, type MailcowField } from '../../shared/fields';
import { messageText } from '../../shared/messages';
import { mailcowOperation } from '../../shared/operation';
import { provenEntries } from '../../shared/outcome';
import { getItemState, setItemState } from '../../shared/state';
import { editBody } from '../../shared/write';

/**
 * Ban / Unban / Whitelist: `POST edit/fail2ban {items: [n…], attr: {action, network: [n…]}}`.
 * mailcow answers `["object_modified", n]` per network — also for an unknown action and for an
 * unban of anything — so the addresses are checked before sending (fields.ts) and each must be
 * named by a success entry (shared/outcome.ts). `choose` may pick what is sent (Unban: the
 * active bans holding the addresses) and add to the output item.
 */
export function fail2banAction(spec: {
	name: string;
	value: string;
	action: string;
	description: string;
	/** edit/fail2ban's `attr.action`. */
	f2bAction: 'blacklist' | 'unban' | 'whitelist';
	field: MailcowField;
	/** The past participle for the failure message: "banned". */
	done: string;
	choose?: (
		context: IExecuteSingleFunctions,
		addresses: string[],
	) => Promise<{ send: string[]; summary: IDataObject }>;
	routes?: string[];
}): OperationDeclaration {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const given = readMailcowBody(this, [spec.field]).network as string[];
		const { send, summary } = spec.choose
			? await spec.choose(this, given)
			: { send: given, summary: {} };
		setItemState(this, { summary });
		return editBody(this, options, send, { action: spec.f2bAction, network: send });
	}
	async function output(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const state = getItemState(this);
		const sent = state.items ?? [];
		const entries = provenEntries(this, response, sent, {
			done: spec.done,
			nouns: ['address', 'addresses'],
			proof: ['object_modified'],
		});
		return [
			{
				json: {
					success: true,
					addresses: sent,
					...state.summary,
					messages: entries.map((entry) => messageText(entry.msg)),
				},
				pairedItem: { item: this.getItemIndex() },
			},
		];
	}
	return mailcowOperation(
		spec,
		{ method: 'POST', url: '/edit/fail2ban', preSend: buildBody, postReceive: [output] },
		[parameterOf(spec.field)],
		spec.routes ?? ['/edit/fail2ban'],
	);
}
