import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { fieldGroups, topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { sameName } from '../../shared/read';
import { toRecords } from '../../shared/records';
import { mailcowApiRequest, mailcowPath } from '../../shared/transport';
import {
	active,
	deleteFromSource,
	encryption,
	exclude,
	host,
	interval,
	mailbox,
	options,
	password,
	port,
	subfolder,
	username,
} from './fields';

/**
 * mailcow answers `["mailbox_modified", mailbox]`, not the new job: its id is read from the
 * mailbox's jobs (mailcow allows one job per mailbox, host and username). If that read fails the
 * job still stands; the output says so in `warnings`.
 */
async function withId(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const created = items[0].json;
	try {
		const path = mailcowPath(
			this,
			'get',
			'syncjobs',
			{ value: String(created.mailbox), label: 'Mailbox' },
			'no_log',
		);
		const job = toRecords(await mailcowApiRequest.call(this, 'GET', path)).find(
			(j) =>
				sameName(String(created.mailbox), j.user2) &&
				String(j.host1) === created.host &&
				String(j.user1) === created.username,
		);
		if (!job) throw new Error('the mailbox lists no such job');
		return [{ json: { ...created, id: job.id }, pairedItem: items[0].pairedItem }];
	} catch (error) {
		const warning = `The sync job was created, but reading its id failed: ${(error as Error).message}`;
		const warnings = [...((created.warnings as string[] | undefined) ?? []), warning];
		return [{ json: { ...created, warnings }, pairedItem: items[0].pairedItem }];
	}
}

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a sync job copying mail from another IMAP server into a mailbox',
	description:
		'Migrate a mailbox with imapsync: mailcow copies the mail from another IMAP server at every interval',
	route: '/add/syncjob',
	fields: fieldGroups(
		topLevel(
			mailbox,
			host,
			port,
			username,
			password,
			encryption,
			interval,
			subfolder,
			exclude,
			deleteFromSource,
			active,
		),
		options,
	),
	finish: (_context, body) => {
		// exclude goes into a NOT NULL column unchecked: without it mailcow answers an empty 200
		// and stores nothing. Empty means "exclude nothing".
		body.exclude ??= '';
		// mailcow lowercases the host.
		return {
			mailbox: body.username,
			host: String(body.host1).toLowerCase(),
			username: body.user1,
		};
	},
	after: withId,
});
