import { z } from 'zod';

/** Site-wide settings. File: `content/site.json`. */
export const SiteSettings = z.strictObject({
  /** True while the content is demonstration data; every page then says so. */
  demo: z.boolean(),
  /** Minimum days between an announcement and its meeting for it to count as timely. */
  timelyAnnouncementDays: z.int().positive(),
  /** Licence of the published data, as an SPDX id. */
  dataLicense: z.string().default('CC-BY-4.0'),
  /** Public address of the site, for canonical links and feeds. */
  siteUrl: z.url().default('https://kezdesu.kz'),
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
