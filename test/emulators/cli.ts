/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a command-line program */
// `npm run emulators`: both API emulators on fixed ports with the demo data of `npm start`, for
// trying the nodes from an n8n of your own (or curl). Ports: MAILCOW_EMULATOR_PORT (5690) and
// MIGADU_EMULATOR_PORT (5691). Ctrl-C stops them.
import { ports } from '../../scripts/sandbox/config';
import { DEMO, demoCredentials, startDemoEmulators } from '../../scripts/sandbox/demo';

async function main() {
	const emulators = await startDemoEmulators({ mailcow: ports.mailcow, migadu: ports.migadu });
	const [mailcowApi, migaduApi, mailbox] = demoCredentials(emulators);
	console.log(`Mailcow emulator  ${emulators.mailcow.url}
  credential "Mailcow API":     Base URL ${mailcowApi.data.baseUrl}
                                API Key  ${emulators.mailcow.apiKey} (read-write)
                                         ${emulators.mailcow.readOnlyApiKey} (read-only)
  credential "Mailcow Sending Mailbox": ${mailbox.data.user} / ${mailbox.data.password}
  demo data: ${DEMO.mailcow.domain}, mailboxes ${DEMO.mailcow.mailboxes.map((m) => m.username).join(', ')}
             aliases ${DEMO.mailcow.aliases.map((a) => a.address).join(', ')}

Migadu emulator   ${emulators.migadu.url}
  credential "Migadu API":      Account Email ${migaduApi.data.email}
                                API Key       ${migaduApi.data.apiKey}
                                Base URL      ${migaduApi.data.baseUrl}
  demo data: ${emulators.migadu.domains.map((d) => `${d.name as string} (${d.state as string})`).join(', ')}
             mailboxes ${[...emulators.migadu.state.domains.values()].flatMap((d) => [...d.mailboxes.values()].map((m) => m.record.address as string)).join(', ')}

State is in memory: a restart brings back the demo data. Ctrl-C stops both.`);

	const stop = () => {
		void emulators.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
