// POST /api/v1/send/email, as mailcow's SMTP API documentation describes it.
import type { MailcowHandler } from './index';

export const sendEmail: MailcowHandler = () => ({
	status: 501,
	body: { type: 'error', msg: 'send/email is not emulated yet' },
});
