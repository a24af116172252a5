import { z } from 'zod';
import { msg } from '../lib/i18n/messages.ts';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import type { TranslationKey } from '../lib/i18n/translations.ts';
import { Slug } from './common.ts';

/** Widest a line of a square's label may be, in characters: it must fit inside the square. */
export const tileLabelLineMax = 11;
/** Columns and rows of the map grid (0 to this, less one). */
export const tileGridMax = 10;

const TileLabelText = (empty: TranslationKey) =>
  z
    .string()
    .trim()
    .min(1, schemaMessage(empty))
    .refine((text) => {
      const words = text.split(/\s+/);
      return words.length <= 2 && words.every((w) => [...w].length <= tileLabelLineMax);
    }, schemaMessage('schema.tile.labelTooLong', { max: tileLabelLineMax }));

/**
 * One region's square on the regional map, a tile-grid cartogram: equal
 * squares placed roughly where each region lies. File: `content/geo/tiles.json`,
 * a list with exactly one square per region of `geo/regions.json`.
 */
export const RegionTile = z.strictObject({
  /** Slug of the region, as in `geo/regions.json`. */
  region: Slug,
  /** Column, counted from 0 in the west. */
  column: z
    .int(schemaMessage('schema.wholeNumber', { fix: msg('schema.tile.columnFix') }))
    .min(0, schemaMessage('schema.tile.columnBelow'))
    .max(tileGridMax - 1, schemaMessage('schema.tile.columnAbove', { last: tileGridMax - 1, count: tileGridMax })),
  /** Row, counted from 0 in the north. */
  row: z
    .int(schemaMessage('schema.wholeNumber', { fix: msg('schema.tile.rowFix') }))
    .min(0, schemaMessage('schema.tile.rowBelow'))
    .max(tileGridMax - 1, schemaMessage('schema.tile.rowAbove', { last: tileGridMax - 1, count: tileGridMax })),
  /** The short name shown on the square in each language; its full name comes from `geo/regions.json`. */
  label: z.strictObject({
    /** Kazakh label. */
    kk: TileLabelText('schema.tile.labelEmptyKk'),
    /** Russian label. */
    ru: TileLabelText('schema.tile.labelEmptyRu'),
    /** English label. */
    en: TileLabelText('schema.tile.labelEmptyEn'),
  }),
});
export type RegionTile = z.output<typeof RegionTile>;
