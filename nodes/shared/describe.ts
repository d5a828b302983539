import {
	NodeOperationError,
	type IDisplayOptions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';

/**
 * How a node's panel is built from its operations, for both nodes. An operation declares its
 * option (name, action, routing) and its parameters without saying where they show; a resource
 * lists its operations. `describeResources` adds every displayOptions, the Operation selectors,
 * and shares parameters: one parameter object used by several operations becomes one definition
 * shown for all of them. (RoutingNode evaluates every definition of a parameter for every item,
 * so a parameter defined once is evaluated once.)
 */
export interface OperationDeclaration {
	/** The Operation selector's entry: name, value, action, description, routing. */
	option: INodePropertyOptions;
	/**
	 * The operation's parameters in panel order. The same object may appear in other operations
	 * (a locator, Return All, Simplify); a parameter's own displayOptions are kept and combined.
	 */
	properties: INodeProperties[];
	/**
	 * The API routes the operation sends to, as path templates below the API root
	 * (`/get/mailbox/{id}`, `/edit/rl-mbox`), for the route-coverage test and the docs.
	 */
	routes?: string[];
}

export interface ResourceDeclaration {
	name: string;
	value: string;
	/** The operation selected when the resource is picked. */
	default: string;
	operations: OperationDeclaration[];
}

/** The Resource selector of a node (options in alphabetical order). */
export function resourceSelector(
	resources: ResourceDeclaration[],
	defaultResource: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources
			.map((r) => ({ name: r.name, value: r.value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultResource,
		...extra,
	};
}

function withShow(
	property: INodeProperties,
	show: NonNullable<IDisplayOptions['show']>,
): INodeProperties {
	const own = property.displayOptions ?? {};
	return { ...property, displayOptions: { ...own, show: { ...own.show, ...show } } };
}

const OPERATION_SELECTOR: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [],
	default: '',
};

/**
 * Several operations' parameters in one panel order that keeps each operation's own order: a
 * parameter first seen in a later list goes before the next parameter of that list already
 * placed (Get Many's filters before the Simplify that Get placed), else at the end.
 */
function panelOrder(lists: INodeProperties[][]): INodeProperties[] {
	const order: INodeProperties[] = [];
	for (const properties of lists) {
		properties.forEach((property, i) => {
			if (order.includes(property)) return;
			const next = properties.slice(i + 1).find((p) => order.includes(p));
			order.splice(next ? order.indexOf(next) : order.length, 0, property);
		});
	}
	return order;
}

/**
 * The Operation selector of each resource, then every parameter once, shown where its operations
 * are: for whole resources (`{resource}`) where all of a resource's operations use it, else per
 * resource for the operations that do. Each resource's parameters keep the order its operations
 * list them in (see panelOrder; a parameter shared with an earlier resource, such as Return All,
 * is placed again where this resource uses it); a definition for several whole resources sits
 * where the first of them uses it. Throws at load time when two different parameter objects share
 * a name (each parameter name is declared once per node).
 */
export function describeResources(resources: ResourceDeclaration[]): INodeProperties[] {
	const selectors: INodeProperties[] = resources.map((resource) => ({
		...OPERATION_SELECTOR,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations.map((o) => o.option).sort((a, b) => a.name.localeCompare(b.name)),
		default: resource.default,
	}));

	const uses = new Map<INodeProperties, Map<string, string[]>>();
	const owners = new Map<string, { property: INodeProperties; where: string }>();
	for (const resource of resources) {
		for (const operation of resource.operations) {
			const where = `${resource.value} → ${String(operation.option.value)}`;
			for (const property of operation.properties) {
				const owner = owners.get(property.name);
				if (owner && owner.property !== property) {
					throw new Error(
						`Parameter "${property.name}" is declared twice (${owner.where}, ${where}): declare it once and reuse the object, or give one of them another name`,
					);
				}
				owners.set(property.name, { property, where });
				const byResource = uses.get(property) ?? new Map<string, string[]>();
				const operations = byResource.get(resource.value) ?? [];
				if (!operations.includes(String(operation.option.value)))
					operations.push(String(operation.option.value));
				byResource.set(resource.value, operations);
				uses.set(property, byResource);
			}
		}
	}

	/** The resources that use a parameter in every one of their operations. */
	const wholeOf = (byResource: Map<string, string[]>) =>
		[...byResource]
			.filter(
				([resource, ops]) =>
					resources.find((r) => r.value === resource)!.operations.length === ops.length,
			)
			.map(([resource]) => resource);

	const placed: INodeProperties[] = [];
	const done = new Set<string>();
	for (const resource of resources) {
		for (const property of panelOrder(resource.operations.map((o) => o.properties))) {
			const byResource = uses.get(property)!;
			if (done.has(`${property.name}\0${resource.value}`)) continue;
			const whole = wholeOf(byResource);
			const shown = whole.includes(resource.value) ? whole : [resource.value];
			for (const r of shown) done.add(`${property.name}\0${r}`);
			placed.push(
				whole.includes(resource.value)
					? withShow(property, { resource: whole })
					: withShow(property, {
							resource: [resource.value],
							operation: byResource.get(resource.value)!,
						}),
			);
		}
	}
	return [...selectors, ...placed];
}

const shown = new WeakMap<INodeProperties, Map<string, INodeProperties>>();

/**
 * The property shown only when parameter `name` has one of `values`; the same object for the
 * same property and condition (so operations sharing it still share one definition).
 */
export function withShowOnce(
	property: INodeProperties,
	name: string,
	values: string[],
): INodeProperties {
	const key = `${name}=${values.join(',')}`;
	const cache = shown.get(property) ?? new Map<string, INodeProperties>();
	shown.set(property, cache);
	const cached = cache.get(key) ?? withShow(property, { [name]: values });
	cache.set(key, cached);
	return cached;
}

/**
 * One operation with variants picked by an options parameter (Rate Limit of a Domain or a
 * Mailbox): each variant is a whole operation declaration; the preSend and postReceive of the
 * chosen one run, its method and URL are used, and its parameters show only when it is chosen
 * (parameters of every variant show always). The selector's values are the variants' keys.
 */
export function variants(
	described: Omit<INodePropertyOptions, 'routing'>,
	selector: INodeProperties,
	choices: Record<string, OperationDeclaration>,
): OperationDeclaration {
	const keys = Object.keys(choices);
	const pick = (context: IExecuteSingleFunctions) => {
		const chosen = String(context.getNodeParameter(selector.name, selector.default));
		const variant = choices[chosen];
		if (!variant) {
			throw new NodeOperationError(
				context.getNode(),
				`${selector.displayName}: "${chosen}" is not one of ${keys.join(', ')} (item ${context.getItemIndex()})`,
				{ itemIndex: context.getItemIndex() },
			);
		}
		return variant.option.routing ?? {};
	};
	async function preSend(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const { request, send } = pick(this);
		if (request?.method) options.method = request.method;
		if (request?.url) options.url = request.url;
		let prepared = options;
		for (const action of send?.preSend ?? []) prepared = await action.call(this, prepared);
		return prepared;
	}
	async function postReceive(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	) {
		let out = items;
		for (const action of pick(this).output?.postReceive ?? []) {
			if (typeof action !== 'function') throw new Error('Variants take postReceive functions only');
			out = await action.call(this, out, response);
		}
		return out;
	}
	const usedBy = new Map<INodeProperties, string[]>();
	for (const key of keys) {
		for (const property of choices[key].properties)
			usedBy.set(property, [...(usedBy.get(property) ?? []), key]);
	}
	const properties = panelOrder(keys.map((key) => choices[key].properties)).map((property) => {
		const used = usedBy.get(property)!;
		return used.length === keys.length ? property : withShowOnce(property, selector.name, used);
	});
	return {
		option: {
			...described,
			routing: { send: { preSend: [preSend] }, output: { postReceive: [postReceive] } },
		},
		properties: [selector, ...properties],
		routes: [...new Set(keys.flatMap((key) => choices[key].routes ?? []))],
	};
}
