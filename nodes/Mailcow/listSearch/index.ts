import { searchBccMaps } from './searchBccMaps';
import { searchDomains } from './searchDomains';
import { searchMailboxes } from './searchMailboxes';
import { searchRelayHosts } from './searchRelayHosts';
import { searchTransportMaps } from './searchTransportMaps';

export const listSearch = {
	searchBccMaps,
	searchDomains,
	searchMailboxes,
	searchRelayHosts,
	searchTransportMaps,
};
