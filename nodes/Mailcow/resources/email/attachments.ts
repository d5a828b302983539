import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import {
	attachmentFileNames,
	attachments as attachmentsField,
	binaryPropertyNames,
	maxAttachmentMb,
} from './fields';

const MB = 1024 * 1024;
const label = (field: { property: { displayName: string } }) => field.property.displayName;

export interface Attachment {
	/** Binary property the file came from. */
	property: string;
	fileName: string;
	contentType: string;
	bytes: Buffer;
}

export type AttachmentMode = 'none' | 'named' | 'all';

/** Comma-separated names (or an array of them from an expression), trimmed, empties dropped. */
export function splitNames(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : [value];
	return parts
		.filter((part) => part !== undefined && part !== null)
		.flatMap((part) => String(part).split(','))
		.map((name) => name.trim())
		.filter((name) => name !== '');
}

/** Positional file-name overrides: empty positions keep the binary's own name. */
export function splitFileNames(value: unknown): string[] {
	if (Array.isArray(value))
		return value.map((name) => (name === undefined || name === null ? '' : String(name).trim()));
	if (typeof value !== 'string' || value.trim() === '') return [];
	return value.split(',').map((name) => name.trim());
}

function formatSize(bytes: number): string {
	return bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Where n8n keeps a binary property's bytes, from the prefix of its id ("filesystem-v2:…",
 * "database:…", "s3:…"); `memory` when the item carries them inline (no id).
 */
export function binaryStorageMode(id: unknown): string {
	if (typeof id !== 'string' || id === '') return 'memory';
	const mode = id.split(':')[0];
	return mode.startsWith('filesystem') ? 'filesystem' : mode;
}

/** What a process needs to read a file stored in `mode` that another process may have written. */
function storageHint(mode: string): string {
	const queueMode =
		'In queue mode the file may have been stored by another n8n process (main or another worker), and every process must be able to read it: use N8N_DEFAULT_BINARY_DATA_MODE=database, or give main and all workers the same shared N8N_STORAGE_PATH (e.g. a network volume).';
	if (mode === 'filesystem') {
		return `n8n stores this file in filesystem mode, under N8N_STORAGE_PATH of the process that wrote it, and it is not there for this process (or was already pruned). ${queueMode}`;
	}
	if (mode === 'database') {
		return 'n8n stores this file in database mode: check that this process uses the same database (DB_* settings) as the one that wrote it, and that the execution data has not been pruned.';
	}
	if (mode === 'memory') return 'The file was held in memory (binary data mode "default").';
	return `n8n stores this file in "${mode}" mode: check that this process has the same ${mode} settings as the one that wrote it. ${queueMode}`;
}

/**
 * Reads a binary property's bytes; a failed read names the storage mode and what queue mode
 * needs (n8n's own error says only "File not found").
 */
async function readBinary(
	context: IExecuteSingleFunctions,
	property: string,
	id: unknown,
): Promise<Buffer> {
	try {
		return await context.helpers.getBinaryDataBuffer(property);
	} catch (error) {
		const mode = binaryStorageMode(id);
		throw fieldError(
			context,
			label(attachmentsField),
			`could not read the file of binary property "${property}" (binary data mode: ${mode}): ${(error as Error).message}`,
			`Nothing was sent. ${storageHint(mode)}`,
		);
	}
}

/**
 * The item's binary properties as attachments: all of them, or those named (`propertyNames`,
 * split by splitNames), renamed by position with `overrides` (split by splitFileNames), at most
 * `maxMb` MB (1,048,576 bytes) in total. Bytes come from getBinaryDataBuffer, which works
 * whatever the storage mode: in filesystem, S3 or database mode `binary.data` only holds a
 * marker. The total is checked against the metadata before any file is read (when n8n recorded
 * the size) and against the real bytes after. Throws the field error of the field to fix.
 */
export async function readAttachments(
	this: IExecuteSingleFunctions,
	mode: AttachmentMode,
	propertyNames: string[],
	overrides: string[],
	maxMb: number,
): Promise<Attachment[]> {
	if (mode === 'none') return [];
	const binary = this.getInputData().binary ?? {};
	const available = Object.keys(binary);
	let names: string[];
	if (mode === 'all') {
		names = available;
	} else {
		names = propertyNames;
		const missing = names.find((name) => !binary[name]);
		if (missing !== undefined) {
			throw fieldError(
				this,
				label(binaryPropertyNames),
				`the item has no binary property "${missing}"`,
				available.length
					? `The item's binary properties are: ${available.join(', ')}. Names are case-sensitive.`
					: 'The item has no binary data at all. Check that the previous node outputs a file, or choose "All Binary Properties" to send items without files as plain emails.',
			);
		}
	}
	if (overrides.length > names.length) {
		throw fieldError(
			this,
			label(attachmentFileNames),
			`${overrides.length} names given for ${names.length} attachment${names.length === 1 ? '' : 's'}`,
		);
	}

	const maxBytes = Math.floor(maxMb * MB);
	const tooLarge = (total: number) =>
		fieldError(
			this,
			label(maxAttachmentMb),
			`the attachments total ${formatSize(total)}, more than the limit of ${maxMb} MB`,
			'Nothing was sent. Raise the limit in the node options only if your mailcow server accepts larger messages; the request is about a third larger than the files because they travel base64-encoded.',
		);
	const declared = names.reduce((sum, name) => sum + (Number(binary[name].bytes) || 0), 0);
	if (declared > maxBytes) throw tooLarge(declared);

	const attachments: Attachment[] = [];
	let total = 0;
	for (const [index, property] of names.entries()) {
		const meta = this.helpers.assertBinaryData(property);
		const bytes = await readBinary(this, property, binary[property].id);
		total += bytes.length;
		if (total > maxBytes) throw tooLarge(total);
		const extension = meta.fileExtension ? `.${meta.fileExtension}` : '';
		attachments.push({
			property,
			fileName: overrides[index] || meta.fileName || `${property}${extension}`,
			contentType: meta.mimeType || 'application/octet-stream',
			bytes,
		});
	}
	return attachments;
}
