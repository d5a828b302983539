import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type PostReceiveAction,
} from 'n8n-workflow';
import type { OperationDeclaration } from '../../../shared/describe';
import { simplifyField } from '../../shared/descriptions';
import { assertMailcowSuccess } from '../../shared/errors';
import { mailcowOperation } from '../../shared/operation';
import { shape, type Simplifier } from '../../shared/read';

const DOCKERAPI =
	'Mailcow reads this through its dockerapi container, which did not answer: check that dockerapi-mailcow is running (docker compose ps).';

/** What a status read is, and what it makes of mailcow's answer. */
interface StatusRead {
	name: string;
	value: string;
	action: string;
	description: string;
	/** The route below /api/v1 (`/get/status/vmail`). */
	route: string;
	/** The records of the answer, or undefined when mailcow could not read the status. */
	records: (body: unknown) => IDataObject[] | undefined;
	/** The failure's message when `records` found none ("… could not read …"). */
	unreadable: string;
	/** The failure's description (default: dockerapi did not answer). */
	why?: string;
	simplify?: Simplifier;
}

/**
 * A status read: one GET, one item per record; the checks every read makes (HTTP errors, an
 * empty answer) first. Containers and the vmail volume come from mailcow's dockerapi container;
 * when mailcow cannot reach it, it answers `null` or empty figures with HTTP 200
 * (mailcow-observed-2.md, status), which fails the item with `unreadable`.
 */
export function statusRead(spec: StatusRead): OperationDeclaration {
	const postReceive: PostReceiveAction = async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	) {
		// HTTP failures (a refused key) first; mailcow's `null` is not the empty answer of a bad key.
		if (response.body !== null || response.statusCode >= 400)
			assertMailcowSuccess(this.getNode(), response, {
				itemIndex: this.getItemIndex(),
				kind: 'read',
			});
		const records = response.body === null ? undefined : spec.records(response.body);
		if (!records) {
			throw new NodeApiError(
				this.getNode(),
				{ body: JSON.stringify(response.body ?? null).slice(0, 200) },
				{
					message: `${spec.unreadable} (item ${this.getItemIndex()})`,
					description: spec.why ?? DOCKERAPI,
					httpCode: '502',
					itemIndex: this.getItemIndex(),
				},
			);
		}
		return spec.simplify
			? shape(this, records, spec.simplify)
			: records.map((json) => ({ json, pairedItem: { item: this.getItemIndex() } }));
	};
	return mailcowOperation(
		spec,
		{
			method: 'GET',
			url: spec.route,
			preSend: async (options) => options,
			postReceive: [postReceive],
		},
		spec.simplify ? [simplifyField] : [],
	);
}
