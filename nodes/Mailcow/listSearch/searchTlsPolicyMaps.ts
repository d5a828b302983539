import { idSearch } from './idSearch';

/** TLS policy maps as `example.org: encrypt, ID 1`. */
export const searchTlsPolicyMaps = idSearch(
	'/get/tls-policy-map/all',
	(r) => `${String(r.dest)}: ${String(r.policy)}`,
);
