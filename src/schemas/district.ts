import { z } from 'zod';
import { Kato, Names, Slug } from './common.ts';

/** Kinds of second-level units. */
export const districtKinds = ['district', 'city', 'city-district'] as const;
/** Where a unit's KATO code comes from. */
export const katoSources = ['kato-2022', 'geokz-2024', 'unconfirmed'] as const;

/**
 * A second-level unit: a district (audan), a city of regional significance, or
 * a district of Astana, Almaty or Shymkent. File: `content/geo/districts/{region}.json`.
 */
export const District = z.strictObject({
  /** KATO code; its first two digits are its region's. */
  kato: Kato,
  /** Slug of the region it belongs to. */
  region: z.string(),
  /** URL name, unique within the region: `/{lang}/regions/{region}/{slug}/`. */
  slug: Slug,
  /** District, city of regional significance, or city district. */
  kind: z.enum(districtKinds, { error: `is not a district kind — use one of: ${districtKinds.join(', ')}` }),
  /** Full official name. */
  name: Names,
  /** Short name used in lists and breadcrumbs. */
  shortName: Names,
  /** Administrative centre, where known. */
  centre: z
    .strictObject({
      /** KATO code of the centre. */
      kato: Kato.optional(),
      /** Name of the centre (Russian at least). */
      name: z.strictObject({ kk: z.string().optional(), ru: z.string(), en: z.string().optional() }),
    })
    .optional(),
  /** Where the KATO code comes from; "unconfirmed" codes must be checked before launch. */
  katoSource: z.enum(katoSources, { error: `is not a code source — use one of: ${katoSources.join(', ')}` }),
  /** Longitude and latitude of a point inside the district, for labels. */
  labelPoint: z.tuple([z.number(), z.number()]).optional(),
  /** Editors' notes on the source of the data. */
  notes: z.array(z.string()).optional(),
});
export type District = z.output<typeof District>;
