/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- the emulator's own demo keys, not secrets */
// A stateful emulator of mailcow's admin API (/api/v1/...), answering the way mailcow's own
// json_api.php does: the gateway checks (key, allow-list, route, method, JSON) below, then the
// route handlers in ./routes, which keep their data in ./state.
import { Emulator, type EmulatorResponse, type RecordedRequest } from '../core';
import { MailcowState } from './state';
import { routes, type MailcowRouteContext } from './routes';

export interface MailcowEmulatorOptions {
	apiKey?: string;
	readOnlyApiKey?: string;
	/** Client IPs the keys are allowed from (mailcow's `allow_from`); default: loopback. */
	allowFrom?: string[];
	/**
	 * Whether POST /api/v1/send/email exists (mailcow's SMTP API documentation). Stock mailcow
	 * releases do not have it and answer 404 "route not found"; default true.
	 */
	sendEmailRoute?: boolean;
}

export const MAILCOW_RW_KEY = 'EMU1AB-RW2CD3-EF4567-89ABCD-EF0123';
export const MAILCOW_RO_KEY = 'EMU1AB-RO2CD3-EF4567-89ABCD-EF0123';
const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

const gatewayError = (status: number, msg: string, contentType = 'application/json'): EmulatorResponse => ({
	status,
	body: { type: 'error', msg },
	contentType,
});

export class MailcowEmulator extends Emulator {
	readonly apiKey: string;
	readonly readOnlyApiKey: string;
	allowFrom: string[];
	sendEmailRoute: boolean;
	state = new MailcowState();

	constructor(options: MailcowEmulatorOptions = {}) {
		super();
		this.apiKey = options.apiKey ?? MAILCOW_RW_KEY;
		this.readOnlyApiKey = options.readOnlyApiKey ?? MAILCOW_RO_KEY;
		this.allowFrom = options.allowFrom ?? LOOPBACK;
		this.sendEmailRoute = options.sendEmailRoute ?? true;
	}

	reset() {
		this.state = new MailcowState();
		this.resetLog();
	}

	protected async handle(request: RecordedRequest): Promise<EmulatorResponse> {
		if (request.headers['sec-fetch-dest'] && request.headers['sec-fetch-dest'] !== 'empty') {
			return { status: 403, body: '' };
		}
		// mailcow sanitises the key to [a-zA-Z0-9-] before looking it up.
		const rawKey = request.headers['x-api-key'];
		const key = typeof rawKey === 'string' ? rawKey.replace(/[^a-zA-Z0-9-]/g, '') : '';
		let access: 'rw' | 'ro' | 'none' = 'none';
		if (key) {
			if (key === this.apiKey) access = 'rw';
			else if (key === this.readOnlyApiKey) access = 'ro';
			// The real 401 is sent as text/html although the body is JSON.
			else return gatewayError(401, 'authentication failed', 'text/html; charset=UTF-8');
			const ip = request.remoteAddress.replace(/^::ffff:/, '');
			if (!this.allowFrom.includes(request.remoteAddress) && !this.allowFrom.includes(ip)) {
				return gatewayError(401, `api access denied for ip ${ip}`, 'text/html; charset=UTF-8');
			}
		}

		const [api, version, action = '', category = '', ...rest] = request.segments;
		if (api !== 'api' || version !== 'v1') return gatewayError(404, 'route not found');
		const context: MailcowRouteContext = {
			request,
			access,
			action,
			category,
			rest,
			state: this.state,
			sendEmailRoute: this.sendEmailRoute,
		};
		return await routes(context);
	}
}
