/**
 * The valid fixture (fixture.ts) with Abay's calendar for 2026: three
 * planned meetings, one moved, one added by a correction and then moved, one
 * dropped; a town akim's meeting linked to its entry, a district akim's held
 * outside the calendar, and a minister's meeting. Valid as it is; tests of
 * the calendar checks and the history guard break it one rule at a time.
 */
import { entry, validTree, type Tree } from './fixture.ts';

const cal = 'calendars/abay/2026.json';
const m1 = 'meetings/abay/m-10-0001.json';
const m2 = 'meetings/abay/m-10-0002.json';
const m3 = 'meetings/abay/m-10-0003.json';

export const maslikhat = { act: 'notice', session: 'XXIV', date: '2026-01-10', number: '24/1' };
export const semeyOkrug = { kato: '101033000', name: { ru: 'Абралинский сельский округ' } };

/** The valid fixture with Abay's 2026 calendar, its meetings linked to it, and a minister's meeting. */
export function calendarTree(): Tree {
  const tree = validTree();
  tree[cal] = {
    region: 'abay',
    year: 2026,
    approved: { date: '2026-01-12', by: { ru: 'Аким области Абай' }, maslikhat },
    entries: [
      { id: 'c-10-2026-001', holder: { level: 'city', district: 'semey-city' }, place: { district: 'semey-city', settlement: semeyOkrug }, planned: { from: '2026-03-01', to: '2026-03-31' } },
      { id: 'c-10-2026-002', holder: { level: 'district', district: 'abay-district' }, place: { district: 'abay-district' }, planned: { from: '2026-07-01', to: '2026-07-31' } },
      { id: 'c-10-2026-003', holder: { level: 'region' }, place: { district: 'abay-district' }, planned: { from: '2026-05-01', to: '2026-05-31' } },
    ],
    corrections: [
      { kind: 'moved', date: '2026-04-20', maslikhat: { ...maslikhat, date: '2026-04-18', number: '25/3' }, reason: { ru: 'Паводок' }, entry: 'c-10-2026-003', planned: { from: '2026-09-01', to: '2026-09-30' } },
      {
        kind: 'added',
        date: '2026-05-05',
        maslikhat: { ...maslikhat, date: '2026-05-04', number: '26/1' },
        reason: { ru: 'Обращения жителей' },
        entry: { id: 'c-10-2026-004', holder: { level: 'rural-okrug', district: 'semey-city', settlement: semeyOkrug }, place: { district: 'semey-city', settlement: semeyOkrug }, planned: { from: '2026-06-01', to: '2026-06-15' }, kind: 'report' },
      },
      { kind: 'dropped', date: '2026-06-01', maslikhat: { ...maslikhat, date: '2026-05-29', number: '27/2' }, reason: { ru: 'Проведена в мае' }, entry: 'c-10-2026-002' },
      { kind: 'moved', date: '2026-06-05', maslikhat: { ...maslikhat, date: '2026-06-04', number: '28/1' }, reason: { ru: 'Сенокос' }, entry: 'c-10-2026-004', planned: { from: '2026-06-10', to: '2026-06-20' } },
    ],
  };
  tree['geo/settlements/astana.json'] = [{ kato: '711100010', district: 'almaty-district', kind: 'other', name: { ru: 'Жилой массив Аэропорт' } }];
  entry(tree, m1).calendarEntry = 'c-10-2026-001';
  entry(tree, m2).outsideCalendar = { ru: 'Встреча по обращениям жителей села' };
  tree[m3] = {
    id: 'm-10-0003',
    holder: { level: 'minister', body: 'min-energy', office: { ru: 'Министр энергетики' } },
    place: { region: 'abay', district: 'abay-district', venue: { ru: 'Дом культуры' }, address: { ru: 'улица Абая, 5' } },
    start: '2026-05-12T10:00+05:00',
    end: '2026-05-12T12:00+05:00',
    format: 'in-person',
    changes: [{ kind: 'held', date: '2026-05-12', attendance: 120 }],
  };
  return tree;
}

