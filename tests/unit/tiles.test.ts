/** The committed regional map places each region's square roughly where the region lies. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/schemas/region.ts';
import type { RegionTile } from '../../src/schemas/tile.ts';

const regions = JSON.parse(readFileSync('content/geo/regions.json', 'utf8')) as Region[];
const tiles = JSON.parse(readFileSync('content/geo/tiles.json', 'utf8')) as RegionTile[];

describe('content/geo/tiles.json', () => {
  const placed = regions.map((region) => ({ region, tile: tiles.find((t) => t.region === region.slug)!, point: region.labelPoint! }));

  it('has a square for every region', () => {
    expect(placed.filter((p) => p.tile === undefined).map((p) => p.region.slug)).toEqual([]);
  });

  // Squares are coarse: only regions clearly apart (4° of longitude, 3° of latitude between label points) must keep their order.
  it('never puts a region clearly to the west of another in a column east of it', () => {
    const inverted = placed.flatMap((a) => placed.filter((b) => a.point[0] < b.point[0] - 4 && a.tile.column > b.tile.column).map((b) => `${a.region.slug} / ${b.region.slug}`));
    expect(inverted).toEqual([]);
  });

  it('never puts a region clearly to the north of another in a row below it', () => {
    const inverted = placed.flatMap((a) => placed.filter((b) => a.point[1] > b.point[1] + 3 && a.tile.row > b.tile.row).map((b) => `${a.region.slug} / ${b.region.slug}`));
    expect(inverted).toEqual([]);
  });

  it('puts each city of republican significance beside the region around it', () => {
    const at = (slug: string) => tiles.find((t) => t.region === slug)!;
    const near = (a: RegionTile, b: RegionTile) => Math.abs(a.column - b.column) <= 1 && Math.abs(a.row - b.row) <= 1;
    expect(near(at('astana'), at('akmola'))).toBe(true);
    expect(near(at('almaty'), at('almaty-region'))).toBe(true);
    expect(near(at('shymkent'), at('turkestan'))).toBe(true);
  });
});
