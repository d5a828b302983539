/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Before any e2e test: install Node 24 + n8n on first run (with progress on the terminal), then
// build and pack the package once; the tests unpack that tarball into their own n8n user folders.
import { ensureInstalled, step } from '../../scripts/sandbox/install';
import { buildAndPack } from '../../scripts/sandbox/pack';

export default async function globalSetup() {
	await ensureInstalled(4);
	step(4, 'building and packing the package…');
	process.env.E2E_TARBALL = await buildAndPack();
}
