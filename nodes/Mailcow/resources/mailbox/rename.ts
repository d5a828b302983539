import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { fieldError, parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { asciiName } from '../../shared/idn';
import { messageKey } from '../../shared/messages';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { writeOutput } from '../../shared/write';
import { mailbox, newLocalPart, renameCreateAlias } from './fields';

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const values = readMailcowBody(this, [mailbox, newLocalPart, renameCreateAlias]);
	const address = asciiName(String(values[mailbox.key]));
	const at = address.lastIndexOf('@');
	if (at <= 0 || at === address.length - 1)
		throw fieldError(
			this,
			mailbox.property.displayName,
			'enter the full address (local part@domain)',
		);
	const oldLocal = address.slice(0, at);
	const domain = address.slice(at + 1).toLowerCase();
	// Mailcow stores the new local part with its case, and then neither renames nor finds the
	// mailbox by its stored name again (recorded: Ren3@…): lower case, as add/mailbox stores it.
	const newLocal = String(values[newLocalPart.key]).toLowerCase();
	if (newLocal === oldLocal.toLowerCase())
		throw fieldError(this, newLocalPart.property.displayName, 'is the current local part');
	const newAddress = `${newLocal}@${domain}`;
	setItemState(this, {
		items: [address],
		objects: ['mailbox', 'mailboxes'],
		summary: { mailbox: address, newAddress },
	});
	// Items are ignored by the route; the mailbox is named by domain and old local part.
	options.body = {
		attr: {
			domain,
			old_local_part: oldLocal,
			new_local_part: newLocal,
			create_alias: values[renameCreateAlias.key],
		},
	};
	return options;
}

export const rename = mailcowOperation(
	{
		name: 'Rename',
		value: 'rename',
		action:
			'Rename a mailbox (its mail, aliases, tags and settings move to the new address; the old address stays as an alias if chosen)',
		description:
			'Change the local part of a mailbox; aliases, tags, filters, app passwords and sync jobs follow it. Inactive mailboxes are refused by mailcow.',
	},
	{
		method: 'POST',
		// Undocumented.
		url: '/edit/rename-mbox',
		preSend: buildBody,
		postReceive: [
			// The id of the alias mailcow left at the old address: ["alias_added", old, "<id>"].
			writeOutput({
				enrich: (entries) => {
					const added = entries.find(
						(e) => e.type === 'success' && messageKey(e.msg) === 'alias_added',
					);
					return added && Array.isArray(added.msg) ? { aliasId: Number(added.msg[2]) } : {};
				},
			}),
		],
	},
	[parameterOf(mailbox), parameterOf(newLocalPart), parameterOf(renameCreateAlias)],
);
