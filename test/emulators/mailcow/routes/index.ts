// Dispatch of mailcow's router (json_api.php): action/category → handler, with the body and
// method rules that apply before any handler runs.
import type { EmulatorResponse, RecordedRequest } from '../../core';
import type { MailcowState } from '../state';
import { sendEmail } from './sendEmail';

export interface MailcowRouteContext {
	request: RecordedRequest;
	access: 'rw' | 'ro' | 'none';
	action: string;
	category: string;
	/** Path segments after the category, decoded. */
	rest: string[];
	state: MailcowState;
	sendEmailRoute: boolean;
}

export type MailcowHandler = (context: MailcowRouteContext) => EmulatorResponse | Promise<EmulatorResponse>;

/** GET handlers by category. */
const getRoutes: Record<string, MailcowHandler> = {
	status: ({ rest, state }) =>
		rest[0] === 'version' ? { status: 200, body: { version: state.version } } : { status: 200, body: {} },
	passwordpolicy: ({ state }) => ({ status: 200, body: state.passwordPolicy }),
};

export async function routes(context: MailcowRouteContext): Promise<EmulatorResponse> {
	const { action, category, request } = context;
	if (action === 'get') {
		const handler = getRoutes[category];
		if (!handler) return { status: 404, body: { type: 'error', msg: 'route not found' } };
		if (request.method !== 'GET') return { status: 405, body: { type: 'error', msg: 'only GET method is allowed' } };
		// Without a key mailcow runs the request unauthenticated and prints nothing.
		if (context.access === 'none') return { status: 200, body: '' };
		return await handler(context);
	}
	if (action === 'send' && category === 'email' && context.sendEmailRoute) {
		if (request.method !== 'POST') return { status: 405, body: { type: 'error', msg: 'only POST method is allowed' } };
		return await sendEmail(context);
	}
	return { status: 404, body: { type: 'error', msg: 'route not found' } };
}
