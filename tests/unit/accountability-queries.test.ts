/**
 * The obligations pages' period queries (src/queries/accountability.ts) on
 * the open-data fixture (tests/content/open-data-fixture.ts), built on the
 * suite's build day 2026-11-28: worked out by hand, and made once per content
 * model — every page of a build asks them (the 30,000-issue build ~1,300
 * times), so a second call must return the very same list, not walk the
 * meetings again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nationalPeriods, regionPeriods, reportQuarters, settlementByKato } from '../../src/queries/accountability.ts';
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
