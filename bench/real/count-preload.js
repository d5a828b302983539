// Preloaded into `n8n execute` (NODE_OPTIONS=--require) for one counting run: installs the
// evaluation counter on the n8n install's own n8n-workflow and n8n-core and writes the counts to
// BENCH_COUNT_FILE when n8n exits.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { install } = require('../lib/evaluation-counter.js');

const modules = process.env.BENCH_N8N_MODULES;
const file = process.env.BENCH_COUNT_FILE;
// Only the n8n main process: task runners inherit NODE_OPTIONS too.
if (modules && file && process.argv.some((arg) => /[\\/]n8n[\\/]bin[\\/]n8n$/.test(arg))) {
	const counter = install(
		require(path.join(modules, 'n8n-workflow')),
		require(path.join(modules, 'n8n-core')),
	);
	process.on('exit', () => fs.writeFileSync(file, JSON.stringify(counter.snapshot())));
}
