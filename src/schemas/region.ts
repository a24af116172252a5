import { z } from 'zod';
import { regionKindLabels } from '../lib/i18n/labels.ts';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { Kato, Names, OfficialName, oneOf, Slug, meaning } from './common.ts';
import { regionKinds } from '../vocabularies.ts';

/** Kinds of first-level units: an oblast, or a city of republican significance (Astana, Almaty, Shymkent). */

/** A first-level unit of Kazakhstan (20 in all). File: `content/geo/regions.json`. */
export const Region = z.strictObject({
  kato: Kato.meta(meaning('field.region.kato')),
  /** Used in `/{lang}/regions/{slug}/`. */
  slug: Slug.meta(meaning('field.region.slug')),
  iso: z
    .string()
    .regex(/^KZ-\d{2}$/, schemaMessage('schema.region.iso'))
    .meta(meaning('field.region.iso')),
  kind: z
    .enum(regionKinds, oneOf('schema.what.regionKind', regionKinds, (k) => regionKindLabels[k]))
    .meta(meaning('field.region.kind')),
  name: OfficialName,
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
