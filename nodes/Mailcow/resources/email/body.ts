import type { IDataObject } from 'n8n-workflow';
import type { Attachment } from './attachments';

// 3 bytes become 4 base64 characters: chunks of a multiple of 3 encode without padding inside.
const CHUNK = 3 * 256 * 1024;

export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/**
 * The JSON body of send/email as one Buffer, with each attachment base64-encoded straight into
 * it in small chunks. Building `{content: base64}` objects instead would hold the files, their
 * base64 strings, the JSON string and its UTF-8 copy at once (about 5× the attachment size);
 * this holds the files and the body (about 2.3×). The body is sent as it is by n8n's HTTP layer.
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
			(sum, part) => sum + Buffer.byteLength(part.before) + base64Length(part.bytes.length) + after.length,
			0,
		) +
		tail.length;

	const body = Buffer.allocUnsafe(total);
	let offset = body.write(head, 0, 'utf8');
	for (const part of parts) {
		offset += body.write(part.before, offset, 'utf8');
		for (let start = 0; start < part.bytes.length; start += CHUNK) {
			const chunk = part.bytes.subarray(start, Math.min(start + CHUNK, part.bytes.length));
			offset += body.write(chunk.toString('base64'), offset, 'latin1');
		}
		offset += body.write(after, offset, 'utf8');
	}
	offset += body.write(tail, offset, 'utf8');
	if (offset !== total) throw new Error(`send/email body: wrote ${offset} of ${total} bytes`);
	return body;
}
