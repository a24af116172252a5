/**
 * The site's words in one file per language, `translations/{lang}.json`:
 * the interface, the labels of every vocabulary and the messages for data
 * editors, as flat dotted keys, English the reference. Each file is checked against one
 * schema made from the English keys when this module loads, so a missing or
 * extra key, an empty text, or a `{placeholder}` that the English text does
 * not have stops the build and every command with the file and key named.
 * Adding a language is one file here and one line in `languages`.
 */
import { z } from 'zod';
import { languages, type Language } from '../../vocabularies.ts';
import en from '../../../translations/en.json' with { type: 'json' };
import kk from '../../../translations/kk.json' with { type: 'json' };
import ru from '../../../translations/ru.json' with { type: 'json' };

export type TranslationKey = keyof typeof en;
export type Translations = Record<TranslationKey, string>;

/** The `{name}` placeholders of a text, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** The schema every language file must meet: exactly the English keys, each a non-empty text with the English text's placeholders. */
export const TranslationFile = z.strictObject(
  Object.fromEntries(
    Object.entries(en as Translations).map(([key, reference]) => [
      key,
      z
        .string()
        .trim()
        .min(1, { message: 'is empty — write the text', abort: true })
        .refine((text) => placeholders(text).join() === placeholders(reference).join(), {
          message: `must use the placeholders of the English text: ${placeholders(reference).map((p) => `{${p}}`).join(', ') || 'none'}`,
        }),
    ]),
  ) as Record<TranslationKey, z.ZodString>,
);

/** The problems of one language file, one line each (`translations/kk.json: key: what is wrong`); empty when it is good. */
export function checkTranslations(file: string, value: unknown): string[] {
  const result = TranslationFile.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${file}: ${key}: is not a key of translations/en.json — remove it, or add it to every language`)
      : [`${file}: ${issue.path.join('.')}: ${(value as Record<string, unknown>)[String(issue.path[0])] === undefined ? 'is missing — add it, translated from translations/en.json' : issue.message}`],
  );
}

const files: Record<Language, unknown> = { kk, ru, en };
const problems = Object.entries(files).flatMap(([lang, value]) => checkTranslations(`translations/${lang}.json`, value));
if (problems.length > 0) throw new Error(`The translation files do not match translations/en.json:\n${problems.join('\n')}`);

/** Every language's words, checked. */
export const translations = files as Record<Language, Translations>;

/** The text of key in lang. */
export function t(lang: Language, key: TranslationKey): string {
  return translations[lang][key];
}

/** The text of key in every language. */
export function textsOf(key: TranslationKey): Record<Language, string> {
  return Object.fromEntries(languages.map((lang) => [lang, t(lang, key)])) as Record<Language, string>;
}

/** The text of key in lang with its `{name}` placeholders filled in. */
export function tf(lang: Language, key: TranslationKey, values: Record<string, string | number>): string {
  return translations[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
