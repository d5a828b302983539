import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { collection, fieldError } from '../../../shared/fields';
import { messageKey, type MailcowEntry } from '../../shared/messages';
import { update as updateOperation } from '../../shared/operation';
import { toRecords } from '../../shared/records';
import { getItemState, setItemState } from '../../shared/state';
import { mailcowApiRequest, mailcowPath } from '../../shared/transport';
import { aliases, applyDestination, updateAttributes } from './fields';
import { destinationType } from './simplify';

/** The entries by which edit/alias reports a destination it dropped. */
const DROPPED = new Set(['goto_invalid', 'alias_goto_identical']);

/**
 * The alias each entry of edit/alias's answer is about, as its position among the ids sent:
 * mailcow reports an alias's dropped destinations just before the alias's own entry, which ends
 * that alias.
 */
function aliasPositions(entries: MailcowEntry[]): number[] {
	let alias = 0;
	return entries.map((entry) => (DROPPED.has(messageKey(entry.msg)) ? alias : alias++));
}

/**
 * The aliases whose change edit/alias did not save, of the ids sent (in their order). mailcow
 * handles the aliases in turn: for each it drops every invalid destination (`["goto_invalid",
 * target]`) and the alias's own address (`alias_goto_identical`), then saves the rest with the
 * other changes, or nothing when no destination is left, and answers `["alias_modified",
 * address]` either way. So an alias was saved when fewer destinations were dropped before its
 * `alias_modified` than the edit sent. Without new destinations mailcow checks the stored ones
 * again, and any dropped one counts as nothing saved (a discard alias's null@localhost fails the
 * check, which leaves nothing). Any other entry (`alias_invalid`, `access_denied`) ends that alias
 * unsaved; aliases with no entry of their own (mailcow stopped early) count as unsaved too.
 */
export function unsavedAliases(
	entries: MailcowEntry[],
	context: IExecuteSingleFunctions,
): string[] {
	const { items = [], destinations } = getItemState(context);
	const sent = destinations?.length;
	const positions = aliasPositions(entries);
	const dropped = new Map<number, number>();
	const saved = new Set<number>();
	entries.forEach((entry, i) => {
		const alias = positions[i];
		const key = messageKey(entry.msg);
		if (DROPPED.has(key)) dropped.set(alias, (dropped.get(alias) ?? 0) + 1);
		else if (entry.type === 'success' && key === 'alias_modified') {
			const count = dropped.get(alias) ?? 0;
			if (sent === undefined ? count === 0 : count < sent) saved.add(alias);
		}
	});
	return items.filter((_id, index) => !saved.has(index));
}

/**
 * edit/alias's answer with each unknown alias named. mailcow reports an unknown alias as
 * `["alias_invalid", $address]` with the address left from the alias before it (null for the
 * first), so in an edit of several aliases an `alias_invalid` naming anything is about the alias
 * at its position (aliasPositions), and the node names that one. (mailcow also answers
 * `alias_invalid` for a New Address it refuses, naming it; a New Address goes with one alias only,
 * see update.)
 */
export function nameUnknownAliases(
	entries: MailcowEntry[],
	context: IExecuteSingleFunctions,
): MailcowEntry[] {
	const { items = [] } = getItemState(context);
	if (items.length < 2) return entries;
	const positions = aliasPositions(entries);
	return entries.map((entry, i) => {
		const id = items[positions[i]];
		const misnamed =
			messageKey(entry.msg) === 'alias_invalid' &&
			Array.isArray(entry.msg) &&
			entry.msg[1] !== null;
		return misnamed && id !== undefined ? { ...entry, msg: ['alias_invalid', id] } : entry;
	});
}

/**
 * Keeps a special destination through an edit that sends none. Without destinations mailcow
 * checks the stored ones again, and null@localhost (or spam@, ham@) fails that check, so it would
 * save nothing for a discard or learning alias. So the aliases are read first (GET
 * get/alias/{id}, one after the other): when they all have the same special destination, its flag
 * (`goto_null` …) is sent again; aliases of different destination types are refused before any
 * edit, naming them.
 * Unknown aliases are left to mailcow's own answer (`alias_invalid`).
 */
async function keepSpecialDestination(
	context: IExecuteSingleFunctions,
	attr: IDataObject,
	ids: string[],
): Promise<void> {
	if (attr.goto !== undefined || Object.keys(attr).some((key) => key.startsWith('goto_'))) return;
	const label = aliases.property.displayName;
	const known: Array<{ id: string; type: string }> = [];
	for (const id of ids) {
		const path = mailcowPath(context, 'get', 'alias', { value: id, label });
		const [record] = toRecords(await mailcowApiRequest.call(context, 'GET', path));
		if (record) known.push({ id, type: destinationType(record.goto) });
	}
	const special = known.find((t) => t.type !== 'addresses');
	if (!special) return;
	if (known.some((t) => t.type !== special.type))
		throw fieldError(
			context,
			'Special Destination',
			`is needed to update aliases of different destination types together (${known.map((t) => `${t.id}: ${t.type}`).join(', ')})`,
			'Without destinations mailcow checks the stored ones again and saves nothing for an alias whose special destination is not sent. Update these aliases in separate items, or set Destinations or Special Destination.',
		);
	attr[`goto_${special.type}`] = 1;
}

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update aliases, overwriting the fields given (destinations replace the current ones)',
	description: 'Change destinations, address, flags or comments of one or more aliases',
	route: '/edit/alias',
	ids: aliases,
	objects: ['alias', 'aliases'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'aliasUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
	unsaved: unsavedAliases,
	correct: nameUnknownAliases,
	finish: async (context, attr, ids) => {
		applyDestination(context, attr, 'special', false);
		// Several aliases cannot take one address: mailcow would rename the first and refuse the rest.
		if (attr.address !== undefined && ids.length > 1)
			throw fieldError(context, 'New Address', 'renames one alias; give one alias per item');
		await keepSpecialDestination(context, attr, ids);
		// `goto` is the comma-joined list as sent (the Destinations field's conversion).
		if (typeof attr.goto === 'string')
			setItemState(context, { destinations: attr.goto.split(',') });
	},
});
