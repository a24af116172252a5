/**
 * The valid fixture tree (fixture.ts) with the rules table and a 2026
 * calendar for Abay, for the accountability open data, API and feeds. Build
 * day 2026-06-30. What the calendar holds, and what became of each entry:
 * - c-10-2026-001 the Semey town akim, Abralinsky okrug, 03-01–03-31: m-10-0001 held 03-10 → on time
 * - c-10-2026-002 the Abay district akim, 02-01–02-28: no meeting → not held
 * - c-10-2026-003 the region akim in Abay district, 05-01–05-31, moved on 04-15 to 09-01–09-30 → not yet due
 * - c-10-2026-004 the Abay district akim, 04-01–04-30, dropped on 03-20
 * - c-10-2026-005 the Abay district akim, added on 04-05, 07-10–07-20: m-10-0002 (scheduled 07-15) links it → not yet due
 * and the Semey town akim holds four more meetings in Abralinsky okrug outside
 * the calendar (m-10-0003 … m-10-0006), two with a reason, two without, two
 * with the outcome within 10 days and two later.
 */
import { readFileSync } from 'node:fs';
import { fixtureAsOf, validTree, type Tree } from './fixture.ts';

export { fixtureAsOf };

const maslikhat = { act: 'notice', session: 'XXX', date: '2026-01-09', number: '30/2', url: 'https://abay.example.kz/maslikhat/30-2' };
const reason = { ru: 'по решению маслихата', kk: 'мәслихат шешімімен' };
const okrug = { kato: '101033000', name: { ru: 'Абралинский сельский округ' } };

function townMeeting(n: number, day: string, held: string, why?: string): Record<string, unknown> {
  return {
    id: `m-10-000${n}`,
    holder: { level: 'city', office: { ru: 'Аким города Семей' } },
    place: { region: 'abay', district: 'semey-city', settlement: okrug, venue: { ru: 'Клуб' }, address: { ru: 'улица Абая, 3' } },
    start: `${day}T10:00+05:00`,
    end: `${day}T12:00+05:00`,
    format: 'in-person',
    ...(why === undefined ? {} : { outsideCalendar: { ru: why } }),
    announcements: [],
    changes: [{ kind: 'held', date: held }],
  };
}

/** The fixture tree with `obligations/rules.json` (as published) and `calendars/abay/2026.json`. */
export function openDataTree(): Tree {
  const tree = validTree();
  tree['obligations/rules.json'] = JSON.parse(readFileSync(new URL('../../content/obligations/rules.json', import.meta.url), 'utf8'));
  tree['calendars/abay/2026.json'] = {
    region: 'abay',
    year: 2026,
    approved: { date: '2026-01-10', by: { ru: 'Аким области Абай' }, maslikhat },
    entries: [
      { id: 'c-10-2026-001', holder: { level: 'city', district: 'semey-city' }, place: { district: 'semey-city', settlement: okrug }, planned: { from: '2026-03-01', to: '2026-03-31' } },
      { id: 'c-10-2026-002', holder: { level: 'district', district: 'abay-district' }, place: { district: 'abay-district' }, planned: { from: '2026-02-01', to: '2026-02-28' } },
      { id: 'c-10-2026-003', holder: { level: 'region' }, place: { district: 'abay-district' }, planned: { from: '2026-05-01', to: '2026-05-31' }, kind: 'report' },
      { id: 'c-10-2026-004', holder: { level: 'district', district: 'abay-district' }, place: { district: 'abay-district' }, planned: { from: '2026-04-01', to: '2026-04-30' } },
    ],
    corrections: [
      { kind: 'dropped', date: '2026-03-20', maslikhat: { ...maslikhat, session: 'XXXI', date: '2026-03-18', number: '31/4' }, reason, entry: 'c-10-2026-004' },
      {
        kind: 'added', date: '2026-04-05', maslikhat: { act: 'notice', session: 'XXXII', date: '2026-04-03', number: '32/1' }, reason,
        entry: { id: 'c-10-2026-005', holder: { level: 'district', district: 'abay-district' }, place: { district: 'abay-district' }, planned: { from: '2026-07-10', to: '2026-07-20' } },
      },
      { kind: 'moved', date: '2026-04-15', maslikhat: { act: 'notice', session: 'XXXII', date: '2026-04-14', number: '32/7' }, reason, entry: 'c-10-2026-003', planned: { from: '2026-09-01', to: '2026-09-30' } },
    ],
  };
  (tree['meetings/abay/m-10-0001.json'] as Record<string, unknown>).calendarEntry = 'c-10-2026-001';
  (tree['meetings/abay/m-10-0002.json'] as Record<string, unknown>).calendarEntry = 'c-10-2026-005';
  tree['meetings/abay/m-10-0003.json'] = townMeeting(3, '2026-04-06', '2026-04-07', 'по обращению жителей'); // outcome in 1 day
  tree['meetings/abay/m-10-0004.json'] = townMeeting(4, '2026-04-20', '2026-05-05', 'паводок'); // 15 days: late
  tree['meetings/abay/m-10-0005.json'] = townMeeting(5, '2026-05-11', '2026-05-12'); // 1 day, no reason
  tree['meetings/abay/m-10-0006.json'] = townMeeting(6, '2026-06-08', '2026-06-25'); // 17 days: late, no reason
  return tree;
}
