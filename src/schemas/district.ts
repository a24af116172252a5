import { z } from 'zod';
import { districtKindLabels } from '../lib/i18n/labels.ts';
import { Kato, Names, OfficialName, oneOf, RegionRef, Slug, meaning } from './common.ts';
import { districtKinds } from '../vocabularies.ts';

/** Kinds of second-level units. */
/** Where a unit's KATO code comes from. */
export const katoSources = ['kato-2022', 'geokz-2024', 'unconfirmed'] as const;

/**
 * A second-level unit: a district (audan), a city of regional significance, or
 * a district of Astana, Almaty or Shymkent. File: `content/geo/districts/{region}.json`.
 */
export const District = z.strictObject({
  kato: Kato.meta(meaning('field.district.kato')),
  region: RegionRef,
  /** Used in `/{lang}/regions/{region}/{slug}/`. */
  slug: Slug.meta(meaning('field.district.slug')),
  kind: z
    .enum(districtKinds, oneOf('schema.what.districtKind', districtKinds, (k) => districtKindLabels[k]))
    .meta(meaning('field.district.kind')),
  name: OfficialName,
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
  katoSource: z.enum(katoSources, oneOf('schema.what.codeSource', katoSources)),
  /** Longitude and latitude of a point inside the district, for labels. */
  labelPoint: z.tuple([z.number(), z.number()]).optional(),
  /** Editors' notes on the source of the data. */
  notes: z.array(z.string()).optional(),
});
export type District = z.output<typeof District>;
