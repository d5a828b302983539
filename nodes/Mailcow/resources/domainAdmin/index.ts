import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { editAcl } from './editAcl';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const domainAdmin: MailcowResource = {
	name: 'Domain Admin',
	value: 'domainAdmin',
	default: 'get',
	operations: [create, del, editAcl, get, getAll, update],
	successTexts: { acl_saved: 'Permissions saved' },
	messages: {
		'Cannot determine current ACL': 'The domain administrator does not exist.',
	},
};
