import { idSearch } from './idSearch';

/** Relay hosts by host and username (`[smtp.relay.example]:587 (user), ID 3`); the value is the id. */
export const searchRelayHosts = idSearch(
	'/get/relayhost/all',
	(r) => `${String(r.hostname)}${r.username ? ` (${String(r.username)})` : ''}`,
);
