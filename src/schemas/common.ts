/**
 * Building blocks shared by every content schema. Every message reads
 * "what is wrong — how to fix it", because data editors see them as-is.
 */
import { z } from 'zod';

/** The three languages of the site; Kazakh is the default. */
export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];

/** Text written in one or more of the site's languages (at least one). */
export const LocalizedText = z
  .strictObject({
    /** Kazakh text. */
    kk: z.string().trim().min(1, 'is empty — write the Kazakh text or remove the key').optional(),
    /** Russian text. */
    ru: z.string().trim().min(1, 'is empty — write the Russian text or remove the key').optional(),
    /** English text. */
    en: z.string().trim().min(1, 'is empty — write the English text or remove the key').optional(),
  })
  .refine((t) => t.kk !== undefined || t.ru !== undefined || t.en !== undefined, {
    message: 'has no text — give it in at least one of kk, ru, en',
  });
export type LocalizedText = z.output<typeof LocalizedText>;

/** A proper name given in all three languages (used for geography). */
export const Names = z.strictObject({
  /** Name in Kazakh. */
  kk: z.string().trim().min(1, 'is empty — write the Kazakh name'),
  /** Name in Russian. */
  ru: z.string().trim().min(1, 'is empty — write the Russian name'),
  /** Name in English. */
  en: z.string().trim().min(1, 'is empty — write the English name'),
});
export type Names = z.output<typeof Names>;

function isRealDate(s: string): boolean {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
}

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z
  .string({ error: 'must be a date — write it as YYYY-MM-DD, e.g. 2026-03-15' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not a date — write it as YYYY-MM-DD, e.g. 2026-03-15', abort: true })
  .refine(isRealDate, 'is not a real calendar date — check the day and month');

/** An instant with its UTC offset, `YYYY-MM-DDTHH:MM[:SS]+05:00`. */
export const IsoDateTime = z
  .string({ error: 'must be a date and time — write it as 2026-03-15T10:00+05:00' })
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    { message: 'is not a date and time with a UTC offset — write it as 2026-03-15T10:00+05:00 (Kazakhstan is UTC+5)', abort: true },
  )
  .refine((s) => isRealDate(s) && !Number.isNaN(new Date(s).getTime()), 'is not a real date and time — check the day, month and hour');

/** An absolute http(s) address. */
export const Url = z
  .string({ error: 'must be a web address — write it in full, starting with https://' })
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'is not a web address — write it in full, starting with https://');

/** A KATO code: the official classifier of administrative-territorial objects, 9 digits kept as a string. */
export const Kato = z
  .string({ error: 'must be a KATO code — write the 9 digits in quotes, e.g. "101033000"' })
  .regex(/^\d{9}$/, 'is not a KATO code — write the 9 digits in quotes, e.g. "101033000"');

/** A lowercase URL-safe name, e.g. `abay` or `semey-city`. */
export const Slug = z
  .string({ error: 'must be a slug — use lowercase latin letters, digits and hyphens' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a slug — use lowercase latin letters, digits and hyphens, e.g. semey-city');

/** Issue id: `i-` + the region's two KATO digits + a sequence number, e.g. `i-10-00042`. */
export const IssueId = z
  .string({ error: 'must be an issue id like "i-10-00042"' })
  .regex(/^i-\d{2}-\d{5}$/, 'is not an issue id — write "i-" + the two region digits + a 5-digit number, e.g. i-10-00042');

/** Meeting id: `m-` + the region's two KATO digits + a sequence number, e.g. `m-10-0042`. */
export const MeetingId = z
  .string({ error: 'must be a meeting id like "m-10-0042"' })
  .regex(/^m-\d{2}-\d{4}$/, 'is not a meeting id — write "m-" + the two region digits + a 4-digit number, e.g. m-10-0042');

/** Action-plan measure id, e.g. `ap-007`. */
export const MeasureId = z
  .string({ error: 'must be a measure id like "ap-007"' })
  .regex(/^ap-\d{3}$/, 'is not an action-plan measure id — write "ap-" + a 3-digit number, e.g. ap-007');

/** A link to a published document with an optional title. */
export const Link = z.strictObject({
  /** Where the document is published. */
  url: Url,
  /** What the document is, as shown to readers. */
  title: LocalizedText.optional(),
});
export type Link = z.output<typeof Link>;
