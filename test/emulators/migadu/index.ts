/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- the emulator's own demo key, not a secret */
// A stateful emulator of Migadu's admin API (https://api.migadu.com/v1), HTTP Basic auth.
import { Emulator, type EmulatorResponse, type RecordedRequest } from '../core';

export const MIGADU_USER = 'admin@example.com';
export const MIGADU_KEY = 'emu-migadu-api-key-0123456789';

export interface MigaduEmulatorOptions {
	user?: string;
	apiKey?: string;
}

export class MigaduEmulator extends Emulator {
	readonly user: string;
	readonly apiKey: string;
	domains: Array<Record<string, unknown>> = [];

	constructor(options: MigaduEmulatorOptions = {}) {
		super();
		this.user = options.user ?? MIGADU_USER;
		this.apiKey = options.apiKey ?? MIGADU_KEY;
	}

	reset() {
		this.domains = [];
		this.resetLog();
	}

	protected handle(request: RecordedRequest): EmulatorResponse {
		const expected = 'Basic ' + Buffer.from(`${this.user}:${this.apiKey}`).toString('base64');
		if (request.headers.authorization !== expected) {
			return { status: 401, body: { error: 'Unauthorized' } };
		}
		const [version, collection] = request.segments;
		if (version === 'v1' && collection === 'domains' && request.method === 'GET') {
			return { status: 200, body: { domains: this.domains } };
		}
		return { status: 404, body: { error: 'Not Found' } };
	}
}
