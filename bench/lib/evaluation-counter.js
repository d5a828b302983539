// Counts expression evaluations per node and per phase of n8n's execution, by wrapping
// n8n-workflow's WorkflowExpression and n8n-core's RoutingNode / node contexts. Plain CommonJS so
// that it also loads into the real n8n (with `node --require bench/real/count-preload.js`).
// A phase is the outermost wrapped function on the stack when the expression is evaluated.
'use strict';

function install(workflowModule, coreModule) {
	const counts = {};
	const stack = [];

	function wrap(proto, method, phase) {
		if (!proto || typeof proto[method] !== 'function' || proto[method].__benchWrapped) return;
		const original = proto[method];
		const wrapped = function (...args) {
			stack.push(phase);
			try {
				return original.apply(this, args);
			} finally {
				stack.pop();
			}
		};
		wrapped.__benchWrapped = true;
		proto[method] = wrapped;
	}

	const expression = workflowModule.WorkflowExpression.prototype;
	const resolve = expression.resolveSimpleParameterValue;
	expression.resolveSimpleParameterValue = function (
		value,
		sibling,
		runData,
		runIndex,
		itemIndex,
		nodeName,
		...rest
	) {
		if (typeof value === 'string' && value.charAt(0) === '=') {
			const phase = stack.length ? stack[0] : 'other';
			const node = (counts[nodeName] = counts[nodeName] || {});
			node[phase] = (node[phase] || 0) + 1;
		}
		return resolve.call(this, value, sibling, runData, runIndex, itemIndex, nodeName, ...rest);
	};

	const routing = coreModule.RoutingNode && coreModule.RoutingNode.prototype;
	wrap(routing, 'resolveBaseUrl', 'RoutingNode.resolveBaseUrl');
	wrap(routing, 'getParameterValue', 'RoutingNode main loop');
	// ExecuteContext binds getNodeParameter per instance; both contexts call _getNodeParameter.
	for (const name of ['ExecuteSingleContext', 'ExecuteContext']) {
		let proto = coreModule[name] && coreModule[name].prototype;
		while (proto && !Object.prototype.hasOwnProperty.call(proto, '_getNodeParameter'))
			proto = Object.getPrototypeOf(proto);
		wrap(proto, '_getNodeParameter', 'getNodeParameter');
	}

	return {
		snapshot: () => JSON.parse(JSON.stringify(counts)),
		reset: () => {
			for (const key of Object.keys(counts)) delete counts[key];
		},
	};
}

module.exports = { install };
