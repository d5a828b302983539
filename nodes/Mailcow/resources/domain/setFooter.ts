import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { isFailedEntry } from '../../shared/errors';
import { readMailcowBody } from '../../shared/fields';
import { messageKey, type MailcowEntry } from '../../shared/messages';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { editBody, writeOutput } from '../../shared/write';
import { domains, footerHtml, footerOptions, footerPlain } from './fields';

const fields = fieldGroups(
	topLevel(domains, footerHtml, footerPlain),
	collection(
		{ displayName: 'Options', name: 'domainFooterOptions', placeholder: 'Add Option' },
		footerOptions,
	),
);

/** `POST edit/domain/footer` with the whole footer: mailcow replaces it on every edit. */
async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const values = readMailcowBody(this, fields.body);
	const names = values.domains as string[];
	setItemState(this, { summary: { domains: names }, objects: ['domain', 'domains'] });
	return editBody(this, options, names, {
		html: values.html ?? '',
		plain: values.plain ?? '',
		skip_replies: values.skip_replies ?? 0,
		exclude: ((values.exclude as string[] | undefined) ?? []).map((e) => e.toLowerCase()),
	});
}

/**
 * Saved when every domain answered `domain_footer_modified`: an excluded address mailcow does
 * not know (`username_invalid`) is skipped while the footer is still saved — a warning. An
 * invalid or unknown domain stops mailcow there: an error naming the domains that took effect.
 */
function footerSaved(entries: MailcowEntry[]): boolean {
	return entries
		.filter(isFailedEntry)
		.every((entry) => messageKey(entry.msg) === 'username_invalid');
}

export const setFooter = mailcowOperation(
	{
		name: 'Set Footer',
		value: 'setFooter',
		action: 'Set the footer of domains, replacing the footer they had',
		description:
			'Set the footer mailcow appends to mail sent from the domains (HTML and plain text), replacing the whole footer',
	},
	{
		method: 'POST',
		url: '/edit/domain/footer',
		preSend: buildBody,
		postReceive: [writeOutput({ created: footerSaved })],
	},
	fields.properties,
);
