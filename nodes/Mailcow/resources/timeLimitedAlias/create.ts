import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { toRecords } from '../../shared/records';
import { mailcowApiRequest, mailcowPath } from '../../shared/transport';
import { createOptions, description, mailbox, toHours, unit, validity } from './fields';
import { validUntil } from './simplify';

/** The mailbox's aliases before the create, to find the new one after it. */
const before = new WeakMap<IExecuteSingleFunctions, Set<string>>();

async function aliasesOf(context: IExecuteSingleFunctions, owner: string) {
	const path = mailcowPath(context, 'get', 'time_limited_aliases', {
		value: owner,
		label: 'Mailbox',
	});
	return toRecords(await mailcowApiRequest.call(context, 'GET', path));
}

/**
 * add/time_limited_alias does not return the generated address: the mailbox's aliases are read
 * before and after, and the one that is new is output. Creates for the same mailbox running at
 * the same time (Batching) can leave it ambiguous: then the address is null, with a warning.
 */
async function newAddress(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const json = items[0].json;
	const known = before.get(this) ?? new Set<string>();
	const fresh = (await aliasesOf(this, String(json.mailbox))).filter(
		(r) => !known.has(String(r.address)),
	);
	const found: IDataObject =
		fresh.length === 1
			? {
					address: fresh[0].address,
					description: fresh[0].description,
					permanent: Number(fresh[0].permanent) === 1,
					validUntil: validUntil(fresh[0]),
				}
			: {
					address: null,
					warnings: [
						`The alias was created, but ${fresh.length} new aliases of the mailbox were found: read them with Get Many.`,
					],
				};
	const { success, mailbox: owner, messages } = json;
	return [
		{ json: { success, mailbox: owner, ...found, messages }, pairedItem: items[0].pairedItem },
	];
}

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a time-limited alias of a mailbox',
	description:
		'Create a spam alias with a random address that forwards to the mailbox until it expires; outputs the new address',
	route: '/add/time_limited_alias',
	fields: fieldGroups(
		topLevel(mailbox, description, validity, unit),
		collection(
			{ displayName: 'Options', name: 'timeLimitedAliasOptions', placeholder: 'Add Option' },
			createOptions,
		),
	),
	finish: async (context, body) => {
		toHours(context, body);
		const owner = String(body.username).toLowerCase();
		body.username = owner;
		// Mailcow needs the domain (its own or an alias domain of it), else domain_invalid.
		if (body.domain === undefined) body.domain = owner.slice(owner.lastIndexOf('@') + 1);
		before.set(context, new Set((await aliasesOf(context, owner)).map((r) => String(r.address))));
		return { mailbox: owner };
	},
	after: newAddress,
});
