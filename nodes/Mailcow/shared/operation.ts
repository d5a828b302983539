import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nRequestOperations,
	type INodeExecutionData,
	type INodeProperties,
	type PostReceiveAction,
	type PreSendAction,
} from 'n8n-workflow';
import type { OperationDeclaration } from '../../shared/describe';
import { fieldError, fieldGroups, parameterOf, type FieldGroup } from '../../shared/fields';
import { mapped as mappedProperties, mapsAutomatically } from '../../shared/mapping';
import {
	includeSecretsField,
	mappingModeField,
	paginationFields,
	returnCreatedField,
	simplifyField,
} from './descriptions';
import { createdObject } from './errors';
import { readMailcowBody, readMappedBody, type MailcowField, type MailcowKind } from './fields';
import type { MailcowEntry } from './messages';
import {
	firstPage,
	listQuery,
	pagingNotice,
	readListing,
	searchAvailable,
	type ListingTable,
} from './listing';
import { readMany, readOne, sameName, type Identity, type Redactor, type Simplifier } from './read';
import { toRecords } from './records';
import { getItemState, setItemState } from './state';
import { editWithTagRemoval } from './tags';
import { mailcowApiRequest, mailcowPath } from './transport';
import {
	createResult,
	deleteBody,
	editBody,
	partialEditResult,
	writeOutput,
	writeResult,
	type SkippedCreate,
} from './write';

/**
 * The kinds of Mailcow operation, declared in a few lines each (resources/<resource>/<op>.ts).
 * Every factory returns an OperationDeclaration: the Operation option with its routing (one
 * preSend that reads and checks the fields, one postReceive that reads mailcow's answer) and the
 * operation's parameters; resources/index.ts places them in the panel. Operations that need
 * more (several requests, answers of their own) declare their option directly.
 */
interface Described {
	/** The Operation selector's name ("Get Many"), value ("getAll"), action and description. */
	name: string;
	value: string;
	action: string;
	description: string;
}

type Fields = FieldGroup<MailcowKind>;

const noFields: Fields = { properties: [], body: [] };

/**
 * The parameters of a Create or Update with its Mapping Mode (nodes/shared/mapping.ts): the
 * fields show for "Map Each Field Below" only; resource locators always. A special create that
 * reads its fields with readMappedBody places them with this too.
 */
export function mapped(properties: INodeProperties[]): INodeProperties[] {
	return mappedProperties(mappingModeField, properties);
}

/** The Operation option of a routed operation (only the Described keys of a factory's spec). */
export function mailcowOperation(
	{ name, value, action, description }: Described,
	routing: {
		method: 'GET' | 'POST';
		url?: string;
		preSend: PreSendAction;
		postReceive: PostReceiveAction[];
		/** The operation's own item runner instead of the node's (`requestOperations.pagination`). */
		pagination?: IN8nRequestOperations['pagination'];
	},
	properties: INodeProperties[],
	/** The mailcow routes it sends to (`/get/mailbox/{id}`); defaults to `url`. */
	routes: string[] = routing.url ? [routing.url] : [],
): OperationDeclaration {
	// Only the option's own keys: a factory's spec (fields, locator, route) stays out of the panel.
	return {
		routes,
		option: {
			name,
			value,
			action,
			description,
			routing: {
				request: { method: routing.method, ...(routing.url ? { url: routing.url } : {}) },
				send: { preSend: [routing.preSend] },
				...(routing.pagination ? { operations: { pagination: routing.pagination } } : {}),
				output: { postReceive: routing.postReceive },
			},
		},
		properties,
	};
}

/**
 * Secrets a read leaves out of its output (keys of the raw or simplified record) unless the
 * user turned Include Secrets on; see ItemState.hidden.
 */
function hideSecrets(context: IExecuteSingleFunctions, secrets: string[] | undefined): void {
	if (!secrets?.length) return;
	const include = context.getNodeParameter('includeSecrets', false) as boolean;
	setItemState(context, { hidden: include ? [] : secrets });
}

const secretsOption = (secrets: string[] | undefined) =>
	secrets?.length ? [includeSecretsField] : [];

/** The value of one field (a locator, a name); declare it `required`. */
export function readOneValue(context: IExecuteSingleFunctions, field: MailcowField): string {
	return String(readMailcowBody(context, [field])[field.key]);
}

/**
 * Get one object: `GET /get/<route…>/<name>`. Mailcow answers `{}` for an unknown name; the
 * answer must be exactly the object asked for (`identity`, see read.ts) or the item fails.
 */
export function getOne(
	spec: Described & {
		/** What the object is called in messages ("mailbox"). */
		what: string;
		/** The fixed route words before the name: ['get', 'mailbox']. */
		route: string[];
		/** The field naming the object (declared `required`). */
		locator: MailcowField;
		simplify: Simplifier;
		identity?: Identity;
		/** Mailcow's `{}` is an answer here (no rate limit), not "not found". */
		emptyIsRecord?: boolean;
		/** Parameters shown before the locator (a filter for its list). */
		before?: INodeProperties[];
		/** Keys mailcow answers in clear that stay out of the output unless Include Secrets is on. */
		secrets?: string[];
		/** Drops what is no part of the record (mailcow's stray `"0": null`), simplified or raw. */
		redact?: Redactor;
	},
): OperationDeclaration {
	const label = spec.locator.property.displayName;
	async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const value = readOneValue(this, spec.locator);
		setItemState(this, { wanted: { what: spec.what, value } });
		hideSecrets(this, spec.secrets);
		options.url = mailcowPath(this, ...spec.route, { value, label });
		return options;
	}
	return mailcowOperation(
		spec,
		{
			method: 'GET',
			preSend: setUrl,
			postReceive: [readOne(spec.simplify, spec.identity, spec.emptyIsRecord, spec.redact)],
		},
		[
			...(spec.before ?? []),
			parameterOf(spec.locator),
			simplifyField,
			...secretsOption(spec.secrets),
		],
		[`/${spec.route.join('/')}/{id}`],
	);
}

/**
 * Get of a server-wide setting mailcow keeps once (no name in the route): `GET /<route>` answers
 * one object. With `secrets`, Include Secrets works as in getOne.
 */
export function getSettings(
	spec: Described & {
		/** The route below the API root: '/get/identity-provider'. */
		route: string;
		simplify: Simplifier;
		/** Keys mailcow answers in clear that stay out of the output unless Include Secrets is on. */
		secrets?: string[];
	},
): OperationDeclaration {
	async function prepare(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		hideSecrets(this, spec.secrets);
		return options;
	}
	return mailcowOperation(
		spec,
		{ method: 'GET', url: spec.route, preSend: prepare, postReceive: [readOne(spec.simplify)] },
		[simplifyField, ...secretsOption(spec.secrets)],
	);
}

/**
 * Get Many: one GET whose answer becomes one item per record (Return All / Limit trim it:
 * mailcow's get routes cannot page). `request` sets the URL (and query, and a filter for what
 * mailcow cannot filter) from the fields read. With `paging` (mailboxes, domains), the request
 * goes through `POST search/<category>` page by page on mailcow 2026-03 and later, with Offset,
 * Sort and Search options; older servers keep the GET and n8n applies them (listing.ts).
 */
export function getMany(
	spec: Described & {
		fields?: Fields;
		/** The mailcow routes `request` may choose (`/get/mailbox/all/{domain}`). */
		routes: string[];
		request: (
			context: IExecuteSingleFunctions,
			values: IDataObject,
			options: IHttpRequestOptions,
		) => void;
		simplify: Simplifier;
		/** Keys mailcow answers in clear that stay out of the output unless Include Secrets is on. */
		secrets?: string[];
		/** Drops secrets mailcow echoes from every record, simplified or raw (see read.ts). */
		redact?: Redactor;
		paging?: {
			table: ListingTable;
			/** The Options collection (listingOptions). */
			options: Fields;
			/** Whether these values may use search (false: `request`'s own route, e.g. per domain). */
			pageable?: (values: IDataObject) => boolean;
			/** What search cannot filter, applied to every page (tags). */
			filter?: (values: IDataObject) => ((record: IDataObject) => boolean) | undefined;
		};
	},
): OperationDeclaration {
	const paging = spec.paging;
	const fields = paging
		? fieldGroups(spec.fields ?? noFields, paging.options)
		: (spec.fields ?? noFields);
	async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const values = readMailcowBody(this, fields.body);
		spec.request(this, values, options);
		hideSecrets(this, spec.secrets);
		if (paging) {
			const { table } = paging;
			const query = listQuery(this, table, values);
			const search =
				(paging.pageable?.(values) ?? true) && (await searchAvailable(this, table.category));
			firstPage(this, options, {
				table,
				query,
				mode: search ? 'search' : 'list',
				filter: search ? paging.filter?.(values) : undefined,
			});
		}
		return options;
	}
	const read = paging
		? readListing(spec.simplify, spec.redact)
		: readMany(spec.simplify, spec.redact);
	return mailcowOperation(
		spec,
		{ method: 'GET', preSend: setUrl, postReceive: [read] },
		[
			...(paging ? [pagingNotice] : []),
			...(spec.fields ?? noFields).properties,
			...paginationFields,
			...(paging?.options.properties ?? []),
			simplifyField,
			...secretsOption(spec.secrets),
		],
		paging
			? [...spec.routes, '/get/status/version', `/search/${paging.table.category}`]
			: spec.routes,
	);
}

/** How a create reads its new object back (Return Created Record): like its resource's Get. */
export interface ReadBack {
	/** What the object is called in messages ("mailbox"). */
	what: string;
	/** The fixed route words of the Get: ['get', 'mailbox']. */
	route: string[];
	/** The new object's name from the body sent. */
	name: (body: IDataObject) => string;
	identity?: Identity;
	simplify: Simplifier;
}

/**
 * The new object, read with its resource's Get and simplified, plus what only the create knows
 * (a generated password) and its warnings. If the read fails, the create still stands: the
 * confirmation is output with a warning saying so (the secret is never dropped).
 */
function readCreated(spec: ReadBack): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		const name = getItemState(this).readBack;
		if (name === undefined) return items;
		const created = items[0].json;
		// What only the create knows (a generated password, warnings) is kept; the confirmation
		// (success, messages) gives way to the record.
		const kept: IDataObject = {};
		for (const key of ['generatedPassword', 'generatedUsername', 'warnings'])
			if (created[key] !== undefined) kept[key] = created[key];
		try {
			const path = mailcowPath(this, ...spec.route, { value: name, label: spec.what });
			const records = toRecords(await mailcowApiRequest.call(this, 'GET', path));
			const record = records.find(
				(r) => !spec.identity || spec.identity(r).some((n) => sameName(name, n)),
			);
			if (!record) throw new Error(`mailcow has no ${spec.what} "${name}"`);
			return [
				{ json: { ...spec.simplify(record, this), ...kept }, pairedItem: items[0].pairedItem },
			];
		} catch (error) {
			const reason =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error.message
					: (error as Error).message;
			const warning = `The ${spec.what} was created, but reading it back failed: ${reason}`;
			const warnings = [...((created.warnings as string[] | undefined) ?? []), warning];
			return [{ json: { ...created, warnings }, pairedItem: items[0].pairedItem }];
		}
	};
}

/**
 * Create: `POST /add/<…>` with mailcow's flat attribute object. `finish` completes the body
 * (cross-field rules, generated secrets) and returns what the output item shows besides
 * mailcow's messages. A create whose answer also holds failures succeeds when the object was
 * made (its secrets are kept, the refused parts listed as warnings): by default when a success
 * entry says `…_added`, or as `created` decides from the answer's entries. `enrich` adds what the
 * output item reads from mailcow's answer entries (a new object's id). With `readBack`, the
 * Return Created Record option outputs the new object as its Get would.
 */
export function create(
	spec: Described & {
		route: string;
		fields: Fields;
		/** May be async (a read before the write). */
		finish?: (
			context: IExecuteSingleFunctions,
			body: IDataObject,
		) => IDataObject | void | Promise<IDataObject | void>;
		enrich?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => IDataObject;
		created?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => boolean;
		/** When mailcow may skip the object without a failure entry (see SkippedCreate). */
		skipped?: SkippedCreate;
		readBack?: ReadBack;
		/** Runs on the confirmation item (what mailcow's answer leaves out, such as a new address). */
		after?: PostReceiveAction;
	},
): OperationDeclaration {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = readMappedBody(this, spec.fields.body);
		const summary = await spec.finish?.(this, body);
		if (summary) setItemState(this, { summary });
		if (spec.readBack && (this.getNodeParameter('returnCreated', false) as boolean))
			setItemState(this, { readBack: spec.readBack.name(body) });
		options.body = body;
		return options;
	}
	return mailcowOperation(
		spec,
		{
			method: 'POST',
			url: spec.route,
			preSend: buildBody,
			postReceive: [
				spec.enrich || spec.created || spec.skipped
					? writeOutput({
							enrich: spec.enrich,
							created: spec.created ?? createdObject,
							skipped: spec.skipped,
						})
					: createResult,
				...(spec.after ? [spec.after] : []),
				...(spec.readBack ? [readCreated(spec.readBack)] : []),
			],
		},
		mapped(
			spec.readBack ? [...spec.fields.properties, returnCreatedField] : spec.fields.properties,
		),
	);
}

/**
 * Update: `POST /edit/<…>` with `{items, attr}`. `ids` names the objects: a required list field
 * (several per item) or a single-value field (one object per item, output as given). The
 * fields are the attributes to change; at least one is needed. `with` are attributes mailcow
 * needs on every edit of the route (the mailbox of an app password): sent in `attr`, not counted
 * as changes. `finish` may be async (a read before the write) and returns more fields for the
 * output item. With `tags`, tag removals and additions go through the extra calls mailcow needs
 * (tags.ts).
 */
export function update(
	spec: Described & {
		route: string;
		ids: MailcowField;
		/** What the ids are, singular and plural, for failures mailcow leaves unnamed. */
		objects: [string, string];
		fields: Fields;
		with?: Fields;
		tags?: 'domain' | 'mailbox';
		/** Runs on the output item (what the answer leaves out, such as a renewed secret). */
		after?: PostReceiveAction;
		/**
		 * An edit mailcow makes in part (it drops what is invalid and saves the rest): the ids whose
		 * change the answer, failed entries and all, shows not saved. With none, the item succeeds
		 * and lists the failed entries under `warnings`; else a failure names these ids.
		 */
		unsaved?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => string[];
		/** With `unsaved`: the entries as the node reads them, where the answer misnames an id. */
		correct?: (entries: MailcowEntry[], context: IExecuteSingleFunctions) => MailcowEntry[];
		finish?: (
			context: IExecuteSingleFunctions,
			attr: IDataObject,
			ids: string[],
		) => void | IDataObject | Promise<void | IDataObject>;
	},
): OperationDeclaration {
	const changes = spec.fields.properties.at(-1)?.displayName ?? 'Update Fields';
	const needed = spec.with ?? noFields;
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const context = readMailcowBody(this, needed.body);
		const named = readMailcowBody(this, [spec.ids])[spec.ids.key] as string | string[];
		const ids = Array.isArray(named) ? named : [named];
		// The ids and the context fields are parameters (often mapped from the same item).
		const changed = readMappedBody(this, spec.fields.body, [
			spec.ids.key,
			spec.ids.property.name,
			...needed.body.flatMap((f) => [f.key, f.property.name]),
		]);
		if (Object.keys(changed).length === 0) {
			if (!mapsAutomatically(this))
				throw fieldError(this, changes, 'add at least one field to change');
			const itemIndex = this.getItemIndex();
			throw new NodeOperationError(
				this.getNode(),
				`The item holds no field to change (item ${itemIndex})`,
				{
					itemIndex,
					description:
						"With Map Automatically the fields come from the item's JSON: give it at least one of the operation's fields, by mailcow's name or the field's.",
				},
			);
		}
		const attr = { ...context, ...changed };
		const more = await spec.finish?.(this, attr, ids);
		setItemState(this, {
			summary: { ...(more ?? {}), [spec.ids.key]: named },
			objects: spec.objects,
		});
		if (spec.tags) return await editWithTagRemoval(this, options, spec.tags, ids, attr);
		return editBody(this, options, ids, attr);
	}
	return mailcowOperation(
		spec,
		{
			method: 'POST',
			url: spec.route,
			preSend: buildBody,
			postReceive: [
				spec.unsaved ? partialEditResult(spec.unsaved, spec.correct) : writeResult,
				...(spec.after ? [spec.after] : []),
			],
		},
		[...needed.properties, parameterOf(spec.ids), ...mapped(spec.fields.properties)],
	);
}

/**
 * Delete: `POST /delete/<…>` with a bare array of ids (not the spec's `{items}`); the output
 * names the ids under the field's key. `guard` runs before (it may read) and throws to refuse
 * the item with nothing sent.
 */
export function remove(
	spec: Omit<Described, 'name' | 'value'> &
		// Name and value default to Delete / delete.
		Partial<Pick<Described, 'name' | 'value'>> & {
			route: string;
			ids: MailcowField;
			/** What the ids are, singular and plural, for failures mailcow leaves unnamed. */
			objects: [string, string];
			guard?: (context: IExecuteSingleFunctions, ids: string[]) => Promise<void>;
			/** Added to the description of a refusal (where mailcow's bare `access_denied` misleads). */
			hint?: string;
		},
): OperationDeclaration {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const ids = readMailcowBody(this, [spec.ids])[spec.ids.key] as string[];
		await spec.guard?.(this, ids);
		deleteBody(this, options, ids);
		// The ids as sent (domains in punycode).
		setItemState(this, {
			summary: { [spec.ids.key]: getItemState(this).items },
			objects: spec.objects,
			hint: spec.hint,
		});
		return options;
	}
	return mailcowOperation(
		{ name: 'Delete', value: 'delete', ...spec },
		{ method: 'POST', url: spec.route, preSend: buildBody, postReceive: [writeResult] },
		[parameterOf(spec.ids)],
	);
}
