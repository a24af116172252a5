/**
 * The accountability open data, API documents and feed entries on a small
 * tree (tests/content/calendar-fixture.ts: Abay's 2026 calendar with three
 * corrections, the Semey town akim's five meetings in Abralinsky okrug, build
 * day 2026-06-30). Expected numbers are worked out by hand in the comments
 * beside them; beyond those, every compliance row must say what the one
 * computation says, in CSV, JSON and the API alike.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountabilityOf } from '../../src/lib/accountability/of-model.ts';
import { indexContent, type ContentIndex } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { reconcileApi, reconcileData } from '../../src/lib/content/reconcile.ts';
import { apiDocuments } from '../../src/lib/exports/api.ts';
import type { ComplianceRow } from '../../src/lib/exports/accountability-datasets.ts';
import { datasets, type Dataset } from '../../src/lib/exports/datasets.ts';
import { toCsv, toJson } from '../../src/lib/exports/files.ts';
import { writeDataFiles } from '../../src/lib/exports/write.ts';
import { writeApiFiles } from '../../src/lib/exports/write-api.ts';
import { calendarCorrectionEntries, feedLength } from '../../src/lib/feeds/atom.ts';
import { computeSiteFigures, type SiteFigures } from '../../src/lib/stats/site-figures.ts';
import { openDataTree, fixtureAsOf } from '../content/open-data-fixture.ts';
import { writeTree } from '../content/fixture.ts';
import { tempFolder } from '../support/temp.ts';

const meta = { version: '0123456789ab', asOf: fixtureAsOf, license: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' };
const TOWN = 'district:abay/semey-city';
const DISTRICT = 'district:abay/abay-district';
const REGION = 'region:abay';
const ASTANA_DISTRICT = 'district:astana/almaty-district';

function fixture(): { model: ContentIndex & { figures: SiteFigures }; sets: Dataset[] } {
  const { content, problems } = loadContent(writeTree(openDataTree()), { asOf: fixtureAsOf });
  expect(problems).toEqual([]);
  const index = indexContent(content, fixtureAsOf);
  const model = Object.assign(index, { figures: computeSiteFigures(index) });
  return { model, sets: datasets(model) };
}

const { model, sets } = fixture();
const set = (name: string) => sets.find((d) => d.name === name)!;
const json = (name: string) => (JSON.parse(toJson(set(name), meta)) as { records: Record<string, unknown>[] }).records;
const complianceOf = (holder: string, period: string) => json('compliance').find((r) => r.holder === holder && r.period === period)!;

/** The cells of a CSV row of compliance by column name (compliance has no text with commas or quotes). */
function csvRow(holder: string, period: string): Record<string, string> {
  const lines = toCsv(set('compliance'), meta).replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0]!.split(',');
  const line = lines.find((l) => l.startsWith(`${holder},`) && l.split(',')[header.indexOf('period')] === period)!;
  const cells = line.split(',');
  return Object.fromEntries(header.map((h, i) => [h, cells[i]!]));
}

describe('open data: calendars and rules', () => {
  it('has one calendar-entries row per entry after the corrections, with its outcome and meeting', () => {
    const rows = json('calendar-entries');
    // four approved, one added by a correction
    expect(rows.map((r) => [r.id, r.holder, r.holder_level, r.planned_first_from, r.planned_from, r.planned_to, r.added, r.moves, r.dropped, r.outcome, r.meeting_id])).toEqual([
      ['c-10-2026-001', TOWN, 'city', '2026-03-01', '2026-03-01', '2026-03-31', null, 0, null, 'on-time', 'm-10-0001'], // held 03-10 ≤ 03-31
      ['c-10-2026-002', DISTRICT, 'district', '2026-02-01', '2026-02-01', '2026-02-28', null, 0, null, 'not-held', null], // 02-28 < 06-30
      ['c-10-2026-003', REGION, 'region', '2026-05-01', '2026-09-01', '2026-09-30', null, 1, null, 'not-yet-due', null], // moved on 04-15
      ['c-10-2026-004', DISTRICT, 'district', '2026-04-01', '2026-04-01', '2026-04-30', null, 0, '2026-03-20', 'dropped', null],
      ['c-10-2026-005', DISTRICT, 'district', '2026-07-10', '2026-07-10', '2026-07-20', '2026-04-05', 0, null, 'not-yet-due', null], // m-10-0002 is only scheduled
    ]);
    expect(rows.find((r) => r.id === 'c-10-2026-001')).toMatchObject({ region: 'abay', year: 2026, district: 'semey-city', settlement_kato: '101033000', kind: 'outreach', meeting_day: '2026-03-10', meetings: 'm-10-0001' });
    expect(rows.find((r) => r.id === 'c-10-2026-003')).toMatchObject({ kind: 'report', moved: '2026-04-15' });
  });

  it('has one calendar-corrections row per correction, in the calendar’s order, with the maslikhat reference and the new window', () => {
    expect(json('calendar-corrections').map((r) => [r.calendar, r.seq, r.date, r.kind, r.entry, r.maslikhat_act, r.maslikhat_session, r.maslikhat_date, r.maslikhat_number, r.maslikhat_url, r.reason_ru, r.planned_from, r.planned_to])).toEqual([
      ['abay/2026', 1, '2026-03-20', 'dropped', 'c-10-2026-004', 'notice', 'XXXI', '2026-03-18', '31/4', 'https://abay.example.kz/maslikhat/30-2', 'по решению маслихата', null, null],
      ['abay/2026', 2, '2026-04-05', 'added', 'c-10-2026-005', 'notice', 'XXXII', '2026-04-03', '32/1', null, 'по решению маслихата', '2026-07-10', '2026-07-20'],
      ['abay/2026', 3, '2026-04-15', 'moved', 'c-10-2026-003', 'notice', 'XXXII', '2026-04-14', '32/7', null, 'по решению маслихата', '2026-09-01', '2026-09-30'],
    ]);
  });

  it('gives the rules table one row per version and frequency, with the effective day, the source and the required channels', () => {
    const rows = json('obligations');
    // two versions (decree-2022, amendment-2023) × six holders
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.version === 'decree-2022' && r.holder === 'district-akim')).toMatchObject({ effective: '2022-03-01', places: 'settlements', every: 'quarter', times: 1, channels: 'newspaper radio website egov open-data social notice-board' });
    expect(rows.find((r) => r.version === 'amendment-2023' && r.holder === 'region-akim')).toMatchObject({ effective: '2024-01-01', places: 'districts', every: 'year', times: 1 });
    expect(rows.every((r) => typeof r.source_ru === 'string' && (r.source_ru as string).length > 0)).toBe(true);
    // the rules are the country's: no region writes them
    expect(datasets(model, 'abay').map((d) => d.name)).not.toContain('obligations');
  });

  it('gives a region only its own calendars and akims', () => {
    const abay = datasets(model, 'abay');
    const astana = datasets(model, 'astana');
    const rows = (list: Dataset[], name: string) => list.find((d) => d.name === name)!.rows.length;
    expect([rows(abay, 'calendar-entries'), rows(abay, 'calendar-corrections'), rows(astana, 'calendar-entries'), rows(astana, 'calendar-corrections')]).toEqual([5, 3, 0, 0]);
    const holders = (list: Dataset[]) => [...new Set((list.find((d) => d.name === 'compliance')!.rows as ComplianceRow[]).map((r) => r.holder.key))];
    // Abay: its akim, its city's and district's, and the rural akim of no meeting → none; Astana: its akim and its district's
    expect(holders(abay)).toEqual([REGION, TOWN, DISTRICT]);
    expect(holders(astana)).toEqual(['region:astana', ASTANA_DISTRICT]);
  });
});

describe('open data: compliance equals the computation', () => {
  const acc = accountabilityOf(model);

  it('has one row per office and period: years, half-years and quarters', () => {
    // periods 2026, 2026-H1, 2026-Q1, 2026-Q2 (from the first day the content knows, 02-01, to 06-30)
    expect(acc.periods.map((p) => p.id)).toEqual(['2026', '2026-H1', '2026-Q1', '2026-Q2']);
    expect(json('compliance')).toHaveLength(acc.byHolder.size * 4);
  });

  it('gives the Semey town akim’s 2026-H1 as worked out by hand', () => {
    expect(complianceOf(TOWN, '2026-H1')).toMatchObject({
      role: 'town-akim', region: 'abay', district: 'semey-city', period_kind: 'half-year', period_first: '2026-01-01', period_last: '2026-06-30', rules_version: 'amendment-2023',
      // c-001 on time (1 of 1 due: no percent)
      planned: 1, on_time: 1, late: 0, not_held: 0, dropped: 0, not_yet_due: 0, on_time_share: 1, on_time_share_of: 1, on_time_share_percent: null,
      // m-10-0003…0006 have no entry; 0005 and 0006 give no reason
      outside_calendar: 4, outside_calendar_no_reason: 2,
      // the rule period of a town akim under the amendment is the half-year: its one settlement had five meetings
      coverage_measure: 'places', coverage_places: 'settlements', coverage_times: 1, coverage_complete: false, coverage_covered: 1, coverage_covered_of: 1, coverage_covered_percent: null, coverage_not_covered: null,
      // five meetings; only m-10-0001 announced (newspaper 03-01, 9 days ≥ 3); the rules want seven channels
      announced_meetings: 5, announced: 1, announced_of: 5, announced_percent: 20, timely: 1, timely_of: 5, timely_percent: 20, all_channels: 0, all_channels_of: 5, all_channels_percent: 0, median_lead_days: 9,
      // outcomes in 1, 1, 15, 1, 17 days: 3 of 5 within 10 = 60 %; minutes only for m-10-0001
      held: 5, outcome_on_time: 3, outcome_on_time_of: 5, outcome_on_time_percent: 60, minutes_on_time: 1, minutes_on_time_of: 5, minutes_on_time_percent: 20, no_minutes: 4, not_reported: 0,
      // no issue is assigned to the town's akimat
      issues_raised: 0, issues_resolved: 0, issues_resolved_of: 0, issues_resolved_percent: null,
    });
    // 2026-Q2: m-10-0003…0006, 2 of 4 on time: fewer than 5, no percent; a quarter is no rule period of a town akim now
    expect(complianceOf(TOWN, '2026-Q2')).toMatchObject({ held: 4, outcome_on_time: 2, outcome_on_time_of: 4, outcome_on_time_percent: null, coverage_measure: null, coverage_covered: null });
  });

  it('gives the Abay district akim’s, the region akim’s and an Astana district akimat’s as worked out by hand', () => {
    // 2026: c-002 not held, c-004 dropped, c-005 not yet due; m-10-0002 (07-15) announced 06-20: 25 days
    expect(complianceOf(DISTRICT, '2026')).toMatchObject({ planned: 3, not_held: 1, dropped: 1, not_yet_due: 1, on_time_share: 0, on_time_share_of: 1, on_time_share_percent: null, announced_meetings: 1, timely: 1, timely_of: 1, held: 0, coverage_measure: null });
    // the region akim's rule period is the year: neither Semey nor Abay District visited
    expect(complianceOf(REGION, '2026')).toMatchObject({ planned: 1, not_yet_due: 1, moved: 1, moves: 1, coverage_measure: 'places', coverage_places: 'districts', coverage_covered: 0, coverage_covered_of: 2, coverage_not_covered: 'semey-city abay-district', coverage_complete: false });
    // m-71-0001 held 04-02, outcome the same day; i-71-00001 raised 04-02, still received
    expect(complianceOf(ASTANA_DISTRICT, '2026-Q2')).toMatchObject({ held: 1, outcome_on_time: 1, outcome_on_time_of: 1, issues_raised: 1, issues_resolved: 0, issues_resolved_of: 1, issues_resolved_percent: null, issues_overdue: 0 });
    // Astana's record begins with m-71-0001 on 2026-04-02 (no calendar): the city akim's year 2026 and the district akim's 2026-H1
    // began before it — no data, not a district or settlement missed; the district akim's meeting given for reference
    expect(complianceOf('region:astana', '2026')).toMatchObject({ coverage_measure: 'no-data', coverage_places: 'city-districts', coverage_covered: null, coverage_covered_of: null, coverage_not_covered: null, coverage_held: 0 });
    expect(complianceOf(ASTANA_DISTRICT, '2026-H1')).toMatchObject({ coverage_measure: 'no-data', coverage_covered: null, coverage_not_covered: null, coverage_held: 1 });
    expect(json('accountability-totals').find((r) => r.region === 'astana' && r.period === '2026')).toMatchObject({ places_covered: 0, places_covered_of: 0, holders_all_covered_of: 0, no_data: 2 });
    // a minister: the quarter is the rule period, Q1 is over with no meeting
    expect(complianceOf('minister:min-digital', '2026-Q1')).toMatchObject({ role: 'minister', body: 'min-digital', region: null, coverage_measure: 'anywhere', coverage_held: 0, coverage_met: false, coverage_complete: true, issues_raised: null });
  });

  it('says in every row exactly what the computation says', () => {
    const mismatches: string[] = [];
    const same = (where: string, got: unknown, want: unknown) => {
      if (got !== want) mismatches.push(`${where}: ${String(got)} ≠ ${String(want)}`);
    };
    for (const r of json('compliance')) {
      const f = acc.byHolder.get(String(r.holder))!.get(String(r.period))!;
      const where = `${String(r.holder)} ${String(r.period)}`;
      same(`${where} planned`, r.planned, f.adherence.planned.length);
      same(`${where} on_time`, r.on_time, f.adherence.onTime.length);
      same(`${where} on_time_share_percent`, r.on_time_share_percent, f.adherence.onTimeShare.percent ?? null);
      same(`${where} timely_percent`, r.timely_percent, f.announcements.timely.percent ?? null);
      same(`${where} all_channels`, r.all_channels, f.announcements.allChannels.count);
      same(`${where} held`, r.held, f.reporting.held.length);
      same(`${where} outcome_on_time_percent`, r.outcome_on_time_percent, f.reporting.outcomeOnTime.percent ?? null);
      const h = acc.handling.get(String(r.holder))?.get(String(r.period));
      same(`${where} issues_raised`, r.issues_raised, h?.raised.length ?? null);
      same(`${where} issues_overdue_percent`, r.issues_overdue_percent, h === undefined ? null : (h.overdueShare.percent ?? null));
      const c = acc.coverage.get(String(r.holder))?.get(String(r.period));
      same(`${where} coverage_covered`, r.coverage_covered, c?.measure === 'places' ? c.covered.count : null);
    }
    expect(mismatches).toEqual([]);
    // Every coverage of a rule period that is a period of the figures is on its row, and only there.
    const rulePeriods = [...acc.coverage].flatMap(([holder, byPeriod]) => [...byPeriod.keys()].filter((p) => acc.periods.some((q) => q.id === p)).map((p) => `${holder} ${p}`));
    expect(json('compliance').filter((r) => r.coverage_measure !== null).map((r) => `${String(r.holder)} ${String(r.period)}`).sort()).toEqual(rulePeriods.sort());
    // One computation per content and build day, whoever asks.
    expect(accountabilityOf(model)).toBe(acc);
  });

  it('has no percentage under 5 events in CSV, JSON and the API, and one from 5', () => {
    const csv = csvRow(TOWN, '2026-H1');
    // on time 1 of 1: the count, no percentage
    expect([csv.on_time_share, csv.on_time_share_of, csv.on_time_share_percent]).toEqual(['1', '1', '']);
    expect(complianceOf(TOWN, '2026-H1').on_time_share_percent).toBeNull();
    // outcome on time 3 of 5: 60 %
    expect([csv.outcome_on_time, csv.outcome_on_time_of, csv.outcome_on_time_percent]).toEqual(['3', '5', '60']);
    const doc = [...apiDocuments(model, meta)].find((d) => d.path === '/api/accountability/districts/abay/semey-city/2026-H1.json')!.body as { akim: Record<string, unknown> };
    expect(doc.akim).toMatchObject({ on_time_share: 1, on_time_share_of: 1, on_time_share_percent: null, outcome_on_time_percent: 60 });
    expect(doc.akim).toEqual(complianceOf(TOWN, '2026-H1'));
  });
});

describe('open data: the totals of the country and each region, every figure of a quarterly report', () => {
  const totals = (region: string | null, period: string) => json('accountability-totals').find((r) => r.region === region && r.period === period)!;

  it('has a row for the country and one for each region per period, national first', () => {
    // 4 periods × (the country + Abay + Astana)
    expect(json('accountability-totals').map((r) => `${String(r.scope)} ${String(r.region)} ${String(r.period)}`).slice(0, 5)).toEqual([
      'national null 2026', 'national null 2026-H1', 'national null 2026-Q1', 'national null 2026-Q2', 'region abay 2026',
    ]);
    expect(json('accountability-totals')).toHaveLength(12);
    expect(datasets(model, 'astana').find((d) => d.name === 'accountability-totals')!.rows).toHaveLength(4);
  });

  it('gives every issue raised in the region, whichever body is responsible, with the money decided', () => {
    // Abay 2026-Q1: i-10-00001 (water utility, resolved 03-10 → 05-05: 56 days), i-10-00002 (the ministry of digital development,
    // planned, deadline 2026-12-31, 12 500 000 KZT decided at session XII), i-10-00003 (a duplicate) — none is an akimat's
    expect(totals('abay', '2026-Q1')).toMatchObject({
      scope: 'region', period_kind: 'quarter', period_first: '2026-01-01', period_last: '2026-03-31', rules_version: 'amendment-2023',
      all_issues_raised: 3, all_issues_resolved: 1, all_issues_resolved_of: 3, all_issues_resolved_percent: null, all_issues_overdue: 0, all_issues_overdue_of: 3,
      all_issues_median_days_to_resolve: 56, all_issues_money_decided_kzt: 12_500_000,
      issues_raised: 0, money_decided_kzt: 0,
    });
    expect(totals('abay', '2026-Q2')).toMatchObject({ all_issues_raised: 0, all_issues_money_decided_kzt: 0 });
    // the country in 2026-H1 adds Astana's i-71-00001 (a district akimat's, received): 4 raised, 1 resolved, 1 assigned to an akimat
    expect(totals(null, '2026-H1')).toMatchObject({ scope: 'national', all_issues_raised: 4, all_issues_resolved: 1, all_issues_resolved_of: 4, all_issues_money_decided_kzt: 12_500_000, issues_raised: 1 });
  });

  it('adds up the region’s coverage as the computation does, and gives the calendar, announcements and reporting columns of compliance', () => {
    // Abay 2026, on 2026-06-30: the region akim's year (0 of 2 districts) and the town akim's H1 (1 of 1; H2 has not begun);
    // the district akim has no settlement in the content → 1 of 3 places; pairs with every place covered: the town akim's H1 → 1 of 2
    expect(totals('abay', '2026')).toMatchObject({ places_covered: 1, places_covered_of: 3, places_covered_percent: null, holders_all_covered: 1, holders_all_covered_of: 2, not_measured: 0, no_data: 0 });
    // entries c-001…c-005 (as the API's region document checks): due c-001 on time, c-002 not held
    expect(totals('abay', '2026')).toMatchObject({ planned: 5, on_time: 1, not_held: 1, dropped: 1, not_yet_due: 2, on_time_share: 1, on_time_share_of: 2 });
    const f = accountabilityOf(model).regions.get('abay')!.get('2026')!;
    expect([f.coverage.places, f.issues.raised.length]).toEqual([{ count: 1, of: 3 }, 3]);
  });
});

describe('static API: calendars and accountability', () => {
  const docs = [...apiDocuments(model, meta)];
  const doc = (path: string) => docs.find((d) => d.path === path)?.body as Record<string, unknown> & { links: Record<string, unknown> };

  it('has a calendar document per region and year, with its entries, outcomes and corrections', () => {
    const cal = doc('/api/calendars/abay/2026.json');
    expect(cal).toMatchObject({ document: 'calendar', version: meta.version, calendar: { region: 'abay', year: 2026, approved: '2026-01-10', maslikhat_session: 'XXX', maslikhat_number: '30/2' } });
    expect((cal.entries as Record<string, unknown>[]).map((e) => `${String(e.id)} ${String(e.outcome)}`)).toEqual(['c-10-2026-001 on-time', 'c-10-2026-002 not-held', 'c-10-2026-003 not-yet-due', 'c-10-2026-004 dropped', 'c-10-2026-005 not-yet-due']);
    expect((cal.corrections as Record<string, unknown>[]).map((c) => `${String(c.seq)} ${String(c.kind)} ${String(c.entry)}`)).toEqual(['1 dropped c-10-2026-004', '2 added c-10-2026-005', '3 moved c-10-2026-003']);
    expect(cal.links.accountability).toEqual(['2026', '2026-H1', '2026-Q1', '2026-Q2'].map((p) => `/api/accountability/regions/abay/${p}.json`));
    const index = doc('/api/index.json') as unknown as { calendars: unknown[]; paths: Record<string, string> };
    expect(index.calendars).toEqual([{ region: 'abay', year: 2026, path: '/api/calendars/abay/2026.json' }]);
    expect(index.paths.accountability_district).toBe('/api/accountability/districts/{region}/{district}/{period}.json');
  });

  it('has accountability documents per period: national, region, district with its places, and ministry, whose rows are the open-data rows', () => {
    const region = doc('/api/accountability/regions/abay/2026.json');
    expect((region.akims as Record<string, unknown>[]).map((a) => a.holder)).toEqual([REGION, TOWN, DISTRICT]);
    expect((region.akims as Record<string, unknown>[])[0]).toEqual(complianceOf(REGION, '2026'));
    // region totals 2026: entries c-001…c-005; due c-001 (on time), c-002 (not held) → 1 of 2
    expect(region.totals).toMatchObject({ planned: 5, on_time: 1, not_held: 1, dropped: 1, not_yet_due: 2, on_time_share: 1, on_time_share_of: 2, on_time_share_percent: null });
    expect(region.links.calendar).toBe('/api/calendars/abay/2026.json');
    const district = doc('/api/accountability/districts/abay/semey-city/2026-H1.json');
    expect(district.places).toEqual([{ kind: 'settlement', id: '101033000', place_kind: 'rural-okrug', name_kk: null, name_ru: 'Абралинский сельский округ', name_en: null, meetings: ['m-10-0001', 'm-10-0003', 'm-10-0004', 'm-10-0005', 'm-10-0006'], covered: true }]);
    // the country in 2026-H1: the region's five meetings of the town akim, and Astana's m-71-0001: 6 held, 4 within 10 days → 66.7 %
    expect(doc('/api/accountability/national/2026-H1.json').totals).toMatchObject({ held: 6, outcome_on_time: 4, outcome_on_time_of: 6, outcome_on_time_percent: 66.7 });
    // a scope's totals are its accountability-totals row, less the columns the document says already
    const row = (region: string | null, period: string) => {
      const { scope, region: r, period: p, period_kind, period_first, period_last, rules_version, ...rest } = json('accountability-totals').find((x) => x.region === region && x.period === period)!;
      return rest;
    };
    expect(region.totals).toEqual(row('abay', '2026'));
    expect(doc('/api/accountability/national/2026-Q1.json').totals).toEqual(row(null, '2026-Q1'));
    expect(doc('/api/accountability/ministries/min-digital/2026-Q1.json')).toMatchObject({ body: 'min-digital', figures: { held: [], quarters: [{ period: '2026-Q1', held: [], met: false, complete: true }], quarters_met: { count: 0, of: 1, percent: null } } });
  });

  it('is written to files that the check finds complete, and the check names a lost calendar and a stray accountability document', () => {
    const dist = tempFolder('kezdesu-acc-api-');
    try {
      const { files } = writeApiFiles(dist, model, meta);
      const check = reconcileApi(model.content, dist, fixtureAsOf);
      expect(check).toEqual({ missing: [], orphaned: [], expected: files - 1 });
      rmSync(join(dist, 'api', 'calendars', 'abay', '2026.json'));
      writeFileSync(join(dist, 'api', 'accountability', 'national', '2025.json'), '{}');
      const broken = reconcileApi(model.content, dist, fixtureAsOf);
      expect(broken.missing).toEqual(['/api/calendars/abay/2026.json']);
      expect(broken.orphaned).toEqual(['/api/accountability/national/2025.json']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('open data: the calendar check', () => {
  it('finds every entry and correction in the files, and names one lost and one without content', () => {
    const dist = tempFolder('kezdesu-acc-data-');
    try {
      writeDataFiles(dist, model, meta);
      // 5 entries and 3 corrections
      expect(reconcileData(model.content, dist)).toEqual({ missing: [], orphaned: [], expected: 8 });
      const file = join(dist, 'data', 'regions', 'abay', 'calendar-entries.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { records: { id: string }[] };
      data.records = data.records.filter((r) => r.id !== 'c-10-2026-004');
      writeFileSync(file, JSON.stringify(data));
      const national = join(dist, 'data', 'calendar-corrections.json');
      const all = JSON.parse(readFileSync(national, 'utf8')) as { records: Record<string, unknown>[] };
      all.records.push({ ...all.records[0], seq: 9 });
      writeFileSync(national, JSON.stringify(all));
      expect(reconcileData(model.content, dist)).toMatchObject({
        missing: ['data/regions/abay/calendar-entries.json → c-10-2026-004'],
        orphaned: ['data/calendar-corrections.json → abay/2026#9 2026-03-20 dropped c-10-2026-004'],
      });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('feeds: calendar corrections', () => {
  it('announce each correction on its day, newest first, with the maslikhat reference', () => {
    const entries = calendarCorrectionEntries(model.content.calendars, 'ru', 'https://kezdesu.kz', (r, d) => model.districtByKey.get(`${r}/${d}`)?.name.ru, fixtureAsOf);
    expect(entries.map((e) => [e.id, e.updated, e.title])).toEqual([
      ['urn:kezdesu:calendar-correction:abay:2026:3', '2026-04-15', 'Встреча перенесена: Аким области — 1 мая 2026 г. – 31 мая 2026 г. → 1 сентября 2026 г. – 30 сентября 2026 г.'],
      ['urn:kezdesu:calendar-correction:abay:2026:2', '2026-04-05', 'Встреча добавлена: Аким района, Абайский район — 10 июля 2026 г. – 20 июля 2026 г.'],
      ['urn:kezdesu:calendar-correction:abay:2026:1', '2026-03-20', 'Встреча исключена: Аким района, Абайский район — 1 апреля 2026 г. – 30 апреля 2026 г.'],
    ]);
    // each links its own row on Abay's obligations page of 2026, numbered as the open data's seq
    expect(entries.map((e) => e.link)).toEqual([3, 2, 1].map((n) => `https://kezdesu.kz/ru/regions/abay/accountability/2026/#correction-2026-${n}`));
    expect(entries[0]).toMatchObject({ summary: 'по решению маслихата. Уведомление маслихата: XXXII сессия, № 32/7, 14 апреля 2026 г.' });
    expect(entries.length).toBeLessThanOrEqual(feedLength);
  });

  it('link a calendar approved ahead, before its year begins, to its row on the page of the build day’s year', () => {
    // on 2025-12-20 the 2026 calendar has no page of 2026 yet: the page of 2025 lists it
    const early = calendarCorrectionEntries(model.content.calendars, 'en', 'https://kezdesu.kz', () => undefined, '2025-12-20');
    expect(early.map((e) => e.link)).toEqual([3, 2, 1].map((n) => `https://kezdesu.kz/en/regions/abay/accountability/2025/#correction-2026-${n}`));
  });
});
