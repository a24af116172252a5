/**
 * The site's words in one file per language, `translations/{lang}.json`:
 * the interface, the labels of every vocabulary, the messages for data
 * editors and the data dictionary's descriptions (`field.…`, `dataset.…`), as
 * flat dotted keys, English the reference. The files are read
 * from the list of languages (`languageList` in src/vocabularies.ts), and
 * each is checked against one schema made from the English keys when this
 * module loads, so a missing or extra key, an empty text, a `{placeholder}`
 * that the English text does not have, or a file that is not in the list (or
 * a line of the list without its file) stops the build and every command with
 * the file and key named. Adding a language is one file here and one line in
 * `languageList`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { languageList, languages, type Language } from '../../vocabularies.ts';
import type en from '../../../translations/en.json';

/** The translation files' folder, as messages name it. */
const folder = 'translations';

/**
 * Where the translation files are read from: `translations/` of the
 * repository this module is in, so a command run from any folder finds them;
 * in the site's build, whose bundle of this module lives elsewhere, the one
 * in the folder Astro runs in. Read from disk rather than imported, so that
 * the list of languages, not a line of imports, says which files there are.
 */
function translationsFolder(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', folder);
  return existsSync(join(beside, 'en.json')) ? beside : resolve(folder);
}
const translationsDir = translationsFolder();

/**
 * What is wrong between the list of languages and the translation files, one
 * line each: a file with no line in the list, a line with no file, a fallback
 * that is not a listed language; empty when they agree.
 */
export function checkLanguageList(list: readonly { code: string; fallback: readonly string[] }[], fileNames: readonly string[]): string[] {
  const codes = new Set(list.map((line) => line.code));
  const files = new Set(fileNames.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)));
  return [
    ...[...files].filter((code) => !codes.has(code)).map((code) => `${folder}/${code}.json: "${code}" is not in the list of languages (languageList, src/vocabularies.ts) — add its line there, or remove the file`),
    ...[...codes].filter((code) => !files.has(code)).map((code) => `src/vocabularies.ts: languageList: "${code}" has no ${folder}/${code}.json — add the file, translated from ${folder}/en.json, or remove the line`),
    ...list.flatMap((line) =>
      line.fallback.filter((code) => !codes.has(code) || code === line.code).map((code) => `src/vocabularies.ts: languageList: "${line.code}" falls back to "${code}", ${code === line.code ? 'itself' : 'which is not in the list'} — name other listed languages`),
    ),
  ];
}

const listProblems = checkLanguageList(languageList, readdirSync(translationsDir));
if (listProblems.length > 0) throw new Error(`The list of languages and the translation files do not agree:\n${listProblems.join('\n')}`);

/** Each listed language's file as it is written, checked below. */
const texts = Object.fromEntries(languages.map((lang) => [lang, readFileSync(join(translationsDir, `${lang}.json`), 'utf8')])) as Record<Language, string>;
const files = Object.fromEntries(languages.map((lang) => [lang, JSON.parse(texts[lang]) as unknown])) as Record<Language, unknown>;

/**
 * Keys a translation file gives twice, one line each: JSON keeps the last
 * silently, so an earlier text would be lost without a word.
 */
export function repeatedKeys(file: string, text: string): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    const key = /^\s*"((?:[^"\\]|\\.)*)"\s*:/.exec(line)?.[1];
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i + 1);
    else problems.push(`${file}: line ${i + 1}: ${key} is given again (first on line ${first}) — keep one of the two`);
  });
  return problems;
}

const repeated = languages.flatMap((lang) => repeatedKeys(`${folder}/${lang}.json`, texts[lang]));
if (repeated.length > 0) throw new Error(`A translation file gives a key twice:\n${repeated.join('\n')}`);

export type TranslationKey = keyof typeof en;
export type Translations = Record<TranslationKey, string>;

/** The `{name}` placeholders of a text, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** The schema every language file must meet: exactly the English keys, each a non-empty text with the English text's placeholders. */
export const TranslationFile = z.strictObject(
  Object.fromEntries(
    Object.entries(files.en as Translations).map(([key, reference]) => [
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

const problems = Object.entries(files).flatMap(([lang, value]) => checkTranslations(`${folder}/${lang}.json`, value));
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
