import type { IDataObject } from 'n8n-workflow';

const flag = (value: unknown) => Number(value) === 1;

/**
 * A sync job of get/syncjobs (read without its log and never `with_password`): mailcow's names
 * in the panel's words, flags as booleans, the interval in minutes. `succeeded` is null until
 * the job has run.
 */
export function simplifySyncJob(r: IDataObject): IDataObject {
	return {
		id: r.id,
		mailbox: r.user2,
		host: r.host1,
		port: Number(r.port1),
		username: r.user1,
		encryption: r.enc1,
		intervalMinutes: Number(r.mins_interval),
		targetSubfolder: r.subfolder2,
		exclude: r.exclude,
		deleteFromSource: flag(r.delete1),
		active: flag(r.active),
		running: flag(r.is_running),
		lastRun: r.last_run ?? null,
		succeeded: r.success === null || r.success === undefined ? null : flag(r.success),
		exitStatus: r.exit_status ?? null,
		created: r.created,
		modified: r.modified ?? null,
	};
}
