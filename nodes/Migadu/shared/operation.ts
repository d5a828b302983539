import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
	type PostReceiveAction,
} from 'n8n-workflow';
import type { OperationDeclaration } from '../../shared/describe';
import { requestContext, setRequestContext, type RequestContext } from './context';
import { checkResponse, migaduError } from './errors';
import { mappingModeField } from './descriptions';
import { readMigaduBody, readMigaduMapped, type MigaduFields } from './fields';
import { mapped, mapsAutomatically } from '../../shared/mapping';
import { migaduPath, Target } from './target';
import { migaduRequest, throttleRequest } from './transport';

/**
 * One Migadu operation, declared in its own file (resources/<resource>/<operation>.ts): the
 * request (method, path, body fields) and how its answer is read. `operation` turns it into an
 * OperationDeclaration; resources/index.ts places the parameters in the panel.
 */
export interface OperationSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** Raw path segments below the base URL (encoded by the builder). */
	path: (target: Target) => string[];
	/** What the request addresses, for messages: `mailbox "demo@example.com"`. */
	target: (target: Target, body: IDataObject) => string;
	/**
	 * Parameters naming what the request addresses (Domain, Mailbox, the object's own name), read
	 * by the Target; shown first. Shared ones are one object for every operation using them.
	 */
	locators?: INodeProperties[];
	/** Body fields (write operations), shown after the locators. */
	fields?: MigaduFields;
	/** Update operations: refuse a request that would change nothing. */
	requireChange?: boolean;
	/** Cross-field rules and extra keys, after the table has been read. */
	finish?: (ctx: IExecuteSingleFunctions, body: IDataObject, target: Target) => void;
	/** A reason for a 404 beside a wrong name, added to the error's description. */
	notFound?: string;
	/** Get Many: the key of Migadu's envelope (`mailboxes`, `address_aliases`, …). */
	list?: string;
	/**
	 * Delete: the output when Migadu's answer holds no deleted object (an empty answer, or HTTP 500
	 * and a lookup showing the object gone).
	 */
	deleted?: (target: Target) => IDataObject;
}

/** Every Create and Update has a Mapping Mode (fields from parameters or from the item's JSON). */
const isMapped = (spec: OperationSpec) =>
	spec.fields !== undefined && (spec.value === 'create' || spec.value === 'update');

/** The one preSend of an operation: path, body, validation, then the rate limiter. */
function prepare(spec: OperationSpec) {
	const locators = (spec.locators ?? []).map((p) => p.name);
	const read = (context: IExecuteSingleFunctions, fields: MigaduFields) =>
		isMapped(spec)
			? readMigaduMapped(context, fields.body, locators)
			: readMigaduBody(context, fields.body);
	return async function (
		this: IExecuteSingleFunctions,
		options: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const target = new Target(this);
		const path = migaduPath(this, ...spec.path(target).map((segment) => target.part(segment)));
		const body = spec.fields ? read(this, spec.fields) : undefined;
		if (body) spec.finish?.(this, body, target);
		const label = spec.target(target, body ?? {});
		if (spec.requireChange && body && Object.keys(body).length === 0) {
			const where = mapsAutomatically(this)
				? "give the item's JSON one of the operation's fields"
				: 'add a field under "Update Fields"';
			throw new NodeOperationError(this.getNode(), 'Add at least one field to update', {
				itemIndex: this.getItemIndex(),
				description: `Nothing would change on ${label}: ${where}.`,
			});
		}
		if (body) options.body = body;
		else delete options.body;
		options.url = path;
		const context: RequestContext = {
			path,
			target: label,
			deleted: spec.deleted?.(target),
			notFound: spec.notFound,
		};
		setRequestContext(this, context);
		context.answered = await throttleRequest(this);
		return options;
	};
}

/** Get Many: one item per record of the envelope, with Return All / Limit applied. */
export function unwrapList(key: string): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	) {
		const body = response.body as IDataObject | undefined;
		const records = body && Array.isArray(body[key]) ? (body[key] as IDataObject[]) : undefined;
		if (!records) {
			throw new NodeOperationError(this.getNode(), `Migadu's answer has no "${key}" list`, {
				itemIndex: this.getItemIndex(),
				description: `Expected {"${key}": [...]}; got ${JSON.stringify(body).slice(0, 200)}`,
			});
		}
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limited = returnAll
			? records
			: records.slice(0, this.getNodeParameter('limit', 50) as number);
		// Each record is paired with the input item that asked for it.
		const pairedItem = { item: this.getItemIndex() };
		return limited.map((json) => ({ json, pairedItem }));
	};
}

/**
 * The one postReceive of a DELETE. Migadu answers the deleted object, or (a forwarding's DELETE)
 * nothing: then the item is the operation's `deleted` output. It sometimes answers a DELETE that
 * worked with HTTP 500: a GET confirms it, 404 meaning the object is gone and the item succeeds;
 * anything else keeps the original error.
 */
export async function confirmDelete(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const context = requestContext(this);
	const deleted = () => [
		{ json: context?.deleted ?? { deleted: true }, pairedItem: { item: this.getItemIndex() } },
	];
	if (response.statusCode !== 500 || !context) {
		const checked = await checkResponse.call(this, items, response);
		const body = response.body as unknown;
		return typeof body === 'object' && body !== null ? checked : deleted();
	}
	const lookup = await migaduRequest(this, 'GET', context.path);
	if (lookup.statusCode === 404) return deleted();
	const error = migaduError(this.getNode(), response, context.target, this.getItemIndex());
	error.description = `${error.description ?? ''}\nA lookup afterwards answered HTTP ${lookup.statusCode}${
		lookup.statusCode === 200 ? ': the object still exists, so it was not deleted.' : '.'
	}`;
	throw error;
}

/**
 * An operation: its Operation option (one preSend building path and body, the postReceives
 * reading Migadu's answer) and its parameters (locators, then fields).
 */
export function operation(spec: OperationSpec): OperationDeclaration {
	const postReceive: PostReceiveAction[] =
		spec.method === 'DELETE'
			? [confirmDelete]
			: spec.list
				? [checkResponse, unwrapList(spec.list)]
				: [checkResponse];
	return {
		option: {
			name: spec.name,
			value: spec.value,
			action: spec.action,
			description: spec.description,
			routing: {
				request: { method: spec.method },
				send: { preSend: [prepare(spec)] },
				output: { postReceive },
			},
		},
		properties: [
			...(spec.locators ?? []),
			...(isMapped(spec)
				? mapped(mappingModeField, spec.fields?.properties ?? [])
				: (spec.fields?.properties ?? [])),
		],
	};
}

/** Return All; one object for every Get Many, so the panel defines it once. */
const returnAll: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

/** Limit. Migadu has no paging: the limit is applied to the full list it returns. */
const limit: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/**
 * Get Many: `GET` of a list, one item per record of Migadu's envelope (`list`, e.g. `mailboxes`),
 * trimmed by Return All / Limit (added here).
 */
export function getMany(
	spec: Omit<OperationSpec, 'name' | 'value' | 'method' | 'fields' | 'list'> & { list: string },
): OperationDeclaration {
	const declared = operation({ ...spec, name: 'Get Many', value: 'getAll', method: 'GET' });
	return { ...declared, properties: [...declared.properties, returnAll, limit] };
}
