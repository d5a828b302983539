/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Screenshots of the running `npm start` sandbox for docs/screenshots/, taken with headless
// Chromium (Debian's `chromium` package) driven by playwright-core from the dev dependencies'
// tree. Run `npm start` first, then: npx tsx scripts/sandbox/screenshot.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { OWNER, REPO_ROOT, ports } from './config';
import { say } from './log';

const baseUrl = `http://localhost:${ports.n8n}`;
const outDir = path.join(REPO_ROOT, 'docs', 'screenshots');

async function shot(page: Page, name: string) {
	const file = path.join(outDir, `${name}.png`);
	await page.screenshot({ path: file });
	say(`  ${path.relative(REPO_ROOT, file)}`);
}

async function main() {
	fs.mkdirSync(outDir, { recursive: true });
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
	const browser = await chromium.launchPersistentContext(profile, {
		viewport: { width: 1600, height: 1000 },
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	try {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/signin`);
		await page.getByLabel('Email').fill(OWNER.email);
		await page.getByLabel('Password').fill(OWNER.password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

		// Example 4 (both nodes, one manual trigger) run in the editor against the emulators.
		await page.goto(`${baseUrl}/workflow/exOffboarding`);
		await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60000 });
		await page.locator('[data-test-id="execute-workflow-button"]').first().click();
		await page
			.getByText(/executed successfully/i)
			.first()
			.waitFor({ timeout: 60000 });
		await page.waitForTimeout(1500);
		await shot(page, 'example-4-executed');

		for (const [nodeName, file] of [
			['Forward Old Address', 'mailcow-node-panel'],
			['Set Autoresponder', 'migadu-node-panel'],
		]) {
			await page
				.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`)
				.dblclick({ force: true });
			await page.locator('[data-test-id="ndv"]').first().waitFor({ timeout: 30000 });
			await page.waitForTimeout(1500);
			await shot(page, file);
			await page.keyboard.press('Escape');
			await page.waitForTimeout(500);
		}

		// Both nodes in the node creator.
		await page
			.locator('[data-test-id="canvas-plus-button"], [data-test-id="node-creator-plus-button"]')
			.first()
			.click();
		await page.waitForTimeout(1000);
		await page.keyboard.type('mail');
		await page.waitForTimeout(1500);
		await shot(page, 'node-creator');
	} finally {
		await browser.close();
		fs.rmSync(profile, { recursive: true, force: true });
	}
}

main().catch((error: Error) => {
	say(error.stack ?? error.message);
	process.exit(1);
});
