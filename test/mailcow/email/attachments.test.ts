import { randomBytes } from 'node:crypto';
import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';
import { MailcowEmulator } from '../../emulators/mailcow';
import { json, makeBinary, runNode, runNodeOk, type BinaryMode } from '../../helpers/runNode';
import { credentials, seed, sendParameters, sendRequest, sent } from './setup';

// A small but well-formed PDF (one empty page), as an invoice generator would produce it.
const PDF = Buffer.from(
	[
		'%PDF-1.4',
		'1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
		'2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
		'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj',
		'xref',
		'0 4',
		'0000000000 65535 f ',
		'0000000009 00000 n ',
		'0000000052 00000 n ',
		'0000000101 00000 n ',
		'trailer<</Size 4/Root 1 0 R>>',
		'startxref',
		'170',
		'%%EOF',
		'',
	].join('\n'),
	'latin1',
);

describe('Mailcow → Email → Send with attachments from binary data', () => {
	const mailcow = new MailcowEmulator();
	beforeAll(async () => {
		await mailcow.start();
	});
	afterAll(async () => await mailcow.stop());
	beforeEach(() => {
		mailcow.reset();
		seed(mailcow);
	});

	describe.each<BinaryMode>(['default', 'filesystem'])('stored in %s mode', (mode) => {
		it('delivers a 1 MB random file byte for byte', async () => {
			const bytes = randomBytes(1024 * 1024);
			const binary = await makeBinary(
				bytes,
				{ mimeType: 'application/octet-stream', fileName: 'random.bin' },
				mode,
			);
			if (mode === 'filesystem') expect(binary.data).not.toBe(bytes.toString('base64'));
			const items = await runNodeOk({
				node: 'mailcow',
				parameters: sendParameters({ attachments: 'named', binaryPropertyNames: 'data' }),
				credentials: credentials(mailcow),
				items: [{ json: {}, binary: { data: binary } }],
			});
			const [attachment] = sent(mailcow)[0].attachments;
			expect(attachment.filename).toBe('random.bin');
			expect(attachment.contentType).toBe('application/octet-stream');
			expect(attachment.content.length).toBe(bytes.length);
			expect(attachment.content.equals(bytes)).toBe(true);
			expect(json(items)[0].attachments).toEqual([
				{
					fileName: 'random.bin',
					mimeType: 'application/octet-stream',
					size: 1024 * 1024,
					binaryProperty: 'data',
				},
			]);
			// The wire format is the documented one: base64 content with filename and content_type.
			const wire = (sendRequest(mailcow).body.attachments as Array<Record<string, string>>)[0];
			expect(wire).toEqual({
				filename: 'random.bin',
				content_type: 'application/octet-stream',
				content: bytes.toString('base64'),
			});
		});

		it('delivers a small PDF with its name and content type', async () => {
			await runNodeOk({
				node: 'mailcow',
				parameters: sendParameters({ attachments: 'named', binaryPropertyNames: 'invoice' }),
				credentials: credentials(mailcow),
				items: [
					{
						json: {},
						binary: {
							invoice: await makeBinary(
								PDF,
								{ mimeType: 'application/pdf', fileName: 'invoice.pdf' },
								mode,
							),
						},
					},
				],
			});
			const [attachment] = sent(mailcow)[0].attachments;
			expect(attachment).toEqual({
				filename: 'invoice.pdf',
				contentType: 'application/pdf',
				content: PDF,
			});
		});

		it('delivers several files from several binary properties in one email, in the given order', async () => {
			const csv = Buffer.from('order,total\nA-1042,59.90\n');
			const png = randomBytes(3001);
			const binary = {
				report: await makeBinary(csv, { mimeType: 'text/csv', fileName: 'report.csv' }, mode),
				invoice: await makeBinary(
					PDF,
					{ mimeType: 'application/pdf', fileName: 'invoice.pdf' },
					mode,
				),
				logo: await makeBinary(png, { mimeType: 'image/png', fileName: 'logo.png' }, mode),
			};
			const items = await runNodeOk({
				node: 'mailcow',
				parameters: sendParameters({
					attachments: 'named',
					binaryPropertyNames: 'invoice, report,logo',
				}),
				credentials: credentials(mailcow),
				items: [{ json: {}, binary }],
			});
			expect(sent(mailcow)).toHaveLength(1);
			const files = sent(mailcow)[0].attachments;
			expect(files.map((f) => [f.filename, f.contentType])).toEqual([
				['invoice.pdf', 'application/pdf'],
				['report.csv', 'text/csv'],
				['logo.png', 'image/png'],
			]);
			expect(files[0].content.equals(PDF)).toBe(true);
			expect(files[1].content.equals(csv)).toBe(true);
			expect(files[2].content.equals(png)).toBe(true);
			expect((json(items)[0].attachments as unknown[]).length).toBe(3);
		});
	});

	it('attaches every binary property of the item with "All Binary Properties"', async () => {
		const a = randomBytes(10);
		const b = randomBytes(20);
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({ attachments: 'all' }),
			credentials: credentials(mailcow),
			items: [
				{
					json: {},
					binary: {
						first: await makeBinary(
							a,
							{ mimeType: 'application/zip', fileName: 'a.zip' },
							'default',
						),
						second: await makeBinary(
							b,
							{ mimeType: 'text/plain', fileName: 'b.txt' },
							'filesystem',
						),
					},
				},
			],
		});
		const files = sent(mailcow)[0].attachments;
		expect(files.map((f) => f.filename)).toEqual(['a.zip', 'b.txt']);
		expect(files[0].content.equals(a) && files[1].content.equals(b)).toBe(true);
	});

	it('sends items without binary data as plain emails with "All Binary Properties" (tool use)', async () => {
		const items = await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({ attachments: 'all' }),
			credentials: credentials(mailcow),
		});
		expect(sendRequest(mailcow).body).not.toHaveProperty('attachments');
		expect(json(items)[0]).toMatchObject({ sent: true, attachments: [] });
	});

	it('takes binary property names from an expression returning an array', async () => {
		const x = randomBytes(5);
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				attachments: 'named',
				binaryPropertyNames: '={{ $json.files }}',
			}),
			credentials: credentials(mailcow),
			items: [
				{
					json: { files: ['x'] },
					binary: {
						x: await makeBinary(
							x,
							{ mimeType: 'application/x-thing', fileName: 'x.thing' },
							'default',
						),
					},
				},
			],
		});
		expect(sent(mailcow)[0].attachments[0].content.equals(x)).toBe(true);
	});

	it('renames attachments with Attachment File Names and falls back for missing metadata', async () => {
		const noName: IBinaryData = {
			...(await makeBinary(Buffer.from('abc'), { mimeType: '' }, 'default')),
			fileExtension: 'dat',
		};
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				attachments: 'named',
				binaryPropertyNames: 'invoice, raw',
				options: { attachmentFileNames: 'Rechnung 1042.pdf,' },
			}),
			credentials: credentials(mailcow),
			items: [
				{
					json: {},
					binary: {
						invoice: await makeBinary(
							PDF,
							{ mimeType: 'application/pdf', fileName: 'tmp-8f3a.pdf' },
							'default',
						),
						raw: noName,
					},
				},
			],
		});
		expect(sent(mailcow)[0].attachments.map((f) => [f.filename, f.contentType])).toEqual([
			['Rechnung 1042.pdf', 'application/pdf'],
			['raw.dat', 'application/octet-stream'],
		]);
	});

	describe('fails before sending', () => {
		const twoItems = async (): Promise<INodeExecutionData[]> => [
			{
				json: {},
				binary: {
					data: await makeBinary(
						PDF,
						{ mimeType: 'application/pdf', fileName: 'a.pdf' },
						'default',
					),
				},
			},
			{
				json: {},
				binary: {
					file: await makeBinary(
						PDF,
						{ mimeType: 'application/pdf', fileName: 'b.pdf' },
						'default',
					),
				},
			},
		];

		it('naming the missing binary property and the item', async () => {
			const { error } = await runNode({
				node: 'mailcow',
				parameters: sendParameters({ attachments: 'named', binaryPropertyNames: 'data' }),
				credentials: credentials(mailcow),
				items: await twoItems(),
			});
			expect(error?.message).toBe(
				'Binary Properties: the item has no binary property "data" (item 1)',
			);
			expect(error?.description).toBe(
				'Check the "Binary Properties" field of item 1. The item\'s binary properties are: file. Names are case-sensitive.',
			);
			// Item 0 was fine and sent; item 1 never reached mailcow.
			expect(sent(mailcow)).toHaveLength(1);
			expect(mailcow.requests).toHaveLength(1);
		});

		it('and continues with the next item under continueOnFail', async () => {
			const { items } = await runNode({
				node: 'mailcow',
				parameters: sendParameters({ attachments: 'named', binaryPropertyNames: 'file' }),
				credentials: credentials(mailcow),
				items: await twoItems(),
				continueOnFail: true,
			});
			expect(items).toHaveLength(2);
			expect(items[0].error?.message).toBe(
				'Binary Properties: the item has no binary property "file" (item 0)',
			);
			expect(items[1].json).toMatchObject({
				sent: true,
				attachments: [expect.objectContaining({ fileName: 'b.pdf' })],
			});
		});

		it('explains an item without any binary data', async () => {
			const { error } = await runNode({
				node: 'mailcow',
				parameters: sendParameters({ attachments: 'named', binaryPropertyNames: 'data' }),
				credentials: credentials(mailcow),
			});
			expect(error?.message).toBe(
				'Binary Properties: the item has no binary property "data" (item 0)',
			);
			expect(error?.description).toMatch(/no binary data at all.*All Binary Properties/);
			expect(mailcow.requests).toHaveLength(0);
		});

		it.each<BinaryMode>(['default', 'filesystem'])(
			'when the attachments exceed the size limit (%s mode)',
			async (mode) => {
				const bytes = randomBytes(600 * 1024);
				const binary = {
					a: await makeBinary(
						bytes,
						{ mimeType: 'application/octet-stream', fileName: 'a.bin' },
						mode,
					),
					b: await makeBinary(
						bytes,
						{ mimeType: 'application/octet-stream', fileName: 'b.bin' },
						mode,
					),
				};
				const { error } = await runNode({
					node: 'mailcow',
					parameters: sendParameters({ attachments: 'all', options: { maxAttachmentMb: 1 } }),
					credentials: credentials(mailcow),
					items: [{ json: {}, binary }],
				});
				expect(error?.message).toBe(
					'Max Total Attachment Size (MB): the attachments total 1.17 MB, more than the limit of 1 MB (item 0)',
				);
				expect(error?.description).toMatch(
					/^Check the "Max Total Attachment Size \(MB\)" field of item 0\. Nothing was sent/,
				);
				expect(mailcow.requests).toHaveLength(0);
			},
		);

		it('but sends attachments exactly at the limit', async () => {
			const bytes = randomBytes(1024 * 1024);
			await runNodeOk({
				node: 'mailcow',
				parameters: sendParameters({ attachments: 'all', options: { maxAttachmentMb: 1 } }),
				credentials: credentials(mailcow),
				items: [
					{
						json: {},
						binary: {
							a: await makeBinary(
								bytes,
								{ mimeType: 'application/octet-stream', fileName: 'a.bin' },
								'filesystem',
							),
						},
					},
				],
			});
			expect(sent(mailcow)[0].attachments[0].content.equals(bytes)).toBe(true);
		});

		it('when there are more file names than attachments', async () => {
			const { error } = await runNode({
				node: 'mailcow',
				parameters: sendParameters({
					attachments: 'named',
					binaryPropertyNames: 'data',
					options: { attachmentFileNames: 'a.pdf, b.pdf' },
				}),
				credentials: credentials(mailcow),
				items: (await twoItems()).slice(0, 1),
			});
			expect(error?.message).toBe('Attachment File Names: 2 names given for 1 attachment (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});
	});
});
