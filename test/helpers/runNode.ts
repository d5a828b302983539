// Runs one of our nodes the way n8n runs it: n8n-core's WorkflowExecute over a workflow
// (Manual Trigger → our node), with credentials applied by their real `authenticate` blocks.
// Nothing in the HTTP path is mocked: requests go to the emulators over loopback.
import { Container } from '@n8n/di';
import { BinaryDataService, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IBinaryData,
	type IDataObject,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodeType,
	type INodeTypes,
	type IRequestOptionsSimplified,
	type IRun,
	type IRunExecutionData,
	type IVersionedNodeType,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
	type ExecutionError,
} from 'n8n-workflow';
import { randomUUID } from 'node:crypto';

// The package entry point, as a program would load it (built by `npm test`'s build step).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../index.js') as Record<string, new () => INodeType | ICredentialType>;

/** Every node and credential class of the package, instantiated once from the built output. */
export const nodeTypes: Record<string, INodeType> = {};
export const credentialTypes: Record<string, ICredentialType> = {};
for (const Class of Object.values(pkg)) {
	const instance = new Class();
	if ('description' in instance) nodeTypes[instance.description.name] = instance;
	else credentialTypes[(instance as ICredentialType).name] = instance as ICredentialType;
}

const MANUAL_TRIGGER: INodeType = {
	description: {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: '',
		defaults: { name: 'When clicking ‘Execute workflow’' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	},
	async execute() {
		return [this.getInputData()];
	},
};

export class TestNodeTypes implements INodeTypes {
	getByName(type: string): INodeType | IVersionedNodeType {
		return lookupNodeType(type);
	}
	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(lookupNodeType(type), version);
	}
	getKnownTypes() {
		return {};
	}
}

const extraNodeTypes: Record<string, INodeType> = {};

function lookupNodeType(type: string): INodeType {
	if (type === 'test.manualTrigger') return MANUAL_TRIGGER;
	const name = type.replace(/^test\./, '');
	const nodeType = extraNodeTypes[name] ?? nodeTypes[name];
	if (!nodeType) throw new Error(`Unknown node type ${type}`);
	return nodeType;
}

/** Applies a credential type's generic `authenticate` block exactly as n8n's CLI does. */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = credentialTypes[typeName];
		const authenticate = type?.authenticate;
		if (!authenticate) return requestOptions as IHttpRequestOptions;
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(
						node,
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					)
				: value;
		const options = requestOptions as unknown as Record<string, Record<string, unknown>>;
		for (const [outerKey, inner] of Object.entries(authenticate.properties)) {
			options[outerKey] = options[outerKey] ?? {};
			for (const [key, value] of Object.entries(inner as IDataObject)) {
				options[outerKey][resolve(key) as string] = resolve(value);
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(
		_helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		return credentials;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type]?.properties ?? [];
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return { ...data };
	}

	async getCredentials(): Promise<never> {
		throw new Error('getCredentials is not available in tests');
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	isCredentialUsableByNode(): boolean {
		return true;
	}
}

export interface RunNodeOptions {
	/** Node type name as in its description, e.g. 'mailcow' or 'migadu'. */
	node: string;
	/** A node type that is not part of the package (the credential-test node, say). */
	nodeType?: INodeType;
	parameters: INodeParameters;
	/** Decrypted credential data by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Input items; default one empty item. */
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** The workflow's time zone (Workflow settings → Timezone); n8n's default when omitted. */
	timezone?: string;
	/** Called once the execution started, with a function that cancels it (as n8n's Stop button). */
	onStart?: (cancel: () => void) => void;
	/** The node's On Error setting; 'continueErrorOutput' adds n8n's error output. */
	onError?: INode['onError'];
}

export interface RunNodeResult {
	items: INodeExecutionData[];
	/** Every output of the node (main, then n8n's error output when On Error adds one). */
	outputs: INodeExecutionData[][];
	/** The error the execution ended with (serialised as n8n stores it), if any. */
	error?: ExecutionError & { description?: string; httpCode?: string; context?: IDataObject };
	run: IRun;
}

/** Runs the node once; resolves with its output items, or with the error the run ended with. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const nodeType = options.nodeType ?? nodeTypes[options.node];
	if (!nodeType) throw new Error(`Unknown node ${options.node}`);
	if (options.nodeType) extraNodeTypes[options.node] = options.nodeType;
	const credentials = options.credentials ?? {};
	const trigger: INode = {
		id: randomUUID(),
		name: 'Trigger',
		type: 'test.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const node: INode = {
		id: randomUUID(),
		name: nodeType.description.defaults.name ?? options.node,
		type: `test.${options.node}`,
		typeVersion: latestVersion(nodeType),
		position: [200, 0],
		parameters: options.parameters,
		continueOnFail: options.continueOnFail,
		onError: options.onError,
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `${type}-id`, name: type }]),
		),
	};
	const workflowData: IWorkflowBase = {
		id: 'test-workflow',
		name: 'Test',
		active: false,
		isArchived: false,
		activeVersionId: null,
		nodes: [trigger, node],
		connections: { [trigger.name]: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
		createdAt: new Date(),
		updatedAt: new Date(),
		settings: {},
	} as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		active: false,
		nodeTypes: new TestNodeTypes(),
		settings: options.timezone ? { timezone: options.timezone } : {},
	});

	const executionId = randomUUID();
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const done = new Promise<IRun>((resolve) => {
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run));
	});
	const additionalData = {
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentials),
		executionId,
		restApiUrl: '',
		instanceBaseUrl: '',
		formWaitingBaseUrl: '',
		webhookBaseUrl: '',
		webhookWaitingBaseUrl: '',
		webhookTestBaseUrl: '',
		variables: {},
		currentNodeParameters: undefined,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not supported in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const inputItems = options.items ?? [{ json: {} }];
	const triggerItems = inputItems.map((item, index) => ({ ...item, pairedItem: { item: index } }));
	const runExecutionData: IRunExecutionData = {
		version: 1,
		startData: {},
		// The trigger's run, so n8n can follow pairedItem back to the input (error output, $('…').item).
		resultData: {
			runData: {
				[trigger.name]: [
					{
						startTime: 0,
						executionTime: 0,
						executionIndex: 0,
						source: [],
						data: { main: [triggerItems] },
					},
				],
			},
		},
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [
				{
					node,
					data: {
						main: [inputItems.map((item, index) => ({ ...item, pairedItem: { item: index } }))],
					},
					source: {
						main: [{ previousNode: trigger.name, previousNodeOutput: 0, previousNodeRun: 0 }],
					},
				},
			],
			waitingExecution: {},
			waitingExecutionSource: null,
		},
	} as unknown as IRunExecutionData;

	const workflowExecute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const processing = workflowExecute.processRunExecutionData(workflow);
	options.onStart?.(() => processing.cancel());
	await processing;
	const run = await done;
	const error = run.data.resultData.error as RunNodeResult['error'];
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
	const items = outputs[0] ?? [];
	return { items, outputs, error, run };
}

/** Runs the node and throws when the run ended with an error; returns the output items. */
export async function runNodeOk(options: RunNodeOptions): Promise<INodeExecutionData[]> {
	const result = await runNode(options);
	if (result.error) {
		const error = new Error(
			`Node failed: ${result.error.message}\n${result.error.description ?? ''}`,
		);
		throw error;
	}
	return result.items;
}

/** The JSON of each output item. */
export function json(items: INodeExecutionData[]): IDataObject[] {
	return items.map((item) => item.json);
}

function latestVersion(nodeType: INodeType): number {
	const { version } = nodeType.description;
	return Array.isArray(version) ? version[version.length - 1] : version;
}

let binaryServiceReady: Promise<BinaryDataService> | undefined;

async function binaryService(): Promise<BinaryDataService> {
	binaryServiceReady ??= (async () => {
		const service = Container.get(BinaryDataService);
		await service.init();
		return service;
	})();
	return await binaryServiceReady;
}

export type BinaryMode = 'default' | 'filesystem';

/**
 * An n8n binary property holding `bytes`: inline base64 in 'default' mode, or stored by n8n-core's
 * BinaryDataService in 'filesystem' mode (then `data` is only a marker such as "filesystem-v2").
 */
export async function makeBinary(
	bytes: Buffer,
	meta: { mimeType: string; fileName?: string },
	mode: BinaryMode,
): Promise<IBinaryData> {
	const base: IBinaryData = {
		data: '',
		mimeType: meta.mimeType,
		fileName: meta.fileName,
		fileExtension: meta.fileName?.split('.').pop(),
		fileSize: `${bytes.length} B`,
	};
	if (mode === 'default') return { ...base, data: bytes.toString('base64') };
	const service = await binaryService();
	return await service.store(
		{ type: 'execution', workflowId: 'test-workflow', executionId: randomUUID() },
		bytes,
		base,
	);
}
