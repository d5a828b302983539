import { searchBccMaps } from './searchBccMaps';
import { searchDomains } from './searchDomains';
import { searchMailboxes } from './searchMailboxes';
import { searchRecipientMaps } from './searchRecipientMaps';
import { searchRelayHosts } from './searchRelayHosts';
import { searchTlsPolicyMaps } from './searchTlsPolicyMaps';
import { searchTransportMaps } from './searchTransportMaps';

export const listSearch = {
	searchBccMaps,
	searchDomains,
	searchMailboxes,
	searchRecipientMaps,
	searchRelayHosts,
	searchTlsPolicyMaps,
	searchTransportMaps,
};
