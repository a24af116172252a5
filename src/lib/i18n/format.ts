/**
 * Dates, times and numbers the way each language writes them. A time is
 * written in the zone it is given (a meeting's: its region's, on that date;
 * see src/lib/time.ts), never the machine's.
 */
import { offsetOf, utcLabel } from '../time.ts';
import { type DayWords, writeDay } from './dates.ts';
import { t, textsOf, type TranslationKey } from './translations.ts';
import type { Language } from '../../vocabularies.ts';

/** Each language's BCP 47 locale, from its translation file. */
const locales = textsOf('site.locale');

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = { long: new Map<Language, Intl.DateTimeFormat>(), short: new Map<Language, Intl.DateTimeFormat>() };
const weekdayDateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
const percentFormats = new Map<Language, Intl.NumberFormat>();
const compactFormats = new Map<Language, Intl.NumberFormat>();

function cached<K, T>(map: Map<K, T>, lang: K, make: () => T): T {
  let value = map.get(lang);
  if (value === undefined) {
    value = make();
    map.set(lang, value);
  }
  return value;
}

/** "15 March 2026, 10:00" in a zone (tz name, e.g. a meeting's `zoneOf(region)`). */
export function formatDateTime(instant: string, lang: Language, zone: string): string {
  return cached(dateTimeFormats, `${lang} ${zone}`, () => new Intl.DateTimeFormat(locales[lang], { timeZone: zone, dateStyle: 'long', timeStyle: 'short' })).format(new Date(instant));
}

/** The UTC offset a zone kept at an instant, as readers are told it: "UTC+5", "UTC+6". */
export function formatUtcOffset(instant: string, zone: string): string {
  return utcLabel(offsetOf(instant, zone));
}

const dayWordsCache = { day: new Map<Language, DayWords>(), on: new Map<Language, DayWords>() };

/**
 * The words a language writes a day with, from its translation file: as a
 * date stands alone (`month.*`, `date.day`), or as a sentence says something
 * happened on it (`monthOn.*`, `date.on`: the Kazakh locative «мамырда»).
 */
export function dayWords(lang: Language, as: 'day' | 'on' = 'day'): DayWords {
  return cached(dayWordsCache[as], lang, () => ({
    months: Array.from({ length: 12 }, (_, i) => t(lang, `${as === 'day' ? 'month' : 'monthOn'}.${i + 1}` as TranslationKey)),
    pattern: t(lang, as === 'day' ? 'date.day' : 'date.on'),
  }));
}

/** A calendar day (`YYYY-MM-DD`) written out: "15 March 2026", "2026 ж. 15 наурыз"; the search page's script writes its dates with the same function and words. */
export function formatDate(day: string, lang: Language): string {
  return writeDay(day, dayWords(lang));
}

/**
 * A calendar day as a sentence says something happened on it: "12 May 2026",
 * "12 мая 2026 г.", and in Kazakh the locative "2026 жылғы 12 мамырда", which
 * the short form "2026 ж. 12 мамыр" cannot take inside a sentence.
 */
export function formatDateOn(day: string, lang: Language): string {
  return writeDay(day, dayWords(lang, 'on'));
}

/** The day of an instant in a zone with its weekday, as a notice board writes it: "Sunday, 11 January 2026". */
export function formatWeekdayDate(instant: string, lang: Language, zone: string): string {
  return cached(weekdayDateFormats, `${lang} ${zone}`, () => new Intl.DateTimeFormat(locales[lang], { timeZone: zone, dateStyle: 'full' })).format(new Date(instant));
}

/** The clock time of an instant in a zone: "10:00". */
export function formatTime(instant: string, lang: Language, zone: string): string {
  return cached(timeFormats, `${lang} ${zone}`, () => new Intl.DateTimeFormat(locales[lang], { timeZone: zone, timeStyle: 'short' })).format(new Date(instant));
}

/** A month (`YYYY-MM`) written out, "March 2026", or as a chart axis writes it, "Mar". */
export function formatMonth(month: string, lang: Language, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { timeZone: 'UTC', month: 'long', year: 'numeric' } : { timeZone: 'UTC', month: 'short' };
  return cached(monthFormats[style], lang, () => new Intl.DateTimeFormat(locales[lang], options)).format(new Date(`${month}-01T00:00:00Z`));
}

/** A whole number with the language's thousands separator (a space in kk and ru). */
export function formatNumber(n: number, lang: Language): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 })).format(n);
}

/** A share (0–1) as a percentage with at most one decimal: "42,5 %" in kk and ru. */
export function formatPercent(share: number, lang: Language): string {
  return cached(percentFormats, lang, () => new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 1 })).format(share);
}

/** An amount of tenge, short for large sums: "85,1 млрд ₸". */
export function formatMoney(kzt: number, lang: Language): string {
  const text = kzt >= 1_000_000 ? cached(compactFormats, lang, () => new Intl.NumberFormat(locales[lang], { notation: 'compact', maximumFractionDigits: 1 })).format(kzt) : formatNumber(kzt, lang);
  return `${text} ₸`;
}
