/**
 * Regions as editors type them in spreadsheets (src/lib/import/places.ts),
 * against the project's own list of the 20 regions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchRegion } from '../../src/lib/import/places.ts';
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
});
