// Both nodes are AI-agent tools. n8n describes a tool operation to the model with
// `getToolDescriptionForNode` ("Set Automatically": the operation's `action`), so every action that
// deletes or overwrites data must say so, and a read must never sound like a change.
import { NodeHelpers, type INode, type INodeProperties } from 'n8n-workflow';
import { nodeTypes } from '../helpers/runNode';

interface Operation {
	node: string;
	resource: string;
	operation: string;
	tool: string;
}

function operations(): Operation[] {
	const list: Operation[] = [];
	for (const [name, nodeType] of Object.entries(nodeTypes)) {
		const props = nodeType.description.properties as INodeProperties[];
		for (const prop of props.filter((p) => p.name === 'operation')) {
			for (const resource of (prop.displayOptions?.show?.resource ?? []) as string[]) {
				for (const option of prop.options as Array<{ value: string }>) {
					const node = {
						parameters: { resource, operation: option.value, descriptionType: 'auto' },
					} as unknown as INode;
					const tool = NodeHelpers.getToolDescriptionForNode(node, nodeType);
					list.push({ node: name, resource, operation: option.value, tool });
				}
			}
		}
	}
	return list;
}

const NOUNS: Record<string, string> = {
	alias: 'alias',
	appPassword: 'app password',
	bccMap: 'bcc map',
	cors: 'cors',
	aliasDomain: 'alias domain',
	timeLimitedAlias: 'time-limited alias',
	dkim: 'dkim key',
	domain: 'domain',
	domainAdmin: 'domain admin',
	mailbox: 'mailbox',
	mailQueue: 'mail queue',
	oauth2Client: 'oauth2 client',
	quarantine: 'quarantine',
	recipientMap: 'recipient map',
	relayHost: 'relay host',
	resource: 'resource',
	tlsPolicyMap: 'tls policy map',
	transportMap: 'transport map',
	forwardingHost: 'forwarding host',
	forwarding: 'forwarding',
	identity: 'identit',
	rewrite: 'rewrite',
	sieveFilter: 'sieve filter',
	mailboxPolicy: 'mailbox policy',
	syncJob: 'sync job',
};

const all = operations();
const deletes = all.filter((o) => o.operation === 'delete');
// Operations that replace what is stored: updates, ACL edits, key copies and settings (Set …).
const overwrites = all.filter(
	(o) => ['update', 'editAcl', 'duplicate'].includes(o.operation) || /^set[A-Z]/.test(o.operation),
);
const reads = all.filter((o) => /^get/.test(o.operation));

describe('tool descriptions for AI agents', () => {
	it('finds every operation of both nodes', () => {
		expect([deletes.length, overwrites.length, reads.length]).toEqual([26, 38, 61]);
	});

	it.each(deletes.map((o) => [`${o.node} ${o.resource}`, o]))(
		'%s → Delete says it deletes permanently and what',
		(_name, o) => {
			expect(o.tool).toMatch(/^Permanently delete \S/);
			// The object is named in the action (alias, mailbox, DKIM key, …).
			expect(o.tool.toLowerCase()).toContain(NOUNS[o.resource]);
		},
	);

	it('Delete Tags says it removes tags and keeps the object', () => {
		const tagDeletes = all.filter((o) => o.operation === 'deleteTags');
		expect(tagDeletes.map((o) => o.resource).sort()).toEqual(['domain', 'mailbox']);
		for (const o of tagDeletes) expect(o.tool).toMatch(/^Remove tags from a (domain|mailbox) \(/);
	});

	it('Delete of a mailbox says the mail goes with it', () => {
		for (const o of deletes.filter((d) => d.resource === 'mailbox'))
			expect(o.tool).toMatch(/all (its|their) mail/);
	});

	it.each(overwrites.map((o) => [`${o.node} ${o.resource} ${o.operation}`, o]))(
		'%s says what it overwrites',
		(_name, o) => {
			expect(o.tool).toMatch(/overwrit|replac/i);
		},
	);

	it.each(reads.map((o) => [`${o.node} ${o.resource} ${o.operation}`, o]))(
		'%s reads without changing anything',
		(_name, o) => {
			expect(o.tool).toMatch(/^(Get|List|Check)\b/);
			expect(o.tool).not.toMatch(/delete|overwrit|replac/i);
		},
	);

	it('the tool version of each node warns that Delete and Update change data', () => {
		// Triggers are never tools (n8n's lint forbids usableAsTool on them).
		const triggers = Object.values(nodeTypes).filter((n) => n.description.polling);
		expect(triggers).toHaveLength(2);
		for (const trigger of triggers) expect(trigger.description.usableAsTool).toBeUndefined();
		for (const nodeType of Object.values(nodeTypes).filter((n) => !n.description.polling)) {
			const usable = nodeType.description.usableAsTool;
			expect(typeof usable).toBe('object');
			const replaced = (usable as { replacements?: { description?: string } }).replacements;
			expect(replaced?.description).toMatch(/Delete .*permanent/);
			expect(replaced?.description).toMatch(/Update .*overwrit/);
		}
	});
});
