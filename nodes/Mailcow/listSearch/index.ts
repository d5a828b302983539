import { searchDomains } from './searchDomains';
import { searchMailboxes } from './searchMailboxes';
import { searchRelayHosts } from './searchRelayHosts';

export const listSearch = { searchDomains, searchMailboxes, searchRelayHosts };
