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
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--user-data-dir=${profile}`,
		],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
		await page.goto(`${baseUrl}/signin`);
		await page.getByLabel('Email').fill(OWNER.email);
		await page.getByLabel('Password').fill(OWNER.password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

		// Example 1 run against the emulators, then the Mailcow node that created the mailbox.
		await page.goto(`${baseUrl}/workflow/exCrmProvisioning`);
		await page.getByRole('button', { name: /Execute workflow/ }).first().click();
		await page.getByText(/Workflow executed successfully/).first().waitFor({ timeout: 60000 });
		await page.waitForTimeout(1500);
		await shot(page, 'example-1-executed');
		await page.getByText('Create Mailbox', { exact: true }).first().dblclick();
		await page.waitForTimeout(2000);
		await shot(page, 'mailcow-node-panel');
		await page.keyboard.press('Escape');

		// The Migadu node of example 3, after a run against the Migadu emulator.
		await page.goto(`${baseUrl}/workflow/exMigaduOnboarding`);
		await page.getByRole('button', { name: /Execute workflow/ }).first().click();
		await page.getByText(/Workflow executed successfully/).first().waitFor({ timeout: 60000 });
		await page.getByText('Create Mailbox', { exact: true }).first().dblclick();
		await page.waitForTimeout(2000);
		await shot(page, 'migadu-node-panel');
		await page.keyboard.press('Escape');

		// Both nodes in the node creator.
		await page.keyboard.press('Tab');
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
