import { z } from 'zod';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { meaning, Url } from './common.ts';

/** Site-wide settings. File: `content/site.json`. */
export const SiteSettings = z.strictObject({
  /** True while the content is demonstration data; every page then says so. */
  demo: z.boolean(),
  /** Minimum days between an announcement and its meeting for it to count as timely. */
  timelyAnnouncementDays: z.int().positive(),
  /** Stated on the open-data page and in every data file. */
  dataLicense: z
    .string()
    .default('CC-BY-4.0')
    .meta(meaning({ kk: 'Деректер лицензиясы, SPDX идентификаторы (мысалы CC-BY-4.0)', ru: 'Лицензия данных, идентификатор SPDX (например CC-BY-4.0)', en: 'Licence of the data, as an SPDX id (e.g. CC-BY-4.0)' })),
  /** Public address of the site (its root), for canonical links, feeds and QR codes. */
  siteUrl: Url.refine((s) => /^https:\/\/[^/?#]+$/.test(s), schemaMessage('schema.site.url')).default('https://kezdesu.kz'),
});
export type SiteSettings = z.output<typeof SiteSettings>;

/**
 * Contacts that may appear in public text: official hotlines and press-office
 * addresses. File: `content/privacy/allow-list.json`.
 */
export const AllowList = z.strictObject({
  /** Phone numbers in any usual spelling. */
  phones: z.array(z.string()).default([]),
  /** E-mail addresses. */
  emails: z.array(z.string()).default([]),
});
export type AllowList = z.output<typeof AllowList>;
