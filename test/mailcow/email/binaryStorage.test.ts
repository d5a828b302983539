/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the test removes a stored file */
// Binary data across machines: in queue mode a worker may get an item whose file another process
// stored. When the worker cannot read it, n8n itself says only "File not found"; the node's error
// names the storage mode and what queue mode needs.
import fs from 'node:fs';
import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';
import { MailcowEmulator } from '../../emulators/mailcow';
import { makeBinary, runNode } from '../../helpers/runNode';
import { binaryStorageMode } from '../../../nodes/Mailcow/resources/email/attachments';
import { credentials, seed, sendParameters } from './setup';

describe('Mailcow → Email → Send: a binary file this process cannot read', () => {
	const mailcow = new MailcowEmulator();
	beforeAll(async () => {
		await mailcow.start();
	});
	afterAll(async () => await mailcow.stop());
	beforeEach(() => {
		mailcow.reset();
		seed(mailcow);
	});

	const send = async (binary: IBinaryData) =>
		await runNode({
			node: 'mailcow',
			parameters: sendParameters({ attachments: 'named', binaryPropertyNames: 'invoice' }),
			credentials: credentials(mailcow),
			items: [{ json: {}, binary: { invoice: binary } }],
			continueOnFail: true,
		});

	test('filesystem mode, file missing (stored on another machine): names the mode and the queue-mode fix; nothing is sent', async () => {
		const binary = await makeBinary(
			Buffer.from('%PDF-1.4 invoice'),
			{ mimeType: 'application/pdf', fileName: 'invoice.pdf' },
			'filesystem',
		);
		fs.rmSync(Container.get(BinaryDataService).getPath(binary.id!));

		const result = await send(binary);
		expect(mailcow.requests).toEqual([]);
		const error = result.items[0].error!;
		expect(error.message).toBe(
			'Attachments: could not read the file of binary property "invoice" (binary data mode: filesystem): File not found (item 0)',
		);
		expect(error.description).toMatch(
			/^Check the "Attachments" field of item 0\. Nothing was sent\. n8n stores this file in filesystem mode/,
		);
		expect(error.description).toContain('N8N_DEFAULT_BINARY_DATA_MODE=database');
		expect(error.description).toContain('same shared N8N_STORAGE_PATH');
	});

	test.each([
		[
			'database',
			'n8n stores this file in database mode: check that this process uses the same database (DB_* settings) as the one that wrote it, and that the execution data has not been pruned.',
		],
		[
			's3',
			'n8n stores this file in "s3" mode: check that this process has the same s3 settings as the one that wrote it. In queue mode the file may have been stored by another n8n process',
		],
	])(
		'a mode this process has no store for (%s): names the mode and what to check',
		async (mode, hint) => {
			const binary: IBinaryData = {
				data: mode,
				id: `${mode}:workflows/1/executions/2/binary_data/00000000-0000-4000-8000-000000000000`,
				mimeType: 'application/pdf',
				fileName: 'invoice.pdf',
			};
			const result = await send(binary);
			expect(mailcow.requests).toEqual([]);
			const error = result.items[0].error!;
			expect(error.message).toMatch(
				new RegExp(
					`^Attachments: could not read the file of binary property "invoice" \\(binary data mode: ${mode}\\): .+ \\(item 0\\)$`,
				),
			);
			expect(error.description).toContain(`Nothing was sent. ${hint}`);
		},
	);

	// The sizes n8n recorded are checked before any file is read: a worker does not fetch
	// megabytes from the database or a shared volume only to refuse them.
	test('attachments over the size limit are refused by their recorded sizes, before reading', async () => {
		const binary = await makeBinary(
			Buffer.alloc(2 * 1024 * 1024),
			{ mimeType: 'application/pdf', fileName: 'invoice.pdf' },
			'filesystem',
		);
		fs.rmSync(Container.get(BinaryDataService).getPath(binary.id!));
		const result = await runNode({
			node: 'mailcow',
			parameters: sendParameters({
				attachments: 'named',
				binaryPropertyNames: 'invoice',
				options: { maxAttachmentMb: 1 },
			}),
			credentials: credentials(mailcow),
			items: [{ json: {}, binary: { invoice: binary } }],
			continueOnFail: true,
		});
		expect(result.items[0].error?.message).toBe(
			'Max Total Attachment Size (MB): the attachments total 2.00 MB, more than the limit of 1 MB (item 0)',
		);
		expect(mailcow.requests).toEqual([]);
	});

	test('storage modes from binary data ids', () => {
		expect(binaryStorageMode(undefined)).toBe('memory');
		expect(binaryStorageMode('')).toBe('memory');
		expect(binaryStorageMode('filesystem-v2:workflows/1/executions/2/binary_data/x')).toBe(
			'filesystem',
		);
		expect(binaryStorageMode('filesystem:1/x')).toBe('filesystem');
		expect(binaryStorageMode('database:workflows/1/x')).toBe('database');
		expect(binaryStorageMode('s3:workflows/1/x')).toBe('s3');
	});
});
