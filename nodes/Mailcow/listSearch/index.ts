import { searchDomains } from './searchDomains';
import { searchMailboxes } from './searchMailboxes';
import { searchRelayHosts } from './searchRelayHosts';
import { searchTransportMaps } from './searchTransportMaps';

export const listSearch = { searchDomains, searchMailboxes, searchRelayHosts, searchTransportMaps };
