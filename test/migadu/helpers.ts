import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { MigaduEmulator, MIGADU_KEY, MIGADU_USER } from '../emulators/migadu';
import { json, runNode, type RunNodeOptions, type RunNodeResult } from '../helpers/runNode';

/** A started emulator for one test file, reset before each test. */
export function useMigadu(options: ConstructorParameters<typeof MigaduEmulator>[0] = {}) {
	const migadu = new MigaduEmulator(options);
	beforeAll(async () => {
		await migadu.start();
	});
	afterAll(async () => await migadu.stop());
	beforeEach(() => migadu.reset());
	return migadu;
}

export const credentialsFor = (migadu: MigaduEmulator) => ({
	migaduApi: { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl: `${migadu.url}/v1` },
});

/** Resource-locator values as the n8n UI stores them. */
export const byName = (value: string) => ({ __rl: true, mode: 'name', value });
export const byAddress = (value: string) => ({ __rl: true, mode: 'address', value });

export interface MigaduRun {
	parameters: INodeParameters;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	onError?: RunNodeOptions['onError'];
	/** The node's throttling; off unless a test is about it (the default would throttle at 60/2 min). */
	throttling?: INodeParameters;
	/** The workflow's time zone. */
	timezone?: string;
}

export async function runMigadu(migadu: MigaduEmulator, run: MigaduRun): Promise<RunNodeResult> {
	return await runNode({
		node: 'migadu',
		parameters: { throttling: run.throttling ?? { requestsPerWindow: 0 }, ...run.parameters },
		credentials: credentialsFor(migadu),
		items: run.items,
		continueOnFail: run.continueOnFail,
		timezone: run.timezone,
		onError: run.onError,
	});
}

/** Runs and fails the test with the node's error if there is one; returns the items' JSON. */
export async function runMigaduOk(migadu: MigaduEmulator, run: MigaduRun) {
	const result = await runMigadu(migadu, run);
	if (result.error)
		throw new Error(`Node failed: ${result.error.message}\n${result.error.description ?? ''}`);
	return json(result.items);
}

/** The requests the emulator received, as method + raw path. */
export const calls = (migadu: MigaduEmulator) =>
	migadu.requests.map((r) => `${r.method} ${r.rawPath}`);
