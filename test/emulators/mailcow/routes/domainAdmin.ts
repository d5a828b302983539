// Domain administrators: add/edit/delete/domain-admin, edit/da-acl, get/domain-admin/{u|all}.
import type { Entry } from '../php';
import { asItems, echoItems, getAnswer, intval, masked, str, writeAnswer } from '../php';
import { hashPassword, type MailcowDomainAdmin, type MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';
import { passwordProblem } from './password';

const USERNAME = /^[A-Za-z0-9_.-]+$/;

function adminView(state: MailcowState, admin: MailcowDomainAdmin) {
	const others = [...state.domains.keys()].filter((d) => !admin.domains.includes(d)).sort();
	return {
		username: admin.username,
		tfa_active: 0,
		tfa_active_int: 0,
		active: admin.active,
		active_int: admin.active,
		created: admin.created,
		attributes: { force_tfa: '0', force_pw_update: '0' },
		selected_domains: [...admin.domains],
		unselected_domains: others.length > 0 ? others : '',
	};
}

// An admin saved without any known domain exists, yet mailcow's getters do not show it.
const visible = (admin?: MailcowDomainAdmin) =>
	admin && admin.domains.length > 0 ? admin : undefined;

const getAdmin: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') {
		const list = [...state.domainAdmins.values()]
			.filter((a) => visible(a))
			.sort((a, b) => (a.username < b.username ? -1 : 1));
		return getAnswer(list.map((a) => adminView(state, a)));
	}
	const admin = visible(state.domainAdmins.get(id));
	return getAnswer(admin && adminView(state, admin));
};

const addAdmin: MailcowHandler = ({ state, payload }) => {
	const attr = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
	const log = ['domain_admin', 'add', masked(attr)];
	const username = str(attr.username).trim();
	if (!USERNAME.test(username))
		return writeAnswer([{ type: 'danger', log, msg: ['username_invalid', username] }]);
	if (state.domainAdmins.has(username))
		return writeAnswer([{ type: 'danger', log, msg: ['object_exists', username] }]);
	const password = passwordProblem(state, attr.password, attr.password2);
	if (password) return writeAnswer([password]);
	const entries: Entry[] = [];
	const domains: string[] = [];
	for (const d of asItems(attr.domains).map((x) => str(x).toLowerCase())) {
		if (state.domains.has(d)) domains.push(d);
		else entries.push({ type: 'danger', log, msg: ['domain_invalid', d] });
	}
	state.addDomainAdmin({
		username,
		password: str(attr.password),
		domains,
		active: attr.active === undefined ? 1 : intval(attr.active),
	});
	entries.push({ type: 'success', log, msg: ['domain_admin_added', username] });
	return writeAnswer(entries);
};

const editAdmin: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = payload as { items?: unknown; attr?: unknown };
	const a = (attr && typeof attr === 'object' ? attr : {}) as Record<string, unknown>;
	const log = ['domain_admin', 'edit', { username: echoItems(items), ...(masked(a) as object) }];
	const entries: Entry[] = [];
	for (const item of asItems(items)) {
		const username = str(item);
		const admin = state.domainAdmins.get(username);
		if (!admin) {
			entries.push({ type: 'danger', log, msg: 'access_denied' });
			continue;
		}
		if (a.password !== undefined || a.password2 !== undefined) {
			const problem = passwordProblem(state, a.password, a.password2);
			if (problem) return writeAnswer([...entries, problem]);
		}
		if (a.domains !== undefined) {
			const domains = asItems(a.domains).map((d) => str(d).toLowerCase());
			const unknown = domains.find((d) => !state.domains.has(d));
			if (unknown !== undefined) {
				entries.push({ type: 'danger', log, msg: ['domain_invalid', unknown] });
				continue;
			}
			admin.domains = domains;
		}
		if (a.active !== undefined) admin.active = intval(a.active);
		if (a.password !== undefined) admin.passwordHash = hashPassword(str(a.password));
		const renamed = str(a.username_new).trim();
		if (renamed && renamed !== username && USERNAME.test(renamed)) {
			state.domainAdmins.delete(username);
			admin.username = renamed;
			state.domainAdmins.set(renamed, admin);
		}
		entries.push({ type: 'success', log, msg: ['domain_admin_modified', username] });
	}
	return writeAnswer(entries);
};

const editAcl: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = payload as { items?: unknown; attr?: unknown };
	const a = (attr && typeof attr === 'object' ? attr : {}) as Record<string, unknown>;
	const log = ['acl', 'edit', 'domainadmin', { username: echoItems(items), ...a }];
	const entries: Entry[] = [];
	for (const item of asItems(items)) {
		const admin = state.domainAdmins.get(str(item));
		if (!admin) {
			entries.push({ type: 'danger', log, msg: 'Cannot determine current ACL' });
			continue;
		}
		// The named ACLs become 1, every other one 0.
		admin.acl = new Set(asItems(a.da_acl).map(str));
		entries.push({ type: 'success', log, msg: ['acl_saved', admin.username] });
	}
	return writeAnswer(entries);
};

const deleteAdmin: MailcowHandler = ({ state, payload }) => {
	const log = ['domain_admin', 'delete', { username: echoItems(payload) }];
	const entries: Entry[] = [];
	for (const item of asItems(payload)) {
		const username = str(item);
		if (state.domainAdmins.delete(username)) {
			entries.push({ type: 'success', log, msg: ['domain_admin_removed', username] });
		} else {
			entries.push({ type: 'danger', log, msg: ['username_invalid', username] });
		}
	}
	return writeAnswer(entries);
};

export const domainAdminRoutes: RouteTable = {
	get: { 'domain-admin': getAdmin },
	add: { 'domain-admin': addAdmin },
	edit: { 'domain-admin': editAdmin, 'da-acl': editAcl },
	delete: { 'domain-admin': deleteAdmin },
};
