import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { collection } from '../../../shared/fields';
import { messageKey, type MailcowEntry } from '../../shared/messages';
import { update as updateOperation } from '../../shared/operation';
import { getItemState, setItemState } from '../../shared/state';
import { aliases, applyDestination, updateAttributes } from './fields';

/** The entries by which edit/alias reports a destination it dropped. */
const DROPPED = new Set(['goto_invalid', 'alias_goto_identical']);

/**
 * Whether edit/alias saved the change of every alias it names. For each alias in turn mailcow
 * drops every invalid destination (`["goto_invalid", target]`) and the alias's own address
 * (`alias_goto_identical`), then saves the rest with the other changes, or nothing when no
 * destination is left, and answers `["alias_modified", address]` either way. So an alias was saved
 * when fewer destinations were dropped before its `alias_modified` than the edit sent. Any other
 * failure (`alias_invalid`), or an edit without new destinations, is no saved change.
 */
export function savedEveryAlias(
	entries: MailcowEntry[],
	context: IExecuteSingleFunctions,
): boolean {
	const sent = getItemState(context).destinations?.length ?? 0;
	let dropped = 0;
	for (const entry of entries) {
		const key = messageKey(entry.msg);
		if (DROPPED.has(key)) dropped += 1;
		else if (entry.type !== 'success' || key !== 'alias_modified' || dropped >= sent) return false;
		else dropped = 0;
	}
	return true;
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
	saved: savedEveryAlias,
	finish: (context, attr) => {
		applyDestination(context, attr, 'special', false);
		// `goto` is the comma-joined list as sent (the Destinations field's conversion).
		if (typeof attr.goto === 'string')
			setItemState(context, { destinations: attr.goto.split(',') });
	},
});
