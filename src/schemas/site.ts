import { z } from 'zod';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { bodies } from '../lib/taxonomy/bodies.ts';
import { normalizePhone } from '../lib/privacy/personal-data.ts';
import { IsoDate, LocalizedText, meaning, oneOf, RegionRef, Url } from './common.ts';
import { bodyIds } from '../vocabularies.ts';
import { labels } from '../lib/i18n/labels.ts';

/** An e-mail address as the allow-list keeps it: lower case, a name, @ and a domain with a dot. */
export const contactEmail = /^[a-z0-9._%+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/;

/** Site-wide settings. File: `content/site.json`. */
export const SiteSettings = z.strictObject({
  /** True while the content is demonstration data; every page then says so. */
  demo: z.boolean(),
  /** Minimum days between an announcement and its meeting for it to count as timely. */
  timelyAnnouncementDays: z.int().positive(),
  /** Days after a meeting within which its outcome and minutes must be published to count as reported on time. */
  reportingDays: z
    .int()
    .positive()
    .default(10)
    .meta(meaning('field.site.siteSettings.reportingDays')),
  /** Stated on the open-data page and in every data file. */
  dataLicense: z
    .string()
    .default('CC-BY-4.0')
    .meta(meaning('field.site.siteSettings.dataLicense')),
  /** Public address of the site (its root), for canonical links, feeds and QR codes. */
  siteUrl: Url.refine((s) => /^https:\/\/[^/?#]+$/.test(s), schemaMessage('schema.site.url')).default('https://kezdesu.kz'),
});
export type SiteSettings = z.output<typeof SiteSettings>;

/** A contact on the allow-list: a Kazakhstan phone in the form the personal-data check compares (`77132556677`), or an e-mail in lower case. */
const contactValue = {
  /** The phone number: 11 digits starting with 7, as `normalizePhone` gives it. */
  phone: z
    .string()
    .refine((s) => normalizePhone(s) === s, schemaMessage('schema.contact.phone'))
    .optional()
    .meta(meaning('field.site.contactValue.phone')),
  /** The e-mail address, in lower case. */
  email: z
    .string()
    .regex(contactEmail, schemaMessage('schema.contact.email'))
    .optional()
    .meta(meaning('field.site.contactValue.email')),
};

/** A contact put on the allow-list on a day: whose it is and why it is public, and the body it belongs to. */
export const ContactAdded = z.strictObject({
  kind: z.literal('added'),
  /** The day it was put on the list. */
  date: IsoDate,
  ...contactValue,
  /** Whose contact it is and why it is public, e.g. «Телефон доверия акимата Актюбинской области». */
  whose: LocalizedText.meta(meaning('field.site.contactAdded.whose')),
  /** The body or akimat it belongs to. */
  body: z.enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b))),
  /** The region, for a local body's contact (checked against content/geo by the validator). */
  region: RegionRef.optional(),
});
export type ContactAdded = z.output<typeof ContactAdded>;

/** A contact taken off the allow-list on a day, and why: from then on the check refuses it again. */
export const ContactRemoved = z.strictObject({
  kind: z.literal('removed'),
  date: IsoDate,
  ...contactValue,
  reason: LocalizedText,
});
export type ContactRemoved = z.output<typeof ContactRemoved>;

const oneContact = (e: { phone?: string | undefined; email?: string | undefined }) => (e.phone === undefined) !== (e.email === undefined);

/** One entry of the allow-list's log. */
export const ContactEntry = z
  .discriminatedUnion('kind', [ContactAdded, ContactRemoved], { error: schemaMessage('schema.contact.kind') })
  .refine(oneContact, { message: schemaMessage('schema.contact.one') });
export type ContactEntry = z.output<typeof ContactEntry>;

/**
 * Contacts that may appear in public text: official hotlines and press-office
 * addresses. File: `content/privacy/allow-list.json`. The list is a published
 * fact, kept like an issue's history: `contacts` is a log, appended to, where
 * each contact is added on a day with whose it is, and taken off again by a
 * later `removed` entry, never by deleting its entry. `phones` and `emails`
 * are the older form, bare values without whose they are; they are still
 * read, and new contacts go into `contacts`.
 */
export const AllowList = z.strictObject({
  /** The log of contacts added and removed, oldest first. */
  contacts: z.array(ContactEntry).default([]),
  /** Phone numbers in any usual spelling (older form). */
  phones: z.array(z.string()).default([]),
  /** E-mail addresses (older form). */
  emails: z.array(z.string()).default([]),
});
export type AllowList = z.output<typeof AllowList>;
