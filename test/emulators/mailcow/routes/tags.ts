// Tags of domains and mailboxes: the substring filter of ?tags= and the duplicate-tag quirk.
import type { MailcowRouteContext } from './index';

/** `?tags=a,b` matches any of the tags, as SQL `LIKE %tag%` (so "pro" finds "prod"). */
export function tagsMatch(tags: Set<string>, wanted: string): boolean {
	const needles = wanted
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);
	// An empty filter filters nothing.
	if (needles.length === 0) return true;
	return needles.some((needle) => [...tags].some((tag) => tag.includes(needle)));
}

/**
 * Adding a tag the object already has violates a unique key; mailcow's exception handler
 * swallows it, the answer is an empty 200 and the error waits in the PHP session, in front of
 * the next answer of a client that sends the MCSESSID cookie back.
 */
export function duplicateTagAnswer(context: MailcowRouteContext, entry: string) {
	context.session?.pending.push({
		type: 'danger',
		log: ['exception_handler'],
		msg: [
			'mysql_error',
			{ errorInfo: ['23000', 1062, `Duplicate entry '${entry}' for key 'tag_name'`] },
		],
	});
}
