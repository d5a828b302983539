/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Request validation against mailcow's OpenAPI spec (test/fixtures/mailcow-openapi.yaml) with the
// corrections of ./spec-corrections applied, by openapi-backend in a worker thread (see
// validationWorker.js for why). The spec is parsed and corrected once per process; validators
// are compiled lazily, per operation, on first use.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { correctSpec } from './spec-corrections';

export const MAILCOW_SPEC_PATH = path.join(
	__dirname,
	'..',
	'..',
	'fixtures',
	'mailcow-openapi.yaml',
);

export interface ValidationRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers?: Record<string, string | string[] | undefined>;
	/** The body as JSON (form bodies already turned into the JSON shape). */
	body?: unknown;
}

interface Reply {
	id: number;
	result?: unknown;
	error?: string;
}

class ValidatorThread {
	private readonly worker: Worker;
	private readonly waiting = new Map<
		number,
		{ resolve: (v: unknown) => void; reject: (e: Error) => void }
	>();
	private nextId = 1;
	readonly ready: Promise<void>;

	constructor() {
		this.worker = new Worker(path.join(__dirname, 'validationWorker.js'), {
			workerData: {
				backendPath: require.resolve('openapi-backend'),
				refparserPath: require.resolve('openapi-backend/refparser'),
				specPath: MAILCOW_SPEC_PATH,
			},
		});
		// The thread must never keep a test run or the sandbox alive on its own.
		this.worker.unref();
		this.worker.on('message', (reply: Reply) => {
			const waiter = this.waiting.get(reply.id);
			this.waiting.delete(reply.id);
			if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
			else waiter?.resolve(reply.result);
		});
		this.worker.on('error', (error) => {
			for (const waiter of this.waiting.values()) waiter.reject(error);
			this.waiting.clear();
		});
		this.ready = (async () => {
			const document = (await this.call({ type: 'parse' })) as Parameters<typeof correctSpec>[0];
			correctSpec(document);
			await this.call({ type: 'init', document });
		})();
	}

	async terminate() {
		for (const waiter of this.waiting.values()) waiter.reject(new Error('validator stopped'));
		this.waiting.clear();
		await this.worker.terminate();
	}

	call(message: Record<string, unknown>): Promise<unknown> {
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			this.worker.postMessage({ ...message, id });
		});
	}
}

let thread: ValidatorThread | undefined;

/**
 * Stops the validator thread (the next validation starts a new one). Jest waits for live
 * threads, so the emulator calls this when its last running instance stops.
 */
export async function releaseValidator(): Promise<void> {
	const running = thread;
	thread = undefined;
	await running?.terminate();
}

/** Returns the validation errors, [] when the request is valid, or undefined when the spec has no such operation. */
export async function validateMailcowRequest(
	request: ValidationRequest,
): Promise<string[] | undefined> {
	thread ??= new ValidatorThread();
	await thread.ready;
	const result = (await thread.call({
		type: 'validate',
		request: {
			method: request.method.toUpperCase(),
			path: request.path,
			query: { ...request.query },
			// Structured clone: only plain JSON crosses to the thread.
			body:
				request.body === undefined
					? undefined
					: (JSON.parse(JSON.stringify(request.body)) as unknown),
		},
	})) as string[] | null;
	return result ?? undefined;
}
