import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** A sieve filter as n8n users read it (mailcow's record: active as 0/1, script_* names). */
export function simplifySieveFilter(r: IDataObject): IDataObject {
	return {
		id: r.id,
		mailbox: r.username,
		filterType: r.filter_type,
		description: r.script_desc,
		active: flag(r.active),
		script: r.script_data,
	};
}
