/**
 * Building blocks shared by every content schema. Every message reads
 * "what is wrong — how to fix it", because data editors see them as-is.
 */
import { z } from 'zod';
import { rememberMessage, schemaMessage } from '../lib/i18n/schema-messages.ts';
import { textsOf, type TranslationKey } from '../lib/i18n/translations.ts';
import { msg, say, type MessageValue } from '../lib/i18n/messages.ts';
import { checkAddress } from '../lib/security/addresses.ts';
import { languages, type Language } from '../vocabularies.ts';


/** What a field holds, in each of the site's languages: the data dictionary and the published JSON Schemas show it. */
export type Meaning = Record<Language, string>;

/**
 * The key of a content field's description in the translation files,
 * `field.{schema file}.{schema}.{field}`: e.g. `field.issue.raised`,
 * `field.issue.statusEvent.date` (the schema's name left out where it is
 * the file's).
 */
export type FieldKey = Extract<TranslationKey, `field.${string}`>;

/**
 * The key of an open-data description in the translation files:
 * `dataset.{dataset}` for a dataset, `dataset.{dataset}.{column}` for a
 * column, `dataset.figures.{column}` for the figure columns every place
 * shares, `dataset.file.{field}` for the fields around a JSON file's records.
 */
export type DatasetKey = Extract<TranslationKey, `dataset.${string}`>;

/**
 * JSON Schema keywords that carry a field's meaning: the standard
 * `description` in English, and an extension keyword `x-description-{code}`
 * for each other language of the list.
 */
export const meaningKeywords = Object.fromEntries(languages.map((lang) => [lang, lang === 'en' ? 'description' : `x-description-${lang}`])) as Record<Language, string>;

/** A meaning as JSON Schema keywords, English's `description` first, then the other languages in the list's order. */
export function asKeywords(text: Meaning): Record<string, string> {
  return Object.fromEntries([...languages.filter((lang) => lang === 'en'), ...languages.filter((lang) => lang !== 'en')].map((lang) => [meaningKeywords[lang], text[lang]]));
}

/**
 * Metadata for zod's `.meta()` that says what a field holds, in every
 * language: `key` names its texts in the translation files. It is kept as
 * JSON Schema keywords, so `z.toJSONSchema` publishes it as is.
 */
export function meaning(key: FieldKey): Record<string, string> {
  return asKeywords(textsOf(key));
}

/**
 * What an open-data column, dataset or envelope field holds, in every
 * language, as the data dictionary shows it (src/lib/exports): the texts of
 * `key` in the translation files, with their `{placeholders}` filled from
 * `values` (a text, a number, or a text in each language). A value of a
 * vocabulary is named by its label (src/lib/i18n/labels.ts), not here.
 */
export function describes(key: DatasetKey, values?: Record<string, MessageValue>): Meaning {
  const message = msg(key, values);
  return inEvery((lang) => say(message, lang));
}

/** A text the same in every language (a formula of column names). */
export function sameInEvery(text: string): Meaning {
  return inEvery(() => text);
}

/** A text made in each language from texts in that language, such as two meanings joined. */
export function inEvery(make: (lang: Language) => string): Meaning {
  return Object.fromEntries(languages.map((lang) => [lang, make(lang)])) as Meaning;
}

/** The meaning a field was given with `.meta(meaning(…))`, looking through optional and default wrappers; undefined if it has none. */
export function meaningOf(schema: z.ZodType): Meaning | undefined {
  let current: z.ZodType | undefined = schema;
  while (current !== undefined) {
    const meta = current.meta();
    const texts = languages.map((lang) => [lang, meta?.[meaningKeywords[lang]]] as const);
    if (texts.every(([, text]) => typeof text === 'string')) return Object.fromEntries(texts) as Meaning;
    current = current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault ? (current.unwrap() as z.ZodType) : undefined;
  }
  return undefined;
}

/**
 * The values an editor may write in a closed set: in English the codes as
 * they are (`received, in-review`), in every other language (Kazakh,
 * Russian) the site's label of each with its code in brackets
 * (`Қаралуда (in-review)`), as the import lists them.
 */
export function choicesOf<T extends string>(ids: readonly T[], label?: (id: T) => Record<Language, string>): Record<Language, string> {
  return inEvery((lang) => (lang === 'en' || label === undefined ? ids.join(', ') : ids.map((id) => `${label(id)[lang]} (${id})`).join('; ')));
}

/** The zod `error` of a closed set: "is not a status — use one of: …", `what` the key of the thing's name. */
export function oneOf<T extends string>(what: TranslationKey, ids: readonly T[], label?: (id: T) => Record<Language, string>): { error: string } {
  return { error: schemaMessage('schema.oneOf', { what: msg(what), fix: msg('schema.oneOf.fix', { values: choicesOf(ids, label) }) }) };
}

/** Text written in one or more of the site's languages (at least one). */
export const LocalizedText = z
  .strictObject({
    /** Kazakh text. */
    kk: z.string().trim().min(1, schemaMessage('schema.text.emptyKk')).optional(),
    /** Russian text. */
    ru: z.string().trim().min(1, schemaMessage('schema.text.emptyRu')).optional(),
    /** English text. */
    en: z.string().trim().min(1, schemaMessage('schema.text.emptyEn')).optional(),
  }, { error: schemaMessage('schema.text.type', { fix: msg('schema.text.fix') }) })
  .refine((t) => t.kk !== undefined || t.ru !== undefined || t.en !== undefined, {
    message: schemaMessage('schema.text.none'),
  });
export type LocalizedText = z.output<typeof LocalizedText>;

/** A proper name given in all three languages (used for geography). */
export const Names = z.strictObject({
  /** Name in Kazakh. */
  kk: z.string().trim().min(1, schemaMessage('schema.name.emptyKk')),
  /** Name in Russian. */
  ru: z.string().trim().min(1, schemaMessage('schema.name.emptyRu')),
  /** Name in English. */
  en: z.string().trim().min(1, schemaMessage('schema.name.emptyEn')),
});
export type Names = z.output<typeof Names>;

function isRealDate(s: string): boolean {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
}

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z
  .string({ error: schemaMessage('schema.date.type', { fix: msg('schema.date.fix') }) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: schemaMessage('schema.date.format', { fix: msg('schema.date.fix') }), abort: true })
  .refine(isRealDate, schemaMessage('schema.date.unreal'));

/** An instant with its UTC offset, `YYYY-MM-DDTHH:MM[:SS]+05:00`. */
export const IsoDateTime = z
  .string({ error: schemaMessage('schema.dateTime.type', { fix: msg('schema.dateTime.fix') }) })
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    { message: schemaMessage('schema.dateTime.format', { fix: msg('schema.dateTime.formatFix') }), abort: true },
  )
  .refine((s) => isRealDate(s) && !Number.isNaN(new Date(s).getTime()), schemaMessage('schema.dateTime.unreal'));

/** An absolute http(s) address, safe to publish as a link (src/lib/security/addresses.ts says what that means). */
export const Url = z
  .string({ error: schemaMessage('schema.url.type', { fix: msg('schema.url.fix') }) })
  .superRefine((s, ctx) => {
    const verdict = checkAddress(s);
    if (!verdict.ok) ctx.addIssue({ code: 'custom', message: rememberMessage(verdict.says) });
    else if (verdict.kind !== 'web') ctx.addIssue({ code: 'custom', message: schemaMessage('schema.url.notWeb', { fix: msg('schema.url.fix') }) });
  });

/** A KATO code: the official classifier of administrative-territorial objects, 9 digits kept as a string. */
export const Kato = z
  .string({ error: schemaMessage('schema.kato.type', { fix: msg('schema.kato.fix') }) })
  .regex(/^\d{9}$/, schemaMessage('schema.kato.format', { fix: msg('schema.kato.fix') }));

/** Calendar entry id: `c-` + the region's two KATO digits + the year + a number, e.g. `c-10-2026-014`. */
export const CalendarEntryId = z
  .string({ error: schemaMessage('schema.calendarEntryId.format') })
  .regex(/^c-\d{2}-\d{4}-\d{3,4}$/, schemaMessage('schema.calendarEntryId.format'))
  .meta(meaning('field.common.calendarEntryId'));

/** A lowercase URL-safe name, e.g. `abay` or `semey-city`. */
export const Slug = z
  .string({ error: schemaMessage('schema.slug.type', { fix: msg('schema.slug.fix') }) })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, schemaMessage('schema.slug.format'));

/** Issue id: `i-` + the region's two KATO digits + a sequence number, e.g. `i-10-00042`. */
export const IssueId = z
  .string({ error: schemaMessage('schema.issueId.type') })
  .regex(/^i-\d{2}-\d{5}$/, schemaMessage('schema.issueId.format'));

/** Meeting id: `m-` + the region's two KATO digits + a sequence number, e.g. `m-10-0042`. */
export const MeetingId = z
  .string({ error: schemaMessage('schema.meetingId.type') })
  .regex(/^m-\d{2}-\d{4}$/, schemaMessage('schema.meetingId.format'));

/** Action-plan measure id, e.g. `ap-007`. */
export const MeasureId = z
  .string({ error: schemaMessage('schema.measureId.type') })
  .regex(/^ap-\d{3}$/, schemaMessage('schema.measureId.format'));

/** A link to a published document with an optional title. */
export const Link = z.strictObject({
  /** Where the document is published. */
  url: Url,
  /** What the document is, as shown to readers. */
  title: LocalizedText.optional(),
});
export type Link = z.output<typeof Link>;

/** The region an issue or meeting is in, by its slug (checked against content/geo by the validator). */
export const RegionRef = z.string().meta(meaning('field.common.regionRef'));

/** The district or city within the region, by its slug. */
export const DistrictRef = z.string().meta(meaning('field.common.districtRef'));

/** The rural okrug, town or village an issue or meeting is in. */
export const SettlementRef = z.strictObject({
  /** Set when the settlement is in content/geo/settlements. */
  kato: Kato.optional().meta(meaning('field.common.settlementRef.kato')),
  name: LocalizedText.meta(meaning('field.common.settlementRef.name')),
});

/** A full official name in all three languages. */
export const OfficialName = Names.meta(meaning('field.common.officialName'));
