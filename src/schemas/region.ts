import { z } from 'zod';
import { Kato, Names, Slug } from './common.ts';

/** Kinds of first-level units: an oblast, or a city of republican significance (Astana, Almaty, Shymkent). */
export const regionKinds = ['oblast', 'city'] as const;

/** A first-level unit of Kazakhstan (20 in all). File: `content/geo/regions.json`. */
export const Region = z.strictObject({
  /** KATO code, 9 digits; its first two digits identify the region. */
  kato: Kato,
  /** URL name used in `/{lang}/regions/{slug}/`. */
  slug: Slug,
  /** ISO 3166-2 code, e.g. KZ-10. */
  iso: z.string().regex(/^KZ-\d{2}$/, 'is not an ISO 3166-2 code — write KZ- and the two region digits, e.g. KZ-10'),
  /** Oblast or city of republican significance. */
  kind: z.enum(regionKinds, { error: `is not a region kind — use one of: ${regionKinds.join(', ')}` }),
  /** Full official name. */
  name: Names,
  /** Short name used in lists and breadcrumbs. */
  shortName: Names,
  /** Administrative centre; for a city of republican significance, the city itself. */
  centre: z.strictObject({
    /** KATO code of the centre. */
    kato: Kato,
    /** Name of the centre. */
    name: Names,
  }),
  /** Longitude and latitude of a point inside the region, for labels. */
  labelPoint: z.tuple([z.number(), z.number()]).optional(),
  /** Editors' notes on the source of the data. */
  notes: z.array(z.string()).optional(),
});
export type Region = z.output<typeof Region>;
