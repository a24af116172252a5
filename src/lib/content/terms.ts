import type { Language } from '../../vocabularies.ts';
/**
 * Vocabulary inside editors' messages: the English lines name a value as it
 * is written in the files (`resolved`, `held`), the Kazakh and Russian ones
 * by the word the site shows for it («Решено», «Өтті»).
 */

export type Term = Readonly<Record<Language, string>>;

/** A value as the English line writes it (its code) and as the site names it in Kazakh and Russian. */
export function term(code: string, label: Readonly<Record<Language, string>>): Term {
  return { kk: label.kk, ru: label.ru, en: code };
}

/** Several terms as one value: `in-review, in-progress` in English, «Қаралуда», «Орындалуда» in Kazakh. */
export function termList(terms: readonly Term[]): Term {
  return {
    kk: terms.map((t) => `«${t.kk}»`).join(', '),
    ru: terms.map((t) => `«${t.ru}»`).join(', '),
    en: terms.map((t) => t.en).join(', '),
  };
}
