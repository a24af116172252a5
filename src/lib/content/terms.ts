import type { Language } from '../../vocabularies.ts';
import { inEach } from '../i18n/messages.ts';
/**
 * Vocabulary inside editors' messages: the English lines name a value as it
 * is written in the files (`resolved`, `held`), the Kazakh and Russian ones
 * by the word the site shows for it («Решено», «Өтті»).
 */

export type Term = Readonly<Record<Language, string>>;

/** A value as the English line writes it (its code) and as the site names it in Kazakh and Russian. */
export function term(code: string, label: Readonly<Record<Language, string>>): Term {
  return inEach((lang) => (lang === 'en' ? code : label[lang]));
}

/** Several terms as one value: `in-review, in-progress` in English, «Қаралуда», «Орындалуда» in Kazakh. */
export function termList(terms: readonly Term[]): Term {
  return inEach((lang) => terms.map((t) => (lang === 'en' ? t.en : `«${t[lang]}»`)).join(', '));
}
