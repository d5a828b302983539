// The few calls of n8n's internal REST API (the one its editor uses) that the sandbox and the
// e2e tests need, with the session cookie of a logged-in user.

export class N8nRest {
	constructor(
		readonly baseUrl: string,
		private readonly cookie: string,
	) {}

	async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.baseUrl}${path}`, {
			method,
			headers: {
				cookie: this.cookie,
				// The session is bound to the browser id it was created with (see owner.ts).
				'browser-id': 'n8n-sandbox',
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok)
			throw new Error(`n8n ${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
		const parsed = JSON.parse(text) as { data?: T } | T;
		return parsed && typeof parsed === 'object' && 'data' in parsed
			? (parsed.data as T)
			: (parsed as T);
	}

	/** Publishes (activates) a workflow, so its production webhooks answer. */
	async activateWorkflow(id: string) {
		const workflow = await this.request<{ versionId: string; active: boolean }>(
			'GET',
			`/rest/workflows/${encodeURIComponent(id)}`,
		);
		if (workflow.active) return;
		await this.request('POST', `/rest/workflows/${encodeURIComponent(id)}/activate`, {
			versionId: workflow.versionId,
		});
	}

	/** Names of the node and credential types the running n8n has loaded. */
	async loadedTypes(): Promise<{ nodes: string[]; credentials: string[] }> {
		const nodes = await this.request<Array<{ name: string }>>('GET', '/types/nodes.json');
		const credentials = await this.request<Array<{ name: string }>>(
			'GET',
			'/types/credentials.json',
		);
		return { nodes: nodes.map((n) => n.name), credentials: credentials.map((c) => c.name) };
	}
}
