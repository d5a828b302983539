import { remove } from '../../shared/operation';
import { addresses } from './fields';

export const del = remove({
	action: 'Permanently delete time-limited aliases',
	description: 'Delete time-limited aliases (expired ones too); mail to them is then rejected',
	route: '/delete/time_limited_alias',
	ids: addresses,
	objects: ['time-limited alias', 'time-limited aliases'],
});
