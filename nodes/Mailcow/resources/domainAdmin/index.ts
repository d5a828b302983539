import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { editAcl } from './editAcl';
import { get } from './get';
import { getAll } from './getAll';
import { issueLoginLink } from './issueLoginLink';
import { update } from './update';

export const domainAdmin: MailcowResource = {
	name: 'Domain Admin',
	value: 'domainAdmin',
	default: 'get',
	operations: [create, del, editAcl, get, getAll, issueLoginLink, update],
	successTexts: { acl_saved: 'Permissions saved' },
	messages: {
		'Cannot determine current ACL': 'The domain administrator does not exist.',
		object_doesnt_exist: 'The domain administrator does not exist.',
	},
};
