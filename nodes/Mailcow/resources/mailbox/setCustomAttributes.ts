import type { IDataObject } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { customAttributes } from './fields';
import { mailboxSetting } from './setting';

interface Pair {
	name?: unknown;
	value?: unknown;
}

export const setCustomAttributes = mailboxSetting({
	name: 'Set Custom Attributes',
	value: 'setCustomAttributes',
	action: 'Set the custom attributes of mailboxes, replacing all they have',
	description:
		'Give mailboxes name/value attributes (for example for SOGo or address books); the set replaces all current ones, none removes them',
	route: '/edit/mailbox/custom-attribute',
	properties: [customAttributes],
	attr: (context) => {
		const label = customAttributes.displayName;
		const pairs =
			(context.getNodeParameter(customAttributes.name, {}) as { attribute?: Pair[] }).attribute ??
			[];
		const stored: IDataObject = {};
		pairs.forEach((pair, index) => {
			// Mailcow removes spaces from names ("cost center" is stored as costcenter).
			const name = String(pair.name ?? '').replace(/\s/g, '');
			if (name === '') throw fieldError(context, label, `attribute ${index + 1} has no name`);
			if (name in stored)
				throw fieldError(
					context,
					label,
					`"${name}" is given twice (mailcow removes spaces from names)`,
				);
			stored[name] = String(pair.value ?? '');
		});
		const names = Object.keys(stored);
		// Two arrays of the same length: different counts make mailcow answer an empty 200 (a
		// swallowed array_combine error). No attribute: {} clears them (recorded).
		const attr = names.length ? { attribute: names, value: names.map((n) => stored[n]) } : {};
		return { attr, summary: { customAttributes: stored } };
	},
});
