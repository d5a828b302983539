// The known errors of mailcow's openapi.yaml, corrected in this one place before the emulator
// validates requests against it. Each correction cites the note it comes from:
// [ref] /work/shared/reference/mailcow-api.md, [obs] /work/shared/specs/mailcow-observed.md,
// [obs2] /work/shared/specs/mailcow-observed-2.md (its "Contradictions and additions" section).

type Schema = Record<string, unknown>;
type Operation = {
	parameters?: Schema[];
	requestBody?: { content: Record<string, { schema: Schema }> };
} & Schema;
type Paths = Record<string, Record<string, Operation>>;

const ID = { type: ['string', 'integer'] };
const ID_LIST = { type: 'array', items: ID };
const STRING_LIST = { type: 'array', items: { type: 'string' } };
/** Numbers and flags as the walk below relaxes them (intval'd by mailcow). */
const NUMBER = { anyOf: [{ type: 'number' }, { type: 'string', pattern: '^-?[0-9]+$' }] };
const TEXT_OR_NUMBER = { type: ['string', 'number'] };
const jsonBody = (schema: Schema) => ({
	required: true,
	content: { 'application/json': { schema } },
});
const ok = { '200': { description: 'OK' } };
const pathParam = (name: string) => ({
	name,
	in: 'path',
	required: true,
	schema: { type: 'string' },
});
const get = (summary: string, params: string[] = []): Record<string, Operation> => ({
	get: { operationId: summary, summary, parameters: params.map(pathParam), responses: ok },
});
/** The optional `?tags=t1,t2` filter of mailcow's list routes, as the spec declares it. */
const withTagsQuery = (route: Record<string, Operation>): Record<string, Operation> => ({
	get: {
		...route.get,
		parameters: [
			...(route.get.parameters ?? []),
			{ name: 'tags', in: 'query', required: false, schema: { type: 'string' } },
		],
	},
});
const post = (
	summary: string,
	schema: Schema,
	params: string[] = [],
): Record<string, Operation> => ({
	post: {
		operationId: summary,
		summary,
		parameters: params.map(pathParam),
		requestBody: jsonBody(schema),
		responses: ok,
	},
});

/** Routes json_api.php has that the spec leaves out. [ref §4.2, obs "Not in the spec but working"] */
const ADDED_PATHS: Paths = {
	'/api/v1/get/passwordpolicy': get('Get password policy'),
	// Takes ?tags= like get/mailbox/all. [ref §5 "Filters"]
	'/api/v1/get/mailbox/reduced': withTagsQuery(get('Get mailboxes reduced')),
	'/api/v1/get/alias/all/{domain}': get('Get aliases of domains', ['domain']),
	'/api/v1/get/domain-admin/{username}': get('Get domain admin', ['username']),
	'/api/v1/get/domain': get('Get domain without id'),
	// The send/email route of mailcow's SMTP API documentation; its fields are checked by the route. [ref §6]
	'/api/v1/send/email': post('Send email', { type: 'object' }),
};

/** Visits every schema below `schema`, children first (so a visit may add subschemas safely). */
function walk(schema: unknown, visit: (s: Schema) => void) {
	if (!schema || typeof schema !== 'object') return;
	if (Array.isArray(schema)) return schema.forEach((s) => walk(s, visit));
	for (const [key, value] of Object.entries(schema)) if (key !== 'example') walk(value, visit);
	visit(schema as Schema);
}

/**
 * mailcow passes flags and numbers through intval, so "1", 1 and true all work where the spec
 * says boolean, and numeric strings where it says number (its own examples send "1" and "3072").
 * [obs "Boolean-typed fields … are intval'd", ref §3]
 */
function relaxScalars(schema: Schema) {
	if (schema.type === 'boolean') {
		delete schema.type;
		schema.anyOf = [{ type: 'boolean' }, { enum: [0, 1, '0', '1'] }];
	} else if (schema.type === 'number' || schema.type === 'integer') {
		delete schema.type;
		schema.anyOf = [{ type: 'number' }, { type: 'string', pattern: '^-?[0-9]+$' }];
	}
}

export function correctSpec(document: { paths: Paths }): void {
	const paths = document.paths;
	for (const [path, methods] of Object.entries(paths)) {
		for (const operation of Object.values(methods)) {
			// Path parameter enums list examples ("all", "mailcow.tld"), not the allowed values. [obs get/domain/{d}]
			for (const parameter of operation.parameters ?? []) {
				const schema = parameter.schema as Schema | undefined;
				if (parameter.in === 'path' && schema) delete schema.enum;
			}
			const body = operation.requestBody?.content?.['application/json'];
			if (!body) continue;
			walk(body.schema, relaxScalars);
			if (/^\/api\/v1\/delete\//.test(path)) {
				// Delete bodies are bare arrays of ids (numbers for alias ids), not {items}. [ref §2.1, obs delete/*]
				body.schema = { ...ID_LIST, description: 'ids to delete' };
			} else if (/^\/api\/v1\/edit\//.test(path)) {
				// items may be one plain id or a list; attr stays the object the spec describes. [obs edit/domain]
				const properties = (body.schema.properties ??= {}) as Schema;
				properties.items = { anyOf: [ID, ID_LIST] };
				body.schema.type = 'object';
			}
		}
	}

	const dkimDuplicate =
		paths['/api/v1/add/dkim_duplicate']?.post?.requestBody?.content['application/json'];
	if (dkimDuplicate) {
		// The spec's "fron_domain" is a typo; the code reads from_domain, and to_domain may be a list. [obs DKIM]
		dkimDuplicate.schema.properties = {
			from_domain: { type: 'string' },
			to_domain: { anyOf: [{ type: 'string' }, STRING_LIST] },
		};
	}
	const daAcl = paths['/api/v1/edit/da-acl']?.post?.requestBody?.content['application/json'];
	if (daAcl) {
		// da_acl is a list of ACL names, not an object. [obs edit/da-acl]
		daAcl.schema.properties = {
			items: { anyOf: [ID, ID_LIST] },
			attr: { type: 'object', properties: { da_acl: STRING_LIST } },
		};
	}
	const addDkim = paths['/api/v1/add/dkim']?.post?.requestBody?.content['application/json'];
	if (addDkim) {
		// add/dkim reads `domains`; the field `domain` is silently ignored, so a request with it is a client bug. [obs DKIM]
		(addDkim.schema as Schema).required = ['domains'];
	}
	const addAdmin =
		paths['/api/v1/add/domain-admin']?.post?.requestBody?.content['application/json'];
	if (addAdmin) {
		// domains takes a list as well as one name (the spec's example sends a list). [obs Domain admin]
		(addAdmin.schema.properties as Schema).domains = { anyOf: [{ type: 'string' }, STRING_LIST] };
	}
	const editMailbox = paths['/api/v1/edit/mailbox']?.post?.requestBody?.content['application/json'];
	const mailboxAttr = (editMailbox?.schema.properties as Schema | undefined)?.attr as
		| Schema
		| undefined;
	if (mailboxAttr?.properties) {
		// sender_acl is a list of addresses, "@domain" entries or "*", not an object. [obs Mailbox edit]
		(mailboxAttr.properties as Schema).sender_acl = { anyOf: [{ type: 'string' }, STRING_LIST] };
	}
	correctPart2(paths);
	Object.assign(paths, ADDED_PATHS);
}

const bodyOf = (paths: Paths, path: string) =>
	paths[path]?.post?.requestBody?.content['application/json'];

/** The sync job fields mailcow reads. [obs2 add/syncjob] */
const SYNCJOB_FIELDS: Schema = {
	username: { type: 'string' },
	host1: { type: 'string' },
	port1: NUMBER,
	user1: { type: 'string' },
	password1: { type: 'string' },
	enc1: { type: 'string' },
	mins_interval: NUMBER,
	subfolder2: { type: 'string' },
	maxage: TEXT_OR_NUMBER,
	maxbytespersecond: TEXT_OR_NUMBER,
	timeout1: TEXT_OR_NUMBER,
	timeout2: TEXT_OR_NUMBER,
	exclude: { type: 'string' },
	custom_params: { type: 'string' },
};

/** Corrections from part 2 of the recording. [obs2] */
function correctPart2(paths: Paths) {
	// A log count is N or a range "from-to". [obs2 Logs]
	for (const [path, methods] of Object.entries(paths)) {
		if (!path.startsWith('/api/v1/get/logs/')) continue;
		for (const parameter of methods.get?.parameters ?? []) {
			if (parameter.name === 'count') parameter.schema = { type: 'string' };
		}
	}
	// The schema's parameters, password and mins_internal do not exist; the code reads
	// username, password1 and mins_interval, and without exclude the insert fails. [obs2 add/syncjob]
	const addSyncjob = bodyOf(paths, '/api/v1/add/syncjob');
	if (addSyncjob) {
		const properties = (addSyncjob.schema.properties ?? {}) as Schema;
		for (const wrong of ['parameters', 'password', 'mins_internal']) delete properties[wrong];
		addSyncjob.schema.properties = { ...properties, ...SYNCJOB_FIELDS };
		addSyncjob.schema.required = ['username', 'exclude'];
	}
	const editSyncjob = bodyOf(paths, '/api/v1/edit/syncjob');
	const editSyncjobAttr = (editSyncjob?.schema.properties as Schema | undefined)?.attr as
		| Schema
		| undefined;
	if (editSyncjobAttr) {
		const properties = (editSyncjobAttr.properties ?? {}) as Schema;
		for (const wrong of ['parameters', 'password', 'mins_internal']) delete properties[wrong];
		editSyncjobAttr.properties = { ...properties, ...SYNCJOB_FIELDS };
	}
	const bodyProperties = (path: string) =>
		bodyOf(paths, path)?.schema.properties as Schema | undefined;
	const attrProperties = (path: string) =>
		((bodyProperties(path)?.attr as Schema | undefined)?.properties ?? undefined) as
			| Schema
			| undefined;
	const ONE_OR_LIST = { anyOf: [{ type: 'string' }, STRING_LIST] };
	// multiple_bookings is any number (below -1 becomes -1). [obs2 Resources]
	const resource = bodyProperties('/api/v1/add/resource');
	if (resource) {
		resource.multiple_bookings = NUMBER;
		// The documented _custom and _select fields are ignored by the code: any value.
		resource.multiple_bookings_custom = {};
		resource.multiple_bookings_select = {};
	}
	// The policy column's enum: the spec's "'dane" is dane-only. [obs2 tls-policy-map]
	const tlsPolicy = bodyProperties('/api/v1/add/tls-policy-map');
	if (tlsPolicy)
		tlsPolicy.policy = {
			enum: ['none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure'],
		};
	// Origins and methods: a list or a (newline-, comma-) separated string. [obs2 CORS]
	const cors = attrProperties('/api/v1/edit/cors');
	if (cors) {
		cors.allowed_origins = ONE_OR_LIST;
		cors.allowed_methods = ONE_OR_LIST;
	}
	// username is one domain admin's name, not an object. [obs2 SSO]
	const sso = bodyProperties('/api/v1/add/sso/domain-admin');
	if (sso) sso.username = { type: 'string' };
	// authsource is lowercased by mailcow ("Generic-OIDC" works). [obs2 Identity provider]
	const idp = attrProperties('/api/v1/edit/identity-provider');
	if (idp?.authsource)
		idp.authsource = {
			type: 'string',
			pattern:
				'^([Kk][Ee][Yy][Cc][Ll][Oo][Aa][Kk]|[Gg][Ee][Nn][Ee][Rr][Ii][Cc]-[Oo][Ii][Dd][Cc]|[Ll][Dd][Aa][Pp])$',
		};
	// user_acl is a list of ACL names (or one name). [obs2 Mailbox ACL]
	const userAcl = attrProperties('/api/v1/edit/user-acl');
	if (userAcl) userAcl.user_acl = ONE_OR_LIST;
	// attribute and value are parallel lists (strings for one pair). [obs2 custom attributes]
	const custom = attrProperties('/api/v1/edit/mailbox/custom-attribute');
	if (custom) {
		custom.attribute = ONE_OR_LIST;
		custom.value = ONE_OR_LIST;
	}
	// The code reads exclude, not the documented mbox_exclude (ignored). [obs2 domain footer]
	const footer = attrProperties('/api/v1/edit/domain/footer');
	if (footer) {
		delete footer.mbox_exclude;
		footer.exclude = ONE_OR_LIST;
	}
	// permanent is read with PHP's boolean filter ("yes" works). [obs2 Time-limited aliases]
	const timeLimited = bodyProperties('/api/v1/add/time_limited_alias');
	if (timeLimited)
		timeLimited.permanent = { anyOf: [{ type: 'boolean' }, { type: ['string', 'integer'] }] };
	// key and token are exactly 30 letters or digits (the documented examples fail). [obs2 Pushover]
	const pushover = attrProperties('/api/v1/edit/pushover');
	if (pushover) {
		pushover.key = { type: 'string', pattern: '^[A-Za-z0-9]{30}$' };
		pushover.token = { type: 'string', pattern: '^[A-Za-z0-9]{30}$' };
	}
	// learnspam (undocumented) works like the documented actions. [obs2 Quarantine]
	const qitemAttr = (bodyOf(paths, '/api/v1/edit/qitem')?.schema.properties as Schema | undefined)
		?.attr as Schema | undefined;
	const action = (qitemAttr?.properties as Schema | undefined)?.action as Schema | undefined;
	if (action && Array.isArray(action.enum)) action.enum = [...action.enum, 'learnspam'];
	// The documented {"action":"flush"} has no attr and does nothing: the action goes in attr. [obs2 Queue manager]
	const editMailq = bodyOf(paths, '/api/v1/edit/mailq');
	if (editMailq) {
		editMailq.schema = {
			type: 'object',
			properties: {
				items: { anyOf: [ID, ID_LIST] },
				attr: {
					type: 'object',
					properties: {
						action: { enum: ['flush', 'super_delete', 'hold', 'unhold', 'deliver'] },
					},
					required: ['action'],
				},
			},
			required: ['attr'],
		};
	}
}
