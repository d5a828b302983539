import { idSearch } from './idSearch';

/** Recipient maps as `info@example.com → jane@example.net, ID 1`. */
export const searchRecipientMaps = idSearch(
	'/get/recipient_map/all',
	(r) => `${String(r.recipient_map_old)} → ${String(r.recipient_map_new)}`,
);
