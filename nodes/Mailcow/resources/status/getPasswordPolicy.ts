import type { IDataObject } from 'n8n-workflow';
import { statusRead } from './read';

/** mailcow's "0"/"1" strings as a flag. */
const flag = (value: unknown) => String(value) === '1';

/**
 * mailcow's policy (`{length, chars, special_chars, lowerupper, numbers}`, numbers as strings)
 * with the names of its admin page: Minimum Length and what a password requires.
 */
function simplifyPolicy(record: IDataObject): IDataObject {
	return {
		minimumLength: Number(record.length),
		requiresLetters: flag(record.chars),
		requiresSpecialCharacters: flag(record.special_chars),
		requiresLowerAndUpperCase: flag(record.lowerupper),
		requiresNumbers: flag(record.numbers),
	};
}

// get/passwordpolicy is undocumented (recorded in mailcow-observed-2.json); mailcow checks every
// new mailbox, admin and app password against it.
export const getPasswordPolicy = statusRead({
	name: 'Get Password Policy',
	value: 'getPasswordPolicy',
	action: 'Get the password rules mailcow enforces',
	description:
		'Get the rules a new mailbox, admin or app password must meet: minimum length and required character classes',
	route: '/get/passwordpolicy',
	records: (body) =>
		body && typeof body === 'object' && !Array.isArray(body) && 'length' in body
			? [body as IDataObject]
			: undefined,
	unreadable: 'Mailcow did not answer its password policy',
	why: 'The answer was not a password policy: check that the Base URL of the credential is the mailcow web interface.',
	simplify: simplifyPolicy,
});
