import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { fieldError } from '../../shared/fields';

/**
 * Mailcow's special alias targets are flags (`goto_null`, `goto_spam`, `goto_ham`) that store
 * null@localhost, spam@localhost or ham@localhost instead of a goto list.
 */
export const SPECIAL_DESTINATIONS = [
	{ name: 'Discard (Null)', value: 'null', description: 'Accept the mail and silently drop it' },
	{
		name: 'Learn as Ham',
		value: 'ham',
		description: 'Train the spam filter that the mail is not spam',
	},
	{
		name: 'Learn as Spam',
		value: 'spam',
		description: 'Train the spam filter that the mail is spam',
	},
];

export function applyDestination(
	context: IExecuteSingleFunctions,
	body: IDataObject,
	special: string | undefined,
	goto: string | undefined,
	required: boolean,
): IDataObject {
	if (special && special !== 'addresses') {
		if (!['null', 'spam', 'ham'].includes(special))
			throw fieldError(
				context,
				'Destination Type',
				`"${special}" is not addresses, null, spam or ham`,
			);
		if (goto)
			throw fieldError(
				context,
				'Destinations',
				`leave empty when the destination type is ${special}`,
			);
		body[`goto_${special}`] = 1;
	} else if (goto) {
		body.goto = goto;
	} else if (required) {
		throw fieldError(context, 'Destinations', 'is required (or choose a special destination type)');
	}
	return body;
}

/** A mailbox-style address, or `@domain.tld` for a catch-all. */
export function checkAliasAddress(value: unknown): string | undefined {
	return /^[^\s@,;/]*@[^\s@,;/]+\.[^\s@,;/]+$/.test(String(value))
		? undefined
		: `"${String(value)}" is not an address such as info@example.com (or @example.com for a catch-all)`;
}
