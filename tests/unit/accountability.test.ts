/**
 * The accountability figures (src/lib/accountability/) on a small hand-made
 * region: Abay, with the district Ayagoz (three settlements) and the city of
 * Semey (two), a 2025 calendar with corrections, fourteen meetings and a
 * dozen issues. Every expected number is worked out by hand in the comments
 * beside it, never by the code under test. The build day is 2025-08-15.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountability, type AccountabilityInput, type PlacesCoverage } from '../../src/lib/accountability/compute.ts';
import { contentPeriods, parsePeriod, periodOf, rulePeriodsIn, versionOn } from '../../src/lib/accountability/rules.ts';
import { share } from '../../src/lib/accountability/share.ts';
import { computeFigures } from '../../src/lib/stats/figures.ts';
import { meetingView } from '../../src/lib/meetings/log.ts';
import { Calendar } from '../../src/schemas/calendar.ts';
import type { Issue, IssueChange, StatusEvent } from '../../src/schemas/issue.ts';
import { MeetingRecord, type Meeting } from '../../src/schemas/meeting.ts';
import { Obligations, type RulesVersion } from '../../src/schemas/obligations.ts';
import type { StatusId } from '../../src/vocabularies.ts';

const asOf = '2025-08-15';

// ------------------------------------------------------------------ rules

/** The rules table as published in the content. */
const published = Obligations.parse(JSON.parse(readFileSync(new URL('../../content/obligations/rules.json', import.meta.url), 'utf8'))).versions;
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('the rules table against time', () => {
  it('gives the version in force on a day: none before the 2022 decree, the decree until 2023-12-31, the amendment from 2024-01-01', () => {
    expect(versionOn(published, '2022-02-28')).toBeUndefined();
    expect(versionOn(published, '2022-03-01')?.id).toBe('decree-2022');
    expect(versionOn(published, '2023-05-10')?.id).toBe('decree-2022');
    expect(versionOn(published, '2023-12-31')?.id).toBe('decree-2022');
    expect(versionOn(published, '2024-01-01')?.id).toBe('amendment-2023');
    expect(versionOn(published, '2025-05-14')?.id).toBe('amendment-2023');
  });

  it('names periods with their first and last days', () => {
    expect(periodOf('2026-08-03', 'quarter')).toEqual({ id: '2026-Q3', kind: 'quarter', year: 2026, first: '2026-07-01', last: '2026-09-30' });
    expect(periodOf('2026-08-03', 'half-year')).toEqual({ id: '2026-H2', kind: 'half-year', year: 2026, first: '2026-07-01', last: '2026-12-31' });
    expect(periodOf('2026-08-03', 'year')).toEqual({ id: '2026', kind: 'year', year: 2026, first: '2026-01-01', last: '2026-12-31' });
    expect(periodOf('2024-02-29', 'quarter').last).toBe('2024-03-31');
    expect(parsePeriod('2024-Q1')).toEqual({ id: '2024-Q1', kind: 'quarter', year: 2024, first: '2024-01-01', last: '2024-03-31' });
    expect(parsePeriod('2023-H1')?.last).toBe('2023-06-30');
    expect(parsePeriod('2023-H3')).toBeUndefined();
    expect(parsePeriod('2023-Q5')).toBeUndefined();
  });

  it('judges a district akim by quarters in 2023 (2022 decree) and by half-years in 2025 (amendment)', () => {
    expect(ids(rulePeriodsIn(published, 'district-akim', parsePeriod('2023')!))).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
    expect(rulePeriodsIn(published, 'district-akim', parsePeriod('2023')!).map((p) => p.version.id)).toEqual(['decree-2022', 'decree-2022', 'decree-2022', 'decree-2022']);
    expect(ids(rulePeriodsIn(published, 'district-akim', parsePeriod('2023-H1')!))).toEqual(['2023-Q1', '2023-Q2']);
    expect(ids(rulePeriodsIn(published, 'district-akim', parsePeriod('2025')!))).toEqual(['2025-H1', '2025-H2']);
    expect(rulePeriodsIn(published, 'district-akim', parsePeriod('2025')!)[0]!.version.id).toBe('amendment-2023');
  });

  it('judges a region akim by half-years under the decree and by the whole year under the amendment, even from a half-year page', () => {
    expect(ids(rulePeriodsIn(published, 'region-akim', parsePeriod('2023')!))).toEqual(['2023-H1', '2023-H2']);
    expect(ids(rulePeriodsIn(published, 'region-akim', parsePeriod('2025-H1')!))).toEqual(['2025']);
    expect(ids(rulePeriodsIn(published, 'city-akim', parsePeriod('2023-H2')!))).toEqual(['2023-Q3', '2023-Q4']);
    expect(ids(rulePeriodsIn(published, 'minister', parsePeriod('2024-H2')!))).toEqual(['2024-Q3', '2024-Q4']);
  });

  it('does not judge a period that began before the first version took effect (2022-Q1 starts before 2022-03-01)', () => {
    expect(ids(rulePeriodsIn(published, 'district-akim', parsePeriod('2022')!))).toEqual(['2022-Q2', '2022-Q3', '2022-Q4']);
    expect(ids(rulePeriodsIn(published, 'region-akim', parsePeriod('2022')!))).toEqual(['2022-H2']);
  });

  it('lists the periods from the earliest day to the build day, longer first when two start together', () => {
    expect(ids(contentPeriods('2025-05-10', '2025-08-15'))).toEqual(['2025', '2025-H1', '2025-Q2', '2025-H2', '2025-Q3']);
    expect(contentPeriods(undefined, '2025-08-15')).toEqual([]);
  });
});

describe('a share', () => {
  it('has no percentage under 5 events, and one (one decimal) from 5', () => {
    expect(share(3, 4)).toEqual({ count: 3, of: 4 });
    expect(share(0, 0)).toEqual({ count: 0, of: 0 });
    expect(share(3, 5)).toEqual({ count: 3, of: 5, percent: 60 });
    expect(share(1, 6)).toEqual({ count: 1, of: 6, percent: 16.7 });
  });
});

// ------------------------------------------------------------------ the fixture

/** Rules of the fixture: as published, but with two or three channels so that missing channels are easy to count by hand. */
const versions: RulesVersion[] = [
  { ...published[0]!, channels: ['newspaper', 'website'] },
  { ...published[1]!, channels: ['newspaper', 'website', 'open-data'] },
];

const names = (ru: string) => ({ kk: ru, ru, en: ru });
const S1 = '103033000'; // Акшокинский сельский округ (Ayagoz)
const S2 = '103035000'; // Байкошкарский сельский округ (Ayagoz)
const S3 = '103037000'; // посёлок Актогай (Ayagoz)
const T1 = '101010000'; // город Семей (Semey)
const T2 = '101033000'; // Абралинский сельский округ (Semey)
const settlementName: Record<string, string> = { [S1]: 'Акшокинский с.о.', [S2]: 'Байкошкарский с.о.', [S3]: 'посёлок Актогай', [T1]: 'город Семей', [T2]: 'Абралинский с.о.' };

const reason = { ru: 'по решению маслихата' };
const maslikhat = { act: 'notice', session: 'XXIV', date: '2025-01-09', number: '24/1' };

/** A meeting as the loader gives it: the record parsed, its log played. */
function meeting(n: number, o: { region?: string; level: string; body?: string; district?: string; settlement?: string; start: string; held?: string; status?: 'cancelled'; entry?: string; outside?: boolean; ann?: [string, string][] }): Meeting {
  const changes: unknown[] = [];
  if (o.held !== undefined) changes.push({ kind: 'held', date: o.held });
  if (o.status === 'cancelled') changes.push({ kind: 'cancelled', date: o.start.slice(0, 10), reason: { ru: 'буран' } });
  return meetingView(
    MeetingRecord.parse({
      id: `m-10-${String(n).padStart(4, '0')}`,
      holder: { level: o.level, office: { ru: 'аким' }, ...(o.body === undefined ? {} : { body: o.body }) },
      place: {
        region: o.region ?? 'abay',
        ...(o.district === undefined ? {} : { district: o.district }),
        ...(o.settlement === undefined ? {} : { settlement: { kato: o.settlement, name: { ru: settlementName[o.settlement]! } } }),
        venue: { ru: 'Дом культуры' },
        address: { ru: 'ул. Абая, 1' },
      },
      start: o.start,
      end: o.start.replace('T11:00', 'T13:00'),
      format: 'in-person',
      ...(o.entry === undefined ? {} : { calendarEntry: o.entry }),
      ...(o.outside === true ? { outsideCalendar: { ru: 'по обращению жителей' } } : {}),
      announcements: (o.ann ?? []).map(([channel, published]) => ({ channel, outlet: 'Абай ақпарат', issueNumber: '1', published })),
      changes,
    }),
  );
}

const E = (n: number) => `c-10-2025-00${n}`;
const M = (n: number) => `m-10-${String(n).padStart(4, '0')}`;
const I = (n: number) => `i-10-${String(n).padStart(5, '0')}`;

const meetings: Meeting[] = [
  // M1 district akim, S1, 2025-02-20, outcome 02-25 (5 days), fulfils E1; minutes (ru); announced newspaper 02-05 (lead 15), website 02-10
  meeting(1, { level: 'district', district: 'ayagoz', settlement: S1, start: '2025-02-20T11:00+05:00', held: '2025-02-25', entry: E(1), ann: [['newspaper', '2025-02-05'], ['website', '2025-02-10']] }),
  // M2 district akim, S2, 2025-05-05, outcome 05-16 (11 days: late), fulfils E2; newspaper 05-01 (lead 4); minutes (ru)
  meeting(2, { level: 'district', district: 'ayagoz', settlement: S2, start: '2025-05-05T11:00+05:00', held: '2025-05-16', entry: E(2), ann: [['newspaper', '2025-05-01']] }),
  // M3 district akim, S2, 2025-03-12, outcome 03-22 (10 days: on time), minutes (kk), outside the calendar with a reason; all three channels 03-01 (lead 11)
  meeting(3, { level: 'district', district: 'ayagoz', settlement: S2, start: '2025-03-12T11:00+05:00', held: '2025-03-22', outside: true, ann: [['newspaper', '2025-03-01'], ['website', '2025-03-01'], ['open-data', '2025-03-01']] }),
  // M4 region akim in Ayagoz, 2025-06-10, fulfils E4 (which was dropped); no announcement
  meeting(4, { level: 'region', district: 'ayagoz', start: '2025-06-10T11:00+05:00', held: '2025-06-11', entry: E(4) }),
  // M5 region akim in Semey, 2025-04-15, outside the calendar, no reason
  meeting(5, { level: 'region', district: 'semey-city', start: '2025-04-15T11:00+05:00', held: '2025-04-16' }),
  // M6 district akim, S1, 2025-08-05, outcome 08-06, fulfils E6
  meeting(6, { level: 'district', district: 'ayagoz', settlement: S1, start: '2025-08-05T11:00+05:00', held: '2025-08-06', entry: E(6) }),
  // M7 town akim of Semey, T2, 2025-02-10, fulfils E7
  meeting(7, { level: 'city', district: 'semey-city', settlement: T2, start: '2025-02-10T11:00+05:00', held: '2025-02-12', entry: E(7) }),
  // M8 district akim, S3, 2025-08-01, still scheduled: outcome not reported; newspaper 07-20 (lead 12)
  meeting(8, { level: 'district', district: 'ayagoz', settlement: S3, start: '2025-08-01T11:00+05:00', ann: [['newspaper', '2025-07-20']] }),
  // M9 district akim, S3, 2025-07-10, cancelled: in no figure
  meeting(9, { level: 'district', district: 'ayagoz', settlement: S3, start: '2025-07-10T11:00+05:00', status: 'cancelled', ann: [['newspaper', '2025-07-01']] }),
  // M10 district akim, S1, 2023-05-10 (UTC+6 then), outcome 05-12; newspaper and website 04-25 (lead 15)
  meeting(10, { level: 'district', district: 'ayagoz', settlement: S1, start: '2023-05-10T11:00+06:00', held: '2023-05-12', outside: true, ann: [['newspaper', '2023-04-25'], ['website', '2023-04-25']] }),
  // M11–M13 the minister of energy: Ayagoz (outside the centre), the region with no district (centre), Semey (the centre)
  meeting(11, { level: 'minister', body: 'min-energy', district: 'ayagoz', start: '2025-02-12T11:00+05:00', held: '2025-02-13' }),
  meeting(12, { level: 'minister', body: 'min-energy', start: '2025-05-14T11:00+05:00', held: '2025-05-15' }),
  meeting(13, { level: 'minister', body: 'min-energy', district: 'semey-city', start: '2025-05-20T11:00+05:00', held: '2025-05-21' }),
  // M14 rural akim of S1, 2025-03-05, outside the calendar, no reason
  meeting(14, { level: 'rural-okrug', district: 'ayagoz', settlement: S1, start: '2025-03-05T11:00+05:00', held: '2025-03-06' }),
];

const window = (from: string, to: string) => ({ from, to });
const calendar = Calendar.parse({
  region: 'abay',
  year: 2025,
  approved: { date: '2025-01-10', by: { ru: 'Аким области Абай' }, maslikhat },
  entries: [
    { id: E(1), holder: { level: 'district', district: 'ayagoz' }, place: { settlement: { kato: S1, name: { ru: 'Акшокы' } } }, planned: window('2025-02-01', '2025-02-28') },
    { id: E(2), holder: { level: 'district', district: 'ayagoz' }, place: { settlement: { kato: S2, name: { ru: 'Байкошкар' } } }, planned: window('2025-03-01', '2025-03-31') },
    { id: E(3), holder: { level: 'district', district: 'ayagoz' }, place: { settlement: { kato: S3, name: { ru: 'Актогай' } } }, planned: window('2025-05-01', '2025-05-31') },
    { id: E(4), holder: { level: 'region' }, place: { district: 'ayagoz' }, planned: window('2025-06-01', '2025-06-30') },
    { id: E(5), holder: { level: 'region' }, place: { district: 'semey-city' }, planned: window('2025-09-01', '2025-09-30') },
    { id: E(7), holder: { level: 'city', district: 'semey-city' }, place: { settlement: { kato: T2, name: { ru: 'Абралы' } } }, planned: window('2025-02-10', '2025-02-10') },
  ],
  corrections: [
    { kind: 'moved', date: '2025-03-15', maslikhat, reason, entry: E(2), planned: window('2025-04-01', '2025-04-30') },
    {
      kind: 'added', date: '2025-04-10', maslikhat, reason,
      entry: { id: E(6), holder: { level: 'district', district: 'ayagoz' }, place: { settlement: { kato: S1, name: { ru: 'Акшокы' } } }, planned: window('2025-07-01', '2025-07-31') },
    },
    { kind: 'dropped', date: '2025-05-20', maslikhat, reason, entry: E(4) },
    { kind: 'moved', date: '2025-06-01', maslikhat, reason, entry: E(6), planned: window('2025-08-01', '2025-08-31') },
  ],
});

const ev = (date: string, status: StatusId): StatusEvent => ({ date, status, evidence: [] });
const moved = (date: string, deadline: string): IssueChange => ({ kind: 'deadline', date, deadline, reason });
function issue(n: number, body: Issue['body'], place: Issue['place'], history: StatusEvent[], extra: Partial<Issue> = {}): Issue {
  return { id: I(n), meetings: [M(1)], raised: history[0]!.date, place, category: 'water', title: { ru: 'Вода' }, description: { ru: 'Нет воды' }, body, history, changes: [], ...extra };
}
const abay = { region: 'abay' };
const ayagoz = { region: 'abay', district: 'ayagoz' };
const issues: Issue[] = [
  // region akimat
  issue(1, 'region-akimat', abay, [ev('2025-02-20', 'received'), ev('2025-03-22', 'resolved')]), // resolved in 30 days
  // 2 moves, not overdue; 150 million KZT decided by the maslikhat
  issue(2, 'region-akimat', abay, [ev('2025-02-20', 'in-progress')], { deadline: '2025-06-01', changes: [moved('2025-05-25', '2025-07-01'), moved('2025-06-28', '2025-09-30')], financing: { amountKzt: 150_000_000, source: 'local', decision: { session: 'XXV', date: '2025-03-01', number: '25/4' } } }),
  issue(3, 'region-akimat', abay, [ev('2025-04-15', 'planned')], { deadline: '2025-08-14' }), // overdue
  issue(4, 'region-akimat', abay, [ev('2025-04-15', 'received'), ev('2025-04-25', 'resolved')], { financing: { amountKzt: 20_000_000, source: 'local' } }), // resolved in 10 days; money planned, no maslikhat decision: not counted
  issue(5, 'region-akimat', abay, [ev('2025-06-10', 'received')], { deadline: '2025-08-15' }), // deadline is the build day: not overdue
  issue(6, 'region-akimat', abay, [ev('2025-06-10', 'received'), ev('2025-06-20', 'declined')], { deadline: '2025-07-01' }), // closed: not overdue
  // district akimat of Ayagoz
  issue(7, 'district-akimat', ayagoz, [ev('2025-02-20', 'received'), ev('2025-02-27', 'resolved')]), // 7 days
  issue(8, 'district-akimat', ayagoz, [ev('2025-05-05', 'in-progress')], { deadline: '2025-06-01', changes: [moved('2025-05-30', '2025-07-01')] }), // 1 move, overdue
  // rural akimat of S1
  issue(9, 'rural-akimat', { ...ayagoz, settlement: { kato: S1, name: { ru: 'Акшокы' } } }, [ev('2025-03-05', 'received')]),
  // raised at the minister's meetings
  issue(10, 'min-energy', ayagoz, [ev('2025-02-12', 'received'), ev('2025-04-13', 'resolved')], { meetings: [M(11)], financing: { amountKzt: 7_500_000, source: 'republican', decision: { session: 'XXVI', date: '2025-04-01', number: '26/2' } } }),
  issue(11, 'district-akimat', { region: 'abay', district: 'semey-city' }, [ev('2025-05-14', 'in-progress')], { meetings: [M(12)] }),
  // another ministry, 2024
  issue(12, 'min-water', abay, [ev('2024-03-01', 'received')], { deadline: '2024-06-01' }), // overdue
];

const content: AccountabilityInput = {
  site: { demo: true, timelyAnnouncementDays: 10, reportingDays: 10, dataLicense: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' },
  regions: [{ kato: '100000000', slug: 'abay', iso: 'KZ-10', kind: 'oblast', name: names('Абай облысы'), shortName: names('Абай'), centre: { kato: T1, name: names('Семей') } }],
  districts: [
    { kato: '103000000', region: 'abay', slug: 'ayagoz', kind: 'district', name: names('Аягөз ауданы'), shortName: names('Аягөз'), centre: { kato: '103020000', name: { ru: 'Аягоз' } }, katoSource: 'kato-2022' },
    { kato: '101000000', region: 'abay', slug: 'semey-city', kind: 'city', name: names('Семей қаласы'), shortName: names('Семей'), centre: { kato: T1, name: { ru: 'Семей' } }, katoSource: 'kato-2022' },
  ],
  settlements: [
    { kato: S1, district: 'ayagoz', kind: 'rural-okrug', name: { ru: settlementName[S1]! } },
    { kato: S2, district: 'ayagoz', kind: 'rural-okrug', name: { ru: settlementName[S2]! } },
    { kato: S3, district: 'ayagoz', kind: 'town', name: { ru: settlementName[S3]! } },
    { kato: T1, district: 'semey-city', kind: 'town', name: { ru: settlementName[T1]! } },
    { kato: T2, district: 'semey-city', kind: 'rural-okrug', name: { ru: settlementName[T2]! } },
  ],
  meetings,
  issues,
  minutes: [
    { meeting: M(1), lang: 'ru', html: '', text: '', agenda: [] },
    { meeting: M(3), lang: 'kk', html: '', text: '', agenda: [] },
    { meeting: M(2), lang: 'ru', html: '', text: '', agenda: [] }, // with the outcome 11 days late: not on time
  ],
  calendars: [calendar],
  obligations: versions,
};

const acc = accountability(content, asOf);
const DISTRICT = 'district:abay/ayagoz';
const REGION = 'region:abay';
const TOWN = 'district:abay/semey-city';
const OKRUG = `okrug:abay/${S1}`;
const fig = (holder: string, period: string) => acc.byHolder.get(holder)!.get(period)!;

describe('accountability: periods and offices', () => {
  it('has every period from the earliest meeting (2023-05-10) to the build day', () => {
    // years 2023–2025; half-years 2023-H1 … 2025-H2; quarters 2023-Q2 … 2025-Q3
    expect(ids(acc.periods)).toEqual([
      '2023', '2023-H1', '2023-Q2', '2023-H2', '2023-Q3', '2023-Q4',
      '2024', '2024-H1', '2024-Q1', '2024-Q2', '2024-H2', '2024-Q3', '2024-Q4',
      '2025', '2025-H1', '2025-Q1', '2025-Q2', '2025-H2', '2025-Q3',
    ]);
  });

  it('knows the region akim, the district and town akims, the rural akim and each ministry', () => {
    expect(acc.holders.get(REGION)?.role).toBe('region-akim');
    expect(acc.holders.get(DISTRICT)?.role).toBe('district-akim');
    expect(acc.holders.get(TOWN)?.role).toBe('town-akim');
    expect(acc.holders.get(OKRUG)?.role).toBe('rural-akim');
    expect(acc.holders.get('minister:min-energy')?.role).toBe('minister');
    expect(acc.holdersOfRegion.get('abay')).toEqual([REGION, DISTRICT, TOWN, OKRUG]);
    expect(fig(DISTRICT, '2023').version).toBe('decree-2022');
    expect(fig(DISTRICT, '2025-H1').version).toBe('amendment-2023');
  });
});

describe('accountability: calendar adherence', () => {
  it('gives each entry one outcome after the corrections', () => {
    const e = (n: number) => acc.entries.get(E(n))!;
    // E1: M1 on 02-20 ≤ 02-28
    expect(e(1)).toMatchObject({ outcome: 'on-time', meeting: M(1), meetingDay: '2025-02-20', moves: [] });
    // E2: moved to 04-01–04-30; M2 on 05-05 > 04-30
    expect(e(2)).toMatchObject({ outcome: 'late', meeting: M(2), planned: { from: '2025-04-01', to: '2025-04-30' }, plannedFirst: { from: '2025-03-01', to: '2025-03-31' }, moves: ['2025-03-15'] });
    // E3: no meeting, 05-31 < 08-15
    expect(e(3).outcome).toBe('not-held');
    // E4: dropped on 05-20, though M4 was held linking it on 06-10
    expect(e(4)).toMatchObject({ outcome: 'dropped', dropped: '2025-05-20', meetings: [M(4)] });
    expect(e(4).meeting).toBeUndefined();
    // E5: 09-30 ≥ 08-15
    expect(e(5).outcome).toBe('not-yet-due');
    // E6: added 04-10, moved to 08-01–08-31; M6 on 08-05
    expect(e(6)).toMatchObject({ outcome: 'on-time', added: '2025-04-10', moves: ['2025-06-01'], planned: { from: '2025-08-01', to: '2025-08-31' } });
    // E7: the town akim's, M7 on the planned day
    expect(e(7)).toMatchObject({ outcome: 'on-time', holder: TOWN });
  });

  it('counts the district akim’s entries by the period of their current start', () => {
    // 2025-H1: E1 (02-01), E2 (moved to 04-01), E3 (05-01); E6 was moved to 08-01 → H2
    const h1 = fig(DISTRICT, '2025-H1').adherence;
    expect(h1).toEqual({
      planned: [E(1), E(2), E(3)], onTime: [E(1)], late: [E(2)], notHeld: [E(3)], dropped: [], notYetDue: [],
      moved: [E(2)], moves: 1,
      onTimeShare: { count: 1, of: 3 }, // due: 1 on time + 1 late + 1 not held; fewer than 5 → no percent
      outsideCalendar: [M(3)], // M3 on 03-12 has no entry (it gives a reason)
      outsideCalendarNoReason: [],
    });
    // 2025-Q1: only E1 (E2 now starts 04-01)
    expect(fig(DISTRICT, '2025-Q1').adherence.planned).toEqual([E(1)]);
    // the whole year: E1, E2, E3, E6; on time E1, E6; moves E2 (1) + E6 (1)
    const y = fig(DISTRICT, '2025').adherence;
    expect(y).toMatchObject({ planned: [E(1), E(2), E(3), E(6)], onTime: [E(1), E(6)], moved: [E(2), E(6)], moves: 2, onTimeShare: { count: 2, of: 4 } });
  });

  it('counts the region akim’s dropped and not-yet-due entries and meetings outside the calendar', () => {
    expect(fig(REGION, '2025').adherence).toMatchObject({
      planned: [E(4), E(5)], dropped: [E(4)], notYetDue: [E(5)], onTimeShare: { count: 0, of: 0 },
      outsideCalendar: [M(5)], outsideCalendarNoReason: [M(5)], // M4 links E4, so it is not outside
    });
  });

  it('adds up the region: 7 entries, 3 of 5 due on time = 60 %', () => {
    // entries in the order they were read: E1 E2 E3 E4 E5 E7 (approved), E6 (added)
    // on time E1 E7 E6; late E2; not held E3 → due 5, on time 3
    expect(acc.regions.get('abay')!.get('2025')!.adherence).toEqual({
      planned: [E(1), E(2), E(3), E(4), E(5), E(7), E(6)], onTime: [E(1), E(7), E(6)], late: [E(2)], notHeld: [E(3)], dropped: [E(4)], notYetDue: [E(5)],
      moved: [E(2), E(6)], moves: 2,
      onTimeShare: { count: 3, of: 5, percent: 60 },
      // held with no entry, akims only (not the minister's M11–M13): M3 (reason), M5, M14
      outsideCalendar: [M(3), M(5), M(14)], outsideCalendarNoReason: [M(5), M(14)],
    });
  });
});

describe('accountability: coverage', () => {
  it('lists the settlements the district akim reached in 2025-H1 (amendment: half-years) and those it did not', () => {
    const [c, ...more] = fig(DISTRICT, '2025-H1').coverage;
    expect(more).toEqual([]);
    const cov = c as PlacesCoverage;
    // held in H1: M1 at S1; M3 (03-12) and M2 (05-05) at S2, in the order of the meetings list; nothing at S3
    expect(cov).toMatchObject({ measure: 'places', period: { id: '2025-H1' }, version: 'amendment-2023', places: 'settlements', times: 1, complete: true });
    expect(cov.list.map((p) => [p.id, p.name.ru, p.placeKind, p.meetings, p.covered])).toEqual([
      [S1, 'Акшокинский с.о.', 'rural-okrug', [M(1)], true],
      [S2, 'Байкошкарский с.о.', 'rural-okrug', [M(2), M(3)], true],
      [S3, 'посёлок Актогай', 'town', [], false],
    ]);
    expect(cov.covered).toEqual({ count: 2, of: 3 });
    expect(cov.notCovered).toEqual([S3]);
    expect(cov.elsewhere).toEqual([]);
  });

  it('marks the half-year in progress as not complete (2025-H2: only M6 at S1 so far)', () => {
    const cov = fig(DISTRICT, '2025-H2').coverage[0] as PlacesCoverage;
    expect(cov).toMatchObject({ complete: false, covered: { count: 1, of: 3 }, notCovered: [S2, S3] });
  });

  it('has no data for the rule periods that began before the record: 2023-Q1 and 2023-Q2 began before M10 (2023-05-10), the first day Abay’s record knows', () => {
    // Abay's record: M10 on 2023-05-10 is its earliest meeting; its one calendar is of 2025 (from 2025-01-01)
    expect(acc.recordFrom.regions.get('abay')).toBe('2023-05-10');
    expect(acc.recordFrom.national).toBe('2023-05-10');
    // 2023-H1 holds Q1 (nothing recorded) and Q2 (M10 at S1): neither is counted as covered or missed
    const list = fig(DISTRICT, '2023-H1').coverage;
    expect(list.map((c) => [c.period.id, c.version, c.measure, c.measure === 'no-data' ? [c.recordFrom, c.held] : null])).toEqual([
      ['2023-Q1', 'decree-2022', 'no-data', ['2023-05-10', []]],
      ['2023-Q2', 'decree-2022', 'no-data', ['2023-05-10', [M(10)]]],
    ]);
    // the region akim's half-year 2023-H1 (decree) began on 2023-01-01: no data either
    expect(fig(REGION, '2023-H1').coverage.map((c) => [c.period.id, c.measure])).toEqual([['2023-H1', 'no-data']]);
  });

  it('judges every rule period that began on or after the record’s first day: 2023-Q3 and 2023-Q4, with nothing held there, are misses', () => {
    const list = fig(DISTRICT, '2023-H2').coverage as PlacesCoverage[];
    expect(list.map((c) => [c.period.id, c.measure, c.covered, c.notCovered])).toEqual([
      ['2023-Q3', 'places', { count: 0, of: 3 }, [S1, S2, S3]],
      ['2023-Q4', 'places', { count: 0, of: 3 }, [S1, S2, S3]],
    ]);
  });

  it('adds up no place and no miss of a period the record cannot judge: Abay’s 2023-H1 is all no data', () => {
    // region akim 2023-H1; district akim Q1, Q2; town akim Q1, Q2; the rural akim of S1 Q1, Q2 → 7 pairs with no data
    // (before the fix: 12 places to cover, 1 covered — M10 at S1 in Q2 — and 11 misses the record cannot know)
    expect(acc.regions.get('abay')!.get('2023-H1')!.coverage).toEqual({ places: { count: 0, of: 0 }, holdersAllCovered: { count: 0, of: 0 }, notMeasured: 0, noData: 7 });
  });

  it('judges the region akim over the whole year 2025, also from a half-year page: both districts visited', () => {
    const cov = fig(REGION, '2025-H1').coverage;
    expect(cov).toHaveLength(1);
    const c = cov[0] as PlacesCoverage;
    // M5 in Semey (04-15), M4 in Ayagoz (06-10)
    expect(c.period.id).toBe('2025');
    expect(c.complete).toBe(false);
    expect(c.list.map((p) => [p.id, p.name.ru, p.meetings])).toEqual([['ayagoz', 'Аягөз', [M(4)]], ['semey-city', 'Семей', [M(5)]]]);
    expect(c.covered).toEqual({ count: 2, of: 2 });
  });

  it('covers a town akim’s settlements, and reports a rural akim’s villages as not measurable', () => {
    const town = fig(TOWN, '2025-H1').coverage[0] as PlacesCoverage;
    expect(town.list.map((p) => [p.id, p.covered])).toEqual([[T1, false], [T2, true]]); // M7 at T2
    expect(fig(OKRUG, '2025-H1').coverage).toEqual([
      { holder: OKRUG, period: parsePeriod('2025-H1'), version: 'amendment-2023', places: 'villages', times: 1, complete: true, measure: 'not-measured', held: [M(14)] },
    ]);
  });

  it('adds up the region’s coverage in 2025-H1', () => {
    // region akim 2025: 2 of 2; district akim H1: 2 of 3; town akim H1: 1 of 2 (T2) → 5 of 7 = 71.4 %
    // pairs all covered: region akim only → 1 of 3; one rural akim not measured
    expect(acc.regions.get('abay')!.get('2025-H1')!.coverage).toEqual({ places: { count: 5, of: 7, percent: 71.4 }, holdersAllCovered: { count: 1, of: 3 }, notMeasured: 1, noData: 0 });
  });
});

describe('accountability: announcements', () => {
  it('gives the lead time and the channels missing per meeting, by the amendment in 2025', () => {
    // not cancelled, day in H1: M1, M2, M3 (M8 is in H2, M9 cancelled)
    const a = fig(DISTRICT, '2025-H1').announcements;
    expect(a.meetings).toEqual([
      // 02-05 → 02-20 = 15 days
      { meeting: M(1), day: '2025-02-20', lead: 15, timely: true, version: 'amendment-2023', required: ['newspaper', 'website', 'open-data'], used: ['newspaper', 'website'], missing: ['open-data'] },
      // 05-01 → 05-05 = 4 days < 10
      { meeting: M(2), day: '2025-05-05', lead: 4, timely: false, version: 'amendment-2023', required: ['newspaper', 'website', 'open-data'], used: ['newspaper'], missing: ['website', 'open-data'] },
      // 03-01 → 03-12 = 11 days
      { meeting: M(3), day: '2025-03-12', lead: 11, timely: true, version: 'amendment-2023', required: ['newspaper', 'website', 'open-data'], used: ['newspaper', 'website', 'open-data'], missing: [] },
    ]);
    expect(a.announced).toEqual({ count: 3, of: 3 });
    expect(a.timely).toEqual({ count: 2, of: 3 });
    expect(a.allChannels).toEqual({ count: 1, of: 3 });
    expect(a.medianLeadDays).toBe(11); // 4, 11, 15
    expect(a.missingBy).toEqual({ newspaper: [], website: [M(2)], 'open-data': [M(1), M(2)] });
  });

  it('judges a 2023 meeting by the 2022 decree’s channels, and counts a scheduled meeting but not a cancelled one', () => {
    // M10: 04-25 → 05-10 = 15 days; the decree (in the fixture) asks newspaper and website only
    expect(fig(DISTRICT, '2023-Q2').announcements.meetings).toEqual([
      { meeting: M(10), day: '2023-05-10', lead: 15, timely: true, version: 'decree-2022', required: ['newspaper', 'website'], used: ['newspaper', 'website'], missing: [] },
    ]);
    // H2: M6 (no announcement) and M8 (newspaper 07-20 → 08-01 = 12 days); M9 cancelled
    const h2 = fig(DISTRICT, '2025-H2').announcements;
    expect(h2.meetings.map((m) => [m.meeting, m.lead, m.timely])).toEqual([[M(6), undefined, false], [M(8), 12, true]]);
    expect(h2.announced).toEqual({ count: 1, of: 2 });
  });
});

describe('accountability: reporting', () => {
  it('gives outcome and minutes within 10 days per held meeting, and meetings with no outcome', () => {
    const r = fig(DISTRICT, '2025-H1').reporting;
    expect(r.held).toEqual([
      { meeting: M(1), day: '2025-02-20', outcomeDate: '2025-02-25', outcomeDays: 5, outcomeOnTime: true, minutes: true, minutesOnTime: true },
      { meeting: M(2), day: '2025-05-05', outcomeDate: '2025-05-16', outcomeDays: 11, outcomeOnTime: false, minutes: true, minutesOnTime: false },
      { meeting: M(3), day: '2025-03-12', outcomeDate: '2025-03-22', outcomeDays: 10, outcomeOnTime: true, minutes: true, minutesOnTime: true },
    ]);
    expect(r.outcomeOnTime).toEqual({ count: 2, of: 3 });
    expect(r.outcomeLate).toEqual([M(2)]);
    expect(r.minutesOnTime).toEqual({ count: 2, of: 3 });
    expect(r.noMinutes).toEqual([]);
    expect(r.notReported).toEqual([]);
    // H2: M6 held next day without minutes; M8 still scheduled on 08-01 < 08-15
    const h2 = fig(DISTRICT, '2025-H2').reporting;
    expect([h2.outcomeOnTime, h2.minutesOnTime, h2.noMinutes, h2.notReported]).toEqual([{ count: 1, of: 1 }, { count: 0, of: 1 }, [M(6)], [M(8)]]);
  });
});

describe('accountability: issue handling per akimat', () => {
  it('gives the region akimat’s raised, resolved, overdue, median days and deadline moves for 2025-H1', () => {
    // I1–I6: resolved I1 (30 days), I4 (10 days); overdue I3 (deadline 08-14 < 08-15); I5's deadline is the build day; I6 closed
    expect(acc.handling.get(REGION)!.get('2025-H1')).toEqual({
      raised: [I(1), I(2), I(3), I(4), I(5), I(6)],
      resolved: [I(1), I(4)],
      resolvedShare: { count: 2, of: 6, percent: 33.3 },
      overdue: [I(3)],
      overdueShare: { count: 1, of: 6, percent: 16.7 },
      medianDaysToResolve: 20, // (10 + 30) / 2
      deadlineMoves: 2,
      movedDeadline: [I(2)],
      byStatus: { received: 1, 'in-review': 0, planned: 1, 'in-progress': 1, resolved: 2, explained: 0, declined: 1, referred: 0, duplicate: 0 },
      moneyDecidedKzt: 150_000_000, // I2's decided financing; I4's has no decision
    });
  });

  it('gives the district akimat’s, with no percentage for 2 issues', () => {
    // I7 resolved in 7 days; I8 overdue (07-01), moved once
    expect(acc.handling.get(DISTRICT)!.get('2025-H1')).toMatchObject({
      raised: [I(7), I(8)], resolvedShare: { count: 1, of: 2 }, overdueShare: { count: 1, of: 2 }, medianDaysToResolve: 7, deadlineMoves: 1, movedDeadline: [I(8)],
    });
    expect(acc.handling.get(OKRUG)!.get('2025-H1')!.raised).toEqual([I(9)]);
  });

  it('adds up the region’s akimats (region, district, rural), as the site’s figures would count the same issues', () => {
    // local bodies in H1: I1–I9 and I11 = 10; resolved I1 I4 I7; overdue I3 I8; days 30, 10, 7 → median 10; moves 2 + 1
    const h = acc.regions.get('abay')!.get('2025-H1')!.handling;
    expect([h.raised.length, h.resolvedShare, h.overdueShare, h.medianDaysToResolve, h.deadlineMoves, h.movedDeadline]).toEqual([
      10, { count: 3, of: 10, percent: 30 }, { count: 2, of: 10, percent: 20 }, 10, 3, [I(2), I(8)],
    ]);
    const local = issues.filter((i) => h.raised.includes(i.id));
    const f = computeFigures({ issues: local, meetings: [], asOf, timelyDays: 10, isInRegionalCentre: () => true });
    expect([f.resolved, f.overdue, f.medianDaysToResolve, f.deadlineMoves, f.issuesWithMovedDeadline]).toEqual([h.resolved.length, h.overdue.length, h.medianDaysToResolve, h.deadlineMoves, h.movedDeadline.length]);
  });
});

describe('accountability: every issue raised in a scope', () => {
  it('gives a region’s issues of every responsible body raised in 2025-H1, as a quarterly report counts them', () => {
    // raised in Abay in H1: I1–I11 (I10 is the ministry of energy's, I11 a district akimat's in Semey); I12 is of 2024
    // resolved I1 (30 days), I4 (10), I7 (7), I10 (60) → 4 of 11 = 36.4 %, median (10 + 30) / 2 = 20
    // overdue I3 (08-14) and I8 (07-01) → 2 of 11 = 18.2 %; money decided: I2 150 000 000 + I10 7 500 000
    const i = acc.regions.get('abay')!.get('2025-H1')!.issues;
    expect([i.raised, i.resolvedShare, i.overdue, i.overdueShare, i.medianDaysToResolve, i.moneyDecidedKzt]).toEqual([
      [I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), I(10), I(11)], { count: 4, of: 11, percent: 36.4 }, [I(3), I(8)], { count: 2, of: 11, percent: 18.2 }, 20, 157_500_000,
    ]);
    // the akimats' handling leaves the ministry's I10 out
    expect(acc.regions.get('abay')!.get('2025-H1')!.handling.moneyDecidedKzt).toBe(150_000_000);
    // the country in 2024: I12 only, the ministry of water's
    expect(acc.national.get('2024')!.issues).toMatchObject({ raised: [I(12)], overdue: [I(12)], moneyDecidedKzt: 0 });
  });

  it('counts the same issues as the site’s figures would', () => {
    const i = acc.regions.get('abay')!.get('2025-Q2')!.issues;
    const f = computeFigures({ issues: issues.filter((x) => i.raised.includes(x.id)), meetings: [], asOf, timelyDays: 10, isInRegionalCentre: () => true });
    expect([f.issues, f.resolved, f.overdue, f.medianDaysToResolve, f.moneyDecidedKzt]).toEqual([i.raised.length, i.resolved.length, i.overdue.length, i.medianDaysToResolve, i.moneyDecidedKzt]);
  });
});

describe('accountability: ministries', () => {
  it('gives the minister of energy’s meetings, places, quarters and issues in 2025-H1', () => {
    const m = acc.ministries.get('min-energy')!.get('2025-H1')!;
    expect(m.held).toEqual([M(11), M(12), M(13)]);
    expect(m.regionsVisited).toEqual(['abay']);
    // M11 in Ayagoz is outside; M12 (no district) and M13 (Semey, whose centre is the region's) are in the centre
    expect(m.outsideCentre).toEqual({ count: 1, of: 3 });
    expect(m.outsideCentreMeetings).toEqual([M(11)]);
    // Q1: M11; Q2: M12, M13 — each at least once
    expect(m.quarters.map((q) => [q.period.id, q.held, q.met, q.complete])).toEqual([['2025-Q1', [M(11)], true, true], ['2025-Q2', [M(12), M(13)], true, true]]);
    expect(m.quartersMet).toEqual({ count: 2, of: 2 });
    // raised at its meetings: I10 (M11, resolved), I11 (M12, in progress); assigned to it: I10
    expect(m.raisedAtMeetings).toMatchObject({ raised: [I(10), I(11)], resolved: [I(10)], byStatus: { resolved: 1, 'in-progress': 1 } });
    expect(m.assigned).toMatchObject({ raised: [I(10)], resolved: [I(10)], medianDaysToResolve: 60 }); // 02-12 → 04-13
  });

  it('counts a quarter in progress as not yet judged, and a year with no meeting as none of four met', () => {
    // 2025: Q1, Q2 met; Q3 in progress; Q4 has not begun on 08-15
    const y = acc.ministries.get('min-energy')!.get('2025')!;
    expect(y.quarters.map((q) => [q.period.id, q.met, q.complete])).toEqual([['2025-Q1', true, true], ['2025-Q2', true, true], ['2025-Q3', false, false]]);
    expect(y.quartersMet).toEqual({ count: 2, of: 2 });
    expect(acc.ministries.get('min-energy')!.get('2024')!.quartersMet).toEqual({ count: 0, of: 4 });
    // I12 (min-water, 2024, deadline 06-01): overdue
    expect(acc.ministries.get('min-water')!.get('2024')!.assigned).toMatchObject({ raised: [I(12)], overdue: [I(12)] });
  });

  it('judges a minister from the country’s first recorded day: of 2023, Q2 began before 2023-05-10 (no data), Q3 and Q4 had no meeting', () => {
    const y = acc.ministries.get('min-energy')!.get('2023')!;
    expect(y.quarters.map((q) => [q.period.id, q.held, q.met])).toEqual([['2023-Q3', [], false], ['2023-Q4', [], false]]);
    expect(y.quartersMet).toEqual({ count: 0, of: 2 });
    expect(acc.coverage.get('minister:min-energy')!.get('2023-Q2')).toMatchObject({ measure: 'no-data', recordFrom: '2023-05-10', held: [] });
  });
});

describe('accountability: totals', () => {
  it('counts ministers’ meetings in the country’s announcements but not in the region’s', () => {
    // not cancelled, day in 2025-H1: akims' M1 M2 M3 M4 M5 M7 M14, the minister's M11 M12 M13
    // timely: M1 (15 days) and M3 (11); the others have no announcement or M2's 4 days
    const region = acc.regions.get('abay')!.get('2025-H1')!.announcements;
    expect(region.meetings.map((m) => m.meeting)).toEqual([M(1), M(2), M(3), M(4), M(5), M(7), M(14)]);
    expect(region.timely).toEqual({ count: 2, of: 7, percent: 28.6 });
    const national = acc.national.get('2025-H1')!.announcements;
    expect(national.meetings).toHaveLength(10);
    expect(national.timely).toEqual({ count: 2, of: 10, percent: 20 });
  });
});

describe('accountability: a city of republican significance', () => {
  const almaty: AccountabilityInput = {
    ...content,
    regions: [{ kato: '750000000', slug: 'almaty', iso: 'KZ-75', kind: 'city', name: names('Алматы қаласы'), shortName: names('Алматы'), centre: { kato: '750000000', name: names('Алматы') } }],
    districts: [
      { kato: '751710000', region: 'almaty', slug: 'almaly', kind: 'city-district', name: names('Алмалы ауданы'), shortName: names('Алмалы'), katoSource: 'kato-2022' },
      { kato: '751910000', region: 'almaty', slug: 'bostandyk', kind: 'city-district', name: names('Бостандық ауданы'), shortName: names('Бостандық'), katoSource: 'kato-2022' },
    ],
    settlements: [],
    issues: [],
    minutes: [],
    calendars: [],
    meetings: [
      // the city akim in Almaly on 2023-08-10; in Bostandyk on 2025-03-03; a minister in Almaly on 2025-04-02
      meeting(21, { region: 'almaty', level: 'city', district: 'almaly', start: '2023-08-10T11:00+06:00', held: '2023-08-10' }),
      meeting(22, { region: 'almaty', level: 'city', district: 'bostandyk', start: '2025-03-03T11:00+05:00', held: '2025-03-03' }),
      meeting(23, { region: 'almaty', level: 'minister', body: 'min-health', district: 'almaly', start: '2025-04-02T11:00+05:00', held: '2025-04-02' }),
    ],
  };
  const a = accountability(almaty, asOf);

  it('holds the city akim to each city district: quarterly under the decree, yearly under the amendment', () => {
    expect(a.holders.get('region:almaty')?.role).toBe('city-akim');
    // Almaty's record begins with M21 on 2023-08-10 (no calendar): 2023-Q3 began on 07-01, before it — no data, M21 given for reference; Q4 had nothing
    expect(a.recordFrom.regions.get('almaty')).toBe('2023-08-10');
    const h2 = a.byHolder.get('region:almaty')!.get('2023-H2')!.coverage;
    expect(h2.map((c) => [c.period.id, c.places, c.measure, c.measure === 'places' ? [c.covered, c.notCovered] : c.measure === 'no-data' ? c.held : null])).toEqual([
      ['2023-Q3', 'city-districts', 'no-data', [M(21)]],
      ['2023-Q4', 'city-districts', 'places', [{ count: 0, of: 2 }, ['almaly', 'bostandyk']]],
    ]);
    // 2025: M22 in Bostandyk
    const y = a.byHolder.get('region:almaty')!.get('2025')!.coverage as PlacesCoverage[];
    expect(y.map((c) => [c.period.id, c.covered, c.notCovered])).toEqual([['2025', { count: 1, of: 2 }, ['almaly']]]);
  });

  it('starts a region’s record on the first day of its first calendar’s year, so a whole planned year is judged', () => {
    // Only M22 (2025-03-03): without a calendar, the year 2025 began before the record — no data;
    // with Almaty's calendar of 2025 (no entries), the record begins on 2025-01-01 and the year is judged: Bostandyk only, 1 of 2
    const only = { ...almaty, meetings: almaty.meetings.filter((m) => m.id === M(22)) };
    const without = accountability(only, asOf).coverage.get('region:almaty')!.get('2025')!;
    expect([without.measure, without.measure === 'no-data' ? without.recordFrom : null]).toEqual(['no-data', '2025-03-03']);
    const planned = Calendar.parse({ region: 'almaty', year: 2025, approved: { date: '2025-01-10', by: { ru: 'Аким города Алматы' }, maslikhat }, entries: [] });
    const judged = accountability({ ...only, calendars: [planned] }, asOf).coverage.get('region:almaty')!.get('2025') as PlacesCoverage;
    expect([judged.measure, judged.covered, judged.notCovered]).toEqual(['places', { count: 1, of: 2 }, ['almaly']]);
  });

  it('counts a minister’s meeting in a city of republican significance as in the centre', () => {
    expect(a.ministries.get('min-health')!.get('2025-H1')!.outsideCentre).toEqual({ count: 0, of: 1 });
  });
});
