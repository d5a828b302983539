import type { IDataObject } from 'n8n-workflow';
import type { Attachment } from './attachments';

const ALPHABET = Buffer.from(
	'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
	'latin1',
);

export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/**
 * Writes the base64 of `source` into `target` at `offset`; returns the bytes written. Encoding
 * straight into the body leaves no garbage behind: `toString('base64')` per chunk would create
 * strings as large as the base64 text, freed only at the next full garbage collection.
 */
export function writeBase64(source: Buffer, target: Buffer, offset: number): number {
	const whole = source.length - (source.length % 3);
	let out = offset;
	for (let i = 0; i < whole; i += 3) {
		const bits = (source[i] << 16) | (source[i + 1] << 8) | source[i + 2];
		target[out] = ALPHABET[bits >>> 18];
		target[out + 1] = ALPHABET[(bits >>> 12) & 63];
		target[out + 2] = ALPHABET[(bits >>> 6) & 63];
		target[out + 3] = ALPHABET[bits & 63];
		out += 4;
	}
	// The last one or two bytes, with padding.
	if (whole < source.length)
		out += target.write(source.subarray(whole).toString('base64'), out, 'latin1');
	return out - offset;
}

/**
 * The JSON body of send/email as one Buffer, with each attachment base64-encoded straight into
 * it. Building `{content: base64}` objects instead would hold the files, their base64 strings,
 * the JSON string and its UTF-8 copy at once (about 5× the attachment size); this holds the
 * files and the body (about 2.3×). n8n's HTTP layer sends a Buffer body as it is.
 */
export function serializeSendBody(fields: IDataObject, attachments: Attachment[]): Buffer {
	const json = JSON.stringify(fields);
	if (attachments.length === 0) return Buffer.from(json, 'utf8');

	const head = `${json.slice(0, -1)}${json === '{}' ? '' : ','}"attachments":[`;
	const parts = attachments.map((attachment, index) => ({
		before: `${index ? ',' : ''}{"filename":${JSON.stringify(attachment.fileName)},"content_type":${JSON.stringify(attachment.contentType)},"content":"`,
		bytes: attachment.bytes,
	}));
	const after = '"}';
	const tail = ']}';
	const total =
		Buffer.byteLength(head) +
		parts.reduce(
			(sum, part) =>
				sum + Buffer.byteLength(part.before) + base64Length(part.bytes.length) + after.length,
			0,
		) +
		tail.length;

	const body = Buffer.allocUnsafe(total);
	let offset = body.write(head, 0, 'utf8');
	for (const part of parts) {
		offset += body.write(part.before, offset, 'utf8');
		offset += writeBase64(part.bytes, body, offset);
		offset += body.write(after, offset, 'utf8');
	}
	offset += body.write(tail, offset, 'utf8');
	if (offset !== total) throw new Error(`send/email body: wrote ${offset} of ${total} bytes`);
	return body;
}
