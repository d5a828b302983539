import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** What mailcow stores as the goto of a special destination. */
const SPECIAL_GOTO: Record<string, string> = {
	'null@localhost': 'null',
	'spam@localhost': 'spam',
	'ham@localhost': 'ham',
};

/** The destination type of a stored goto: null, spam or ham for a special one, else addresses. */
export const destinationType = (goto: unknown): string =>
	SPECIAL_GOTO[String(goto ?? '')] ?? 'addresses';

/**
 * An alias as n8n users read it: flags as booleans, destinations as a list (empty for a special
 * destination, named by destinationType).
 */
export function simplifyAlias(r: IDataObject): IDataObject {
	const goto = String(r.goto ?? '');
	return {
		id: r.id,
		address: r.address,
		domain: r.domain,
		destinationType: destinationType(goto),
		destinations: SPECIAL_GOTO[goto] ? [] : goto.split(',').filter((g) => g !== ''),
		active: flag(r.active),
		catchAll: flag(r.is_catch_all),
		sogoVisible: flag(r.sogo_visible),
		senderAllowed: flag(r.sender_allowed),
		internal: flag(r.internal),
		publicComment: r.public_comment ?? null,
		privateComment: r.private_comment ?? null,
		created: r.created,
		modified: r.modified,
	};
}
