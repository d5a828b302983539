import { POLICY_MESSAGES } from '../../shared/policy';
import type { MailcowResource } from '../../shared/resource';
import { addEntry } from './addEntry';
import { del } from './delete';
import { getAll } from './getAll';

export const mailboxPolicy: MailcowResource = {
	name: 'Mailbox Policy',
	value: 'mailboxPolicy',
	default: 'addEntry',
	operations: [addEntry, del, getAll],
	successTexts: { items_deleted: 'Deleted' },
	messages: POLICY_MESSAGES,
};
