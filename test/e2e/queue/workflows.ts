/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- a made-up mailbox password for the emulator */
// Workflows of the queue-mode test, as n8n imports them: the examples with a Webhook in place of
// their Manual Trigger (in queue mode main puts webhook executions on the queue for the workers),
// and a Migadu bulk run (one mailbox create per person in the webhook's body).
import { randomUUID } from 'node:crypto';
import { CREDENTIAL_IDS, CREDENTIAL_NAMES, type Example } from '../../../scripts/sandbox/demo';

type Workflow = Example['workflow'];
interface WorkflowNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	webhookId?: string;
	[key: string]: unknown;
}

/** A POST webhook that answers with the last node's first item once the execution finished. */
function webhook(name: string, path: string, position: [number, number]): WorkflowNode {
	return {
		id: randomUUID(),
		name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2.1,
		position,
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} },
		webhookId: randomUUID(),
	};
}

/**
 * The workflow with its Manual Trigger replaced by a Webhook of the same name (connections refer
 * to names), at POST /webhook/<path>; nothing else changes.
 */
export function withWebhookTrigger(workflow: Workflow, path: string): Workflow {
	const nodes = (workflow.nodes as WorkflowNode[]).map((node) =>
		node.type === 'n8n-nodes-base.manualTrigger'
			? { ...webhook(node.name, path, [0, 0]), id: node.id as string, position: node.position }
			: node,
	);
	return {
		...workflow,
		id: `${workflow.id}Q`.slice(-16),
		name: `${workflow.name} (webhook)`,
		nodes,
	};
}

export interface Throttling {
	requestsPerWindow: number;
	windowSeconds: number;
	processes?: number;
}

/**
 * POST /webhook/<path> with `{ "people": [{ "local": "…", "name": "…" }, …] }` → one Migadu
 * mailbox create per person (password method "password"), with the given Throttling. Errors
 * (Migadu's 403 block page) become items, so every run ends and answers.
 */
export function migaduBulkWorkflow(id: string, path: string, throttling: Throttling): Workflow {
	return {
		id,
		name: `Migadu bulk (${path})`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Webhook: { main: [[{ node: 'People', type: 'main', index: 0 }]] },
			People: { main: [[{ node: 'Create Mailbox', type: 'main', index: 0 }]] },
		},
		nodes: [
			webhook('Webhook', path, [0, 0]),
			{
				id: randomUUID(),
				name: 'People',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.people', options: {} },
			},
			{
				id: randomUUID(),
				name: 'Create Mailbox',
				type: 'n8n-nodes-mailcow-migadu.migadu',
				typeVersion: 1,
				position: [440, 0],
				onError: 'continueRegularOutput',
				parameters: {
					resource: 'mailbox',
					operation: 'create',
					domain: { __rl: true, mode: 'name', value: 'example.com' },
					localPart: '={{ $json.local }}',
					name: '={{ $json.name }}',
					passwordMethod: 'password',
					password: 'Bulk-Pw-q8Z3-9kLm',
					throttling,
				},
				credentials: {
					migaduApi: { id: CREDENTIAL_IDS.migaduApi, name: CREDENTIAL_NAMES.migaduApi },
				},
			},
		],
	};
}
