// Single sign-on for domain admins: add/sso/domain-admin issues a token for the web UI.
import { randomBytes } from 'node:crypto';
import { caughtException, phpJson, phpTypeError, record, str, writeAnswer } from '../php';
import type { MailcowHandler, RouteTable } from './index';

/** Five groups of six upper-case hex digits, like mailcow's API keys. */
const token = () =>
	Array.from({ length: 5 }, () => randomBytes(3).toString('hex').toUpperCase()).join('-');

const addSso: MailcowHandler = ({ state, payload, rest, session }) => {
	// Only the object "domain-admin" has a case; anything else prints nothing.
	if (rest[0] !== 'domain-admin') return { status: 200, body: '' };
	const attr = record(payload);
	if (Array.isArray(attr.username)) {
		// The message is built with htmlspecialchars() on the array: a TypeError.
		return caughtException(
			session,
			phpTypeError(
				'htmlspecialchars(): Argument #1 ($string) must be of type string, array given',
				'/web/inc/functions.domain_admin.inc.php',
				361,
			),
		);
	}
	const username = str(attr.username);
	if (!state.domainAdmins.has(username)) {
		return writeAnswer([
			{
				type: 'danger',
				log: ['domain_admin_sso', 'issue', phpJson(attr)],
				msg: ['object_doesnt_exist', username],
			},
		]);
	}
	// A new single-use token per call (valid 30 s, redeemed by the web UI): not an entry list.
	const issued = token();
	state.ssoTokens.set(issued, username);
	return { status: 200, body: { token: issued } };
};

export const ssoRoutes: RouteTable = { add: { sso: addSso } };
