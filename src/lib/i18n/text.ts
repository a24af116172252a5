/**
 * Choosing which language of a content text to show. Content appears in the
 * language it was written in when no translation exists; the page then marks
 * it with its own `lang`.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import { languageList, type Language } from '../../vocabularies.ts';

/** Each language, then the languages it falls back to, from the list of languages. */
const fallbacks = new Map<Language, readonly Language[]>(languageList.map((line) => [line.code, [line.code, ...line.fallback]]));

export interface PickedText {
  text: string;
  /** Language the text is written in; differs from the page's when no translation exists. */
  lang: Language;
}

/** A language, then the languages it falls back to, in order. */
export function languagesFor(lang: Language): readonly Language[] {
  return fallbacks.get(lang) ?? [lang];
}

/** The text in the page's language, or the closest one that exists. */
export function pickText(text: LocalizedText, lang: Language): PickedText {
  for (const l of fallbacks.get(lang) ?? [lang]) {
    const value = ownText(text, l);
    if (value !== undefined) return { text: value, lang: l };
  }
  throw new Error('LocalizedText without any language');
}

/**
 * A content text as written in exactly `lang`, or undefined: content is kept
 * in the languages its schema names, so a language added to the site has
 * none until editors write it (then `pickText` falls back).
 */
export function ownText(text: Readonly<Partial<Record<string, string | undefined>>>, lang: Language): string | undefined {
  return text[lang];
}

/** A place's name in the page's language, or in the nearest language it has (the geography names every place in kk, ru and en). */
export function nameIn(names: Readonly<Partial<Record<string, string | undefined>>> & { ru: string }, lang: Language): string {
  return pickText(names, lang).text;
}

/** `nameIn` of a place that may not be found: undefined for none. */
export function nameOf(names: (Readonly<Partial<Record<string, string | undefined>>> & { ru: string }) | undefined, lang: Language): string | undefined {
  return names === undefined ? undefined : nameIn(names, lang);
}
