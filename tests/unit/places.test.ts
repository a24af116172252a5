/**
 * Regions as editors type them in spreadsheets (src/lib/import/places.ts),
 * against the project's own list of the 20 regions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages.ts';
import { matchRegion, placeKey } from '../../src/lib/import/places.ts';
import type { Region } from '../../src/schemas/region.ts';

const regions = JSON.parse(readFileSync('content/geo/regions.json', 'utf8')) as Region[];
const slug = (value: string) => {
  const match = matchRegion(value, regions);
  return 'region' in match ? match.region.slug : match.problem;
};

describe('a region written in a spreadsheet', () => {
  it.each([
    ['Алматы', 'almaty', 'the city is what «Алматы» alone means'],
    ['г. Алматы', 'almaty', 'abbreviated "город"'],
    ['г.Алматы', 'almaty', 'no space after the dot'],
    ['Алматы қ.', 'almaty', 'Kazakh abbreviation of «қаласы»'],
    ['Алматы қаласы', 'almaty', 'full Kazakh name of the city'],
    ['Алматинская область', 'almaty-region', 'the region, in Russian'],
    ['Алматинская обл.', 'almaty-region', 'abbreviated "область"'],
    ['Алматы облысы', 'almaty-region', 'the region, in Kazakh'],
    ['Алматы обл', 'almaty-region', 'Kazakh name with the Russian abbreviation'],
    ['almaty region', 'almaty-region', 'English'],
    ['Туркестанская', 'turkestan', 'short Russian name'],
    ['  туркестанская   ОБЛАСТЬ ', 'turkestan', 'case and spaces'],
    ['Шымкент', 'shymkent', 'a city of republican significance'],
    ['Абай', 'abay', 'short name'],
    ['abay', 'abay', 'the slug itself'],
  ])('reads %j as %s (%s)', (value, expected) => {
    expect(slug(value)).toBe(expected);
  });

  it('refuses a name with Latin look-alike letters and says how to retype it', () => {
    expect(slug('Tуркестанская')).toBe('"Tуркестанская" has Latin T inside a Cyrillic word — retype it as Туркестанская');
    expect(slug('Aлматинcкая обл.')).toBe('"Aлматинcкая обл." has Latin A, c inside a Cyrillic word — retype it as Алматинская обл.');
  });

  it('refuses what is not a region, with examples', () => {
    expect(slug('Атырау-2')).toMatch(/^"Атырау-2" is not a region — write its name as on the site, e\.g\. /);
  });

  /** What the editor reads about a value, in Kazakh and in Russian. */
  const told = (value: string) => {
    const match = matchRegion(value, regions);
    return 'says' in match ? { kk: say(match.says, 'kk'), ru: say(match.says, 'ru') } : match.region.slug;
  };

  it('says in Kazakh and Russian which Latin letters to retype, keeping an abbreviation and the city apart from the region', () => {
    expect(told('Tуркестанская')).toEqual({
      kk: '«Tуркестанская»: сөзде латынның T әрпі бар — кириллицамен қайта теріңіз: Туркестанская',
      ru: '«Tуркестанская»: в слове есть латинская T — наберите заново кириллицей: Туркестанская',
    });
    expect(told('Aлматинcкая обл.')).toEqual({
      kk: '«Aлматинcкая обл.»: сөзде латынның A, c әріптері бар — кириллицамен қайта теріңіз: Алматинская обл.',
      ru: '«Aлматинcкая обл.»: в слове есть латинские A, c — наберите заново кириллицей: Алматинская обл.',
    });
    // Retyped as suggested, «Алматы қ.» is the city and «Алматы облысы» the region.
    expect(told('Aлматы қ.')).toEqual({
      kk: '«Aлматы қ.»: сөзде латынның A әрпі бар — кириллицамен қайта теріңіз: Алматы қ.',
      ru: '«Aлматы қ.»: в слове есть латинская A — наберите заново кириллицей: Алматы қ.',
    });
    expect(told('Алматы қ.')).toBe('almaty');
    expect(told('Aлматы облысы')).toEqual({
      kk: '«Aлматы облысы»: сөзде латынның A әрпі бар — кириллицамен қайта теріңіз: Алматы облысы',
      ru: '«Aлматы облысы»: в слове есть латинская A — наберите заново кириллицей: Алматы облысы',
    });
    expect(told('Алматы облысы')).toBe('almaty-region');
    expect(told('Алматы р-н')).toMatchObject({ kk: expect.stringMatching(/^«Алматы р-н» — облыс та, қала да емес — атауын сайттағыдай жазыңыз, мысалы: /) });
  });

  it('refuses what is not a region in Kazakh and Russian, with examples in each language', () => {
    const [a, b, c] = regions;
    expect(told('Атырау-2')).toEqual({
      kk: `«Атырау-2» — облыс та, қала да емес — атауын сайттағыдай жазыңыз, мысалы: ${a?.shortName.kk}, ${b?.shortName.kk}, ${c?.shortName.kk}`,
      ru: `«Атырау-2» — не область и не город — напишите название, как на сайте, например: ${a?.shortName.ru}, ${b?.shortName.ru}, ${c?.shortName.ru}`,
    });
  });
});

describe('a district written with the usual abbreviations', () => {
  it.each([
    ['Абай ауданы', 'Абай ауд.', 'Kazakh abbreviation of «ауданы»'],
    ['Абай ауданы', 'Абай аудан', 'Kazakh word without its possessive ending'],
    ['Абайский район', 'Абайский р-н', 'Russian abbreviation of «район»'],
  ])('reads %j and %j as the same name (%s)', (full, short) => {
    expect(placeKey(short)).toBe(placeKey(full));
  });
});
