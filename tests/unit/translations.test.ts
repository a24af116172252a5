/**
 * The translation files: every language has exactly the English keys, no
 * text is empty, and each keeps the English text's placeholders, so a
 * message never loses a value in one language. A broken file is refused with
 * the file and key named. Every value of every vocabulary has its label
 * there, and no label is written anywhere else in the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLanguageList, checkTranslations, placeholders, repeatedKeys, translations } from '../../src/lib/i18n/translations.ts';
import { pickText } from '../../src/lib/i18n/text.ts';
import { msg, say } from '../../src/lib/i18n/messages.ts';
import { languageList, languages, vocabularies } from '../../src/vocabularies.ts';

const file = (lang: string) => JSON.parse(readFileSync(`translations/${lang}.json`, 'utf8')) as Record<string, string>;

describe('translation files', () => {
  it.each(languages)('translations/%s.json has every key of the English file, each with its placeholders', (lang) => {
    expect(checkTranslations(`translations/${lang}.json`, file(lang))).toEqual([]);
  });

  it('refuses a key given twice, which JSON would keep silently once', () => {
    expect(repeatedKeys('translations/ru.json', '{\n  "list.or": " или ",\n  "list.quoted": "«{text}»",\n  "list.or": "{list} или {last}"\n}\n')).toEqual([
      'translations/ru.json: line 4: list.or is given again (first on line 2) — keep one of the two',
    ]);
    for (const lang of languages) expect(repeatedKeys(`translations/${lang}.json`, readFileSync(`translations/${lang}.json`, 'utf8'))).toEqual([]);
  });

  it('refuses a missing key, an extra key, an empty text and a lost placeholder, naming each', () => {
    const broken = { ...file('ru') };
    delete broken['problem.unknownField'];
    broken['problem.extra'] = 'лишнее';
    broken['problem.correct'] = '';
    broken['problem.missing'] = 'не заполнено';
    expect(checkTranslations('translations/ru.json', broken).sort()).toEqual(
      [
        'translations/ru.json: problem.extra: is not a key of translations/en.json — remove it, or add it to every language',
        'translations/ru.json: problem.unknownField: is missing — add it, translated from translations/en.json',
        'translations/ru.json: problem.correct: is empty — write the text',
        'translations/ru.json: problem.missing: must use the placeholders of the English text: {hint}',
      ].sort(),
    );
  });

  it('have one file per language of the site, and no other', () => {
    expect(readdirSync('translations').sort()).toEqual(languages.map((lang) => `${lang}.json`).sort());
  });

  it('finds placeholders once each', () => {
    expect(placeholders('{file}: {row}, {file}')).toEqual(['file', 'row']);
  });
});

describe('a message in the editor’s language', () => {
  it('fills its values, labels in the same language and nested messages', () => {
    const inner = msg('problem.unknownField');
    const m = msg('problem.row', { file: 'in.csv', row: 3, column: { kk: 'Күні', ru: 'Дата', en: 'Date' }, message: inner });
    expect(say(m, 'ru')).toBe('in.csv: строка 3, столбец «Дата»: такого поля нет — удалите его или исправьте написание');
    expect(say(m, 'kk')).toBe('in.csv: 3-жол, «Күні» бағаны: мұндай өріс жоқ — оны өшіріңіз немесе жазылуын түзетіңіз');
    expect(say(m, 'en')).toBe('in.csv: row 3, column Date: is not a known field — remove it or correct its spelling');
  });
});

/** The keys of the vocabularies' labels that a language file lacks. */
function missingLabels(file: Record<string, string>): string[] {
  return Object.entries(vocabularies).flatMap(([family, ids]) => ids.map((id) => `${family}.${id}`).filter((key) => !(key in file)));
}

describe('the list of languages', () => {
  it('and the translation files agree: one file for each line, one line for each file', () => {
    expect(checkLanguageList(languageList, readdirSync('translations'))).toEqual([]);
    expect(readdirSync('translations').filter((f) => f.endsWith('.json')).sort()).toEqual(languages.map((l) => `${l}.json`).sort());
    expect(Object.keys(translations).sort()).toEqual([...languages].sort());
  });

  it('refuses a file without a line, a line without a file and a fallback to a language not listed, saying what to do', () => {
    const list = [...languageList, { code: 'kk-Latn', fallback: ['kk', 'xx'], dir: 'ltr' as const }];
    expect(checkLanguageList(list, ['kk.json', 'ru.json', 'en.json', 'uz.json', 'README.md'])).toEqual([
      'translations/uz.json: "uz" is not in the list of languages (languageList, src/vocabularies.ts) — add its line there, or remove the file',
      'src/vocabularies.ts: languageList: "kk-Latn" has no translations/kk-Latn.json — add the file, translated from translations/en.json, or remove the line',
      'src/vocabularies.ts: languageList: "kk-Latn" falls back to "xx", which is not in the list — name other listed languages',
    ]);
  });

  it('gives the order a text missing in a language is shown in: Kazakh pages fall back to Russian, then English', () => {
    expect(pickText({ en: 'Water', ru: 'Вода' }, 'kk')).toEqual({ text: 'Вода', lang: 'ru' });
    expect(pickText({ en: 'Water', kk: 'Су' }, 'ru')).toEqual({ text: 'Су', lang: 'kk' });
    expect(pickText({ kk: 'Су', ru: 'Вода' }, 'en')).toEqual({ text: 'Вода', lang: 'ru' });
    expect(pickText({ kk: 'Су' }, 'en')).toEqual({ text: 'Су', lang: 'kk' });
  });
});

describe('labels of the vocabularies', () => {
  it.each(languages)('every value of every vocabulary has its label in translations/%s.json', (lang) => {
    expect(missingLabels(translations[lang])).toEqual([]);
  });

  it('a value added to a vocabulary without its label is found', () => {
    const file = { ...translations.kk } as Record<string, string>;
    delete file['status.received'];
    delete file['format.hybrid'];
    expect(missingLabels(file)).toEqual(['status.received', 'format.hybrid']);
  });
});

/**
 * A label is a text in the site's languages that names something: a value
 * of a vocabulary (a status, a category, a body, a format…) or a piece of the
 * interface; a description says what a field of the data dictionary holds.
 * In code either would be an object of kk, ru and en texts. Both live in
 * translations/{lang}.json only: a description is a key beside the field it
 * describes, `meaning('field.…')` in src/schemas/ (a content field, also
 * published in the JSON Schemas) and `describes('dataset.…')` in
 * src/lib/exports/ (a column, dataset or envelope field of the open data).
 * Content (demo data, geography) is not code's words: the demo generator and
 * the geography converter in scripts/ are not read.
 */
const text = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\`[^\`$]*\`)`;
/** A text as above, or a template with values put in (`${what.kk}, …`). */
const textWithValues = String.raw`(?:${text}|\`(?:[^\`\\$]|\\.|\$\{[^{}\`]*\})*\`)`;
const objectOf = (texts: string) => {
  const entry = String.raw`(?:kk|ru|en)\s*:\s*${texts}`;
  return new RegExp(String.raw`\{\s*${entry}\s*(?:,\s*${entry}\s*){1,2},?\s*\}`, 'g');
};
const labelObject = objectOf(text);
/** The data dictionary's descriptions are made in src/schemas/ and src/lib/exports/: there, no text per language is written at all, not even one made with values. */
const descriptionObject = objectOf(textWithValues);
const descriptionFolders = ['src/schemas', 'src/lib/exports'];
const contentGenerators = /^scripts\/(?:demo\/|geo-from-reference\.ts|bench\.ts)/;

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(?:ts|astro|mjs|mdx)$/.test(name) && !contentGenerators.test(path)) yield path;
  }
}

/** Every label object in a source text, with its line. */
function labelsWrittenIn(file: string, source: string, shape = labelObject): string[] {
  return [...source.matchAll(shape)].map((m) => `${file}:${source.slice(0, m.index).split('\n').length}: ${m[0].replace(/\s+/g, ' ').slice(0, 80)}`);
}

describe('no label outside the translation files', () => {
  it('src/ and scripts/ write no object of kk, ru and en texts, field descriptions included', () => {
    const found = ['src', 'scripts'].flatMap((root) => [...sourceFiles(root)].flatMap((file) => labelsWrittenIn(file, readFileSync(file, 'utf8'))));
    expect(found).toEqual([]);
  });

  it('the data dictionary writes no description per language, not even one made with values: it is a key of the translation files', () => {
    const found = descriptionFolders.flatMap((root) => [...sourceFiles(root)].flatMap((file) => labelsWrittenIn(file, readFileSync(file, 'utf8'), descriptionObject)));
    expect(found).toEqual([]);
  });

  it('every description of the translation files is read by a field or column: none is left behind', () => {
    const read = new Set(descriptionFolders.flatMap((root) => [...sourceFiles(root)].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(?:meaning|describes)\('([^']+)'/g)].map((m) => m[1]!))));
    expect(Object.keys(translations.en).filter((key) => /^(?:field|dataset)\./.test(key) && !read.has(key))).toEqual([]);
  });

  it('finds a description made with values', () => {
    const source = "const asCorrected = (what: Meaning): Meaning => ({ kk: `${what.kk}, түзетулерімен`, ru: `${what.ru}, с исправлениями`, en: `${what.en}, with its corrections` });";
    expect(labelsWrittenIn('src/lib/exports/x.ts', source, descriptionObject)).toEqual(['src/lib/exports/x.ts:1: { kk: `${what.kk}, түзетулерімен`, ru: `${what.ru}, с исправлениями`, en: `${wha']);
    expect(labelsWrittenIn('src/lib/exports/x.ts', source)).toEqual([]);
  });

  it('finds a label object for a vocabulary value or a field description, written on one line or several', () => {
    const source = [
      "const formatLabels = { hybrid: { kk: 'Аралас', ru: 'Смешанный', en: 'Hybrid' } };",
      'const or = {',
      "  ru: ' или ',",
      "  kk: ' немесе ',",
      '};',
      "const field = IsoDate.meta(meaning({ kk: 'Өзгерістің күні', ru: 'Дата изменения', en: 'Date of the change' }));",
      "const column = { description: describes({ kk: 'Жазбаның түрі', ru: 'Вид записи', en: 'Kind of entry' }) };",
    ].join('\n');
    expect(labelsWrittenIn('src/x.ts', source)).toEqual([
      "src/x.ts:1: { kk: 'Аралас', ru: 'Смешанный', en: 'Hybrid' }",
      "src/x.ts:2: { ru: ' или ', kk: ' немесе ', }",
      "src/x.ts:6: { kk: 'Өзгерістің күні', ru: 'Дата изменения', en: 'Date of the change' }",
      "src/x.ts:7: { kk: 'Жазбаның түрі', ru: 'Вид записи', en: 'Kind of entry' }",
    ]);
  });
});
