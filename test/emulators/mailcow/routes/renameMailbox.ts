// edit/rename-mbox: a mailbox's new local part, optionally leaving an alias behind.
import type { Entry } from '../php';
import { echoItems, editPayload, intval, isValidEmail, str, writeAnswer } from '../php';
import type { MailcowHandler, RouteTable } from './index';

const renameMailbox: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = [
		'mailbox',
		'edit',
		'mailbox_rename',
		{ mailbox: echoItems(items), ...attr },
		null,
	];
	const danger = (msg: Entry['msg']) => writeAnswer([{ type: 'danger', log: entryLog, msg }]);
	const domain = str(attr.domain).toLowerCase();
	const oldAddress = `${str(attr.old_local_part)}@${domain}`;
	const newAddress = `${str(attr.new_local_part)}@${domain}`;
	if (!isValidEmail(oldAddress)) return danger(['username_invalid', oldAddress]);
	if (!isValidEmail(newAddress)) return danger(['username_invalid', newAddress]);
	// The access check compares the lowercased name with the stored one, so unknown, inactive
	// and mixed-case mailboxes (after a rename with capitals) are all refused.
	const mailbox = state.mailboxes.get(oldAddress.toLowerCase());
	if (!mailbox || mailbox.active !== 1 || mailbox.username !== oldAddress.toLowerCase())
		return danger('access_denied');
	const taken = newAddress.toLowerCase();
	if (state.mailboxes.has(taken))
		return danger(
			`SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${taken}' for key 'PRIMARY'`,
		);
	const entries: Entry[] = [];
	const oldKey = mailbox.username;
	state.renameMailbox(mailbox, newAddress);
	if (intval(attr.create_alias) === 1) {
		const comment = `Mailbox was renamed from ${oldKey} to ${newAddress}`;
		const alias = state.addAlias({
			address: oldKey,
			goto: newAddress.toLowerCase(),
			active: 1,
			sogoVisible: 1,
			privateComment: comment,
		});
		entries.push({
			type: 'success',
			log: [
				'mailbox',
				'add',
				'alias',
				{
					address: oldKey,
					goto: newAddress.toLowerCase(),
					active: 1,
					sogo_visible: 1,
					private_comment: comment,
				},
				null,
			],
			msg: ['alias_added', oldKey, String(alias.id)],
		});
	}
	entries.push({ type: 'success', log: entryLog, msg: ['mailbox_renamed', oldKey, newAddress] });
	return writeAnswer(entries);
};

export const renameMailboxRoutes: RouteTable = { edit: { 'rename-mbox': renameMailbox } };
