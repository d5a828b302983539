/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// `npm start`: n8n 2.41.1 with this package installed, both API emulators with demo data, the
// example workflows and credentials for the emulators. Ctrl-C, or SIGINT/SIGTERM/SIGHUP to the
// npm process, stops everything it started; so does the end of the npm process in any other way.
import fs from 'node:fs';
import path from 'node:path';
import { N8N_VERSION, OWNER, SANDBOX_DIR, paths, ports } from './config';
import {
	demoCredentials,
	loadExamples,
	startDemoEmulators,
	webhookPaths,
	type DemoEmulators,
} from './demo';
import { ensureInstalled, step } from './install';
import {
	importCredentials,
	importWorkflows,
	startServer,
	waitUntilReady,
	type N8nInstance,
} from './n8n';
import { ensureOwner } from './owner';
import { buildAndPack, installInto } from './pack';
import { N8nRest } from './rest';
import { say, warn } from './log';
import { portProblems, sandboxPorts } from './ports';
import { launchers, stopAll, watchLaunchers } from './processes';

const userFolder = process.env.N8N_SANDBOX_HOME
	? path.resolve(process.env.N8N_SANDBOX_HOME)
	: paths.startHome;
const baseUrl = `http://localhost:${ports.n8n}`;
const logFile = path.join(paths.logs, 'n8n.log');

let emulators: DemoEmulators | undefined;
let stopping = false;

async function shutdown(code: number) {
	if (stopping) return;
	stopping = true;
	say('\nStopping n8n and the emulators…');
	await stopAll();
	await emulators?.stop();
	say('Stopped. Nothing is left running.');
	process.exit(code);
}

async function main() {
	// Before anything starts: a port another program holds would otherwise surface minutes later
	// as "n8n exited unexpectedly".
	const problems = await portProblems();
	if (problems.length > 0) {
		warn(problems.join('\n'));
		process.exit(1);
	}
	fs.mkdirSync(SANDBOX_DIR, { recursive: true });
	say(`n8n sandbox in ${path.relative(process.cwd(), SANDBOX_DIR) || SANDBOX_DIR}`);
	await ensureInstalled();

	step(4, 'building and packing this package, installing it as a community package…');
	const tarball = await buildAndPack();
	await installInto(userFolder, tarball);
	say(`  ${path.basename(tarball)} → ${path.relative(process.cwd(), userFolder)}/.n8n/nodes`);

	step(5, 'starting the emulators with demo data, importing credentials and example workflows…');
	emulators = await startDemoEmulators({ mailcow: ports.mailcow, migadu: ports.migadu });
	const instance: N8nInstance = { userFolder, port: ports.n8n, brokerPort: ports.broker };
	await importCredentials(instance, demoCredentials(emulators));
	const credentialNames = demoCredentials(emulators)
		.map((credential) => `│   "${credential.name}"`)
		.join('\n');
	const examples = loadExamples();
	await importWorkflows(
		instance,
		examples.map((example) => example.workflow),
	);
	say(`  ${examples.length} example workflows, ${demoCredentials(emulators).length} credentials`);

	step(
		6,
		`starting n8n ${N8N_VERSION} on ${baseUrl} (log: ${path.relative(process.cwd(), logFile)})…`,
	);
	const server = startServer(instance, logFile);
	server.on('exit', (code) => {
		if (stopping) return;
		warn(`n8n exited unexpectedly (code ${code}); see ${logFile}`);
		// The likeliest cause: another program took one of n8n's ports after the check above.
		void portProblems(sandboxPorts().slice(0, 2)).then((problems) => {
			if (problems.length > 0) warn(problems.join('\n'));
			void shutdown(1);
		});
	});
	await waitUntilReady(baseUrl, server);
	const login = await ensureOwner(baseUrl, OWNER);
	// Examples with a Webhook trigger are published, so their production URLs answer right away.
	const webhooks = login.cookie
		? examples.flatMap((example) =>
				webhookPaths(example.workflow).map((p) => ({ example, path: p })),
			)
		: [];
	if (login.cookie) {
		const rest = new N8nRest(baseUrl, login.cookie);
		for (const id of new Set(webhooks.map((w) => w.example.workflow.id)))
			await rest.activateWorkflow(id);
	}
	const webhookLines = webhooks.length
		? [
				'│ Published webhooks:',
				...webhooks.map((w) => `│   POST ${baseUrl}/webhook/${w.path}   (${w.example.file})`),
			]
		: [];

	say(`
┌──────────────────────────────────────────────────────────────────────
│ n8n ${N8N_VERSION} is running: ${baseUrl}
│ Log in with  ${login.email}  /  ${login.password ?? '(the password you set)'}
│
│ Emulators (demo data, in memory, reset on every start):
│   Mailcow  ${emulators.mailcow.url}     API key ${emulators.mailcow.apiKey}
│   Migadu   ${emulators.migadu.url}/v1  ${emulators.migadu.user} / ${emulators.migadu.apiKey}
│ Imported: the example workflows of examples/ (open one; its sticky note
│ says what to click to run its sample data) and credentials for the emulators:
${[credentialNames, ...webhookLines].join('\n')}
│
│ Press Ctrl-C to stop n8n and the emulators (or send SIGTERM to npm).
└──────────────────────────────────────────────────────────────────────`);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
// A closed terminal or pipe must not turn the shutdown messages into a crash.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
// npm passes SIGINT and SIGTERM on to us, but dies of SIGTERM and SIGHUP itself (and of SIGKILL):
// when the command the user started is gone, stop too.
watchLaunchers(launchers(), () => void shutdown(0));
main().catch(async (error: Error) => {
	warn(`\n${error.message}`);
	await shutdown(1);
});
