/**
 * A calendar day written out the way every page of the site writes it —
 * "2026 ж. 25 наурыз", "25 марта 2026 г.", "25 March 2026" — from the
 * site's own month names (the translation files' `month.*` and `date.day`),
 * not from the reader's browser: a browser may have no Kazakh month names at
 * all (Chromium writes "2026 M03 25"). Pure, with no imports, so the search
 * page's script uses it as the static pages do (through `formatDate` in
 * `./format.ts`), with the words the page gives it.
 */

/** The words of one language a day is written with: month names, January first, and where day, month and year go. */
export interface DayWords {
  readonly months: readonly string[];
  /** With `{day}`, `{month}` and `{year}`: "{day} {month} {year} г.". */
  readonly pattern: string;
}

/** A calendar day (`YYYY-MM-DD`) written out with a language's words: "2026 ж. 25 наурыз", "25 марта 2026 г.", "25 March 2026". */
export function writeDay(day: string, words: DayWords): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = parts ? words.months[Number(parts[2]) - 1] : undefined;
  if (!parts || month === undefined || Number(parts[3]) < 1 || Number(parts[3]) > 31) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  return words.pattern.replace('{year}', parts[1]!).replace('{day}', String(Number(parts[3]))).replace('{month}', month);
}
