/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The release workflow cannot run here (it needs GitHub and npm): its structure is checked
// instead. n8n verifies a community package only when it was published from a GitHub Action
// with npm provenance, which needs the `id-token: write` permission.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const file = path.join(__dirname, '..', '..', '.github', 'workflows', 'publish.yml');

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, unknown>;
}

function load() {
	const document = parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true });
	expect(document.errors.map((e) => e.message)).toEqual([]);
	expect(document.warnings.map((e) => e.message)).toEqual([]);
	return document.toJS() as {
		on: { push?: { tags?: string[]; branches?: string[] } } & Record<string, unknown>;
		permissions: Record<string, string>;
		jobs: Record<string, { 'runs-on': string; steps: Step[]; permissions?: unknown }>;
	};
}

describe('.github/workflows/publish.yml', () => {
	it('runs only on a pushed version tag', () => {
		const workflow = load();
		expect(Object.keys(workflow.on)).toEqual(['push']);
		expect(workflow.on.push?.branches).toBeUndefined();
		const tags = workflow.on.push?.tags ?? [];
		expect(tags.length).toBeGreaterThan(0);
		// GitHub's tag filters are globs; each must match a version tag and nothing else.
		const glob = (pattern: string) =>
			new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
		for (const tag of tags) {
			expect('v1.2.3').toMatch(glob(tag));
			expect('main').not.toMatch(glob(tag));
		}
	});

	it('grants id-token: write (provenance) and only read access to the contents', () => {
		const workflow = load();
		expect(workflow.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
		for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
	});

	it('builds, lints and tests before publishing with provenance', () => {
		const { jobs } = load();
		expect(Object.keys(jobs)).toHaveLength(1);
		const [job] = Object.values(jobs);
		expect(job['runs-on']).toMatch(/^ubuntu-/);
		const uses = job.steps.filter((s) => s.uses).map((s) => s.uses!.split('@')[0]);
		expect(uses).toEqual(['actions/checkout', 'actions/setup-node']);
		const setupNode = job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))!;
		expect(setupNode.with?.['registry-url']).toBe('https://registry.npmjs.org');
		const runs = job.steps.filter((s) => s.run).map((s) => s.run!.trim());
		const order = ['npm ci', 'npm run build', 'npm run lint', 'npm test'].map((c) =>
			runs.indexOf(c),
		);
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		const publish = job.steps.findIndex((s) => s.run?.startsWith('npm publish'));
		expect(job.steps[publish].run?.trim()).toBe('npm publish --provenance --access public');
		expect(publish).toBe(job.steps.length - 1);
		expect(job.steps[publish].env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
	});
});
