import type { IDataObject } from 'n8n-workflow';

/**
 * Mailcow's GET answers: an array for `all`, an object for one record, and `{}` when nothing
 * matched. Always a list here.
 */
export function toRecords(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (body && typeof body === 'object' && Object.keys(body).length > 0)
		return [body as IDataObject];
	return [];
}
