/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- made-up passwords of benchmark data */
// The per-item workload of section 1: CRM rows of 10 fields, each fed into the node by its own
// `{{ $json.x }}` expression, turned into mailcow mailbox creates.
import type { IDataObject, INodeParameters } from 'n8n-workflow';

export const BENCH_DOMAIN = 'bench.example';

/** The mailbox Email → Send sends from in section 2. */
export const SENDER = { user: 'bench-sender@bench.example', password: 'Bench-Sender-Password-1' };

/** One CRM row; the values are already what mailcow expects, so every contender sends the same. */
export function crmRow(i: number): IDataObject {
	return {
		domain: BENCH_DOMAIN,
		local_part: `user${i}`,
		name: `User Number ${i}`,
		password: `Bench-Pw-${i}-x7Q2zR`,
		quota: 1024,
		active: 1,
		force_pw_update: 0,
		sogo_access: 1,
		quarantine_notification: 'daily',
		tags: ['crm', 'import'],
	};
}

export const crmRows = (n: number) => Array.from({ length: n }, (_, i) => crmRow(i));

/** Mailcow → Mailbox → Create with the 10 fields from expressions. */
export const mailcowCreateParameters: INodeParameters = {
	resource: 'mailbox',
	operation: 'create',
	mailboxDomain: { __rl: true, mode: 'name', value: '={{ $json.domain }}' },
	localPart: '={{ $json.local_part }}',
	mailboxName: '={{ $json.name }}',
	mailboxPassword: '={{ $json.password }}',
	mailboxQuota: '={{ $json.quota }}',
	mailboxOptions: {
		active: '={{ $json.active }}',
		force_pw_update: '={{ $json.force_pw_update }}',
		sogo_access: '={{ $json.sogo_access }}',
		quarantine_notification: '={{ $json.quarantine_notification }}',
		tags: '={{ $json.tags }}',
	},
};

/**
 * Mailcow → Mailbox → Create in Mapping Mode "Map Automatically": the row's keys are mailcow's
 * names; the domain is a fixed parameter (no expression per item).
 */
export const mailcowAutoParameters: INodeParameters = {
	resource: 'mailbox',
	operation: 'create',
	mailboxDomain: { __rl: true, mode: 'name', value: BENCH_DOMAIN },
	mappingMode: 'autoMapInputData',
};

/** The body mailcow's add/mailbox receives for a row (what the raw-HTTP floor sends). */
export function addMailboxBody(row: IDataObject): IDataObject {
	return { ...row, password2: row.password };
}

/** Keys sorted recursively, so two bodies compare equal whatever their key order. */
export function canonical(value: unknown): string {
	const sort = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(sort)
			: v && typeof v === 'object'
				? Object.fromEntries(
						Object.keys(v as object)
							.sort()
							.map((k) => [k, sort((v as IDataObject)[k])]),
					)
				: v;
	return JSON.stringify(sort(value));
}
