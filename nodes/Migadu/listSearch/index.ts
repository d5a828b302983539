import { searchDomains } from './searchDomains';
import { searchMailboxes } from './searchMailboxes';

export const listSearch = { searchDomains, searchMailboxes };
