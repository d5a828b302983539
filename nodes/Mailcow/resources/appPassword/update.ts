import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { collection, fieldError, topLevel } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { toRecords } from '../../shared/records';
import { mailcowApiRequest, mailcowPath } from '../../shared/transport';
import { ids, mailbox, updateAttributes } from './fields';
import { typedName } from './simplify';

/**
 * edit/app-passwd (undocumented) needs `attr.username` on every edit: without it mailcow sets the
 * mailbox to "API", fails on a foreign key and answers 200 with an empty body. With another
 * mailbox it moves the app password there. So the node reads the mailbox's app passwords first,
 * refuses ids that are not this mailbox's, and sends the mailbox with the edit. An omitted name
 * is read back escaped once more, so each edit would add a layer of `&amp;`: the current name is
 * sent as typed.
 */
async function prepare(context: IExecuteSingleFunctions, attr: IDataObject, wanted: string[]) {
	const owner = String(attr.username);
	const path = mailcowPath(context, 'get', 'app-passwd', 'all', { value: owner, label: 'Mailbox' });
	const records = toRecords(await mailcowApiRequest.call(context, 'GET', path));
	const label = ids.property.displayName;
	const names = wanted.map((id) => {
		const record = records.find((r) => String(r.id) === id);
		if (!record) throw fieldError(context, label, `${owner} has no app password ${id}`);
		return typedName(record.name);
	});
	if (attr.app_passwd !== undefined) attr.app_passwd2 = attr.app_passwd;
	if (attr.app_name === undefined) {
		const distinct = [...new Set(names)];
		if (distinct.length === 1) attr.app_name = distinct[0];
		else if (names.some((name) => /[&<>"']/.test(name)))
			throw fieldError(
				context,
				label,
				'these app passwords have different names with &, <, >, " or \'',
				'Update them one at a time, or set a new App Name: mailcow would escape their names once more.',
			);
	}
	return { mailbox: owner };
}

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update app passwords of a mailbox, overwriting the fields given',
	description:
		'Change the name, password, protocols or active flag of app passwords of a mailbox (one read of the mailbox first)',
	route: '/edit/app-passwd',
	with: topLevel(mailbox),
	ids,
	objects: ['app password', 'app passwords'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'appUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
	finish: prepare,
});
