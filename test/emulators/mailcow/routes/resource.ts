// Resources (rooms, groups, things): add/edit/delete/resource, get/resource/{address|all}.
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	isValidDomain,
	isValidEmail,
	record,
	str,
	writeAnswer,
} from '../php';
import type { MailcowResource, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['mailbox', action, 'resource', data, null];
const KINDS = ['location', 'group', 'thing'];

const view = (r: MailcowResource) => ({
	name: r.name,
	kind: r.kind,
	multiple_bookings: r.multiple_bookings,
	description: r.description,
	active: r.active,
	active_int: r.active,
	domain: r.domain,
	local_part: r.local_part,
});

const getResource: MailcowHandler = ({ state, rest }) => {
	const id = (rest[0] ?? '').toLowerCase();
	if (id === 'all') {
		const list = [...state.resources.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
		return getAnswer(list.map(view));
	}
	const resource = state.resources.get(id);
	return getAnswer(resource && view(resource));
};

/** Stores a resource (also the seeding helper of tests and the demo). */
export function addResource(
	state: MailcowState,
	seed: Omit<MailcowResource, 'name' | 'local_part'> & { local_part?: string },
): MailcowResource {
	const local = seed.local_part ?? seed.description.replace(/[^A-Za-z0-9]/g, '');
	const resource: MailcowResource = { ...seed, local_part: local, name: `${local}@${seed.domain}` };
	state.resources.set(resource.name.toLowerCase(), resource);
	return resource;
}

const addResourceRoute: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const entry = (type: Entry['type'], msg: Entry['msg']) =>
		writeAnswer([{ type, log: log('add', attr), msg }]);
	const kind = str(attr.kind);
	const description = str(attr.description);
	const domain = str(attr.domain).toLowerCase();
	// The address is the description without anything but letters and digits, case kept.
	const local = description.replace(/[^A-Za-z0-9]/g, '');
	const address = `${local}@${domain}`;
	if (!KINDS.includes(kind) || local === '' || !isValidDomain(domain) || !isValidEmail(address))
		return entry('danger', 'resource_invalid');
	if (!state.domains.has(domain)) return entry('danger', 'access_denied');
	const key = address.toLowerCase();
	if (state.resources.has(key) || state.mailboxes.has(key))
		return entry('danger', ['object_exists', address]);
	if (state.aliasByAddress(key)) return entry('danger', 'is_alias');
	addResource(state, {
		kind: kind as MailcowResource['kind'],
		description,
		domain,
		local_part: local,
		multiple_bookings: Math.max(-1, intval(attr.multiple_bookings)),
		active: intval(attr.active),
	});
	return entry('success', ['resource_added', address]);
};

const editResource: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { name: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const item of asItems(items).map(str)) {
		const resource = state.resources.get(item.toLowerCase());
		const kind = attr.kind === undefined ? resource?.kind : str(attr.kind);
		if (!resource || !KINDS.includes(str(kind))) {
			entries.push({ type: 'danger', log: entryLog, msg: ['resource_invalid', item] });
			continue;
		}
		resource.kind = kind as MailcowResource['kind'];
		if (attr.description !== undefined) resource.description = str(attr.description);
		if (attr.multiple_bookings !== undefined)
			resource.multiple_bookings = Math.max(-1, intval(attr.multiple_bookings));
		if (attr.active !== undefined) resource.active = intval(attr.active);
		entries.push({ type: 'success', log: entryLog, msg: ['resource_modified', item] });
	}
	return writeAnswer(entries);
};

/** Deletes by address from the mailbox table: ordinary mailboxes go too. */
const deleteResource: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { name: echoItems(payload) });
	const entries: Entry[] = [];
	for (const item of asItems(payload).map(str)) {
		const key = item.toLowerCase();
		if (isValidEmail(key) && state.resources.delete(key)) {
			entries.push({ type: 'success', log: entryLog, msg: ['resource_removed', item] });
		} else if (isValidEmail(key) && state.mailboxes.has(key)) {
			state.removeMailbox(key);
			entries.push({ type: 'success', log: entryLog, msg: ['resource_removed', item] });
		} else {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
		}
	}
	return writeAnswer(entries);
};

export const resourceRoutes: RouteTable = {
	get: { resource: getResource },
	add: { resource: addResourceRoute },
	edit: { resource: editResource },
	delete: { resource: deleteResource },
};
