import { update as updateOperation } from '../../shared/operation';
import { ids, updateFields } from './fields';

// mailcow answers `["mailbox_modified", <mailbox>]` per job, in the order of the ids.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update sync jobs, overwriting the fields given',
	description:
		'Change the server, login, interval or options of one or more sync jobs; fields not given keep their value',
	route: '/edit/syncjob',
	ids,
	objects: ['sync job', 'sync jobs'],
	fields: updateFields,
});
