// Part 2 of the recording (test/fixtures/mailcow-observed-2.json): the state the recorder
// started from, what it did outside the API between records, and the records whose behaviour
// belongs to other parts of the emulator (the gateway's path handling, the add/mailbox race).
import { addAppPassword } from './routes/appPasswd';
import { addRecipientMap } from './routes/recipientMap';
import type { MailcowEmulator } from './index';
import { now } from './php';
import type { RecordedExchange, ReplayResult } from './replay';

/** The data that existed before the recording started, as the recorded answers show it. */
export function seedRecordedState2(emulator: MailcowEmulator) {
	const { state } = emulator;
	// The recorder had no mail containers: the [DOCKER] routes answer as they did there.
	state.mailContainers = false;
	state.fail2banWritten = false;
	state.addDomain({
		name: 'rec.test',
		description: 'recorder domain',
		mailboxes: 60,
		defquota: 1024,
		maxquota: 10240,
		quota: 204800,
	});
	state.addDomain({ name: 'rec2.test', description: 'recorder domain 2' });
	state.addDomain({ name: 'rec-bmx.test', description: 'backup mx domain', backupmx: 1 });
	state.addDomainAdmin({ username: 'recadmin', password: 'Recorder-Pass-1' });
	for (const [username, name] of [
		['u1@rec.test', 'User One'],
		['u2@rec.test', 'User Two'],
		['u3@rec.test', 'User Three'],
		['r2@rec2.test', 'Rec Two'],
	]) {
		state.addMailbox({ username, name, password: 'Recorder-Pass-1', quota: 1024 });
	}
}

/**
 * Records that depend on work owned elsewhere (the add/mailbox race and its checks) or that this
 * replay cannot send; they are listed apart in the table and left out of the share.
 */
export const OWNED_ELSEWHERE = new Set<number>([
	// transport: "/api/v1/../../../etc/passwd" — node:http resolves the dot segments before
	// sending, so this replay cannot put it on the wire (the gateway's own tests cover it).
	794,
	// transport: add/mailbox into a Unicode domain (punycode conversion in add/mailbox).
	805,
	// transport: simultaneous add/mailbox calls (the race of the limit check and the insert).
	...Array.from({ length: 23 }, (_, i) => 829 + i),
	// add/mailbox into an alias domain (domain_not_found) and onto a time-limited alias
	// (is_spam_alias): checks of add/mailbox, whose add logic is owned with the race work.
	612,
	651,
]);

/** Rows the recorder wrote straight into the database (rspamd is absent), as record 212 shows them. */
function insertQuarantineRows(emulator: MailcowEmulator) {
	const created = Math.floor(Date.now() / 1000);
	emulator.state.addQuarantineItem({
		qid: '4XyZ1q2w3e',
		subject: 'Test virus',
		score: 17.5,
		ip: '198.51.100.23',
		action: 'reject',
		symbols:
			'[{"name":"VIRUS_FOUND","score":15,"options":["Eicar-Test-Signature"]},{"name":"MIME_GOOD","score":-0.1}]',
		fuzzy_hashes: '[]',
		sender: 'attacker@evil.test',
		rcpt: 'u1@rec.test',
		msg: 'From: attacker@evil.test\nTo: u1@rec.test\nSubject: Test virus\n\nbody',
		notified: 0,
		created,
		qhash: 'a'.repeat(64),
	});
	emulator.state.addQuarantineItem({
		qid: '4XyZ9z8x7c',
		subject: 'Cheap pills',
		score: 9.25,
		ip: '203.0.113.80',
		action: 'add header',
		symbols: '[{"name":"BAYES_SPAM","score":5}]',
		sender: 'spam@spammer.test',
		rcpt: 'u2@rec.test',
		msg: 'From: spam@spammer.test\nTo: u2@rec.test\nSubject: Cheap pills\n\nbuy',
		notified: 1,
		created,
		qhash: 'b'.repeat(64),
	});
}

/** Domains and mailboxes from the recorded search answers (full get/domain and get/mailbox objects). */
function seedSearchData(emulator: MailcowEmulator, records: RecordedExchange[]) {
	const { state } = emulator;
	const MIB = 1048576;
	type DomainView = Record<string, unknown> & { domain_name: string; tags?: string[] };
	type MailboxView = Record<string, unknown> & { username: string; tags?: string[] };
	for (const d of (records[774].response as { data: DomainView[] }).data) {
		if (state.domains.has(d.domain_name)) continue;
		state.addDomain({
			name: d.domain_name,
			description: String(d.description),
			aliases: Number(d.max_num_aliases_for_domain),
			mailboxes: Number(d.max_num_mboxes_for_domain),
			defquota: Number(d.def_quota_for_mbox) / MIB,
			maxquota: Number(d.max_quota_for_mbox) / MIB,
			quota: Number(d.max_quota_for_domain) / MIB,
			backupmx: Number(d.backupmx),
			tags: d.tags,
		});
	}
	for (const m of (records[763].response as { data: MailboxView[] }).data) {
		if (state.mailboxes.has(m.username)) continue;
		state.addMailbox({
			username: m.username,
			name: String(m.name),
			password: 'Recorder-Pass-1',
			quota: Number(m.quota) / MIB,
			active: Number(m.active),
			tags: m.tags,
		});
	}
}

/** The recorder's steps between records (see ReplayOptions.prepare). */
export function prepareRecord2(emulator: MailcowEmulator, records: RecordedExchange[]) {
	return (index: number, record: RecordedExchange): RecordedExchange | void => {
		if (record.name === undefined) return;
		const { state } = emulator;
		// An app password the recorder made for the probe of the next records.
		if (index === 31) addAppPassword(state, { mailbox: 'u1@rec.test', name: 'probe', active: 1 });
		// The recorder removed its last forwarding host through the API after record 184.
		if (index === 185) {
			state.forwardingHosts.delete('999.1/77');
			state.apiLog.unshift({
				time: Math.floor(Date.now() / 1000),
				uri: '/api/v1/delete/fwdhost',
				method: 'POST',
				remote: '127.0.0.1',
				data: `items='["999.1\\/77"]'`,
			});
		}
		if (index === 212) insertQuarantineRows(emulator);
		// The recorder removed the rate limits of its ratelimit records afterwards.
		if (index === 277) {
			for (const d of state.domains.values()) d.rl = false;
			for (const m of state.mailboxes.values()) m.rl = false;
		}
		// The recorder pointed rec2.test and u3 at relayhost 1 (edit/domain, edit/mailbox).
		if (index === 323) {
			state.domains.get('rec2.test')!.relayhost = '1';
			state.domains.get('rec2.test')!.modified = now();
			const u3 = state.mailboxes.get('u3@rec.test')!;
			u3.attributes.relayhost = '1';
			u3.attributes.recovery_email = null;
			u3.modified = now();
		}
		// The recorder took u3 off the deleted relayhost after the relayhost records.
		if (index === 334) state.mailboxes.get('u3@rec.test')!.attributes.relayhost = '0';
		// The recorder deleted the first transports (ids 1-3) before the next records.
		if (index === 337) for (const id of [1, 2, 3]) state.transports.delete(id);
		// Tags the recorder gave u2 (through edit/mailbox) for the tag records.
		if (index === 562) {
			const u2 = state.mailboxes.get('u2@rec.test')!;
			for (const tag of ['alpha', 'beta', 'gamma']) u2.tags.add(tag);
			u2.attributes.recovery_email = null;
			u2.modified = now();
		}
		// The mailbox of the last quarantine-notification records.
		if (index === 852)
			state.addMailbox({ username: 'q1@rec.test', password: 'Recorder-Pass-1', quota: 10 });
		// The addresses mailcow generated for the time-limited aliases, in the order they were added.
		if (index === 595)
			state.nextTimeLimitedAddresses.push(
				'bubago.cusegusu@rec.test',
				'wefagani.ziloza@rec.test',
				'wutufi.pono@rec.test',
				'ta.leho@rec.test',
			);
		// The mailbox to rename and an alias delivering to it (alias id 344), made by the recorder.
		if (index === 573) {
			state.addMailbox({
				username: 'ren1@rec.test',
				name: 'Rename Me',
				password: 'Recorder-Pass-1',
				quota: 10,
				tags: ['rn'],
			});
			state.nextAliasId = Math.max(state.nextAliasId, 344);
			state.addAlias({ address: 'toren@rec.test', goto: 'ren1@rec.test', active: 1 });
		}
		// The recorder removed the renamed mailbox and the alias the rename created afterwards
		// (toren@ stays: its target kept the capital, see MailcowState.renameMailbox).
		if (index === 587) {
			state.removeMailbox('ren3@rec.test');
			const left = state.aliasByAddress('ren1@rec.test');
			if (left) state.removeAlias(left.id);
		}
		// Until add/mailbox refuses a time-limited alias address (record 612, owned elsewhere),
		// the mailbox it wrongly created is taken away so later records stay comparable.
		if (index === 613) state.removeMailbox('bubago.cusegusu@rec.test');
		// The stale OpenSSL errors the recorder's php-fpm workers held (failed TLS calls to the
		// absent dockerapi): the first imports all fail with them.
		if (index === 706)
			state.opensslErrors.push(
				...[706, 708, 709, 711, 712, 713, 714, 715].map(
					(i) => (records[i].response as Array<{ msg: string[] }>)[0].msg[1],
				),
			);
		// The search data the recorder made (and the other client's domain), as answers 774 and
		// 763 list them.
		if (index === 747) seedSearchData(emulator, records);
		// Aliases with URL-special characters the recorder made for the path records (ids 394-399).
		if (index === 776) {
			state.nextAliasId = Math.max(state.nextAliasId, 394);
			for (const local of ['sl/x', 'amp&x', 'q?x', 'h#x', 'p+x', 'pct%x'])
				state.addAlias({ address: `${local}@rec.test`, goto: 'u1@rec.test', active: 1 });
		}
		// Until add/mailbox converts a Unicode domain (record 805, owned elsewhere), the mailbox it
		// should have created is made here so the IDN records after it stay comparable.
		if (index === 806 && !state.mailboxes.has('info@xn--bcher-rec-q9a.test'))
			state.addMailbox({
				username: 'info@xn--bcher-rec-q9a.test',
				password: 'Recorder-Pass-1',
				quota: 10,
			});
		if (index === 813) state.nextAliasId = Math.max(state.nextAliasId, 402);
		// The domains of the concurrency records, as answers 836 and 844 show them.
		if (index === 829) {
			for (const name of ['rec-cc.test', 'rec-cc2.test', 'rec-cc3.test'])
				state.addDomain({
					name,
					description: name,
					aliases: 10,
					mailboxes: 3,
					defquota: 10,
					maxquota: 1024,
					quota: 10240,
				});
		}
		// A plain mailbox the recorder made to show that delete/resource deletes it.
		if (index === 303)
			state.addMailbox({ username: 'throwaway@rec.test', password: 'Recorder-Pass-1', quota: 10 });
		// mailcow's alias auto-increment at that point of the recording.
		if (index === 648) state.nextAliasId = Math.max(state.nextAliasId, 346);
		// Two recipient maps the recorder made for the clash records.
		if (index === 98) {
			addRecipientMap(state, { old: 'a@rec.test', new: 'u1@rec.test' });
			addRecipientMap(state, { old: 'b@rec.test', new: 'u2@rec.test' });
		}
		// The recorder sent the banlist id it had just read from get/fail2ban.
		if (index === 157)
			return { ...record, request: { items: [emulator.state.fail2ban.banlist_id], attr: {} } };
	};
}

/** Matched/total per group of the non-docker records (records owned elsewhere listed apart). */
export function groupTable(results: ReplayResult[]): string {
	const rows = new Map<
		string,
		{ total: number; matched: number; failed: number[]; owned: number }
	>();
	for (const r of results.filter((x) => !x.docker)) {
		const group = r.record.group ?? '?';
		const row = rows.get(group) ?? { total: 0, matched: 0, failed: [], owned: 0 };
		if (OWNED_ELSEWHERE.has(r.index) && !r.matches) row.owned++;
		else {
			row.total++;
			if (r.matches) row.matched++;
			else row.failed.push(r.index);
		}
		rows.set(group, row);
	}
	const lines = [...rows.entries()].map(([group, row]) => {
		const owned = row.owned > 0 ? `  (+${row.owned} owned elsewhere)` : '';
		const failed = row.failed.length > 0 ? `  mismatched: ${row.failed.join(', ')}` : '';
		return `${group.padEnd(24)} ${String(row.matched).padStart(3)}/${String(row.total).padEnd(3)}${owned}${failed}`;
	});
	return lines.join('\n');
}
