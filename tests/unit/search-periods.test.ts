/**
 * The search index split by period: which index each record is in, which
 * months a first search reads, and which a reader's choices add. A record's
 * month is its own date's, so other records never move it, and the counts the
 * planner and the search page use are those of the records themselves.
 */
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { periodOf, periodPath, periodsFor, recentPeriods } from '../../src/lib/search/periods.ts';
import { periodCounts, recordPeriod, searchRecords } from '../../src/lib/search/records.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

describe('the period of a record', () => {
  it('is the month of an issue\'s or meeting\'s date, and the general index for the rest', () => {
    expect(periodOf('issue', '2026-11-30')).toBe('2026-11');
    expect(periodOf('meeting', '2027-01-02')).toBe('2027-01');
    expect(periodOf('region', undefined)).toBe('general');
    expect(periodOf('district', undefined)).toBe('general');
    // A measure has a deadline, but its few records stay with the regions and districts that every search reads.
    expect(periodOf('measure', '2027-12-31')).toBe('general');
  });

  it('has its folder under /pagefind/, the general index at the root', () => {
    expect(periodPath('2026-11')).toBe('/pagefind/2026-11/');
    expect(periodPath('general')).toBe('/pagefind/');
  });

  it('stays the same when other records are added, and the counts are those of the records', () => {
    const tree = validTree();
    const before = loadContent(writeTree(tree), { asOf: fixtureAsOf }).content;
    const periods = (content: typeof before) =>
      new Map(searchRecords(indexContent(content, fixtureAsOf), 'ru', () => '').map((r) => [r.url, recordPeriod(r)]));
    const was = periods(before);
    // The fixture's meeting m-10-0001 is on 2026-03-10 (UTC+5 that day in Abay) and its issues raised the same day.
    expect(was.get('/ru/meetings/m-10-0001/')).toBe('2026-03');
    expect(was.get('/ru/plan/ap-001/')).toBe('general');

    // A second meeting in another month, with its own issue.
    const later = structuredClone(tree['meetings/abay/m-10-0001.json']) as { id: string; start: string; end: string; changes: unknown[] };
    Object.assign(later, { id: 'm-10-0009', start: '2026-05-20T10:00+05:00', end: '2026-05-20T12:00+05:00', changes: [{ kind: 'held', date: '2026-05-21', attendance: 40 }] });
    tree['meetings/abay/m-10-0009.json'] = later;
    const after = loadContent(writeTree(tree), { asOf: fixtureAsOf });
    expect(after.problems).toEqual([]);
    const now = periods(after.content);
    expect(now.get('/ru/meetings/m-10-0009/')).toBe('2026-05');
    for (const [url, period] of was) expect(now.get(url), url).toBe(period);

    // Every record counted once, in its own period, in every language alike.
    const index = indexContent(after.content, fixtureAsOf);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const counted = new Map<string, number>();
      for (const r of searchRecords(index, lang, () => '')) counted.set(recordPeriod(r), (counted.get(recordPeriod(r)) ?? 0) + 1);
      expect(new Map([...periodCounts(index)]), lang).toEqual(counted);
    }
    const c = after.content;
    expect(periodCounts(index).get('general')).toBe(c.regions.length + c.districts.length + c.measures.length);
    expect([...periodCounts(index).keys()].at(-1)).toBe('general');
  });
});

describe('the months a search reads', () => {
  const months = ['2025-11', '2025-12', '2026-01', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01'];

  it('first: the build day\'s month and every later one, and the month before in the first half of a month', () => {
    expect(recentPeriods(months, '2026-11-28')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(recentPeriods(months, '2026-11-16')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(recentPeriods(months, '2026-11-15')).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
    // Early in January the month before is December of the year before.
    expect(recentPeriods(months, '2026-01-03')).toEqual(['2025-12', '2026-01', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
    // A record that stopped before: its newest month, not nothing.
    expect(recentPeriods(['2024-03', '2024-05', '2024-04'], '2026-11-28')).toEqual(['2024-05']);
  });

  it('adds the earlier months when asked, for the oldest first, and reads only a chosen year\'s', () => {
    const recent = recentPeriods(months, '2026-11-28');
    expect(periodsFor({ earlier: false, year: '', sort: '' }, months, recent)).toEqual({ months: recent, complete: false });
    expect(periodsFor({ earlier: false, year: '', sort: 'newest' }, months, recent)).toEqual({ months: recent, complete: false });
    expect(periodsFor({ earlier: true, year: '', sort: '' }, months, recent)).toEqual({ months, complete: true });
    expect(periodsFor({ earlier: false, year: '', sort: 'oldest' }, months, recent)).toEqual({ months, complete: true });
    expect(periodsFor({ earlier: false, year: '2025', sort: '' }, months, recent)).toEqual({ months: ['2025-11', '2025-12'], complete: true });
    expect(periodsFor({ earlier: true, year: '2027', sort: 'oldest' }, months, recent)).toEqual({ months: ['2027-01'], complete: true });
  });

  it('says the recent months are complete when there are no earlier ones', () => {
    const few = ['2026-11', '2026-12'];
    expect(periodsFor({ earlier: false, year: '', sort: '' }, few, recentPeriods(few, '2026-11-28'))).toEqual({ months: few, complete: true });
  });
});
