import {
	NodeApiError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { MAILCOW_API } from '../../../shared/baseUrl';
import { parameterOf } from '../../../shared/fields';
import { assertMailcowSuccess } from '../../shared/errors';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { admins, username } from './fields';

/** How long mailcow accepts a token (its web interface redeems it once). */
const VALID_SECONDS = 30;

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	options.body = { username: String(readMailcowBody(this, [username]).username) };
	return options;
}

/**
 * mailcow answers `{"token": "XXXXXX-…"}` (not its usual entry list) or a danger entry
 * (`object_doesnt_exist`). The link is the web interface's address with `?sso_token=`.
 */
async function output(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	assertMailcowSuccess(this.getNode(), response, {
		itemIndex: this.getItemIndex(),
		kind: 'write',
		items: [String(this.getNodeParameter('adminUsername', '', { extractValue: true }))],
		what: admins,
	});
	const token = (response.body as { token?: unknown } | null)?.token;
	if (typeof token !== 'string' || token === '')
		throw new NodeApiError(this.getNode(), { answer: response.body } as JsonObject, {
			message: `Mailcow issued no login token (item ${this.getItemIndex()})`,
			description: 'Mailcow answered without a token; check that the admin exists and is active.',
			itemIndex: this.getItemIndex(),
		});
	const credentials = await this.getCredentials('mailcowApi');
	const web = MAILCOW_API.root(credentials.baseUrl).slice(0, -MAILCOW_API.path.length);
	return [
		{
			json: {
				username: String(this.getNodeParameter('adminUsername', '', { extractValue: true })),
				token,
				loginUrl: `${web}/?sso_token=${encodeURIComponent(token)}`,
				validSeconds: VALID_SECONDS,
			},
			pairedItem: { item: this.getItemIndex() },
		},
	];
}

export const issueLoginLink = mailcowOperation(
	{
		name: 'Issue Login Link',
		value: 'issueLoginLink',
		action: 'Issue a single-use login link for a domain admin (valid 30 seconds)',
		description:
			"Issue a single sign-on token for a domain administrator and the link that signs them in to mailcow's web interface without a password; single use, valid 30 seconds",
	},
	{
		method: 'POST',
		url: '/add/sso/domain-admin',
		preSend: buildBody,
		postReceive: [output],
	},
	[parameterOf(username)],
);
