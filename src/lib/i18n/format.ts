/** Dates, times and numbers the way each language writes them, in Almaty time. */
import type { Language } from '../../schemas/common.ts';
import { timeZone } from '../time.ts';

const locales: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function cached<T>(map: Map<Language, T>, lang: Language, make: () => T): T {
  let value = map.get(lang);
  if (value === undefined) {
    value = make();
    map.set(lang, value);
  }
  return value;
}

/** "15 March 2026, 10:00" in Almaty time. */
export function formatDateTime(instant: string, lang: Language): string {
  return cached(dateTimeFormats, lang, () => new Intl.DateTimeFormat(locales[lang], { timeZone, dateStyle: 'long', timeStyle: 'short' })).format(new Date(instant));
}

/** A calendar day (`YYYY-MM-DD`) written out: "15 March 2026". */
export function formatDate(day: string, lang: Language): string {
  return cached(dateFormats, lang, () => new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC', dateStyle: 'long' })).format(new Date(`${day}T00:00:00Z`));
}

/** A whole number with the language's thousands separator (a space in kk and ru). */
export function formatNumber(n: number, lang: Language): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 })).format(n);
}
