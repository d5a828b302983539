import { searchDomains } from './searchDomains';

export const listSearch = { searchDomains };
