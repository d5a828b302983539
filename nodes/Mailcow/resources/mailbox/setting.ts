import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import type { OperationDeclaration } from '../../../shared/describe';
import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { editBody, writeResult } from '../../shared/write';
import { mailboxes } from './fields';

/**
 * A mailbox setting with its own edit route (edit/spam-score, edit/tls_policy, edit/user-acl, …):
 * `POST /edit/<route>` with `{items: [mailboxes], attr}`; mailcow answers one entry per mailbox
 * (`mailbox_modified` or `acl_saved`, `access_denied` for an unknown one) and the failed ones are
 * named. `attr` reads the operation's parameters (with readMailcowBody, so every value is checked
 * before sending: these routes swallow bad values into an empty answer or a silent no-op) and
 * returns mailcow's attributes and what the output item shows besides the mailboxes and
 * mailcow's messages.
 */
export function mailboxSetting(spec: {
	name: string;
	value: string;
	action: string;
	description: string;
	/** The edit route: '/edit/spam-score'. */
	route: string;
	/** The operation's parameters after the Mailboxes locator. */
	properties: INodeProperties[];
	attr: (context: IExecuteSingleFunctions) => { attr: IDataObject; summary: IDataObject };
}): OperationDeclaration {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const ids = readMailcowBody(this, [mailboxes])[mailboxes.key] as string[];
		const { attr, summary } = spec.attr(this);
		setItemState(this, {
			summary: { [mailboxes.key]: ids, ...summary },
			objects: ['mailbox', 'mailboxes'],
		});
		return editBody(this, options, ids, attr);
	}
	return mailcowOperation(
		spec,
		{ method: 'POST', url: spec.route, preSend: buildBody, postReceive: [writeResult] },
		[parameterOf(mailboxes), ...spec.properties],
	);
}
