// Workflows of section 1c, all of one shape: Manual Trigger → Edit Fields (one expression builds
// the CRM rows) → Split Out (one item per row) → the contender, which creates the mailboxes.
import type { IDataObject } from 'n8n-workflow';
import { crmRow, mailcowAutoParameters, mailcowCreateParameters } from '../lib/mailboxes';

export const CREDENTIALS = {
	mailcow: { id: 'benchMailcowApi1', name: 'Mailcow (benchmark emulator)' },
	header: { id: 'benchHeaderAuth1', name: 'Mailcow API key header (benchmark)' },
};

export const CONTENDER = 'Contender';

/**
 * ours / httpRequest: 10 fields, each from its own `{{ $json.x }}` expression. oursAuto: our node
 * in Mapping Mode "Map Automatically" (no expression; the domain is a fixed parameter, as the
 * HTTP Request node's URL is). httpRequestJson: the HTTP Request node sending `{{ $json }}` as its
 * JSON body. oursAutoAllAtOnce: oursAuto with Batching letting every write go at once, as the HTTP
 * Request node sends them (our default is one write at a time, see nodes/shared/items.ts). The
 * last three take rows that already carry password2 (the body mailcow wants).
 */
export type ContenderKind =
	| 'ours'
	| 'httpRequest'
	| 'oursAuto'
	| 'oursAutoAllAtOnce'
	| 'httpRequestJson';

export const CONTENDER_KINDS: ContenderKind[] = [
	'ours',
	'httpRequest',
	'oursAuto',
	'oursAutoAllAtOnce',
	'httpRequestJson',
];

const WORKFLOW_NAMES: Record<ContenderKind, string> = {
	ours: 'Mailcow',
	httpRequest: 'HttpRequest',
	oursAuto: 'MailcowAuto',
	oursAutoAllAtOnce: 'MailcowAutoAllAtOnce',
	httpRequestJson: 'HttpRequestJson',
};

/** One workflow per contender and item count, so that all of them are imported at once. */
export const workflowId = (kind: ContenderKind, items: number) =>
	`bench${WORKFLOW_NAMES[kind]}${items}`;

const takesWholeRow = (kind: ContenderKind) =>
	kind === 'oursAuto' || kind === 'oursAutoAllAtOnce' || kind === 'httpRequestJson';

const FIELD_NAMES = Object.keys(crmRow(0));

/** The rows as one expression of the Edit Fields node (evaluated once per run, not per item). */
function rowsExpression(items: number, withPassword2: boolean): string {
	const row = crmRow(0);
	const parts = FIELD_NAMES.map((key) =>
		key === 'local_part'
			? `local_part: 'user' + i`
			: key === 'name'
				? `name: 'User Number ' + i`
				: key === 'password'
					? `password: 'Bench-Pw-' + i + '-x7Q2zR'`
					: `${key}: ${JSON.stringify(row[key])}`,
	);
	if (withPassword2) parts.push(`password2: 'Bench-Pw-' + i + '-x7Q2zR'`);
	return `={{ Array.from({ length: ${items} }, (_, i) => ({ ${parts.join(', ')} })) }}`;
}

function contenderNode(
	kind: ContenderKind,
	items: number,
	packageName: string,
	emulatorUrl: string,
): IDataObject {
	const base = { id: 'c0000000-0000-4000-8000-000000000004', name: CONTENDER, position: [660, 0] };
	if (kind === 'ours' || kind === 'oursAuto' || kind === 'oursAutoAllAtOnce') {
		const allAtOnce = {
			requestOptions: { batching: { batch: { batchSize: items, batchInterval: 0 } } },
		};
		return {
			...base,
			type: `${packageName}.mailcow`,
			typeVersion: 1,
			parameters:
				kind === 'ours'
					? mailcowCreateParameters
					: kind === 'oursAuto'
						? mailcowAutoParameters
						: { ...mailcowAutoParameters, ...allAtOnce },
			credentials: { mailcowApi: CREDENTIALS.mailcow },
		};
	}
	if (kind === 'httpRequestJson') {
		return {
			...base,
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `${emulatorUrl}/api/v1/add/mailbox`,
				authentication: 'genericCredentialType',
				genericAuthType: 'httpHeaderAuth',
				sendBody: true,
				contentType: 'json',
				specifyBody: 'json',
				jsonBody: '={{ $json }}',
				options: {},
			},
			credentials: { httpHeaderAuth: CREDENTIALS.header },
		};
	}
	// What a user builds with n8n's HTTP Request node: the same 10 fields as body fields, plus the
	// password repeated as password2 (mailcow requires both), the key from a Header Auth credential.
	const fields = [...FIELD_NAMES, 'password2'].map((name) => ({
		name,
		value: `={{ $json.${name === 'password2' ? 'password' : name} }}`,
	}));
	return {
		...base,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: `${emulatorUrl}/api/v1/add/mailbox`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			sendBody: true,
			contentType: 'json',
			specifyBody: 'keypair',
			bodyParameters: { parameters: fields },
			options: {},
		},
		credentials: { httpHeaderAuth: CREDENTIALS.header },
	};
}

export function benchWorkflow(
	kind: ContenderKind,
	items: number,
	packageName: string,
	emulatorUrl: string,
) {
	const nodes = [
		{
			id: 'c0000000-0000-4000-8000-000000000001',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'c0000000-0000-4000-8000-000000000002',
			name: 'CRM Rows',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				mode: 'manual',
				assignments: {
					assignments: [
						{
							id: 'c0000000-0000-4000-8000-0000000000a1',
							name: 'rows',
							type: 'array',
							value: rowsExpression(items, takesWholeRow(kind)),
						},
					],
				},
				options: {},
			},
		},
		{
			id: 'c0000000-0000-4000-8000-000000000003',
			name: 'One Item per Row',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [440, 0],
			parameters: { fieldToSplitOut: 'rows', options: {} },
		},
		contenderNode(kind, items, packageName, emulatorUrl),
	];
	return {
		id: workflowId(kind, items),
		name: `Benchmark: ${items} mailbox creates, ${kind}`,
		active: false,
		nodes,
		connections: {
			Start: { main: [[{ node: 'CRM Rows', type: 'main', index: 0 }]] },
			'CRM Rows': { main: [[{ node: 'One Item per Row', type: 'main', index: 0 }]] },
			'One Item per Row': { main: [[{ node: CONTENDER, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}
