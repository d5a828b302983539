// Experiment, preloaded into `n8n execute` for our node's runs only: what our node would cost if
// n8n-core's RoutingNode evaluated each parameter once per item (today: main loop, resolveBaseUrl
// and getNodeParameter) and the credential-only request defaults once per run. Memoises
// n8n-workflow's expression results, only for expressions whose value cannot differ between those
// calls: `{{ $json.x }}` (per node, run and item) and expressions reading nothing but $credentials
// (per node and run). Never loaded when the contenders themselves are measured.
'use strict';
const path = require('node:path');

const modules = process.env.BENCH_N8N_MODULES;
if (modules && process.argv.some((arg) => /[\\/]n8n[\\/]bin[\\/]n8n$/.test(arg))) {
	const { WorkflowExpression } = require(path.join(modules, 'n8n-workflow'));
	const proto = WorkflowExpression.prototype;
	const resolve = proto.resolveSimpleParameterValue;
	const itemField = /^=\{\{\s*\$json\.[A-Za-z_][A-Za-z0-9_]*\s*\}\}$/;
	// Every `$name` or `$(` in the expression is $credentials (a `$` in a regex literal is not).
	const credentialsOnly = (value) => {
		const refs = value.match(/\$[A-Za-z_(][A-Za-z0-9_]*/g) || [];
		return refs.length > 0 && refs.every((ref) => ref === '$credentials');
	};
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
		const perItem = typeof value === 'string' && itemField.test(value);
		const perRun =
			!perItem && typeof value === 'string' && value.charAt(0) === '=' && credentialsOnly(value);
		if (!perItem && !perRun) {
			return resolve.call(this, value, sibling, runData, runIndex, itemIndex, nodeName, ...rest);
		}
		const key = `${nodeName}\u0000${runIndex}\u0000${perItem ? itemIndex : '*'}\u0000${value}`;
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
