// Drives one of our polling triggers the way n8n does: a Workflow holding the trigger node, one
// n8n-core PollContext per activation (reused for every tick, as n8n's ActiveWorkflows does), the
// poll run through n8n-core's TriggersAndPollers, and the static data persisted when n8n persists
// it (after the activation poll and when a poll emitted). Fetch Test Event uses a PollContext in
// 'manual' mode, as WorkflowExecute builds it for the editor. Requests go to the emulators.
import { Container } from '@n8n/di';
import { ExecutionLifecycleHooks, PollContext, TriggersAndPollers } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
	type WorkflowActivateMode,
} from 'n8n-workflow';
import { randomUUID } from 'node:crypto';
import { nodeTypes, TestCredentialsHelper, TestNodeTypes } from './runNode';

export interface PollOutcome {
	/** The items the poll emitted (null: nothing). */
	items: IDataObject[] | null;
	/** The error the poll threw (n8n shows it on the workflow). */
	error?: Error & { description?: string; httpCode?: string };
}

export class TriggerHarness {
	/** Static data as n8n saved it in the database. */
	saved: IDataObject = {};
	private workflow!: Workflow;
	private context!: PollContext;
	private readonly node: INode;
	private readonly nodeType: INodeType;
	private readonly additionalData: IWorkflowExecuteAdditionalData;

	constructor(
		nodeName: string,
		parameters: INodeParameters,
		credentials: Record<string, ICredentialDataDecryptedObject>,
	) {
		const nodeType = nodeTypes[nodeName];
		if (!nodeType) throw new Error(`Unknown node ${nodeName}`);
		this.nodeType = nodeType;
		this.node = {
			id: randomUUID(),
			name: nodeType.description.defaults.name ?? nodeName,
			type: `test.${nodeName}`,
			typeVersion: 1,
			position: [0, 0],
			parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
			credentials: Object.fromEntries(
				Object.keys(credentials).map((type) => [type, { id: `${type}-id`, name: type }]),
			),
		};
		const workflowData = {
			id: 'trigger-workflow',
			name: 'Trigger test',
			nodes: [this.node],
			connections: {},
		} as unknown as IWorkflowBase;
		this.additionalData = {
			hooks: new ExecutionLifecycleHooks('trigger', randomUUID(), workflowData),
			credentialsHelper: new TestCredentialsHelper(credentials),
			restApiUrl: '',
			instanceBaseUrl: '',
			webhookBaseUrl: '',
			webhookWaitingBaseUrl: '',
			webhookTestBaseUrl: '',
			formWaitingBaseUrl: '',
			variables: {},
		} as unknown as IWorkflowExecuteAdditionalData;
		this.load();
	}

	/** n8n (re)starts: the workflow is built from the saved static data and activated again. */
	private load(activation: WorkflowActivateMode = 'activate') {
		this.workflow = new Workflow({
			id: 'trigger-workflow',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: new TestNodeTypes(),
			staticData: structuredClone(this.saved),
			settings: {},
		});
		this.context = new PollContext(
			this.workflow,
			this.node,
			this.additionalData,
			'trigger',
			activation,
			() => {},
			() => {},
		);
	}

	private persist() {
		this.saved = JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject;
	}

	/** The poll n8n runs when the workflow is activated (its cursor is saved either way). */
	async activate(): Promise<PollOutcome> {
		const outcome = await this.tick();
		this.persist();
		return outcome;
	}

	/** One scheduled poll; static data is saved when it emitted, as n8n does. */
	async tick(): Promise<PollOutcome> {
		try {
			const result = await Container.get(TriggersAndPollers).runPollFunction(
				this.workflow,
				this.node,
				this.context,
			);
			if (result !== null) this.persist();
			return { items: result ? result[0].map((item: INodeExecutionData) => item.json) : null };
		} catch (error) {
			return { items: null, error: error as PollOutcome['error'] };
		}
	}

	/** n8n restarts: what was not saved is lost, and the workflow is activated again on start. */
	async restart(): Promise<PollOutcome> {
		this.load('init');
		return await this.activate();
	}

	/** Fetch Test Event in the editor: a manual-mode poll on the workflow's current static data. */
	async fetchTestEvent(): Promise<PollOutcome> {
		const manual = new PollContext(
			this.workflow,
			this.node,
			this.additionalData,
			'manual',
			'manual',
		);
		const before = JSON.stringify(this.cursor);
		let outcome: PollOutcome;
		try {
			const result = await this.nodeType.poll!.call(manual);
			outcome = { items: result ? result[0].map((item) => item.json) : null };
		} catch (error) {
			outcome = { items: null, error: error as PollOutcome['error'] };
		}
		if (JSON.stringify(this.cursor) !== before)
			throw new Error('Fetch Test Event changed the static data');
		return outcome;
	}

	/** The cursor the trigger keeps in the workflow's static data (live, not yet saved). */
	get cursor(): unknown {
		const data = this.workflow.staticData[`node:${this.node.name}`] as IDataObject | undefined;
		return JSON.parse(JSON.stringify(data?.cursor ?? null));
	}
}
