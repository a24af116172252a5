/**
 * Calendar days read the same on the static pages and in the search page's
 * results, in each language, whatever the reader's browser knows of Kazakh.
 */
import { describe, expect, it } from 'vitest';
import { writeDay } from '../../src/lib/i18n/dates.ts';
import { dayWords, formatDate, formatDateOn } from '../../src/lib/i18n/format.ts';

describe('a calendar day written out', () => {
  it('reads as Kazakh, Russian and English readers write it', () => {
    expect(writeDay('2026-03-25', dayWords('kk'))).toBe('2026 ж. 25 наурыз');
    expect(writeDay('2026-03-25', dayWords('ru'))).toBe('25 марта 2026 г.');
    expect(writeDay('2026-03-25', dayWords('en'))).toBe('25 March 2026');
    // No leading zero on the day.
    expect(writeDay('2025-12-09', dayWords('kk'))).toBe('2025 ж. 9 желтоқсан');
    expect(writeDay('2025-12-09', dayWords('ru'))).toBe('9 декабря 2025 г.');
    expect(writeDay('2025-12-09', dayWords('en'))).toBe('9 December 2025');
  });

  it('names every month in Kazakh, and in Russian in the genitive', () => {
    const days = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}-01`);
    expect(days.map((d) => writeDay(d, dayWords('kk')))).toEqual([
      '2026 ж. 1 қаңтар', '2026 ж. 1 ақпан', '2026 ж. 1 наурыз', '2026 ж. 1 сәуір', '2026 ж. 1 мамыр', '2026 ж. 1 маусым',
      '2026 ж. 1 шілде', '2026 ж. 1 тамыз', '2026 ж. 1 қыркүйек', '2026 ж. 1 қазан', '2026 ж. 1 қараша', '2026 ж. 1 желтоқсан',
    ]);
    expect(days.map((d) => writeDay(d, dayWords('ru')))).toEqual([
      '1 января 2026 г.', '1 февраля 2026 г.', '1 марта 2026 г.', '1 апреля 2026 г.', '1 мая 2026 г.', '1 июня 2026 г.',
      '1 июля 2026 г.', '1 августа 2026 г.', '1 сентября 2026 г.', '1 октября 2026 г.', '1 ноября 2026 г.', '1 декабря 2026 г.',
    ]);
  });

  it('is what the static pages show, the same as the full Unicode data (CLDR) writes each day of 2025–2027', () => {
    const locales = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' } as const;
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const cldr = new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(t));
        expect(writeDay(day, dayWords(lang)), `${day} ${lang}`).toBe(cldr);
        expect(formatDate(day, lang)).toBe(writeDay(day, dayWords(lang)));
      }
    }
  });

  it('says in a Kazakh sentence what happened on a day in the locative, and in Russian and English as the date stands', () => {
    expect(formatDateOn('2026-05-12', 'kk')).toBe('2026 жылғы 12 мамырда');
    expect(formatDateOn('2026-12-09', 'kk')).toBe('2026 жылғы 9 желтоқсанда');
    expect(formatDateOn('2026-05-12', 'ru')).toBe('12 мая 2026 г.');
    expect(formatDateOn('2026-05-12', 'en')).toBe('12 May 2026');
  });

  it('refuses what is not a calendar day, rather than write "Invalid Date"', () => {
    expect(() => writeDay('2026-13-01', dayWords('kk'))).toThrow('not a calendar day');
    expect(() => writeDay('2026-03-25T10:00:00Z', dayWords('ru'))).toThrow('not a calendar day');
  });
});
