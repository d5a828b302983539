import { idSearch } from './idSearch';

/** Transport maps by destination and next hop (`example.org → host:25, ID 4`); the value is the id. */
export const searchTransportMaps = idSearch(
	'/get/transport/all',
	(r) => `${String(r.destination)} → ${String(r.nexthop)}`,
);
