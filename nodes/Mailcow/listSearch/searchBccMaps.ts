import { idSearch } from './idSearch';

/** BCC maps as `@example.com → archive@example.net (sender), ID 1`. */
export const searchBccMaps = idSearch(
	'/get/bcc/all',
	(r) => `${String(r.local_dest)} → ${String(r.bcc_dest)} (${String(r.type)})`,
);
