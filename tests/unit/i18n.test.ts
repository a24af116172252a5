/** Interface texts filled in, and plurals and numbers the way each language writes them. */
import { describe, expect, it } from 'vitest';
import { tf } from '../../src/lib/i18n/translations.ts';
import { counted } from '../../src/lib/i18n/plural.ts';
import { kazakhGenitive } from '../../src/lib/i18n/kazakh-genitive.ts';
import { localBodyName } from '../../src/lib/i18n/labels.ts';
import { formatDateOn, formatMoney, formatNumber, formatPercent } from '../../src/lib/i18n/format.ts';
import { languages, statusIds } from '../../src/vocabularies.ts';
import { statusText } from '../../src/lib/i18n/labels.ts';

describe('interface texts', () => {
  it('fill placeholders', () => {
    expect(tf('en', 'list.showing', { from: 1, to: 50, total: 120 })).toBe('Issues 1–50 of 120');
  });

  it('explain every status in every language', () => {
    for (const id of statusIds) for (const lang of languages) expect(statusText(lang, 'meaning', id).length, `${id} ${lang}`).toBeGreaterThan(10);
  });
});

describe('numbers and plurals', () => {
  it('follow each language’s plural rules', () => {
    expect(counted('ru', 1, 'issues')).toBe('1 вопрос');
    expect(counted('ru', 3, 'issues')).toBe('3 вопроса');
    expect(counted('ru', 11, 'issues')).toBe('11 вопросов');
    expect(counted('ru', 21, 'days')).toBe('21 день');
    expect(counted('en', 1, 'meetings')).toBe('1 meeting');
    expect(counted('en', 2, 'meetings')).toBe('2 meetings');
    expect(counted('kk', 5, 'days')).toBe('5 күн');
  });

  it('separate thousands with a space in kk and ru, a comma in en', () => {
    expect(formatNumber(1234567, 'ru').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(1234567, 'kk').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatPercent(0.425, 'ru').replace(/\s/g, ' ')).toBe('42,5 %');
    expect(formatMoney(85_067_600_000, 'ru').replace(/\s/g, ' ')).toBe('85,1 млрд ₸');
  });
});

describe('dates in a sentence', () => {
  it('say the day something happened on, in Kazakh in the locative: «2026 жылғы 12 мамырда түзетілді»', () => {
    expect(formatDateOn('2026-05-12', 'kk')).toBe('2026 жылғы 12 мамырда');
    expect(formatDateOn('2026-09-03', 'kk')).toBe('2026 жылғы 3 қыркүйекте');
    expect(formatDateOn('2027-04-30', 'kk')).toBe('2027 жылғы 30 сәуірде');
    expect(formatDateOn('2026-07-01', 'kk')).toBe('2026 жылғы 1 шілдеде');
    expect(tf('kk', 'issue.correctedOn', { date: formatDateOn('2026-05-12', 'kk') })).toBe('2026 жылғы 12 мамырда түзетілді');
    expect(tf('ru', 'issue.correctedOn', { date: formatDateOn('2026-05-12', 'ru') })).toBe('Исправлено 12 мая 2026 г.');
    expect(tf('en', 'issue.correctedOn', { date: formatDateOn('2026-05-12', 'en') })).toBe('Corrected on 12 May 2026');
  });
});

describe('a local body named with its place', () => {
  it('puts a Kazakh name in the genitive by its last sound and vowel', () => {
    expect(kazakhGenitive('Жарма ауданы')).toBe('Жарма ауданының');
    expect(kazakhGenitive('Абай облысы')).toBe('Абай облысының');
    expect(kazakhGenitive('Семей қаласы')).toBe('Семей қаласының');
    expect(kazakhGenitive('Шымкент')).toBe('Шымкенттің');
    expect(kazakhGenitive('Астана')).toBe('Астананың');
    expect(kazakhGenitive('Ақсу')).toBe('Ақсудың');
  });

  it('reads as one name in each language, never the generic name and a colon', () => {
    expect(localBodyName('kk', 'district-akimat', 'Жарма ауданы')).toBe('Жарма ауданының әкімдігі');
    expect(localBodyName('ru', 'district-akimat', 'Жарминский район')).toBe('Акимат (Жарминский район)');
    expect(localBodyName('en', 'district-akimat', 'Zharma District')).toBe('Akimat of Zharma District');
    expect(localBodyName('kk', 'rural-akimat', 'Бидайық ауылдық округі')).toBe('Бидайық ауылдық округі әкімінің аппараты');
  });
});
