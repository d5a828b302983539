import type { IDataObject } from 'n8n-workflow';

/** A forwarding host with `filterSpam` as a boolean (mailcow's keep_spam "no" = filtered). */
export function simplifyForwardingHost(r: IDataObject): IDataObject {
	return { host: r.host, source: r.source, filterSpam: r.keep_spam === 'no' };
}
