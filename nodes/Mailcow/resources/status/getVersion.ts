import type { IDataObject } from 'n8n-workflow';
import { statusRead } from './read';

export const getVersion = statusRead({
	name: 'Get Version',
	value: 'getVersion',
	action: 'Get the mailcow version',
	description: 'Get the version of the mailcow installation (e.g. "2026-07a")',
	route: '/get/status/version',
	records: (body) =>
		body && typeof body === 'object' && 'version' in body
			? [{ version: (body as IDataObject).version }]
			: undefined,
	unreadable: 'Mailcow did not answer its version',
	why: 'The answer held no version: check that the Base URL of the credential is the mailcow web interface.',
});
