/**
 * The obligations pages' period queries (src/queries/accountability.ts) on
 * the open-data fixture (tests/content/open-data-fixture.ts), built on the
 * suite's build day 2026-11-28: worked out by hand, and made once per content
 * model — every page of a build asks them (the 30,000-issue build ~1,300
 * times), so a second call must return the very same list, not walk the
 * meetings again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nationalPeriods, plannedEntries, regionPeriods, reportQuarters, settlementByKato } from '../../src/queries/accountability.ts';
import { parsePeriod } from '../../src/lib/accountability/rules.ts';
import { siteIndex } from '../../src/queries/site.ts';
import { writeTree } from '../content/fixture.ts';
import { openDataTree } from '../content/open-data-fixture.ts';
import { testAsOf } from '../support/clock.ts';

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

beforeAll(() => {
  process.env.KEZDESU_CONTENT = writeTree(openDataTree());
  expect(siteIndex().asOf).toBe(testAsOf);
});

describe('the periods of each scope’s pages', () => {
  it('gives a region the years and half-years from its own first day, and the country from the record’s', () => {
    // Abay: the calendar's first entry is planned from 2026-02-01; Astana: its one meeting on 2026-04-02; build day 2026-11-28
    expect(ids(regionPeriods('abay'))).toEqual(['2026', '2026-H1', '2026-H2']);
    expect(ids(regionPeriods('astana'))).toEqual(['2026', '2026-H1', '2026-H2']);
    expect(ids(nationalPeriods())).toEqual(['2026', '2026-H1', '2026-H2']);
    expect(regionPeriods('nowhere')).toEqual([]);
  });

  it('gives the quarters of the printable reports: Abay and the country from Q1, Astana from Q2 (its first meeting)', () => {
    expect(ids(reportQuarters('abay'))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(ids(reportQuarters('astana'))).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(ids(reportQuarters(undefined))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('works each list out once per content model and hands every page the same, frozen list', () => {
    expect(regionPeriods('abay')).toBe(regionPeriods('abay'));
    expect(nationalPeriods()).toBe(nationalPeriods());
    expect(reportQuarters('astana')).toBe(reportQuarters('astana'));
    expect(reportQuarters(undefined)).toBe(reportQuarters(undefined));
    expect(Object.isFrozen(regionPeriods('abay'))).toBe(true);
  });
});

describe('settlements by KATO code', () => {
  it('finds a rural okrug by its code from one map per model', () => {
    expect(settlementByKato('101033000')).toMatchObject({ district: 'semey-city', kind: 'rural-okrug', name: { ru: 'Абралинский сельский округ' } });
    expect(settlementByKato('101033000')).toBe(siteIndex().content.settlements.find((s) => s.kato === '101033000'));
    expect(settlementByKato('999999999')).toBeUndefined();
  });
});

describe('the planned meetings a page lists', () => {
  const year = parsePeriod('2026')!;
  const h1 = parsePeriod('2026-H1')!;
  const h2 = parsePeriod('2026-H2')!;

  it('gives a region’s and an akim’s entries by their current planned start, then id', () => {
    // Abay's calendar: c-002 from 02-01, c-001 03-01, c-004 04-01 (dropped), c-005 07-10 (added), c-003 moved from 05-01 to 09-01
    expect(ids(plannedEntries({ region: 'abay' }, year))).toEqual(['c-10-2026-002', 'c-10-2026-001', 'c-10-2026-004', 'c-10-2026-005', 'c-10-2026-003']);
    expect(ids(plannedEntries({ holder: 'district:abay/abay-district' }, h1))).toEqual(['c-10-2026-002', 'c-10-2026-004']);
    expect(ids(plannedEntries({ holder: 'district:abay/abay-district' }, h2))).toEqual(['c-10-2026-005']);
    // the region akim's only entry was moved into the second half-year
    expect(ids(plannedEntries({ holder: 'region:abay' }, h1))).toEqual([]);
    expect(ids(plannedEntries({ holder: 'region:abay' }, h2))).toEqual(['c-10-2026-003']);
    expect(plannedEntries({ region: 'astana' }, year)).toEqual([]);
  });

  it('groups the entries once and keeps each scope’s list of a period for every page that asks', () => {
    expect(plannedEntries({ region: 'abay' }, year)).toBe(plannedEntries({ region: 'abay' }, year));
    expect(plannedEntries({ holder: 'district:abay/abay-district' }, h1)).toBe(plannedEntries({ holder: 'district:abay/abay-district' }, h1));
  });
});
