// edit/domain/footer: the domain-wide footer (no route reads it back).
import type { Entry } from '../php';
import { asItems, echoItems, editPayload, intval, isValidDomain, str, writeAnswer } from '../php';
import type { MailcowHandler } from './index';

/** Every edit replaces the whole footer; the code reads `exclude` (the spec's mbox_exclude is ignored). */
export const editDomainFooter: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = [
		'mailbox',
		'edit',
		'domain_wide_footer',
		{ domains: echoItems(items), ...attr },
		null,
	];
	const entries: Entry[] = [];
	for (const item of asItems(items).map(str)) {
		const domain = item.toLowerCase();
		// An invalid or unknown domain ends the loop.
		if (!isValidDomain(domain)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'domain_invalid' });
			break;
		}
		if (!state.domains.has(domain)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			break;
		}
		const exclude: string[] = [];
		for (const entry of asItems(attr.exclude).map(str)) {
			const key = entry.toLowerCase();
			if (state.mailboxes.has(key) || state.aliasByAddress(key) || state.aliasDomains.has(key))
				exclude.push(key);
			else entries.push({ type: 'danger', log: entryLog, msg: ['username_invalid', entry] });
		}
		state.domainFooters.set(domain, {
			html: str(attr.html),
			plain: str(attr.plain),
			skip_replies: intval(attr.skip_replies),
			exclude,
		});
		entries.push({ type: 'success', log: entryLog, msg: ['domain_footer_modified', domain] });
	}
	return writeAnswer(entries);
};
