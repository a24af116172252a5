/**
 * Messages for data editors, in the language they work in. A message is a
 * key of the translation files with its values; it is put into words only
 * when shown, so one problem found by the import, the validator or the
 * history guard reads the same in Kazakh, Russian and English, and English
 * stays what logs and tests compare.
 */
import { translations, type TranslationKey } from './translations.ts';
import { pickText } from './text.ts';
import { languages, type Language } from '../../vocabularies.ts';

/** A value in a message: text as it is, a number, a label in each language, or another message. */
export type MessageValue = string | number | Readonly<Record<Language, string>> | Message;

export interface Message {
  key: TranslationKey;
  values?: Readonly<Record<string, MessageValue>>;
}

/** A message from its key and values. */
export function msg(key: TranslationKey, values?: Record<string, MessageValue>): Message {
  return values === undefined ? { key } : { key, values };
}

const isMessage = (value: MessageValue): value is Message => typeof value === 'object' && 'key' in value && typeof value.key === 'string';

/** The message in words, in one language. */
export function say(message: Message, lang: Language): string {
  const text = translations[lang][message.key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.values?.[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    return isMessage(value) ? say(value, lang) : value[lang];
  });
}

/** The languages an editor can read messages in. */
export const editorLanguages = ['kk', 'ru', 'en'] as const satisfies readonly Language[];

/**
 * A message value in every language of the site, from a function of the
 * language: a value written this way needs no edit when a language is added.
 */
export function inEach(value: (lang: Language) => string): Record<Language, string> {
  return Object.fromEntries(languages.map((lang) => [lang, value(lang)])) as Record<Language, string>;
}

/**
 * A place's name as editors' messages give it: in each language its name
 * there or the nearest one it has (a new language falls back as its pages
 * do); in English the Russian name, as the content and the KATO classifier
 * write it.
 */
export function placeWords(name: { readonly kk?: string | undefined; readonly ru: string; readonly en?: string | undefined }): Record<Language, string> {
  return inEach((lang) => (lang === 'en' ? name.ru : pickText(name, lang).text));
}

/** Values as a list in a message, each in quotation marks, the last joined with «or» in the language's words: «A», «B» немесе «C». */
export function orList(lang: Language, items: readonly string[]): string {
  const quoted = items.map((text) => translations[lang]['list.quoted'].replace('{text}', text));
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')}${translations[lang]['list.or']}${quoted.at(-1)!}`;
}
