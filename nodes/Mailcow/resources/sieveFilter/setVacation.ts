import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { collection, fieldError, fieldGroups, readBody, topLevel } from '../../../shared/fields';
import { asciiName } from '../../shared/idn';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { editBody, writeResult } from '../../shared/write';
import {
	body,
	end,
	mailbox,
	start,
	subject,
	VACATION_KINDS,
	vacationOptions,
	type VacationKind,
} from './fields';
import { filtersOf, VACATION_DESCRIPTION } from './filters';
import { vacationScript } from './vacation';

const fields = fieldGroups<VacationKind>(
	topLevel<VacationKind>(mailbox, subject, body, start, end),
	collection<VacationKind>(
		{ displayName: 'Options', name: 'sieveFilterVacationOptions', placeholder: 'Add Option' },
		vacationOptions,
	),
);

/**
 * Reads the mailbox's filters, then adds the reply as an active postfilter marked with
 * VACATION_DESCRIPTION, or rewrites the one marked so (add/filter or edit/filter). Mailcow keeps
 * one active filter per mailbox and type: the postfilter that was active before is deactivated
 * by mailcow, and the output says which.
 */
async function buildRequest(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const values = readBody(this, VACATION_KINDS, fields.body);
	const owner = asciiName(String(values.username)).toLowerCase();
	const from = values.start as string | undefined;
	const until = values.end as string | undefined;
	if (from && until && until < from)
		throw fieldError(this, end.property.displayName, 'is before the Start Date');
	const addresses = [owner, ...((values.addresses as string[] | undefined) ?? [])];
	const script = vacationScript({
		subject: (values.subject as string | undefined) ?? '',
		body: String(values.body),
		days: Number(values.days),
		addresses: [...new Set(addresses.map((a) => a.toLowerCase()))],
		start: from,
		end: until,
	});
	const existing = await filtersOf(this, owner);
	const mine = existing.find((f) => f.script_desc === VACATION_DESCRIPTION);
	const deactivated = existing.filter(
		(f) => f !== mine && f.filter_type === 'postfilter' && Number(f.active) === 1,
	);
	const warnings = deactivated.map(
		(f) =>
			`Filter ${String(f.id)} "${String(f.script_desc)}" is no longer active: mailcow keeps one active postfilter per mailbox.`,
	);
	const summary: IDataObject = { mailbox: owner, replaced: mine !== undefined, script };
	if (warnings.length) summary.warnings = warnings;
	setItemState(this, { summary, objects: ['filter', 'filters'] });
	const attr = { filter_type: 'postfilter', script_data: script, active: 1 };
	if (mine) {
		options.url = '/edit/filter';
		return editBody(this, options, [String(mine.id)], attr);
	}
	options.url = '/add/filter';
	options.body = { username: owner, ...attr, script_desc: VACATION_DESCRIPTION };
	return options;
}

export const setVacation = mailcowOperation(
	{
		name: 'Set Vacation Reply',
		value: 'setVacation',
		action: 'Set the vacation reply of a mailbox, replacing the one set before',
		description:
			'Write an out-of-office reply as an active postfilter (a sieve vacation script with optional start and end dates); replaces the reply this node set before',
	},
	{ method: 'POST', preSend: buildRequest, postReceive: [writeResult] },
	fields.properties,
	['/get/filters/{mailbox}', '/add/filter', '/edit/filter'],
);
