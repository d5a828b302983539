/**
 * Plain-English texts for the answers of POST /api/v1/send/email: the 12 error codes of mailcow's
 * SMTP API documentation, the 404 of servers without the endpoint, and a send cut off.
 */

export interface SendErrorText {
	message: string;
	description: string;
}

export const SENDER_AUTHORISATION_WAYS = [
	'its own address (the Mailbox Address of the credential)',
	'an alias whose destinations include the mailbox (Email → Aliases)',
	'an address in the mailbox\'s sender ACL (Mailbox → Edit → "Allow to send as")',
	'a domain wildcard in the sender ACL (@example.com: any address of that domain)',
	'the global wildcard * in the sender ACL (any address)',
	"an external sender alias granted in the sender ACL (an address outside mailcow's domains)",
];

const CREDENTIAL = 'the Mailcow Sending Mailbox credential';

/** The text for an `smtp_*` code; `args` are the extra elements of mailcow's `msg` array. */
export function smtpErrorText(
	code: string,
	args: string[],
	sender: string,
): SendErrorText | undefined {
	const arg = args[0] ?? '';
	switch (code) {
		case 'smtp_invalid_from':
			return {
				message: 'Mailcow refused the sender address as invalid',
				description: `Mailcow answered smtp_invalid_from for "${sender}". Set From in the node options to a plain address such as orders@example.com, or leave it empty to send from the mailbox address of ${CREDENTIAL}.`,
			};
		case 'smtp_auth_required':
			return {
				message: 'Mailcow needs the mailbox login to send',
				description: `Mailcow answered smtp_auth_required: the request had no SMTP user or password. Fill in Mailbox Address and Password in ${CREDENTIAL}.`,
			};
		case 'smtp_unauthorized_sender':
			return {
				message: `The mailbox may not send as ${arg || sender}`,
				description: [
					`Mailcow answered smtp_unauthorized_sender. A mailbox may send only from:`,
					...SENDER_AUTHORISATION_WAYS.map((way, index) => `${index + 1}. ${way}`),
					'Grant one of these in mailcow, or leave From empty to send from the mailbox address.',
				].join('\n'),
			};
		case 'smtp_missing_recipients':
			return {
				message: 'Mailcow found no recipients in the request',
				description: 'Mailcow answered smtp_missing_recipients. Enter at least one address in To.',
			};
		case 'smtp_invalid_recipient':
			return {
				message: arg
					? `Mailcow refused the recipient address ${arg}`
					: 'Mailcow refused a recipient address',
				description:
					'Mailcow answered smtp_invalid_recipient: a To address is not a valid email address. Use plain addresses such as name@example.com, separated by commas.',
			};
		case 'smtp_empty_subject':
			return {
				message: 'Mailcow refused an empty subject',
				description:
					'Mailcow answered smtp_empty_subject. Enter a Subject (mailcow also treats "0" as empty).',
			};
		case 'smtp_empty_body':
			return {
				message: 'Mailcow refused an empty message body',
				description:
					'Mailcow answered smtp_empty_body: the plain-text body is empty. Enter a Text, or HTML from which a text version can be derived (mailcow also treats "0" as empty).',
			};
		case 'smtp_invalid_cc':
			return {
				message: 'Mailcow refused a CC address',
				description:
					'Mailcow answered smtp_invalid_cc: an address in CC is not a valid email address.',
			};
		case 'smtp_invalid_bcc':
			return {
				message: 'Mailcow refused a BCC address',
				description:
					'Mailcow answered smtp_invalid_bcc: an address in BCC is not a valid email address.',
			};
		case 'smtp_invalid_reply_to':
			return {
				message: 'Mailcow refused the Reply To address',
				description:
					'Mailcow answered smtp_invalid_reply_to: Reply To must be one plain email address.',
			};
		case 'smtp_invalid_attachment':
			return {
				message: 'Mailcow could not decode an attachment',
				description:
					"Mailcow answered smtp_invalid_attachment: an attachment's content was not valid base64. The node encodes the binary data itself, so a proxy between n8n and mailcow probably changed or cut the request body (check its request size limit).",
			};
		case 'smtp_error':
			return smtpServerError(arg);
	}
	return undefined;
}

function smtpServerError(info: string): SendErrorText {
	const reported = info ? `: ${info}` : '';
	if (/authenticat/i.test(info)) {
		return {
			message: `Mailcow's SMTP server rejected the mailbox login${reported}`,
			description: `The Password in ${CREDENTIAL} is wrong (an app password also needs SMTP access), or the mailbox is inactive or may not use SMTP. Nothing was sent. n8n does not retry: repeated failed logins can get this IP banned by mailcow's fail2ban.`,
		};
	}
	if (/connect|timed? ?out|getaddrinfo|resolve/i.test(info)) {
		return {
			message: `Mailcow could not reach its SMTP server${reported}`,
			description: `Check SMTP Host and SMTP Port in ${CREDENTIAL}: inside mailcow the host is postfix-mailcow, with port 587 (STARTTLS) or 465 (SSL/TLS).`,
		};
	}
	return {
		message: `Mailcow's SMTP server did not accept the message${reported}`,
		description:
			"Mailcow answered smtp_error: the SMTP server refused the message after mailcow's own checks passed (for example a recipient it rejects, a message size limit or a rate limit). The text above is the SMTP server's own.",
	};
}

export const SEND_ROUTE_MISSING: SendErrorText = {
	message: 'This mailcow server does not offer the Send Email endpoint',
	description:
		'Mailcow answered 404 "route not found" for POST /api/v1/send/email. Stock mailcow releases do not include this endpoint (it was proposed in mailcow pull request #6989 and not merged), so sending through the API works only on servers that added it. To send from this mailbox anyway, use n8n\'s Send Email node with an SMTP credential for the same mailbox: your mailcow hostname, port 587 (STARTTLS) or 465 (SSL/TLS), the mailbox address as user and its password or an app password. (If other Mailcow operations also fail with 404, the Base URL of the Mailcow API credential has an extra path.)',
};

export const SEND_FORBIDDEN: SendErrorText = {
	message: 'Mailcow denied sending for this API key',
	description:
		'Sending email needs the read-write API key; the Mailcow API credential holds the read-only key (or none). Use the read-write key from System → Configuration → Access → Edit administrator → API.',
};

/** A server running the proposed change reads only form-encoded bodies for `send`. */
export const SEND_BODY_NOT_READ: SendErrorText = {
	message: 'Mailcow did not read the email from the request',
	description:
		'Mailcow answered "Cannot find attributes in post data": its send/email endpoint ignored the JSON body. Servers running the code of mailcow pull request #6989 read only form-encoded bodies on this route, unlike mailcow\'s documentation, which this node follows. Use n8n\'s Send Email (SMTP) node with the same mailbox instead.',
};

/** Said after a send whose connection broke once the request was out (reset, timeout). */
export const SEND_UNKNOWN_OUTCOME =
	"The email may or may not have been sent: check the mailbox's Sent folder or mailcow's Postfix log before running the item again (n8n does not retry).";
