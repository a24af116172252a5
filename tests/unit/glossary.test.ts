/**
 * One name per thing. Each concept below has one entry in the translation
 * files, and the words it was once also called (the Kazakh review of
 * 2026-11-30) appear nowhere a reader or an editor meets them: not in the
 * translation files (pages, press texts, feeds, messages), not in the open
 * data's descriptions (src/schemas, src/lib/exports), not on the about pages,
 * not in the editors' guide.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, type TranslationKey } from '../../src/lib/i18n/translations.ts';
import { languages, type Language } from '../../src/vocabularies.ts';

interface Term {
  concept: string;
  /** The entry that names it. */
  key: TranslationKey;
  /** Its name in each language, as the entry gives it. */
  named: Record<Language, string>;
  /** Other names it must not be given, by language. */
  avoid: Partial<Record<Language, string[]>>;
}

const glossary: Term[] = [
  {
    concept: 'a meeting held in person',
    key: 'format.in-person',
    named: { kk: 'Бетпе-бет', ru: 'Очно', en: 'In person' },
    avoid: { kk: ['Күндізгі', 'күндізгі'] },
  },
  {
    concept: 'an issue recorded, not yet examined',
    key: 'status.received',
    named: { kk: 'Тіркелді', ru: 'Поступило', en: 'Received' },
    avoid: { kk: ['«Қабылданды»', '"Қабылданды"'], ru: ['«Принято»', '"Принято"'] },
  },
  {
    concept: 'a meeting scheduled',
    key: 'meetingStatus.scheduled',
    named: { kk: 'Жоспарланды', ru: 'Запланирована', en: 'Scheduled' },
    avoid: { kk: ['«Жоспарланған»', '"Жоспарланған"'] },
  },
  {
    concept: 'a meeting postponed',
    key: 'meetingStatus.postponed',
    named: { kk: 'Кейінге қалдырылды', ru: 'Перенесена', en: 'Postponed' },
    avoid: { kk: ['шегеріл', 'Шегеріл', 'басқа уақытқа шегер'] },
  },
  {
    concept: 'the money maslikhats allocate to issues',
    key: 'fig.money',
    named: { kk: 'Мәслихаттар бөлген қаражат', ru: 'Средства, выделенные маслихатами', en: 'Money allocated by maslikhats' },
    avoid: { kk: ['бекіткен қаржы', 'шешкен қаражат', 'бөлген қаржы'], ru: ['одобренные маслихатами', 'утверждённые решениями маслихатов'], en: ['decided by maslikhats', 'Money decided'] },
  },
  {
    concept: 'the day the data is as of',
    key: 'asOf',
    named: { kk: 'Деректер берілген күн', ru: 'Данные на', en: 'Data as of' },
    avoid: { kk: ['Деректер күні', 'Деректер күн'] },
  },
  {
    concept: 'the time zone of the as-of day and the nightly build',
    key: 'footer.asOf',
    named: { kk: 'Деректер берілген күн', ru: 'Данные на', en: 'Data as of' },
    avoid: { kk: ['Алматы уақыт', 'Қазақстан уақыт'], ru: ['времени Алматы', 'казахстанскому времени'], en: ['Asia/Almaty time', 'Almaty time', 'Kazakhstan time'] },
  },
  {
    concept: 'a measure of the national action plan',
    key: 'issue.measure',
    named: { kk: 'Жоспар шарасы', ru: 'Мера плана', en: 'Action-plan measure' },
    avoid: { kk: ['жоспарының тармағы', 'іс-шарасы:'], ru: ['Мера плана мероприятий'] },
  },
  {
    concept: 'a meeting announced on time',
    key: 'fig.timely',
    named: { kk: 'Уақытында хабарланған кездесулер', ru: 'Встречи, объявленные вовремя', en: 'Meetings announced on time' },
    avoid: { kk: ['Уақытында жарияланған кездесулер', 'Уақтылы хабарлан'] },
  },
  {
    concept: 'the days between the first announcement and the meeting',
    key: 'fig.medianLead',
    named: { kk: 'Хабарландыру мен кездесу арасындағы күн медианасы', ru: 'Медиана дней между анонсом и встречей', en: 'Median announcement lead time' },
    avoid: { kk: ['Хабарландыру мерзімінің медианасы'], ru: ['Медиана срока анонса'] },
  },
];

/** Where readers and editors meet the site's words, each text with its language (undefined: any). */
function texts(): { where: string; lang: Language | undefined; text: string }[] {
  const found: { where: string; lang: Language | undefined; text: string }[] = [];
  for (const lang of languages) {
    for (const [key, text] of Object.entries(JSON.parse(readFileSync(`translations/${lang}.json`, 'utf8')) as Record<string, string>)) found.push({ where: `translations/${lang}.json ${key}`, lang, text });
    found.push({ where: `src/editorial/about.${lang}.mdx`, lang, text: readFileSync(`src/editorial/about.${lang}.mdx`, 'utf8') });
  }
  found.push({ where: 'docs/editing.md', lang: undefined, text: readFileSync('docs/editing.md', 'utf8') });
  for (const dir of ['src/schemas', 'src/lib/exports']) {
    for (const name of readdirSync(dir)) found.push({ where: join(dir, name), lang: undefined, text: readFileSync(join(dir, name), 'utf8') });
  }
  return found;
}

describe('the glossary: one name per thing', () => {
  it.each(glossary)('$concept has its one entry, $key, in every language', (term) => {
    for (const lang of languages) expect(t(lang, term.key), lang).toContain(term.named[lang]);
  });

  it('no reader or editor meets another name for a concept of the glossary', () => {
    const all = texts();
    const misnamed = glossary.flatMap((term) =>
      Object.entries(term.avoid).flatMap(([lang, words]) =>
        all.filter((x) => x.lang === undefined || x.lang === lang).flatMap((x) => words.filter((word) => x.text.includes(word)).map((word) => `${x.where}: «${word}» — call it «${term.named[lang as Language]}» (${term.key})`)),
      ),
    );
    expect(misnamed).toEqual([]);
  });
});
