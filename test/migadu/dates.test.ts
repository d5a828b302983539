// One rule for every date field: Migadu takes a calendar day (YYYY-MM-DD). A date as typed or
// from the date picker (no offset) is that day; an instant (a JS Date, an ISO string with Z or an
// offset, a Luxon DateTime) is the calendar day it falls on in the workflow's time zone.
import { byAddress, byName, runMigaduOk, useMigadu } from './helpers';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
// 2026-12-31 00:30 in Berlin = 2026-12-30 18:30 in New York.
const INSTANT = '2026-12-30T23:30:00.000Z';

describe('Migadu → date fields in the workflow time zone', () => {
	const migadu = useMigadu();
	const mailbox = { domain: byName('example.com'), mailbox: byAddress('info@example.com') };

	async function expiresOn(timezone: string, value: string): Promise<unknown> {
		migadu.requests.splice(0);
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'update',
				...mailbox,
				mailboxUpdateFields: { autorespondExpiresOn: value },
			},
			timezone,
		});
		return (migadu.requests[0].body as Record<string, unknown>).autorespond_expires_on;
	}

	it.each([
		[BERLIN, '2026-12-31'],
		[NEW_YORK, '2026-12-30'],
	])('in %s a JS Date, an ISO instant and a Luxon DateTime give %s', async (zone, day) => {
		expect(await expiresOn(zone, `={{ new Date('${INSTANT}') }}`)).toBe(day);
		expect(await expiresOn(zone, INSTANT)).toBe(day);
		expect(await expiresOn(zone, '2026-12-31T00:30:00+01:00')).toBe(day);
		expect(await expiresOn(zone, `={{ DateTime.fromISO('${INSTANT}') }}`)).toBe(day);
		expect(await expiresOn(zone, `={{ DateTime.fromISO('${INSTANT}').setZone('UTC') }}`)).toBe(day);
	});

	it.each([BERLIN, NEW_YORK])(
		'in %s the date picker and a typed day stay that day',
		async (zone) => {
			expect(await expiresOn(zone, '2026-12-31T00:30:00')).toBe('2026-12-31');
			expect(await expiresOn(zone, '2026-12-31')).toBe('2026-12-31');
			expect(
				await expiresOn(
					zone,
					`={{ $now.setZone('${zone}').set({ year: 2026, month: 12, day: 31, hour: 0, minute: 30 }) }}`,
				),
			).toBe('2026-12-31');
		},
	);

	it('every date field of the node follows the rule (forwarding, alias, mailbox expiry)', async () => {
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'create',
				...mailbox,
				address: 'out@elsewhere.example',
				forwardingAdditionalFields: { expiresOn: `={{ new Date('${INSTANT}') }}` },
			},
			timezone: BERLIN,
		});
		expect(migadu.requests.at(-1)?.body).toMatchObject({ expires_on: '2026-12-31' });
	});
});
