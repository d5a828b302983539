import type { ResourceDeclaration } from '../../../shared/describe';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const mailbox: ResourceDeclaration = {
	name: 'Mailbox',
	value: 'mailbox',
	// Get Many is selected when the resource is picked.
	default: String(getAll.option.value),
	operations: [create, del, get, getAll, update],
};
