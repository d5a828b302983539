import {
	NodeApiError,
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeProperties,
	type JsonObject,
	type PreSendAction,
} from 'n8n-workflow';
import { networkError, requestUrl, type Service } from './network';
import { bodySecrets, withoutSecrets } from './secrets';

/**
 * How the items of one execution share a server. n8n's RoutingNode starts every item's request
 * at once; this module, wired as each operation's "pagination" (the only hook RoutingNode puts
 * around the HTTP call), makes them behave like a careful client:
 *
 * - The first request of an execution goes alone; the others wait for its answer, so a wrong
 *   key or a blocked IP costs exactly one request.
 * - Writes go out one at a time (or as many as the node's Batching allows), so the server's own
 *   check-then-insert for limits and duplicates holds (mailcow's is not atomic).
 * - After an answer that refuses the key or the caller's IP, nothing more is sent in that
 *   execution: the remaining items fail with the same error without a request. Never a retry.
 * - After an item failed with On Error = Stop, nothing more is sent for the items after it (also
 *   when its preSend failed).
 * - An item's requests outside its routed one follow the same rules (sendForItem): reads and
 *   writes in a preSend, which RoutingNode runs for every item at once before any routed request,
 *   and writes in a postReceive (after a routed read) take a write slot.
 * - Every output item, errors included, carries `pairedItem` pointing at its input item.
 * - Every error of every operation is rebuilt without the request n8n keeps in its `cause`
 *   (headers with the key, the body with passwords), with the credential's secrets and the
 *   body's passwords masked (secrets.ts); a request that got no answer names the URL and the
 *   likely cause (network.ts).
 */
export interface ItemRunnerSpec {
	/** Whether an error means the key or the caller's IP is refused. */
	isRefusal: (error: ItemError, write: boolean) => boolean;
	/** How many writes may be in flight at once (1 = one at a time). */
	writeConcurrency: (context: IExecuteSingleFunctions) => number;
	/** How a request that got no answer names the server (see network.ts). */
	service: Service;
	/** What a write whose connection broke after sending may have done (default: generic). */
	unknownOutcome?: string;
	/** The credentials' secrets for this item (API key, passwords), masked in every error. */
	secrets: (context: IExecuteSingleFunctions) => Promise<string[]>;
	/** Where the routed requests go, from the credential; asked once per execution (see Endpoint). */
	endpoint: (context: IExecuteSingleFunctions) => Promise<Endpoint>;
}

/**
 * What every routed request of an execution shares: the API root from the credential's Base URL
 * (baseUrl.ts) and whether the user opted out of TLS verification. Set by the runner instead of
 * `requestDefaults` expressions, which RoutingNode would evaluate for every item (twice for the
 * base URL); the credential is the same for every item of an execution.
 */
export interface Endpoint {
	baseURL: string;
	/** True only when the user turned on the credential's "Ignore SSL Issues". */
	skipSslCertificateValidation?: boolean;
}

export type ItemError = NodeApiError | NodeOperationError;

/** A counting semaphore whose waiters give up when its run aborts (see `abandon`). */
class Slots {
	private used = 0;
	private readonly waiters: Array<(granted: boolean) => void> = [];

	constructor(private readonly size: number) {}

	/** Resolves with the release function, or null when the run aborted first. */
	async acquire(signal: AbortSignal): Promise<(() => void) | null> {
		if (signal.aborted) return null;
		if (this.used < this.size) {
			this.used++;
			return this.releaser();
		}
		const granted = await new Promise<boolean>((resolve) => this.waiters.push(resolve));
		return granted ? this.releaser() : null;
	}

	/** Every waiter gives up (the run was aborted). */
	abandon(): void {
		for (const waiter of this.waiters.splice(0)) waiter(false);
	}

	private releaser(): () => void {
		let released = false;
		return () => {
			if (released) return;
			released = true;
			const next = this.waiters.shift();
			if (next) next(true);
			else this.used--;
		};
	}
}

/** What the items of one execution of one node share. */
interface Run {
	/** Aborted when the execution is cancelled, a credential was refused or an item stopped it. */
	abort: AbortController;
	cancelled: boolean;
	refused?: ItemError;
	/** The item whose answer was the refusal. */
	refusedItem?: number;
	/** The first item that failed with On Error = Stop; later items are not sent. */
	stopped?: { item: number; error: ItemError };
	/** Open once the first request has its answer. */
	firstAnswer?: Promise<void>;
	/** Items waiting for the first answer, woken early when the run aborts. */
	gate: Array<() => void>;
	/** Created by the first request that needs it, with the node's write concurrency. */
	writes?: Slots;
	/**
	 * Items whose routed request has its turn, and whether that turn holds a write slot: their
	 * postReceive's requests wait for no other turn, a write only for a slot when it holds none.
	 */
	inTurn: Map<number, boolean>;
	/** The credential's endpoint, read by the first item that needs it. */
	endpoint?: Promise<Endpoint>;
}

const runs = new Map<string, Run>();
// Executions end without telling nodes; the newest 100 runs are plenty for concurrent ones.
const MAX_RUNS = 100;

function runOf(context: IExecuteSingleFunctions): Run {
	const node = context.getNode();
	const key = `${context.getExecutionId()}|${node.id}|${node.name}`;
	let run = runs.get(key);
	if (!run) {
		const abort = new AbortController();
		run = {
			abort,
			cancelled: false,
			gate: [],
			inTurn: new Map(),
		};
		const cancel = context.getExecutionCancelSignal();
		const current = run;
		// One listener per run (not per waiting item) wakes everything that waits.
		abort.signal.addEventListener(
			'abort',
			() => {
				current.writes?.abandon();
				for (const wake of current.gate.splice(0)) wake();
			},
			{ once: true },
		);
		const onCancel = () => {
			current.cancelled = true;
			abort.abort();
		};
		if (cancel?.aborted) onCancel();
		else cancel?.addEventListener('abort', onCancel, { once: true });
		runs.set(key, run);
		if (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value as string);
	}
	return run;
}

/**
 * The signal a wait of this item must stop at: the execution was cancelled, a credential was
 * refused or an item stopped the execution.
 */
export function runSignal(context: IExecuteSingleFunctions): AbortSignal {
	return runOf(context).abort.signal;
}

/** Throws the error an item gets instead of a request once its execution may send nothing more. */
export function assertMaySend(context: IExecuteSingleFunctions): void {
	const run = runOf(context);
	if (run.refused) throw refusedAgain(context, run.refused);
	// Like n8n running items in order: items before the failed one still go out.
	if (run.stopped && context.getItemIndex() > run.stopped.item) throw run.stopped.error;
	if (run.cancelled) {
		throw new NodeOperationError(context.getNode(), 'The execution was cancelled', {
			itemIndex: context.getItemIndex(),
			description: 'Nothing was sent for this item.',
		});
	}
}

/** The refusal an earlier item got, for an item that is therefore not sent. */
function refusedAgain(context: IExecuteSingleFunctions, first: ItemError): ItemError {
	const description = `${first.description ?? ''}\nNot sent: an earlier request of this execution was refused, and n8n sends nothing more to this server after that.`;
	if (first instanceof NodeApiError) {
		return new NodeApiError(context.getNode(), { refused: first.httpCode } as JsonObject, {
			message: first.message,
			description,
			httpCode: first.httpCode ?? undefined,
			itemIndex: context.getItemIndex(),
		});
	}
	return new NodeOperationError(context.getNode(), first.message, {
		description,
		itemIndex: context.getItemIndex(),
	});
}

// Errors a preSend threw, kept until the item's turn in the runner (which pairs them).
const preSendErrors = new WeakMap<object, unknown>();

/** RoutingNode hands the runner an object derived from the item's context (the preSend's `this`). */
function preSendErrorOf(context: object): unknown {
	for (
		let owner: object | null = context;
		owner;
		owner = Object.getPrototypeOf(owner) as object | null
	) {
		if (preSendErrors.has(owner)) return preSendErrors.get(owner);
	}
	return undefined;
}

function isItemError(error: unknown): error is ItemError {
	return error instanceof NodeApiError || error instanceof NodeOperationError;
}

function asItemError(context: IExecuteSingleFunctions, error: unknown): ItemError {
	if (isItemError(error)) return error;
	return new NodeOperationError(
		context.getNode(),
		error instanceof Error ? error : new Error(String(error)),
		{ itemIndex: context.getItemIndex() },
	);
}

/**
 * Wraps every preSend of the node's operations: an error is kept for the runner instead of
 * thrown, so that it comes out as an item paired with its input (RoutingNode would drop the
 * pairing). The request is then never sent.
 */
export function guardPreSends(properties: INodeProperties[]): void {
	for (const property of properties) {
		for (const option of (property.options ?? []) as Array<{
			routing?: INodeProperties['routing'];
		}>) {
			const send = option.routing?.send;
			if (send?.preSend) send.preSend = send.preSend.map(guard);
		}
		const send = property.routing?.send;
		if (send?.preSend) send.preSend = send.preSend.map(guard);
	}
}

function guard(preSend: PreSendAction): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (preSendErrors.has(this)) return options;
		try {
			return await preSend.call(this, options);
		} catch (error) {
			const itemError = asItemError(this, error);
			preSendErrors.set(this, itemError);
			// On Error = Stop: the items after this one send nothing, their preSend's requests too.
			// (A refusal was recorded where the request was made, sendForItem.)
			stopAfter(this, runOf(this), itemError, false, true);
			return options;
		}
	};
}

/** Every output item of an input item points back at it. */
function paired(items: INodeExecutionData[], item: number): INodeExecutionData[] {
	return items.map((output) => (output.pairedItem ? output : { ...output, pairedItem: { item } }));
}

/**
 * The runner of one API: wire it as the node's `requestOperations.pagination` (with
 * `send.paginate` on a property every operation shows). `inner` makes the request (default:
 * RoutingNode's own request with the operation's postReceive).
 */
export function itemRunner(
	spec: ItemRunnerSpec,
	inner?: (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	) => Promise<INodeExecutionData[]>,
) {
	return async function runItem(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const item = this.getItemIndex();
		const write = String(requestData.options.method ?? 'GET').toUpperCase() !== 'GET';
		const run = runOf(this);
		try {
			const { baseURL, skipSslCertificateValidation } = await (run.endpoint ??=
				spec.endpoint(this));
			requestData.options.baseURL = baseURL;
			// Only ever turns verification off on the user's word (the node's own option may too).
			if (skipSslCertificateValidation) requestData.options.skipSslCertificateValidation = true;
			// The item's own preSend error first (it may be the refusal that stopped the execution),
			// unless it is the refusal another item got (a read shared between items): then this
			// item was not sent.
			const preSendError = preSendErrorOf(this);
			const refusedElsewhere =
				run.refused !== undefined &&
				run.refusedItem !== item &&
				isItemError(preSendError) &&
				spec.isRefusal(preSendError, write);
			if (preSendError !== undefined && !refusedElsewhere) throw preSendError;
			assertMaySend(this);
			const release = await turn(run, write ? writesOf(run, this, spec) : undefined);
			run.inTurn.set(item, write);
			try {
				assertMaySend(this);
				const send = inner ?? (async (data) => await this.makeRoutingRequest(data));
				return paired(await send.call(this, requestData), item);
			} finally {
				run.inTurn.delete(item);
				release();
			}
		} catch (error) {
			const url = requestUrl(requestData.options);
			const options = { itemIndex: item, write, unknownOutcome: spec.unknownOutcome };
			const named = networkError(this.getNode(), error, url, spec.service, options);
			const raw = named ?? asItemError(this, error);
			// Before any await: the next item may be let through as soon as this one released.
			stopAfter(this, run, raw, spec.isRefusal(raw, write), true);
			const credentialSecrets = await spec.secrets(this).catch(() => [] as string[]);
			const secrets = [...credentialSecrets, ...bodySecrets(requestData.options.body)];
			const itemError = withoutSecrets(this.getNode(), raw, secrets, item);
			if (run.refused === raw) run.refused = itemError;
			if (run.stopped?.item === item && run.stopped.error === raw) run.stopped.error = itemError;
			if (this.continueOnFail()) return [{ json: {}, error: itemError, pairedItem: { item } }];
			throw itemError;
		}
	};
}

/**
 * Sends an item's request made outside its routed one (a read in a preSend, a lookup in a
 * postReceive) under the runner's rules: nothing once the execution may send nothing more;
 * outside the item's own turn it waits like a routed request (the first request of the execution
 * goes alone, a write takes a write slot); an answer refusing the key or the caller's IP stops
 * the execution as a routed one does. `send` makes the request; its result is returned as is,
 * its error thrown as a NodeApiError or NodeOperationError of the item.
 */
export async function sendForItem<T>(
	context: IExecuteSingleFunctions,
	spec: ItemRunnerSpec,
	write: boolean,
	send: () => Promise<T>,
): Promise<T> {
	const run = runOf(context);
	const item = context.getItemIndex();
	assertMaySend(context);
	const held = run.inTurn.get(item);
	const release =
		held === undefined
			? await turn(run, write ? writesOf(run, context, spec) : undefined)
			: write && !held
				? ((await writesOf(run, context, spec).acquire(run.abort.signal)) ?? (() => {}))
				: () => {};
	try {
		assertMaySend(context);
		return await send();
	} catch (error) {
		// Before the release: whoever waits for this answer sees the stop. The runner masks the
		// error (and the run's copy of it) when it throws it for the item. Within the item's turn
		// (a postReceive, which may catch the error and succeed) only a refusal stops anything;
		// the runner stops the later items if the item fails.
		const itemError = asItemError(context, error);
		const refusal = spec.isRefusal(itemError, write);
		stopAfter(context, run, itemError, refusal, held === undefined);
		throw itemError;
	} finally {
		release();
	}
}

/**
 * What a failed request of an item means for the execution: an answer refusing the key or the
 * caller's IP (`refusal`) stops every further request (and wakes every waiter); an item that
 * `fails` with On Error = Stop stops the items after it. Synchronous, so that it holds before
 * anyone waiting for this answer goes on.
 */
function stopAfter(
	context: IExecuteSingleFunctions,
	run: Run,
	error: ItemError,
	refusal: boolean,
	fails: boolean,
): void {
	const item = context.getItemIndex();
	if (!run.refused && refusal) {
		run.refused = error;
		run.refusedItem = item;
		run.abort.abort();
	}
	const stops = fails && !context.continueOnFail() && !run.refused;
	if (stops && (!run.stopped || item < run.stopped.item)) run.stopped = { item, error };
}

/** The run's write slots, as many as the node's write concurrency (read once per run). */
function writesOf(run: Run, context: IExecuteSingleFunctions, spec: ItemRunnerSpec): Slots {
	return (run.writes ??= new Slots(Math.max(1, spec.writeConcurrency(context))));
}

/**
 * Waits for this request's turn: the first request of the run goes alone, a write takes one of
 * `writes` (the run's write slots; none for a read). Returns the release to call once the answer
 * is handled.
 */
async function turn(run: Run, writes: Slots | undefined): Promise<() => void> {
	const signal = run.abort.signal;
	let openFirst: (() => void) | undefined;
	if (!run.firstAnswer) {
		run.firstAnswer = new Promise<void>((resolve) => (openFirst = resolve));
	} else {
		await untilAborted(run, run.firstAnswer);
	}
	const releaseWrite = writes ? await writes.acquire(signal) : () => {};
	return () => {
		releaseWrite?.();
		openFirst?.();
	};
}

/** Waits for `promise`, or until the run aborts (then the caller's next check throws). */
async function untilAborted(run: Run, promise: Promise<void>): Promise<void> {
	if (run.abort.signal.aborted) return;
	await new Promise<void>((resolve) => {
		run.gate.push(resolve);
		void promise.then(() => {
			const index = run.gate.indexOf(resolve);
			if (index >= 0) run.gate.splice(index, 1);
			resolve();
		});
	});
}
