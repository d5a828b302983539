import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sendFieldError } from './fieldError';

export const DEFAULT_MAX_ATTACHMENT_MB = 25;
const MB = 1024 * 1024;

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
 * The item's binary properties as attachments. Bytes come from getBinaryDataBuffer, which
 * works whatever the storage mode: in filesystem, S3 or database mode `binary.data` only holds
 * a marker. The total is checked against the metadata before any file is read (when n8n
 * recorded the size) and against the real bytes after.
 */
export async function readAttachments(
	this: IExecuteSingleFunctions,
	mode: AttachmentMode,
	propertyNames: unknown,
	fileNameOverrides: unknown,
	maxMb: number,
): Promise<Attachment[]> {
	if (mode === 'none') return [];
	const binary = this.getInputData().binary ?? {};
	const available = Object.keys(binary);
	let names: string[];
	if (mode === 'all') {
		names = available;
	} else {
		names = splitNames(propertyNames);
		if (names.length === 0) {
			throw sendFieldError(
				this,
				'Binary Properties',
				'enter at least one binary property name, e.g. data',
			);
		}
		const missing = names.find((name) => !binary[name]);
		if (missing !== undefined) {
			throw sendFieldError(
				this,
				'Binary Properties',
				`the item has no binary property "${missing}"`,
				available.length
					? `The item's binary properties are: ${available.join(', ')}. Names are case-sensitive.`
					: 'The item has no binary data at all. Check that the previous node outputs a file, or choose "All Binary Properties" to send items without files as plain emails.',
			);
		}
	}
	const overrides = splitFileNames(fileNameOverrides);
	if (overrides.length > names.length) {
		throw sendFieldError(
			this,
			'Attachment File Names',
			`${overrides.length} names given for ${names.length} attachment${names.length === 1 ? '' : 's'}`,
		);
	}

	const maxBytes = Math.floor(maxMb * MB);
	const tooLarge = (total: number) =>
		sendFieldError(
			this,
			'Max Total Attachment Size (MB)',
			`the attachments total ${formatSize(total)}, more than the limit of ${maxMb} MB`,
			'Nothing was sent. Raise the limit in the node options only if your mailcow server accepts larger messages; the request is about a third larger than the files because they travel base64-encoded.',
		);
	const declared = names.reduce((sum, name) => sum + (Number(binary[name].bytes) || 0), 0);
	if (declared > maxBytes) throw tooLarge(declared);

	const attachments: Attachment[] = [];
	let total = 0;
	for (const [index, property] of names.entries()) {
		const meta = this.helpers.assertBinaryData(property);
		const bytes = await this.helpers.getBinaryDataBuffer(property);
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
