/**
 * The translation files: every language has exactly the English keys, no
 * text is empty, and each keeps the English text's placeholders, so a
 * message never loses a value in one language. A broken file is refused with
 * the file and key named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranslations, placeholders } from '../../src/lib/i18n/translations.ts';
import { msg, say } from '../../src/lib/i18n/messages.ts';

const file = (lang: string) => JSON.parse(readFileSync(`translations/${lang}.json`, 'utf8')) as Record<string, string>;

describe('translation files', () => {
  it.each(['kk', 'ru', 'en'])('translations/%s.json has every key of the English file, each with its placeholders', (lang) => {
    expect(checkTranslations(`translations/${lang}.json`, file(lang))).toEqual([]);
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
