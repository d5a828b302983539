import type { IDataObject } from 'n8n-workflow';
import { statusRead } from './read';

/** Powers of 1024 of df's -h suffixes, in MiB. */
const MIB: Record<string, number> = {
	B: 1 / 1048576,
	K: 1 / 1024,
	M: 1,
	G: 1024,
	T: 1048576,
	P: 1073741824,
};

/**
 * A size as df -h prints it ("11G", "1.5T", "512K", "0") in MiB, rounded to 0.1; null when it
 * is not one.
 */
export function mebibytes(size: unknown): number | null {
	const match = /^\s*(\d+(?:[.,]\d+)?)\s*([BKMGTP]?)i?B?\s*$/i.exec(String(size ?? ''));
	if (!match) return null;
	const value = Number(match[1].replace(',', '.')) * (MIB[(match[2] || 'B').toUpperCase()] ?? 1);
	return Math.round(value * 10) / 10;
}

/** The vmail volume as `{disk, usedMiB, totalMiB, usedPercent}` (mailcow sends df's strings). */
function simplifyVmail(record: IDataObject): IDataObject {
	const percent = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(String(record.used_percent ?? ''));
	return {
		disk: record.disk,
		usedMiB: mebibytes(record.used),
		totalMiB: mebibytes(record.total),
		usedPercent: percent ? Number(percent[1]) : null,
	};
}

export const getDiskUsage = statusRead({
	name: 'Get Disk Usage',
	value: 'getDiskUsage',
	action: 'Get the disk usage of the vmail volume (where the mailboxes are stored)',
	description: 'Get how full the volume that stores the mailboxes is (MiB used and total, %)',
	route: '/get/status/vmail',
	// Without dockerapi the figures are null: {"disk":"","used":null,…}.
	records: (body) => {
		const record = body as IDataObject | undefined;
		return record && typeof record === 'object' && record.used !== null && record.used !== undefined
			? [record]
			: undefined;
	},
	unreadable: 'Mailcow could not read the disk usage of its vmail volume',
	simplify: simplifyVmail,
});
