import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { parameterOf } from '../../../shared/fields';
import { simplifyField } from '../../shared/descriptions';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { readOne } from '../../shared/read';
import { getItemState, setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { lastLoginDays, mailbox } from './fields';

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const values = readMailcowBody(this, [mailbox, lastLoginDays]);
	const value = String(values[mailbox.key]);
	const days = values[lastLoginDays.key] as number | undefined;
	setItemState(this, { wanted: { what: 'mailbox', value } });
	options.url = mailcowPath(
		this,
		'get',
		'last-login',
		{ value, label: mailbox.property.displayName },
		// A whole number checked by its field, so a fixed segment.
		...(days ? [String(days)] : []),
	);
	return options;
}

/** {ui: {remote, time} | false, sasl: [{real_rip, datetime, service, app_password_name, …}]} */
function simplify(record: IDataObject, context: IExecuteSingleFunctions): IDataObject {
	const ui = record.ui as IDataObject | false | undefined;
	const sasl = (Array.isArray(record.sasl) ? record.sasl : []) as IDataObject[];
	return {
		mailbox: getItemState(context).wanted?.value,
		webLogin: ui ? { ip: ui.remote ?? null, time: ui.time ?? null } : null,
		logins: sasl.map((row) => ({
			ip: row.real_rip ?? null,
			time: row.datetime ?? null,
			service: row.service ?? null,
			appPassword: row.app_password_name ?? null,
			...(row.location !== undefined ? { location: row.location } : {}),
		})),
	};
}

export const getLastLogin = mailcowOperation(
	{
		name: 'Get Last Login',
		value: 'getLastLogin',
		action: 'Get the last logins of a mailbox',
		description:
			"Get the mailbox's last web login and its recent logins by IMAP, SMTP and other services (IP, time, service, app password)",
	},
	{
		method: 'GET',
		// Undocumented. Mailcow gives the same shape for any name (an unknown mailbox has no logins).
		preSend: setUrl,
		postReceive: [readOne(simplify)],
	},
	[parameterOf(mailbox), parameterOf(lastLoginDays), simplifyField],
	['/get/last-login/{mailbox}', '/get/last-login/{mailbox}/{days}'],
);
