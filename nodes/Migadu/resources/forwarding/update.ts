import { collection } from '../../../shared/fields';
import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import {
	forwardingFields,
	forwardingId,
	forwardingLabel,
	forwardingParameter,
	forwardingsPath,
} from './fields';

export const update = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a forwarding, overwriting the fields given',
	description: 'Pause, resume or change the expiry of a forwarding (only the fields given)',
	method: 'PUT',
	path: (r) => [...forwardingsPath(r), forwardingId(r)],
	target: forwardingLabel,
	locators: [domainLocator, mailboxLocator, forwardingParameter],
	fields: collection(
		{ displayName: 'Update Fields', name: 'forwardingUpdateFields' },
		forwardingFields,
	),
	requireChange: true,
});
