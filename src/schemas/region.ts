import { z } from 'zod';
import { regionKindLabels } from '../lib/i18n/labels.ts';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { Kato, Names, OfficialName, oneOf, Slug, meaning } from './common.ts';
import { regionKinds } from '../vocabularies.ts';

/** Kinds of first-level units: an oblast, or a city of republican significance (Astana, Almaty, Shymkent). */

/** A first-level unit of Kazakhstan (20 in all). File: `content/geo/regions.json`. */
export const Region = z.strictObject({
  kato: Kato.meta(meaning({ kk: 'ӘАОЖ (КАТО) коды, 9 цифр; алғашқы екі цифры өңірді білдіреді', ru: 'Код КАТО, 9 цифр; первые две обозначают регион', en: 'KATO code, 9 digits; the first two identify the region' })),
  /** Used in `/{lang}/regions/{slug}/`. */
  slug: Slug.meta(
    meaning({
      kk: 'Өңірдің сайт мекенжайларындағы латынша атауы, мысалы abay',
      ru: 'Латинское имя региона в адресах сайта, например abay',
      en: 'Latin name of the region in the site’s addresses, e.g. abay',
    }),
  ),
  iso: z
    .string()
    .regex(/^KZ-\d{2}$/, schemaMessage('schema.region.iso'))
    .meta(meaning({ kk: 'ISO 3166-2 коды, мысалы KZ-10', ru: 'Код ISO 3166-2, например KZ-10', en: 'ISO 3166-2 code, e.g. KZ-10' })),
  kind: z
    .enum(regionKinds, oneOf('schema.what.regionKind', regionKinds, (k) => regionKindLabels[k]))
    .meta(meaning({ kk: 'Облыс немесе республикалық маңызы бар қала', ru: 'Область или город республиканского значения', en: 'Oblast or city of republican significance' })),
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
