import type { Language } from '../../vocabularies.ts';
/**
 * A calendar day written out the way every page of the site writes it —
 * "2026 ж. 25 наурыз", "25 марта 2026 г.", "25 March 2026" — from the
 * site's own month names, not from the reader's browser: a browser may have
 * no Kazakh month names at all (Chromium writes "2026 M03 25"). Pure, with no
 * imports, so the search page's script uses it as the static pages do
 * (through `formatDate` in `./format.ts`).
 */

/** Month names as a date takes them, January first: Kazakh nominative, Russian genitive ("марта"), English. */
const months: Record<Language, readonly string[]> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A calendar day (`YYYY-MM-DD`) written out in the language: "2026 ж. 25 наурыз", "25 марта 2026 г.", "25 March 2026". */
export function writeDay(day: string, lang: Language): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = parts ? months[lang][Number(parts[2]) - 1] : undefined;
  if (!parts || month === undefined || Number(parts[3]) < 1 || Number(parts[3]) > 31) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  const year = parts[1];
  const date = Number(parts[3]);
  if (lang === 'kk') return `${year} ж. ${date} ${month}`;
  if (lang === 'ru') return `${date} ${month} ${year} г.`;
  return `${date} ${month} ${year}`;
}
