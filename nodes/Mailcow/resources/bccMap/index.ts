import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const bccMap: MailcowResource = {
	name: 'BCC Map',
	value: 'bccMap',
	default: 'get',
	operations: [create, del, get, getAll, update],
	successTexts: {
		bcc_saved: 'BCC map saved',
		bcc_edited: 'BCC map changed',
		bcc_deleted: 'BCC map deleted',
	},
	messages: {
		invalid_bcc_map_type: 'The BCC type must be a sender or a recipient map.',
		bcc_empty: 'The BCC destination is empty.',
		bcc_must_be_email: 'The BCC destination is not an email address.',
		bcc_exists:
			'The local destination already has a BCC map of this type (one sender and one recipient map each).',
	},
};
