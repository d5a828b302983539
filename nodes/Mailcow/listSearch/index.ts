import { searchAliasDomains } from './searchAliasDomains';
import { searchAliases } from './searchAliases';
import { searchBccMaps } from './searchBccMaps';
import { searchDomainAdmins } from './searchDomainAdmins';
import { searchDomains } from './searchDomains';
import { searchMailboxes } from './searchMailboxes';
import { searchOauth2Clients } from './searchOauth2Clients';
import { searchRecipientMaps } from './searchRecipientMaps';
import { searchRelayHosts } from './searchRelayHosts';
import { searchSyncJobs } from './searchSyncJobs';
import { searchResources } from './searchResources';
import { searchTlsPolicyMaps } from './searchTlsPolicyMaps';
import { searchTransportMaps } from './searchTransportMaps';

export const listSearch = {
	searchAliasDomains,
	searchAliases,
	searchBccMaps,
	searchDomainAdmins,
	searchDomains,
	searchMailboxes,
	searchOauth2Clients,
	searchRecipientMaps,
	searchRelayHosts,
	searchSyncJobs,
	searchResources,
	searchTlsPolicyMaps,
	searchTransportMaps,
};
