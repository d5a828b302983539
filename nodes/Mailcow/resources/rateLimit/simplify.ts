import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { getItemState } from '../../shared/state';

const FRAMES: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };

/**
 * A limit as `{domain|mailbox, limited, value, frame}`: mailcow's value is a string and its frame
 * one letter; `{}` means no limit. The object's name comes from the record (Get Many) or from
 * what was asked (Get).
 */
export const simplifyLimit =
	(key: 'domain' | 'mailbox') =>
	(record: IDataObject, context: IExecuteSingleFunctions): IDataObject => {
		const name = record[key] ?? getItemState(context).wanted?.value;
		const value = Number(record.value ?? 0);
		return value > 0
			? { [key]: name, limited: true, value, frame: FRAMES[String(record.frame)] ?? record.frame }
			: { [key]: name, limited: false, value: 0, frame: null };
	};
