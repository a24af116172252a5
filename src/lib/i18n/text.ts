/**
 * Choosing which language of a content text to show. Content appears in the
 * language it was written in when no translation exists; the page then marks
 * it with its own `lang`.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type { Language } from '../../vocabularies.ts';

const fallbacks: Record<Language, readonly Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

export interface PickedText {
  text: string;
  /** Language the text is written in; differs from the page's when no translation exists. */
  lang: Language;
}

/** The text in the page's language, or the closest one that exists. */
export function pickText(text: LocalizedText, lang: Language): PickedText {
  for (const l of fallbacks[lang]) {
    const value = text[l];
    if (value !== undefined) return { text: value, lang: l };
  }
  throw new Error('LocalizedText without any language');
}
