import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { addressProblem, parseAddressList } from './addresses';
import { readAttachments, DEFAULT_MAX_ATTACHMENT_MB, type AttachmentMode } from './attachments';
import { serializeSendBody } from './body';
import { sendFieldError } from './fieldError';
import { htmlToText } from './htmlToText';
import { rememberSummary, type SendSummary } from './summary';

const DEFAULT_SMTP_HOST = 'postfix-mailcow';
const SMTP_PORTS = [25, 465, 587];

/** PHP's empty(): mailcow rejects "" and "0" as a missing subject or body. */
const isPhpEmpty = (value: string) => value.trim() === '' || value === '0';

function addresses(context: IExecuteSingleFunctions, field: string, value: unknown): string[] {
	const { addresses: list, invalid } = parseAddressList(value);
	if (invalid)
		throw sendFieldError(
			context,
			field,
			`"${invalid.address}" is not a valid email address: ${invalid.problem}`,
		);
	return list;
}

function single(
	context: IExecuteSingleFunctions,
	field: string,
	value: unknown,
): string | undefined {
	const list = addresses(context, field, value);
	if (list.length > 1) throw sendFieldError(context, field, 'enter one address only');
	return list[0];
}

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value);
}

/**
 * preSend of Email → Send: reads and checks every field once, adds the sending mailbox's SMTP
 * login from its own credential and writes the JSON body mailcow's SMTP API documentation
 * describes. All input problems fail here, before any request.
 */
export async function buildSendRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mailbox = await this.getCredentials('mailcowMailboxApi');
	const smtpUser = text(mailbox.user).trim();
	const credentialProblem = (field: string, problem: string) =>
		sendFieldError(this, `Mailcow Sending Mailbox credential, ${field}`, problem);
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

	const options = this.getNodeParameter('options', {}) as IDataObject;
	const from = single(this, 'From', options.fromEmail) ?? smtpUser;
	const to = addresses(this, 'To', this.getNodeParameter('toEmail', ''));
	if (to.length === 0) throw sendFieldError(this, 'To', 'enter at least one recipient address');
	const cc = addresses(this, 'CC', options.ccEmail);
	const bcc = addresses(this, 'BCC', options.bccEmail);
	const replyTo = single(this, 'Reply To', options.replyTo);

	// A line break in the subject would start a new mail header.
	const subject = text(this.getNodeParameter('subject', '')).replace(/\s*[\r\n]+\s*/g, ' ');
	if (isPhpEmpty(subject))
		throw sendFieldError(this, 'Subject', 'enter a subject (mailcow refuses an empty one)');

	const format = this.getNodeParameter('emailFormat', 'text') as 'text' | 'html' | 'both';
	const html = format === 'text' ? '' : text(this.getNodeParameter('html', ''));
	let body = format === 'html' ? '' : text(this.getNodeParameter('text', ''));
	if (format !== 'text' && html.trim() === '')
		throw sendFieldError(this, 'HTML', 'enter the HTML body');
	if (format === 'html') {
		// mailcow requires the plain-text `body`; derive it so clients without HTML show the text.
		body = htmlToText(html);
		if (isPhpEmpty(body)) {
			throw sendFieldError(
				this,
				'HTML',
				'the HTML contains no text to derive the plain-text version mailcow requires',
				'Choose the Both format and write the text version yourself.',
			);
		}
	} else if (isPhpEmpty(body)) {
		throw sendFieldError(
			this,
			'Text',
			'enter the text of the email (mailcow refuses an empty body)',
		);
	}

	const maxMb = Number(options.maxAttachmentMb ?? DEFAULT_MAX_ATTACHMENT_MB);
	if (!Number.isFinite(maxMb) || maxMb < 0) {
		throw sendFieldError(this, 'Max Total Attachment Size (MB)', 'enter a number of 0 or more');
	}
	const mode = this.getNodeParameter('attachments', 'none') as AttachmentMode;
	const attachments = await readAttachments.call(
		this,
		mode,
		mode === 'named' ? this.getNodeParameter('binaryPropertyNames', 'data') : undefined,
		options.attachmentFileNames,
		maxMb,
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
