import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { getAll } from './getAll';
import { removeVacation } from './removeVacation';
import { setVacation } from './setVacation';
import { update } from './update';

export const sieveFilter: MailcowResource = {
	name: 'Sieve Filter',
	value: 'sieveFilter',
	default: 'create',
	operations: [create, del, getAll, removeVacation, setVacation, update],
	successTexts: { delete_filter: 'Filter deleted' },
	messages: {
		no_user_defined: 'No mailbox was given for the filter.',
		script_empty: 'The sieve script is empty.',
		sieve_error:
			"The sieve script has an error (mailcow's parser names the line and the problem). Extensions such as fileinto or vacation need their require line first.",
		value_missing: 'A required value is missing (a sieve filter needs a description).',
		filter_type: 'The filter type must be prefilter or postfilter.',
	},
};
