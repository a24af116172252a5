/**
 * How the build deals its units out to shards: whatever the number of
 * shards, a region's API documents are built where its pages are (both read
 * that region's part of the content, which the shard is given), the pages
 * across regions stay together, and every unit is built exactly once.
 */
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { planShards, unitCosts, unitName } from '../../src/lib/build/shards.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

const { content, problems } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
const model = indexContent(content, fixtureAsOf);

describe('the plan of shards', () => {
  it('is made from valid content', () => expect(problems).toEqual([]));

  for (const n of [1, 2, 3, 7]) {
    it(`in ${n} shards, puts each region's API documents in the shard of its pages and the pages across regions in one shard`, () => {
      const shards = planShards(model, n);
      const shardOf = new Map<string, number>();
      for (const shard of shards) for (const unit of shard.units) shardOf.set(unitName(unit), shard.number);
      // Every unit once.
      const all = unitCosts(model).map((u) => unitName(u.unit));
      expect(shards.flatMap((s) => s.units.map(unitName)).sort()).toEqual([...all].sort());
      for (const region of content.regions) expect(shardOf.get(`api:${region.slug}`), region.slug).toBe(shardOf.get(`pages:${region.slug}`));
      expect(new Set(['pages:core', 'pages:categories', 'pages:plan'].map((u) => shardOf.get(u))).size).toBe(1);
    });
  }
});
