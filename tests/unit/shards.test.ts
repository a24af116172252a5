/**
 * How the build deals its units out to shards: whatever the number of
 * shards, a region's API documents are built where its pages are (both read
 * that region's part of the content, which the shard is given), core's pages
 * across regions and the open data — each reads the whole content — stay
 * together in a shard of their own, which the build runs alone once the
 * record is past a small one, the lists by category and measure (rendered
 * from rows) go wherever there is room, and every unit is built exactly once.
 */
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { dealShards, holdsWholeContent, keyDepth, keyOfFile, planShards, runsAlone, shardsFor, splitPages, unitCosts, unitName } from '../../src/lib/build/shards.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

const { content, problems } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
const model = indexContent(content, fixtureAsOf);

/** The units across regions and the open data (18,000 pages' worth, as at 30,000 issues; 7,000 of it the lists by category and measure), and regions' pages of the given costs. */
const record = (regional: number[]) =>
  [
    { unit: { kind: 'pages', key: 'core' }, cost: 2_000 },
    { unit: { kind: 'pages', key: 'categories' }, cost: 4_000 },
    { unit: { kind: 'pages', key: 'plan' }, cost: 3_000 },
    { unit: { kind: 'data' }, cost: 9_000 },
    ...regional.map((cost, i) => ({ unit: { kind: 'pages', key: `region-${i}` }, cost }) as const),
  ] as const;

describe('the plan of shards', () => {
  it('is made from valid content', () => expect(problems).toEqual([]));

  for (const n of [1, 2, 3, 7]) {
    it(`in ${n} shards, puts each region's API documents in the shard of its pages, and core's pages and the open data in a shard of their own`, () => {
      const shards = planShards(model, n, 'together');
      const shardOf = new Map<string, number>();
      for (const shard of shards) for (const unit of shard.units) shardOf.set(unitName(unit), shard.number);
      // Every unit once.
      const all = unitCosts(model).map((u) => unitName(u.unit));
      expect(shards.flatMap((s) => s.units.map(unitName)).sort()).toEqual([...all].sort());
      for (const region of content.regions) expect(shardOf.get(`api:${region.slug}`), region.slug).toBe(shardOf.get(`pages:${region.slug}`));
      expect(new Set(['pages:core', 'data'].map((u) => shardOf.get(u)))).toEqual(new Set([1]));
      // With two shards or more, shard 1 holds those two and nothing else (not the lists, which read rows), and is the only one that holds the whole content.
      if (n > 1) expect(shards[0]?.units.map(unitName).sort()).toEqual(['data', 'pages:core']);
      expect(shards.filter(holdsWholeContent).map((s) => s.number)).toEqual([1]);
    });

    it(`in ${n} shards on machines of their own, gives shard 1 no page that would render beside core's`, () => {
      const shards = planShards(model, n, 'apart');
      const all = unitCosts(model).map((u) => unitName(u.unit));
      expect(shards.flatMap((s) => s.units.map(unitName)).sort()).toEqual([...all].sort());
      const shardOf = new Map(shards.flatMap((shard) => shard.units.map((unit) => [unitName(unit), shard.number] as const)));
      for (const region of content.regions) expect(shardOf.get(`api:${region.slug}`), region.slug).toBe(shardOf.get(`pages:${region.slug}`));
      expect(shards.filter(holdsWholeContent).map((s) => s.number)).toEqual([1]);
      // Besides search indexes (when it is the least loaded: see the dealing below), nothing but those two.
      if (n > 1) expect((shards[0]?.units.map(unitName) ?? []).filter((name) => !name.startsWith('search:')).sort()).toEqual(['data', 'pages:core']);
    });
  }

  it('deals the other units largest first to the least-loaded of the other shards, however small the shard that holds the whole content', () => {
    const units = [
      { unit: { kind: 'pages', key: 'core' }, cost: 10 },
      { unit: { kind: 'data' }, cost: 5 },
      { unit: { kind: 'pages', key: 'categories' }, cost: 1 },
      { unit: { kind: 'pages', key: 'plan' }, cost: 1 },
      { unit: { kind: 'pages', key: 'abay' }, cost: 100 },
      { unit: { kind: 'api', key: 'abay' }, cost: 10 },
      { unit: { kind: 'pages', key: 'astana' }, cost: 50 },
      { unit: { kind: 'search', lang: 'kk', period: '2026-03' }, cost: 30 },
      { unit: { kind: 'search', lang: 'ru', period: '2026-03' }, cost: 30 },
    ] as const;
    const names = (n: number) => dealShards(units, n).map((s) => s.units.map(unitName).sort());
    // Shard 1: the two units that read the whole content (cost 15), and nothing else, though it is the least loaded.
    // Two shards: all the rest to shard 2. Three: abay's pages and API (110) to shard 2, astana (50) to shard 3, the
    // kk search (30) to shard 3 (50 < 110), the ru search to shard 3 (80 < 110); then the lists by category (1) to
    // shard 2 (110 = 110: the lower number) and by measure (1) to shard 3 (110 < 111).
    expect(names(2)).toEqual([
      ['data', 'pages:core'],
      ['api:abay', 'pages:abay', 'pages:astana', 'pages:categories', 'pages:plan', 'search:kk:2026-03', 'search:ru:2026-03'],
    ]);
    expect(names(3)).toEqual([
      ['data', 'pages:core'],
      ['api:abay', 'pages:abay', 'pages:categories'],
      ['pages:astana', 'pages:plan', 'search:kk:2026-03', 'search:ru:2026-03'],
    ]);
    // One shard holds everything.
    expect(names(1)[0]).toHaveLength(9);
    // On machines of their own, a shard's pages and the rest are two lanes. A group goes where it fits without
    // its shard's longer lane passing the longest lane of all so far, to the shard where the lane it joins stays
    // shortest; where it fits nowhere, where the longer lane stays shortest (ties: the least work, the lowest
    // number). Search indexes may go to shard 1 as well. Three shards; shard 1 starts with pages 10 and rest 5.
    // - Abay (pages 100, API 10) fits nowhere under 10: shard 2 (100 in both, the lower number).
    // - Astana (50) fits in shard 3 (50 ≤ 100), not in shard 2 (150).
    // - The kk search (30) fits everywhere under 100; its lane: 35 in shard 1, 40 in shard 2, 30 in shard 3: shard 3.
    // - The ru search: 35 in shard 1, 40 in shard 2, 60 in shard 3: shard 1.
    // - The lists (1 each) fit only in shard 3 (51, then 52; shard 2 would pass 100).
    const apart = (n: number) => dealShards(units, n, 'apart').map((s) => s.units.map(unitName).sort());
    expect(apart(3)).toEqual([
      ['data', 'pages:core', 'search:ru:2026-03'],
      ['api:abay', 'pages:abay'],
      ['pages:astana', 'pages:categories', 'pages:plan', 'search:kk:2026-03'],
    ]);
    // Two shards: abay and astana to shard 2 (150 of pages); the kk search to shard 1 (its lane 35, against 40),
    // the ru search to shard 2 (40, against 65), the lists to shard 2.
    expect(apart(2)).toEqual([
      ['data', 'pages:core', 'search:kk:2026-03'],
      ['api:abay', 'pages:abay', 'pages:astana', 'pages:categories', 'pages:plan', 'search:ru:2026-03'],
    ]);
    // Abay's pages at 20 and nothing else of the regions: the searches (30) are dealt first. The kk one fits
    // nowhere under 10: to shard 2 (30, against 35); the ru one fits nowhere under 30: to shard 1 (35, against
    // 60); abay to shard 2.
    const small = units.filter((u) => u.unit.kind !== 'api' && !(u.unit.kind === 'pages' && ['astana', 'categories', 'plan'].includes(u.unit.key)));
    const smallApart = dealShards(small.map((u) => (u.unit.kind === 'pages' && u.unit.key === 'abay' ? { ...u, cost: 20 } : u)), 2, 'apart');
    expect(smallApart.map((s) => s.units.map(unitName).sort())).toEqual([['data', 'pages:core', 'search:ru:2026-03'], ['pages:abay', 'search:kk:2026-03']]);
  });

  it('counts the shards so that those of the regions run in full rounds of the jobs, each at most 40,000 pages', () => {
    // 214,000 pages of regions and 7,000 of lists need 6 shards of 40,000 (5.5 rounded up): three full rounds on two cores, plus shard 1.
    expect(shardsFor(record([100_000, 80_000, 34_000]), 2)).toBe(7);
    // 177,000 need 5 (4.4 up), made 6 on two cores so that no round has one core idle; on one core, 5.
    expect(shardsFor(record([100_000, 70_000]), 2)).toBe(7);
    expect(shardsFor(record([100_000, 70_000]), 1)).toBe(6);
    // On four cores, 5 become 8.
    expect(shardsFor(record([100_000, 70_000]), 4)).toBe(9);
    // A small record: one shard a job (shard 1 and one other on two cores), or one in all on one core.
    expect(shardsFor(record([5_000]), 2)).toBe(2);
    expect(shardsFor(record([5_000]), 1)).toBe(1);
    // 67,000 of regions and lists need two shards besides shard 1, whatever the jobs: none renders more than 40,000.
    expect(shardsFor(record([60_000]), 2)).toBe(3);
    expect(shardsFor(record([60_000]), 1)).toBe(3);
    // On four cores a small record still makes one shard a job.
    expect(shardsFor(record([5_000]), 4)).toBe(4);
  });

  it('runs the shard that holds the whole content alone only once the other units pass one shard of 40,000 pages', () => {
    const alone = (regional: number[], n: number) => {
      const shards = dealShards(record(regional), n);
      return shards.filter((shard) => runsAlone(shard, shards)).map((shard) => shard.number);
    };
    // 23,000 + 10,000 pages of regions and 7,000 of lists = 40,000: one shard's worth, a small record; the 11,000 of
    // core and the open data count for nothing.
    expect(alone([23_000, 10_000], 2)).toEqual([]);
    // 40,001: past it, shard 1 runs alone, however many shards.
    expect(alone([23_000, 10_001], 2)).toEqual([1]);
    expect(alone([23_000, 10_001], 5)).toEqual([1]);
    // In one shard, that shard holds the whole content too.
    expect(alone([100_000], 1)).toEqual([1]);
  });

  it('on a machine of its own, renders part of a shard\'s pages in a second Astro run once the rest is made, when that ends sooner', () => {
    const pages = [
      { key: 'a', cost: 50 },
      { key: 'b', cost: 30 },
      { key: 'c', cost: 25 },
    ];
    // 105 of pages beside 40 of the rest, a second run costing 10 to start. In one run: 105. Second runs:
    // a: max(55, 40 + 10 + 50 = 100) = 100; b: max(75, 80) = 80; c: max(80, 75) = 80; a and b: max(25, 130);
    // a and c: max(30, 125); b and c: max(50, 105). b and c alone end first, at 80; c renders less in the second run.
    expect(splitPages(pages, 40, 10)).toEqual({ first: ['a', 'b'], second: ['c'] });
    // With 90 of the rest, no second run ends before the one run's 105 beside it: b, the best, max(75, 130).
    expect(splitPages(pages, 90, 10)).toEqual({ first: ['a', 'b', 'c'], second: [] });
    // Free to start, beside nothing: a in the second run ends at max(55, 50) = 55, b and c at max(50, 55) = 55, the
    // others later (b: 75, c: 80, a and b: 80, a and c: 75); a renders less in the second run.
    expect(splitPages(pages, 0, 0)).toEqual({ first: ['b', 'c'], second: ['a'] });
    // One key is never split; nor are core's pages, whose run reads the whole content.
    expect(splitPages([{ key: 'a', cost: 100 }], 0, 0)).toEqual({ first: ['a'], second: [] });
    expect(splitPages([{ key: 'core', cost: 50 }, { key: 'categories', cost: 50 }], 0, 0)).toEqual({ first: ['core', 'categories'], second: [] });
  });

  it('gives every file under a folder three levels deep of the built site the key of that folder, which a merge moves whole', () => {
    expect(keyDepth).toBe(3);
    const regions = [
      { kato: '10', slug: 'abay' },
      { kato: '11', slug: 'akmola' },
    ];
    // Folder, and the key a reader would file its pages under.
    const folders: [string, string][] = [
      ['kk/issues/i-10-00042', 'abay'],
      ['ru/meetings/m-11-0007', 'akmola'],
      ['en/regions/akmola', 'akmola'],
      ['kk/categories/roads', 'categories'],
      ['ru/plan/m-1', 'plan'],
      ['kk/issues/i-99-00001', 'core'],
      ['_astro/chunks/a', 'core'],
      ['kk/about/team', 'core'],
    ];
    for (const [folder, key] of folders) {
      for (const file of ['index.html', 'page/2/index.html', 'a/b/c/d.json']) expect(`${folder}/${file} ${keyOfFile(`${folder}/${file}`, regions)}`).toBe(`${folder}/${file} ${key}`);
    }
    // Two levels deep, one folder holds several keys' files: Abay's and Akmola's issues, the region list and Abay.
    expect(keyOfFile('kk/issues/i-10-00042/index.html', regions)).not.toBe(keyOfFile('kk/issues/i-11-00042/index.html', regions));
    expect(keyOfFile('kk/regions/index.html', regions)).not.toBe(keyOfFile('kk/regions/abay/index.html', regions));
  });
});
