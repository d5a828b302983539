// Shared fixture of the Mailcow node tests: one emulator per test file, reset before each test,
// and a check after each test that every request passed the emulator's OpenAPI validation.
import type {
	ICredentialDataDecryptedObject,
	INodeExecutionData,
	INodeParameters,
} from 'n8n-workflow';
import { MailcowEmulator, MAILCOW_RO_KEY, MAILCOW_RW_KEY } from '../emulators/mailcow';
import type { RecordedRequest } from '../emulators/core';
import { runNode, type RunNodeOptions, type RunNodeResult } from '../helpers/runNode';

export function useMailcow(): MailcowEmulator {
	const emulator = new MailcowEmulator();
	beforeAll(async () => {
		await emulator.start();
	});
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());
	afterEach(() => expect(emulator.rejected).toEqual([]));
	return emulator;
}

export function credentials(
	emulator: MailcowEmulator,
	apiKey = MAILCOW_RW_KEY,
): Record<string, ICredentialDataDecryptedObject> {
	return { mailcowApi: { baseUrl: emulator.url, apiKey } };
}

export const readOnly = (emulator: MailcowEmulator) => credentials(emulator, MAILCOW_RO_KEY);

export interface RunOptions {
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	onError?: RunNodeOptions['onError'];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
}

/** Runs the Mailcow node once with these parameters against the emulator. */
export async function run(
	emulator: MailcowEmulator,
	parameters: INodeParameters,
	options: RunOptions = {},
): Promise<RunNodeResult> {
	return await runNode({
		node: 'mailcow',
		parameters,
		credentials: options.credentials ?? credentials(emulator),
		items: options.items,
		continueOnFail: options.continueOnFail,
		onError: options.onError,
	});
}

/** Runs and fails the test with the node's error if there is one; returns the items' JSON. */
export async function runOk(
	emulator: MailcowEmulator,
	parameters: INodeParameters,
	options: RunOptions = {},
) {
	const result = await run(emulator, parameters, options);
	if (result.error)
		throw new Error(`Node failed: ${result.error.message}\n${result.error.description ?? ''}`);
	return result.items.map((item) => item.json);
}

/** The requests the emulator received, as method + raw path + body. */
export function wire(
	emulator: MailcowEmulator,
): Array<Pick<RecordedRequest, 'method' | 'rawPath' | 'body'>> {
	return emulator.requests.map(({ method, rawPath, body }) => ({ method, rawPath, body }));
}

/** A resource-locator value typed by name. */
export const byName = (value: string) => ({ __rl: true, mode: 'name', value });
export const byAddress = (value: string) => ({ __rl: true, mode: 'address', value });
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
/** A resource-locator value typed as numeric id(s): relay hosts, transport maps, BCC maps, …. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** n8n input items from plain JSON objects. */
export const items = (...json: Array<Record<string, unknown>>): INodeExecutionData[] =>
	json.map((j) => ({ json: j as INodeExecutionData['json'] }));

/**
 * The Delete test of a resource whose records mailcow keys by numeric id (BCC, recipient, TLS
 * policy and transport maps, relay hosts, OAuth2 clients): the ids go out as mailcow's bare
 * array, the item outputs mailcow's messages and the records are gone.
 */
export function itDeletesByIdWithABareArray(
	emulator: MailcowEmulator,
	expected: {
		/** What the test name calls the records, e.g. "BCC maps". */
		records: string;
		resource: string;
		/** The resource locator parameter holding the ids. */
		idsParameter: string;
		ids: [string, string];
		path: string;
		messages: string[];
		seed: () => void;
		/** How many records of this resource the emulator still holds. */
		remaining: () => number;
	},
) {
	it(`deletes ${expected.records} by id with a bare array`, async () => {
		expected.seed();
		const out = await runOk(emulator, {
			resource: expected.resource,
			operation: 'delete',
			[expected.idsParameter]: byId(expected.ids.join(', ')),
		});
		expect(wire(emulator)).toEqual([
			{ method: 'POST', rawPath: `/api/v1/delete/${expected.path}`, body: expected.ids },
		]);
		expect(out).toEqual([{ success: true, ids: expected.ids, messages: expected.messages }]);
		expect(expected.remaining()).toBe(0);
	});
}
