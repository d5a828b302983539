import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { fieldError, readBody, type BodyField, type Kinds } from '../../../shared/fields';
import { addressProblem } from '../../shared/addresses';
import { MAILCOW_KINDS } from '../../shared/fields';
import { readAttachments, splitFileNames, splitNames, type AttachmentMode } from './attachments';
import { serializeSendBody } from './body';
import {
	attachments as attachmentsField,
	binaryPropertyNames,
	emailFormat,
	html as htmlField,
	sendOptions,
	subject as subjectField,
	text as textField,
	to as toField,
	type SendKind,
} from './fields';
import { htmlToText } from './htmlToText';
import { rememberSummary, type SendSummary } from './summary';

const DEFAULT_SMTP_HOST = 'postfix-mailcow';
const SMTP_PORTS = [25, 465, 587];

const SEND_KINDS: Kinds<SendKind> = {
	...MAILCOW_KINDS,
	/** Comma-separated text or an array, trimmed, empties dropped (names may hold spaces). */
	binaryProperties: { convert: (raw) => ({ value: splitNames(raw) }) },
	/** Comma-separated text or an array, trimmed; an empty position keeps the file's own name. */
	fileNames: { convert: (raw) => ({ value: splitFileNames(raw) }) },
};

const read = (context: IExecuteSingleFunctions, fields: Array<BodyField<SendKind>>) =>
	readBody(context, SEND_KINDS, fields);

// Text and HTML are required where Email Format shows them (the panel does not mark them).
const TEXT = { ...textField, required: true };
const HTML = { ...htmlField, required: true };

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value);
}

/**
 * preSend of Email → Send: reads and checks every field once (fields.ts), adds the sending
 * mailbox's SMTP login from its own credential and writes the JSON body mailcow's SMTP API
 * documentation describes. All input problems fail here, before any request.
 */
export async function buildSendRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mailbox = await this.getCredentials('mailcowMailboxApi');
	const smtpUser = text(mailbox.user).trim();
	const credentialProblem = (field: string, problem: string) =>
		fieldError(this, `Mailcow Sending Mailbox credential, ${field}`, problem);
	if (!smtpUser) throw credentialProblem('Mailbox Address', 'it is empty');
	const userProblem = addressProblem(smtpUser);
	if (userProblem) {
		throw credentialProblem(
			'Mailbox Address',
			`"${smtpUser}" is not a valid email address: ${userProblem}`,
		);
	}
	const password = text(mailbox.password);
	if (password === '') throw credentialProblem('Password', 'it is empty');
	const smtpPort = Number(mailbox.smtpPort ?? 587);
	if (!SMTP_PORTS.includes(smtpPort))
		throw credentialProblem('SMTP Port', `${mailbox.smtpPort} is not 25, 465 or 587`);
	const smtpHost = text(mailbox.smtpHost).trim() || DEFAULT_SMTP_HOST;

	const values = read(this, [
		toField,
		subjectField,
		emailFormat,
		attachmentsField,
		...sendOptions.body,
	]);
	const from = (values.from as string | undefined) ?? smtpUser;
	const to = values.to as string[];
	const cc = (values.cc as string[] | undefined) ?? [];
	const bcc = (values.bcc as string[] | undefined) ?? [];
	const replyTo = values.reply_to as string | undefined;
	// A line break in the subject would start a new mail header.
	const subject = (values.subject as string).replace(/\s*[\r\n]+\s*/g, ' ');

	const format = values.format as 'text' | 'html' | 'both';
	const content = read(
		this,
		format === 'text' ? [TEXT] : format === 'html' ? [HTML] : [HTML, TEXT],
	);
	const html = (content.html_body as string | undefined) ?? '';
	let body = (content.body as string | undefined) ?? '';
	if (format === 'html') {
		// mailcow requires the plain-text `body`; derive it so clients without HTML show the text.
		body = htmlToText(html);
		if (body.trim() === '' || body === '0') {
			throw fieldError(
				this,
				htmlField.property.displayName,
				'the HTML contains no text to derive the plain-text version mailcow requires',
				'Choose the Both format and write the text version yourself.',
			);
		}
	}

	const mode = values.attachments as AttachmentMode;
	const names = mode === 'named' ? read(this, [binaryPropertyNames]).binaryProperties : [];
	const attachments = await readAttachments.call(
		this,
		mode,
		names as string[],
		(values.fileNames as string[] | undefined) ?? [],
		values.maxAttachmentMb as number,
	);

	const fields: IDataObject = { from, to };
	if (cc.length) fields.cc = cc;
	if (bcc.length) fields.bcc = bcc;
	if (replyTo) fields.reply_to = replyTo;
	fields.subject = subject;
	fields.body = body;
	if (html) fields.html_body = html;
	Object.assign(fields, {
		smtp_host: smtpHost,
		smtp_port: smtpPort,
		smtp_user: smtpUser,
		password,
	});

	const summary: SendSummary = {
		from,
		to,
		cc,
		bcc,
		replyTo: replyTo ?? null,
		subject,
		attachments: attachments.map(({ fileName, contentType, bytes, property }) => ({
			fileName,
			mimeType: contentType,
			size: bytes.length,
			binaryProperty: property,
		})),
	};
	rememberSummary(this, summary);

	requestOptions.body = serializeSendBody(fields, attachments);
	requestOptions.headers = { ...requestOptions.headers, 'Content-Type': 'application/json' };
	return requestOptions;
}
