import { idSearch } from './idSearch';

/** Sync jobs as `jane@example.com ← jane@old.example on imap.old.example, ID 3`; the value is the id. */
export const searchSyncJobs = idSearch(
	'/get/syncjobs/all/no_log',
	(r) => `${String(r.user2)} ← ${String(r.user1)} on ${String(r.host1)}`,
);
