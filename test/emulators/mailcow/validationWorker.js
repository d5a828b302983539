// The worker thread behind validation.ts: openapi-backend runs here, under Node's own module
// loader, because its ES-module-only dependency (json-schema-ref-parser) cannot be loaded by
// Jest's CommonJS registry on Node 20. Messages: parse → the YAML spec as an object;
// init → build the validator from the corrected spec; validate → the request's errors.
const { parentPort, workerData } = require('node:worker_threads');
const { default: OpenAPIBackend } = require(workerData.backendPath);
const { parse } = require(workerData.refparserPath);

let index;

/**
 * openapi-backend's own router tries every operation's pattern per request (about 1 ms with
 * mailcow's ~100 paths); this index finds the operation in a Map or a short list instead.
 */
function indexOperations(api) {
	const exact = new Map();
	const templated = [];
	for (const operation of api.router.getOperations()) {
		const method = operation.method.toUpperCase();
		if (!operation.path.includes('{')) {
			exact.set(`${method} ${operation.path}`, operation);
			continue;
		}
		const source = operation.path
			.split('/')
			.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
			.join('/');
		templated.push({ method, pattern: new RegExp(`^${source}$`), operation });
	}
	const statics = (p) => p.split('/').filter((s) => s && !s.startsWith('{')).length;
	templated.sort((a, b) => statics(b.operation.path) - statics(a.operation.path));
	return { api, exact, templated };
}

function validate({ method, path, query, body }) {
	const { api, exact, templated } = index;
	const operation =
		exact.get(`${method} ${path}`) ??
		templated.find((t) => t.method === method && t.pattern.test(path))?.operation;
	if (!operation) return null;
	const result = api.validator.validateRequest(
		{ method, path, query, headers: {}, body },
		operation,
	);
	if (result.valid) return [];
	return (result.errors ?? []).map((e) =>
		`${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}`.trim(),
	);
}

parentPort.on('message', async (message) => {
	try {
		if (message.type === 'parse') {
			parentPort.postMessage({ id: message.id, result: await parse(workerData.specPath) });
		} else if (message.type === 'init') {
			const api = new OpenAPIBackend({
				definition: message.document,
				quick: true,
				strict: false,
				ajvOpts: { strict: false },
			});
			await api.init();
			index = indexOperations(api);
			parentPort.postMessage({ id: message.id, result: true });
		} else {
			parentPort.postMessage({ id: message.id, result: validate(message.request) });
		}
	} catch (error) {
		parentPort.postMessage({
			id: message.id,
			error: String(error && error.stack ? error.stack : error),
		});
	}
});
