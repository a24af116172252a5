import { z } from 'zod';
import { Slug } from './common.ts';

/** Widest a line of a square's label may be, in characters: it must fit inside the square. */
export const tileLabelLineMax = 11;
/** Columns and rows of the map grid (0 to this, less one). */
export const tileGridMax = 10;

const fix = `at most two words (shown one under the other), each at most ${tileLabelLineMax} characters — shorten it, e.g. an abbreviation such as ЗКО`;
const TileLabelText = (language: string) =>
  z
    .string()
    .trim()
    .min(1, `is empty — write the ${language} label`)
    .refine((text) => {
      const words = text.split(/\s+/);
      return words.length <= 2 && words.every((w) => [...w].length <= tileLabelLineMax);
    }, `is too long for its square: ${fix}`);

/**
 * One region's square on the regional map, a tile-grid cartogram: equal
 * squares placed roughly where each region lies. File: `content/geo/tiles.json`,
 * a list with exactly one square per region of `geo/regions.json`.
 */
export const RegionTile = z.strictObject({
  /** Slug of the region, as in `geo/regions.json`. */
  region: Slug,
  /** Column, counted from 0 in the west. */
  column: z.int('is not a whole number — write the column as 0, 1, 2 …').min(0, 'is below 0 — columns count from 0 in the west').max(tileGridMax - 1, `is above ${tileGridMax - 1} — the map has at most ${tileGridMax} columns`),
  /** Row, counted from 0 in the north. */
  row: z.int('is not a whole number — write the row as 0, 1, 2 …').min(0, 'is below 0 — rows count from 0 in the north').max(tileGridMax - 1, `is above ${tileGridMax - 1} — the map has at most ${tileGridMax} rows`),
  /** The short name shown on the square in each language; its full name comes from `geo/regions.json`. */
  label: z.strictObject({
    /** Kazakh label. */
    kk: TileLabelText('Kazakh'),
    /** Russian label. */
    ru: TileLabelText('Russian'),
    /** English label. */
    en: TileLabelText('English'),
  }),
});
export type RegionTile = z.output<typeof RegionTile>;
