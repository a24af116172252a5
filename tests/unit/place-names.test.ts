/** Naming akims and places in Kazakh without Russian words inside Kazakh sentences, and telling Russian words in a Kazakh text. */
import { describe, expect, it } from 'vitest';
import { holderParts, holderPlain, settlementField, withGeographyNames, type HolderSource } from '../../src/lib/geo/names.ts';
import { russianWordsIn } from '../../src/lib/i18n/russian-words.ts';
import type { Settlement } from '../../src/schemas/settlement.ts';

const region = { kk: 'Абай облысы', ru: 'область Абай', en: 'Abay Region' };
const district = { kk: 'Аягөз ауданы', ru: 'Аягозский район', en: 'Ayagoz District' };
const okrugAkim = (name: { kk?: string; ru: string }): HolderSource => ({
  level: 'rural-okrug',
  office: { ru: 'Аким Бидайыкского сельского округа' },
  settlement: { name, kind: 'rural-okrug' },
  district,
  region,
});

describe('an akim of a rural okrug, named in Kazakh', () => {
  it('takes the okrug’s Kazakh name in the genitive: «Бидайық ауылдық округінің әкімі»', () => {
    expect(holderPlain(okrugAkim({ kk: 'Бидайық ауылдық округі', ru: 'Бидайыкский сельский округ' }), 'kk')).toBe('Бидайық ауылдық округінің әкімі');
  });

  it('without a Kazakh name, is named by the office and district in Kazakh in plain text, and on a page has the Russian name apart, marked Russian', () => {
    const holder = okrugAkim({ ru: 'Бидайыкский сельский округ' });
    expect(holderPlain(holder, 'kk')).toBe('Ауылдық округ әкімі (Аягөз ауданы)');
    expect(holderParts(holder, 'kk')).toEqual([
      { text: 'Ауылдық округ әкімі (Аягөз ауданы)', lang: 'kk' },
      { text: ': ', lang: 'kk' },
      { text: 'Бидайыкский сельский округ', lang: 'ru' },
    ]);
  });

  it('keeps the office as written in the language it is written in', () => {
    const holder = okrugAkim({ ru: 'Бидайыкский сельский округ' });
    expect(holderPlain(holder, 'ru')).toBe('Аким Бидайыкского сельского округа');
    expect(holderParts(holder, 'ru')).toEqual([{ text: 'Аким Бидайыкского сельского округа', lang: 'ru' }]);
    expect(holderPlain({ ...holder, office: { kk: 'Бидайық ауылдық округінің әкімі', ru: 'Аким Бидайыкского сельского округа' } }, 'kk')).toBe('Бидайық ауылдық округінің әкімі');
  });

  it('names a village or town akim by its own kind', () => {
    expect(holderPlain({ ...okrugAkim({ ru: 'село Кокпекты' }), settlement: { name: { ru: 'село Кокпекты' }, kind: 'village' } }, 'kk')).toBe('Ауыл әкімі (Аягөз ауданы)');
    expect(holderPlain({ ...okrugAkim({ ru: 'город Аягоз' }), settlement: { name: { ru: 'город Аягоз', kk: 'Аягөз қаласы' }, kind: 'town' } }, 'kk')).toBe('Аягөз қаласының әкімі');
  });
});

describe('a settlement as a field of a Kazakh page', () => {
  it('is its Kazakh name, or its kind in Kazakh with the Russian name marked Russian', () => {
    expect(settlementField({ kk: 'Бидайық ауылдық округі', ru: 'Бидайыкский сельский округ' }, 'rural-okrug', 'kk')).toEqual([{ text: 'Бидайық ауылдық округі', lang: 'kk' }]);
    expect(settlementField({ ru: 'Бидайыкский сельский округ' }, 'rural-okrug', 'kk')).toEqual([
      { text: 'Ауылдық округ: ', lang: 'kk' },
      { text: 'Бидайыкский сельский округ', lang: 'ru' },
    ]);
  });

  it('takes the Kazakh name the geography has, keeping the names the meeting or issue wrote', () => {
    const geo = new Map<string, Settlement>([['103653000', { kato: '103653000', district: 'ayagoz-district', kind: 'rural-okrug', name: { kk: 'Бидайық ауылдық округі', ru: 'Бидайыкский сельский округ' } }]]);
    expect(withGeographyNames({ kato: '103653000', name: { ru: 'Бидайыкский с.о.' } }, geo)).toEqual({ kato: '103653000', name: { kk: 'Бидайық ауылдық округі', ru: 'Бидайыкский с.о.' } });
    const unknown = { name: { ru: 'Бидайыкский сельский округ' } };
    expect(withGeographyNames(unknown, geo)).toBe(unknown);
  });
});

describe('Russian words in a Kazakh text', () => {
  const words = (text: string) => russianWordsIn(text).map((w) => w.word);

  it('finds the Russian name and title dropped into a Kazakh sentence', () => {
    expect(words('Аким Бидайыкского сельского округа тұрғындармен кездесуді кейінге қалдырды.')).toEqual(['Аким', 'Бидайыкского', 'сельского', 'округа']);
    expect(words('Калбатауский сельский округ елді мекенінен')).toEqual(['Калбатауский', 'сельский', 'округ']);
    expect(words('Тайыншинский район, город Тайынша')).toEqual(['Тайыншинский', 'район', 'город']);
  });

  it('lets Kazakh geography words and names be, «округ» too after «ауылдық»', () => {
    expect(words('Бидайық ауылдық округінің әкімі тұрғындармен кездесу өткізеді.')).toEqual([]);
    expect(words('Ауылдық округ әкімі (Аягөз ауданы), Абай облысы, Семей қаласы')).toEqual([]);
    expect(words('Ауылдық округ: Бидайыкский сельский округ')).toEqual(['Бидайыкский', 'сельский', 'округ']);
  });
});
