import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { mailcowApiRequest } from '../../shared/transport';
import { writeResult } from '../../shared/write';
import { banTimeIncrement, manageExternal, settings } from './fields';

/**
 * `POST edit/fail2ban {items: "none", attr: {…}}` (no action: the settings). Omitted numbers
 * and lists keep their value, but mailcow stores an omitted `ban_time_increment` and
 * `manage_external` as 0: the current ones are read first (get/fail2ban) and sent unless the
 * user changes them. The lists are sent newline-joined.
 */
async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const changed = readMailcowBody(this, settings.body);
	if (Object.keys(changed).length === 0)
		throw fieldError(this, 'Settings', 'add at least one setting to change');
	const current = (await mailcowApiRequest.call(this, 'GET', '/get/fail2ban')) as IDataObject;
	const attr: IDataObject = { ...changed };
	for (const key of ['whitelist', 'blacklist'])
		if (Array.isArray(attr[key])) attr[key] = (attr[key] as string[]).join('\n');
	for (const field of [banTimeIncrement, manageExternal]) {
		const now = current?.[field.key];
		if (attr[field.key] === undefined && now !== undefined)
			attr[field.key] = now === true || Number(now) === 1 ? 1 : 0;
	}
	setItemState(this, { summary: changed });
	options.body = { items: 'none', attr };
	return options;
}

export const update = mailcowOperation(
	{
		name: 'Update Settings',
		value: 'update',
		action: 'Update the fail2ban settings, overwriting the values given',
		description:
			'Change ban times, attempts, netban sizes; a whitelist or blacklist given replaces the stored one',
	},
	{ method: 'POST', url: '/edit/fail2ban', preSend: buildBody, postReceive: [writeResult] },
	[...settings.properties],
	['/edit/fail2ban', '/get/fail2ban'],
);
