import { z } from 'zod';
import { Kato, oneOf } from './common.ts';

/** Kinds of third-level units. */
export const settlementKinds = ['rural-okrug', 'town', 'settlement', 'village', 'other'] as const;

/** A rural okrug, town or village within a district. File: `content/geo/settlements/{region}.json`. */
export const Settlement = z.strictObject({
  /** KATO code; its first four digits are its district's. */
  kato: Kato,
  /** Slug of the district it belongs to. */
  district: z.string(),
  /** Rural okrug, town, settlement administration, village or other. */
  kind: z.enum(settlementKinds, oneOf('schema.what.settlementKind', settlementKinds)),
  /** Name; Russian from the KATO classifier, Kazakh and English where known. */
  name: z.strictObject({ kk: z.string().optional(), ru: z.string(), en: z.string().optional() }),
});
export type Settlement = z.output<typeof Settlement>;
