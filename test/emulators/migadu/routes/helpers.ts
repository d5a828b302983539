import type { EmulatorResponse, RecordedRequest } from '../../core';
import { asciiAddress, type Json, type MigaduState } from '../state';

export interface RouteContext {
	request: RecordedRequest;
	state: MigaduState;
	/** Path segments after /v1/domains/{domain}. */
	rest: string[];
	/** The JSON body as an object ({} when there is none). */
	body: Json;
}

export const ok = (body: unknown): EmulatorResponse => ({ status: 200, body });
export const badRequest = (error: string): EmulatorResponse => ({ status: 400, body: { error } });
export const notFound = (): EmulatorResponse => ({ status: 404, body: { error: 'Not Found' } });
export const methodNotAllowed = (): EmulatorResponse => ({
	status: 405,
	body: { error: 'Method Not Allowed' },
});

/** Migadu's docs send booleans as JSON booleans or as the strings "true"/"false". */
export function bool(value: unknown): boolean {
	return value === true || value === 'true';
}

/** A list written as a JSON array or as comma-separated text ("Array or CSV String"). */
export function list(value: unknown): string[] {
	const parts = Array.isArray(value)
		? value.map(String)
		: typeof value === 'string'
			? value.split(',')
			: [];
	return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function addressList(value: unknown): string[] {
	return list(value).map(asciiAddress);
}

export const isBlank = (value: unknown) =>
	value === undefined || value === null || String(value).trim() === '';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** null/'' clear a date; anything else must be YYYY-MM-DD. */
export function dateOrError(body: Json, key: string): string | undefined {
	const value = body[key];
	if (value === undefined || value === null || value === '') return undefined;
	return typeof value === 'string' && DATE.test(value) ? undefined : `${key} is not a valid date`;
}

/**
 * Copies the writable keys present in `body` onto `record`, converting lists and booleans the way
 * Migadu stores them. Unknown keys are ignored, as Migadu does.
 */
export function applyFields(
	record: Json,
	body: Json,
	spec: {
		strings?: string[];
		booleans?: string[];
		addressLists?: string[];
		lists?: string[];
		dates?: string[];
		numbers?: string[];
	},
): void {
	for (const key of spec.strings ?? [])
		if (key in body) record[key] = body[key] === null ? null : String(body[key]);
	for (const key of spec.booleans ?? []) if (key in body) record[key] = bool(body[key]);
	for (const key of spec.addressLists ?? []) if (key in body) record[key] = addressList(body[key]);
	for (const key of spec.lists ?? [])
		if (key in body)
			record[key] = list(body[key]).map((e) => (e.includes('@') ? asciiAddress(e) : e));
	for (const key of spec.dates ?? [])
		if (key in body) record[key] = body[key] === '' ? null : body[key];
	for (const key of spec.numbers ?? []) if (key in body) record[key] = Number(body[key]);
}
