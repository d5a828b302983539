import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { generatePassword } from '../../shared/passwords';
import { active, appName, mailbox, password, protocols } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create an app password for a mailbox',
	description:
		'Create a password for one app of a mailbox (mail client, phone); a strong one is generated when none is given',
	route: '/add/app-passwd',
	fields: fieldGroups(
		topLevel(mailbox, appName, password, protocols),
		collection({ displayName: 'Options', name: 'appOptions', placeholder: 'Add Option' }, [active]),
	),
	finish: (_context, body) => {
		// Generated here, returned once in the output item, never logged.
		const generated = body.app_passwd === undefined ? generatePassword() : undefined;
		if (generated) body.app_passwd = generated;
		body.app_passwd2 = body.app_passwd;
		const summary = { mailbox: body.username, appName: body.app_name };
		return generated ? { ...summary, generatedPassword: generated } : summary;
	},
});
