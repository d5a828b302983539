import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { topLevel } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { writeResult } from '../../shared/write';
import { allowedMethods, allowedOrigins } from './fields';

const fields = topLevel(allowedOrigins, allowedMethods);

/**
 * `POST edit/cors {attr: {allowed_origins, allowed_methods}}`, both as lists: mailcow splits a
 * method string on space and comma, so "GET, POST" fails (recorded), and `attr: {}` would reset
 * both to the defaults. There is no read route (get/cors answers 404).
 */
async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const attr = readMailcowBody(this, fields.body);
	setItemState(this, {
		summary: { allowedOrigins: attr.allowed_origins, allowedMethods: attr.allowed_methods },
	});
	options.body = { attr };
	return options;
}

export const update = mailcowOperation(
	{
		name: 'Update',
		value: 'update',
		action: 'Update the CORS settings, replacing the allowed origins and methods',
		description:
			'Set which web origins and HTTP methods browsers may use to call the mailcow API, replacing the current settings',
	},
	{ method: 'POST', url: '/edit/cors', preSend: buildBody, postReceive: [writeResult] },
	fields.properties,
);
