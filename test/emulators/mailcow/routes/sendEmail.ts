// POST /api/v1/send/email, as mailcow's SMTP API documentation describes it: the documented
// fields and error codes, checked in the documented order (the first failure answers), sender
// authorisation against the mailboxes, aliases and sender ACLs of the emulator's state, and the
// mailbox login checked where PHPMailer checks it, when the message is handed to SMTP.
// Every accepted message is kept, attachments decoded, for tests to compare bytes.
import type { EmulatorResponse } from '../../core';
import { isEmpty, isValidEmail, str } from '../php';
import type { MailcowState } from '../state';
import type { MailcowHandler, MailcowRouteContext } from './index';

export interface SentAttachment {
	filename: string;
	contentType: string;
	content: Buffer;
}

export interface SentMessage {
	id: number;
	from: string;
	to: string[];
	cc: string[];
	bcc: string[];
	replyTo: string | null;
	subject: string;
	body: string;
	htmlBody: string | null;
	smtpUser: string;
	smtpHost: string;
	smtpPort: number;
	attachments: SentAttachment[];
}

export type SendMsg = string | [string, ...unknown[]];

/** The route's own part of the emulator state; a new MailcowState (emulator.reset()) starts empty. */
export interface SendEmailState {
	sent: SentMessage[];
	/** SMTP hosts PHPMailer can reach; others fail with smtp_error. */
	smtpHosts: Set<string>;
	/**
	 * Answers for the next requests, instead of running the checks. For client tests of answers
	 * the node's own validation never lets through (an address mailcow's PHP rejects, say).
	 */
	scriptedAnswers: SendMsg[];
}

const routeStates = new WeakMap<MailcowState, SendEmailState>();

export function sendEmailState(state: MailcowState): SendEmailState {
	let own = routeStates.get(state);
	if (!own) {
		own = { sent: [], smtpHosts: new Set(['postfix-mailcow']), scriptedAnswers: [] };
		routeStates.set(state, own);
	}
	return own;
}

const PHPMAILER_AUTH_FAILED = 'SMTP Error: Could not authenticate.';
const PHPMAILER_CONNECT_FAILED =
	'SMTP Error: Could not connect to SMTP host. Failed to connect to server';

/** The log entry mailcow writes: the request with the password masked; attachments only described. */
function logOf(attr: Record<string, unknown>): unknown[] {
	const logged: Record<string, unknown> = { ...attr };
	for (const key of ['password', 'app_password']) if (key in logged) logged[key] = '*';
	if (Array.isArray(attr.attachments)) {
		logged.attachments = attr.attachments.map((a: Record<string, unknown>) => ({
			filename: a?.filename,
			content_type: a?.content_type,
			content_length: typeof a?.content === 'string' ? a.content.length : 0,
		}));
	}
	return ['smtp_api', 'send', logged];
}

const answer = (
	type: 'success' | 'error',
	attr: Record<string, unknown>,
	msg: SendMsg,
): EmulatorResponse => ({
	status: 200,
	body: [{ type, log: logOf(attr), msg }],
});

/** `to`, `cc`, `bcc`: an array, or a single address as a string. */
function addressList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(str).map((a) => a.trim());
	return isEmpty(value) ? [] : [str(value).trim()];
}

/** PHP's base64_decode($content, true): false for anything outside the alphabet or bad padding. */
function strictBase64(value: unknown): Buffer | undefined {
	if (typeof value !== 'string') return undefined;
	if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined;
	return Buffer.from(value, 'base64');
}

const NO_ATTRIBUTES: EmulatorResponse = {
	status: 200,
	body: { type: 'error', msg: 'Cannot find attributes in post data' },
};
const BAD_JSON: EmulatorResponse = {
	status: 400,
	body: { type: 'error', msg: "Request body doesn't contain valid json!" },
};

/** The attributes: JSON with a JSON content type, `attr=<json>` in a form body, else none. */
function readAttr(
	context: MailcowRouteContext,
): { attr: Record<string, unknown> } | { response: EmulatorResponse } {
	const { request } = context;
	const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
	let attr: unknown;
	if (contentType.startsWith('application/json') && request.rawBody.length > 0) {
		attr = request.body;
		if (typeof attr !== 'object' || attr === null) return { response: BAD_JSON };
	} else if (contentType.startsWith('application/x-www-form-urlencoded')) {
		const raw = new URLSearchParams(request.rawBody).get('attr');
		try {
			attr = raw === null ? undefined : JSON.parse(raw);
		} catch {
			attr = undefined;
		}
	}
	if (!attr || typeof attr !== 'object' || Array.isArray(attr)) return { response: NO_ATTRIBUTES };
	return { attr: attr as Record<string, unknown> };
}

export const sendEmail: MailcowHandler = (context) => {
	if (context.access !== 'rw') {
		return { status: 403, body: { type: 'error', msg: 'API read/write access denied' } };
	}
	const read = readAttr(context);
	if ('response' in read) return read.response;
	const fields = read.attr;
	const own = sendEmailState(context.state);
	const scripted = own.scriptedAnswers.shift();
	if (scripted !== undefined) {
		const key = Array.isArray(scripted) ? scripted[0] : scripted;
		return answer(key === 'smtp_mail_sent' ? 'success' : 'error', fields, scripted);
	}
	const fail = (msg: SendMsg) => answer('error', fields, msg);

	const from = str(fields.from).trim();
	if (!isValidEmail(from)) return fail('smtp_invalid_from');

	const smtpUser = str(fields.smtp_user).trim().toLowerCase();
	// `app_password` is accepted as another name for `password` and wins when both are sent.
	const password = !isEmpty(fields.app_password) ? str(fields.app_password) : str(fields.password);
	if (smtpUser === '' || isEmpty(password)) return fail('smtp_auth_required');

	if (!context.state.canSendAs(smtpUser, from)) return fail(['smtp_unauthorized_sender', from]);

	const to = addressList(fields.to).filter((address) => address !== '');
	if (to.length === 0) return fail('smtp_missing_recipients');
	const badRecipient = to.find((address) => !isValidEmail(address));
	if (badRecipient !== undefined) return fail(['smtp_invalid_recipient', badRecipient]);

	if (isEmpty(fields.subject)) return fail('smtp_empty_subject');
	// The documentation makes the plain-text body required (html_body is optional).
	if (isEmpty(fields.body)) return fail('smtp_empty_body');

	const cc = addressList(fields.cc);
	if (cc.some((address) => !isValidEmail(address))) return fail('smtp_invalid_cc');
	const bcc = addressList(fields.bcc);
	if (bcc.some((address) => !isValidEmail(address))) return fail('smtp_invalid_bcc');
	const replyTo = isEmpty(fields.reply_to) ? null : str(fields.reply_to).trim();
	if (replyTo !== null && !isValidEmail(replyTo)) return fail('smtp_invalid_reply_to');

	const attachments: SentAttachment[] = [];
	const rawAttachments = Array.isArray(fields.attachments) ? fields.attachments : [];
	for (const raw of rawAttachments as Array<Record<string, unknown> | null>) {
		const content = strictBase64(raw?.content);
		if (content === undefined) return fail('smtp_invalid_attachment');
		attachments.push({
			filename: str(raw?.filename) || 'attachment',
			contentType: str(raw?.content_type) || 'application/octet-stream',
			content,
		});
	}

	// What PHPMailer does next: connect, authenticate, send.
	const smtpHost = str(fields.smtp_host).trim() || 'postfix-mailcow';
	const smtpPort = isEmpty(fields.smtp_port) ? 587 : Number(fields.smtp_port);
	if (!own.smtpHosts.has(smtpHost) || ![25, 465, 587].includes(smtpPort)) {
		return fail(['smtp_error', PHPMAILER_CONNECT_FAILED]);
	}
	const mailbox = context.state.mailboxes.get(smtpUser);
	if (
		!mailbox ||
		mailbox.active !== 1 ||
		mailbox.attributes.smtp_access !== '1' ||
		!context.state.checkMailboxPassword(smtpUser, password)
	) {
		return fail(['smtp_error', PHPMAILER_AUTH_FAILED]);
	}

	own.sent.push({
		id: own.sent.length + 1,
		from,
		to,
		cc,
		bcc,
		replyTo,
		subject: str(fields.subject),
		body: str(fields.body),
		htmlBody: isEmpty(fields.html_body) ? null : str(fields.html_body),
		smtpUser,
		smtpHost,
		smtpPort,
		attachments,
	});
	return answer('success', fields, ['smtp_mail_sent', from, to.join(', ')]);
};
