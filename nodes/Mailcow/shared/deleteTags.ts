import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDeclaration } from '../../shared/describe';
import { parameterOf } from '../../shared/fields';
import { readMailcowBody, type MailcowField } from './fields';
import { asciiName } from './idn';
import { mailcowOperation } from './operation';
import { setItemState } from './state';
import { mailcowPath } from './transport';
import { writeResult } from './write';

/**
 * Delete Tags of one domain or mailbox: `POST /delete/{domain|mailbox}/tag/{name}` with a bare
 * array of tags. The name travels in the path, so it goes through mailcowPath (one segment naming
 * exactly that object, or the item fails before sending). Mailcow answers
 * `["{domain|mailbox}_modified", name]` even for tags the object does not have, the generic
 * "Cannot delete item" for `[]` (refused here before sending: Tags to Delete is required), and
 * for a mailbox a plain "email invalid" when the name is not an address.
 */
export function deleteTagsOf(spec: {
	category: 'domain' | 'mailbox';
	/** The field naming the object (declared `required`); its label names it in errors. */
	locator: MailcowField;
	/** The tags (a required list). */
	tags: MailcowField;
	action: string;
	description: string;
}): OperationDeclaration {
	const { category } = spec;
	async function buildRequest(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const values = readMailcowBody(this, [spec.locator, spec.tags]);
		const name = String(values[spec.locator.key]);
		const tags = values[spec.tags.key] as string[];
		options.url = mailcowPath(this, 'delete', category, 'tag', {
			value: name,
			label: spec.locator.property.displayName,
		});
		options.body = tags;
		setItemState(this, {
			items: [asciiName(name)],
			objects: category === 'domain' ? ['domain', 'domains'] : ['mailbox', 'mailboxes'],
			summary: { [category]: name, tags },
		});
		return options;
	}
	return mailcowOperation(
		{
			name: 'Delete Tags',
			value: 'deleteTags',
			action: spec.action,
			description: spec.description,
		},
		{ method: 'POST', preSend: buildRequest, postReceive: [writeResult] },
		[parameterOf(spec.locator), parameterOf(spec.tags)],
		[`/delete/${category}/tag/{${category}}`],
	);
}
