// Preloaded into every timed `n8n execute` of section 1d (NODE_OPTIONS=--require): measures the
// CPU time of n8n's main process while the contender node runs (process.cpuUsage around
// WorkflowExecute.runNode of the node named BENCH_CPU_NODE), and writes it to BENCH_CPU_FILE
// as { cpuMs } when n8n exits (the node's wall time comes from the run's executionTime). CPU time
// is what the node costs the n8n host, whatever the server's speed and the writes' order.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const modules = process.env.BENCH_N8N_MODULES;
const file = process.env.BENCH_CPU_FILE;
const nodeName = process.env.BENCH_CPU_NODE;
// Only the n8n main process: task runners inherit NODE_OPTIONS too.
if (modules && file && nodeName && process.argv.some((a) => /[\\/]n8n[\\/]bin[\\/]n8n$/.test(a))) {
	const { WorkflowExecute } = require(path.join(modules, 'n8n-core'));
	const proto = WorkflowExecute.prototype;
	const runNode = proto.runNode;
	const measured = { cpuMs: 0 };
	proto.runNode = async function (workflow, executionData, ...rest) {
		if (executionData?.node?.name !== nodeName)
			return await runNode.call(this, workflow, executionData, ...rest);
		const cpu = process.cpuUsage();
		try {
			return await runNode.call(this, workflow, executionData, ...rest);
		} finally {
			const used = process.cpuUsage(cpu);
			measured.cpuMs += (used.user + used.system) / 1000;
		}
	};
	process.on('exit', () => fs.writeFileSync(file, JSON.stringify(measured)));
}
