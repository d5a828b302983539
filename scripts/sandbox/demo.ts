/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-hardcoded-secrets -- demo passwords of the local emulators */
// The demo world of `npm start`, `npm run emulators` and the e2e tests: both emulators with one
// domain each, mailboxes and aliases, the credentials n8n needs to reach them, and the example
// workflows of examples/ as n8n imports them.
import fs from 'node:fs';
import path from 'node:path';
import { MailcowEmulator } from '../../test/emulators/mailcow';
import { seedOperationsDemo } from '../../test/emulators/mailcow/demo-ops';
import { MigaduEmulator } from '../../test/emulators/migadu';
import { newMailbox } from '../../test/emulators/migadu/state';
import { REPO_ROOT } from './config';
import type { CredentialImport } from './n8n';

export const DEMO = {
	mailcow: {
		domain: 'example.org',
		mailboxes: [
			{ username: 'info@example.org', name: 'Example Info', password: 'Demo-Info-Password-1' },
			{ username: 'alice@example.org', name: 'Alice Admin', password: 'Demo-Alice-Password-1' },
			{ username: 'bob@example.org', name: 'Bob Leaving', password: 'Demo-Bob-Password-1' },
		],
		aliases: [
			{ address: 'hello@example.org', goto: 'info@example.org' },
			{ address: 'sales@example.org', goto: 'alice@example.org,info@example.org' },
		],
		/** The mailbox the "Mailcow Sending Mailbox" credential logs in with. */
		sender: { user: 'info@example.org', password: 'Demo-Info-Password-1' },
	},
	/** The Migadu emulator's own demo account (example.com with info@, sales@ and team@), plus: */
	migadu: {
		domain: 'example.com',
		mailboxes: [{ local_part: 'dave', name: 'Dave Leaving' }],
	},
};

/** Credential ids the example workflows refer to (n8n keeps them on import). */
export const CREDENTIAL_IDS = {
	mailcowApi: 'mailcowEmulator1',
	migaduApi: 'migaduEmulator01',
	mailcowMailboxApi: 'mailcowSender001',
};

export const CREDENTIAL_NAMES = {
	mailcowApi: 'Mailcow (emulator)',
	migaduApi: 'Migadu (emulator)',
	mailcowMailboxApi: 'Mailcow info@example.org (emulator)',
};

export function seedMailcow(mailcow: MailcowEmulator) {
	const { domain, mailboxes, aliases } = DEMO.mailcow;
	mailcow.state.addDomain({ name: domain, description: 'Demo domain', dkim: true });
	for (const mailbox of mailboxes) mailcow.state.addMailbox({ ...mailbox, quota: 1024 });
	for (const alias of aliases) mailcow.state.addAlias(alias);
	// App passwords, sync jobs, quarantine, queue, logs, bans, maps, resources, filters, …
	seedOperationsDemo(mailcow.state, domain, mailboxes[0].username, mailboxes[1].username);
}

export function seedMigadu(migadu: MigaduEmulator) {
	const domain = migadu.state.domains.get(DEMO.migadu.domain)!;
	for (const { local_part, name } of DEMO.migadu.mailboxes) {
		domain.mailboxes.set(local_part, {
			record: newMailbox(DEMO.migadu.domain, local_part, { name }),
			identities: new Map(),
			forwardings: new Map(),
		});
	}
}

export interface DemoEmulators {
	mailcow: MailcowEmulator;
	migadu: MigaduEmulator;
	/** Puts both emulators back to the demo data. */
	reset(): void;
	stop(): Promise<void>;
}

/** Starts both emulators with demo data (port 0: a free port each). */
export async function startDemoEmulators(ports: {
	mailcow: number;
	migadu: number;
}): Promise<DemoEmulators> {
	const mailcow = new MailcowEmulator();
	const migadu = new MigaduEmulator();
	const reset = () => {
		mailcow.reset();
		migadu.reset();
		seedMailcow(mailcow);
		seedMigadu(migadu);
	};
	reset();
	await mailcow.start(ports.mailcow);
	// A taken Migadu port must not leave the Mailcow emulator listening.
	await migadu.start(ports.migadu).catch(async (error: Error) => {
		await mailcow.stop();
		return await Promise.reject(error);
	});
	return {
		mailcow,
		migadu,
		reset,
		async stop() {
			await Promise.all([mailcow.stop(), migadu.stop()]);
		},
	};
}

/** The credentials the example workflows use, pointing at the running emulators. */
export function demoCredentials(
	emulators: Pick<DemoEmulators, 'mailcow' | 'migadu'>,
): CredentialImport[] {
	return [
		{
			id: CREDENTIAL_IDS.mailcowApi,
			name: CREDENTIAL_NAMES.mailcowApi,
			type: 'mailcowApi',
			data: {
				baseUrl: emulators.mailcow.url,
				apiKey: emulators.mailcow.apiKey,
				ignoreSslIssues: false,
			},
		},
		{
			id: CREDENTIAL_IDS.migaduApi,
			name: CREDENTIAL_NAMES.migaduApi,
			type: 'migaduApi',
			data: {
				email: emulators.migadu.user,
				apiKey: emulators.migadu.apiKey,
				baseUrl: `${emulators.migadu.url}/v1`,
			},
		},
		{
			id: CREDENTIAL_IDS.mailcowMailboxApi,
			name: CREDENTIAL_NAMES.mailcowMailboxApi,
			type: 'mailcowMailboxApi',
			data: { ...DEMO.mailcow.sender, smtpHost: 'postfix-mailcow', smtpPort: 587 },
		},
	];
}

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

export interface Example {
	file: string;
	workflow: Record<string, unknown> & { id: string; name: string };
}

/** Every examples/*.json, in file-name order. */
export function loadExamples(): Example[] {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({
			file,
			workflow: JSON.parse(
				fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'),
			) as Example['workflow'],
		}));
}

/** Paths of the Webhook nodes of a workflow (their production URL is <n8n>/webhook/<path>). */
export function webhookPaths(workflow: Example['workflow']): string[] {
	const nodes = (workflow.nodes ?? []) as Array<{ type: string; parameters: { path?: string } }>;
	return nodes
		.filter((n) => n.type === 'n8n-nodes-base.webhook' && n.parameters.path)
		.map((n) => n.parameters.path!);
}
