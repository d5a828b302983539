// CORS: edit/cors, and the headers and preflight answers the gateway derives from it.
import type { EmulatorResponse, RecordedRequest } from '../../core';
import { isEmpty, phpJson, record, str, writeAnswer } from '../php';
import type { MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];
const ORIGIN = /^(\*|https?:\/\/[a-z0-9.-]+(:\d+)?)$/;

/** Origins: a list or a newline-separated string. Methods: a list or a string split on space, comma, ";" and newline. */
const editCors: MailcowHandler = ({ state, payload }) => {
	const { attr } = record(payload);
	const a = record(attr);
	const entryLog = ['cors', 'edit', phpJson(a)];
	const danger = (msg: string) => writeAnswer([{ type: 'danger', log: entryLog, msg }]);
	if (isEmpty(a.allowed_origins) && isEmpty(a.allowed_methods)) {
		// attr:{} resets to the base URL and the four methods.
		state.cors = { origins: [], methods: [...METHODS] };
		return writeAnswer([{ type: 'success', log: entryLog, msg: 'cors_headers_edited' }]);
	}
	const origins = (
		Array.isArray(a.allowed_origins)
			? a.allowed_origins.map(str)
			: str(a.allowed_origins).split('\n')
	).map((o) => o.trim().toLowerCase());
	if (origins.some((o) => !ORIGIN.test(o))) return danger('cors_invalid_origin');
	// "GET, POST" splits into "GET", "" and "POST": the empty entry is an invalid method.
	const methods = Array.isArray(a.allowed_methods)
		? a.allowed_methods.map(str)
		: str(a.allowed_methods).split(/[\s,;]/);
	if (methods.some((m) => !METHODS.includes(m))) return danger('cors_invalid_method');
	state.cors = { origins, methods };
	return writeAnswer([{ type: 'success', log: entryLog, msg: 'cors_headers_edited' }]);
};

/** The CORS headers of every answer (not of a refused API key). */
export function corsHeaders(state: MailcowState, request: RecordedRequest, baseUrl: string) {
	const methods = state.cors
		? `${state.cors.methods.join(', ')}, OPTIONS`
		: 'GET, POST, PUT, DELETE, OPTION, OPTIONS';
	const headers: Record<string, string> = {
		'Access-Control-Allow-Methods': methods,
		'Access-Control-Allow-Headers': 'Accept, Content-Type, X-Api-Key, Origin',
	};
	const origins = state.cors?.origins.length ? state.cors.origins : [baseUrl.toLowerCase()];
	const origin = String(request.headers.origin ?? '').toLowerCase();
	if (origins.includes('*')) headers['Access-Control-Allow-Origin'] = '*';
	else {
		if (origin && origins.includes(origin))
			headers['Access-Control-Allow-Origin'] = String(request.headers.origin);
		headers.Vary = 'Origin';
	}
	return headers;
}

/** A preflight (OPTIONS with Access-Control-Request-Method): 200 when the method is allowed, else 405. */
export function preflight(
	state: MailcowState,
	request: RecordedRequest,
): EmulatorResponse | undefined {
	const method = request.headers['access-control-request-method'];
	if (request.method !== 'OPTIONS' || typeof method !== 'string') return undefined;
	const allowed = state.cors ? state.cors.methods : METHODS;
	return {
		status: allowed.includes(method.toUpperCase()) ? 200 : 405,
		body: '',
		contentType: 'text/html; charset=utf-8',
	};
}

export const corsRoutes: RouteTable = { edit: { cors: editCors } };
