// Experiment, preloaded into `n8n execute` for one contender only: what our node would cost if
// n8n-core's RoutingNode evaluated each parameter once per item (it evaluates each three times:
// main loop, resolveBaseUrl, getNodeParameter). Memoises n8n-workflow's expression resolution per
// node, run, item and expression, only for expressions that read one field of the item's JSON
// (`{{ $json.x }}`), whose value cannot differ between those calls. Never used to measure the
// contenders themselves.
'use strict';
const path = require('node:path');

const modules = process.env.BENCH_N8N_MODULES;
if (modules && process.argv.some((arg) => /[\\/]n8n[\\/]bin[\\/]n8n$/.test(arg))) {
	const { WorkflowExpression } = require(path.join(modules, 'n8n-workflow'));
	const proto = WorkflowExpression.prototype;
	const resolve = proto.resolveSimpleParameterValue;
	const pure = /^=\{\{\s*\$json\.[A-Za-z_][A-Za-z0-9_]*\s*\}\}$/;
	const memo = new Map();
	proto.resolveSimpleParameterValue = function (
		value,
		sibling,
		runData,
		runIndex,
		itemIndex,
		nodeName,
		...rest
	) {
		if (typeof value !== 'string' || !pure.test(value)) {
			return resolve.call(this, value, sibling, runData, runIndex, itemIndex, nodeName, ...rest);
		}
		const key = `${nodeName}\u0000${runIndex}\u0000${itemIndex}\u0000${value}`;
		if (memo.has(key)) return memo.get(key);
		const result = resolve.call(
			this,
			value,
			sibling,
			runData,
			runIndex,
			itemIndex,
			nodeName,
			...rest,
		);
		memo.set(key, result);
		return result;
	};
}
