/**
 * The Kazakh stemmer as search relies on it: every form of a word a reader
 * may type or a page may use reduces to the key of the bare word; words
 * whose ending only looks like an inflection are not cut; unrelated words
 * keep different keys; and a stemmed text keeps its words at their places.
 * The expected keys were worked out by hand from the endings each form has.
 */
import { describe, expect, it } from 'vitest';
import { stemKazakhQuery, stemKazakhText, stemKazakhWord } from '../../src/lib/search/kazakh-stem.ts';

/** [form, expected key]: each group is a word and its forms (case, possessive, plural and their chains). */
const forms: Record<string, [string, string][]> = {
  'жол (road): back vowels, voiced ending': [
    ['жол', 'жол'], ['жолдың', 'жол'], ['жолға', 'жол'], ['жолды', 'жол'], ['жолда', 'жол'], ['жолдан', 'жол'], ['жолмен', 'жол'],
    ['жолдар', 'жол'], ['жолдары', 'жол'], ['жолдардың', 'жол'], ['жолы', 'жол'], ['жолын', 'жол'], ['жолдарға', 'жол'],
  ],
  'үй (house): front vowels, a two-letter stem': [
    ['үй', 'үй'], ['үйдің', 'үй'], ['үйге', 'үй'], ['үйде', 'үй'], ['үйден', 'үй'], ['үйлер', 'үй'], ['үйлерге', 'үй'], ['үйі', 'үй'], ['үйінде', 'үй'],
  ],
  'қала (city): a vowel stem takes «-ның», «-ға», «-ны», «-сы»': [
    ['қала', 'қала'], ['қаланың', 'қала'], ['қалаға', 'қала'], ['қаланы', 'қала'], ['қалада', 'қала'], ['қаладағы', 'қала'],
    ['қаласы', 'қала'], ['қаласының', 'қала'], ['қаласына', 'қала'], ['қаласында', 'қала'], ['қаласын', 'қала'], ['қалалар', 'қала'],
  ],
  'көше, мәселе: front vowel stems': [
    ['көше', 'көше'], ['көшеге', 'көше'], ['көшесі', 'көше'], ['көшелері', 'көше'], ['көшелерге', 'көше'], ['көшедегі', 'көше'],
    ['мәселе', 'мәселе'], ['мәселені', 'мәселе'], ['мәселенің', 'мәселе'], ['мәселелер', 'мәселе'],
  ],
  'мектеп, жұмыс: voiceless endings after a voiceless consonant': [
    ['мектеп', 'мектеп'], ['мектепке', 'мектеп'], ['мектепте', 'мектеп'], ['мектептің', 'мектеп'], ['мектептер', 'мектеп'],
    ['жұмыс', 'жұмыс'], ['жұмыстар', 'жұмыс'], ['жұмысқа', 'жұмыс'], ['жұмыстың', 'жұмыс'], ['жұмысын', 'жұмыс'], ['жұмыспен', 'жұмыс'],
  ],
  'a voiceless consonant turns voiced before a vowel: мектеп → мектебі, көмек → көмегі, көлік → көлігі': [
    ['мектебі', 'мектеп'], ['мектебінде', 'мектеп'], ['көмек', 'көмек'], ['көмегі', 'көмек'], ['көлік', 'көлік'], ['көлігімен', 'көлік'],
    ['есеп', 'есеп'], ['есебі', 'есеп'], ['есебінен', 'есеп'], ['орталық', 'орталық'], ['орталығына', 'орталық'], ['орталығында', 'орталық'],
  ],
  'a vowel drops before a vowel: орын → орны, халық → халқы, ауыз → аузы': [
    ['орын', 'орын'], ['орны', 'орын'], ['орнына', 'орын'], ['орындар', 'орын'], ['халық', 'халық'], ['халқы', 'халық'], ['халқына', 'халық'], ['аузы', 'ауыз'],
  ],
  'аудан, облыс, тұрғын: stems whose last sound the rules would take for an ending': [
    ['аудан', 'аудан'], ['ауданы', 'аудан'], ['ауданының', 'аудан'], ['ауданда', 'аудан'], ['аудандағы', 'аудан'], ['аудандар', 'аудан'],
    ['облыс', 'облыс'], ['облысы', 'облыс'], ['облысының', 'облыс'], ['облыста', 'облыс'],
    ['тұрғын', 'тұрғын'], ['тұрғындар', 'тұрғын'], ['тұрғындары', 'тұрғын'], ['тұрғындардың', 'тұрғын'], ['тұрғындарға', 'тұрғын'], ['тұрғындармен', 'тұрғын'],
    ['мекен', 'мекен'], ['мекені', 'мекен'], ['мекенінде', 'мекен'], ['мекеніндегі', 'мекен'],
  ],
  'the 1st person plural of residents speaking': [
    ['ауылымыз', 'ауыл'], ['ауылымызда', 'ауыл'], ['көшеміз', 'көше'],
  ],
  'loanwords take Kazakh endings': [
    ['интернет', 'интернет'], ['интернетке', 'интернет'], ['интернеті', 'интернет'], ['интернеттің', 'интернет'],
    ['газ', 'газ'], ['газға', 'газ'], ['газды', 'газ'], ['газдың', 'газ'], ['газы', 'газ'],
    ['автобус', 'автобус'], ['автобусы', 'автобус'], ['автобустар', 'автобус'], ['пункт', 'пункт'], ['пунктінің', 'пункт'], ['пункттер', 'пункт'],
    ['техника', 'техника'], ['техниканы', 'техника'], ['станция', 'станция'], ['станцияны', 'станция'], ['станциясы', 'станция'],
  ],
  'verbal nouns in «-у» keep it and lose their case': [
    ['газдандыру', 'газдандыру'], ['газдандыруды', 'газдандыру'], ['газдандыруға', 'газдандыру'], ['жөндеу', 'жөндеу'], ['жөндеуге', 'жөндеу'],
  ],
  'су (water): «у» ends a stem like a consonant': [
    ['су', 'су'], ['суды', 'су'], ['судың', 'су'], ['суға', 'су'], ['суы', 'су'], ['сумен', 'су'],
  ],
  'place names': [
    ['Жарма', 'жарма'], ['Жарманың', 'жарма'], ['Жармада', 'жарма'], ['Жармаға', 'жарма'],
    ['Алматы', 'алмат'], ['Алматыда', 'алмат'], ['Алматының', 'алмат'],
    ['Астана', 'астана'], ['Астанада', 'астана'], ['Астанаға', 'астана'], ['Шымкент', 'шымкент'], ['Шымкентте', 'шымкент'],
    ['Ақтөбе', 'ақтөбе'], ['Ақтөбеде', 'ақтөбе'], ['Атырау', 'атырау'], ['Атырауда', 'атырау'], ['Байқоңыр', 'байқоңыр'], ['Байқоңырда', 'байқоңыр'],
    ['Есіл', 'есіл'], ['Есілге', 'есіл'],
  ],
};

/** Words whose ending only looks like an inflection: kept whole. */
const uncut = ['жеке', 'орта', 'кесте', 'басқа', 'желі', 'үйінді', 'ақы', 'үшін', 'кейін', 'дейін', 'және', 'немесе', 'ғана', 'отын', 'шағын', 'жоспар', 'техника', 'Астана', 'Сарыарқа', 'салдар'];

/** Words that must keep different keys: one is not a form of the other. */
const apart: [string, string][] = [
  ['отын', 'от'], // fuel, fire
  ['басқа', 'бас'], // other, head
  ['желі', 'жел'], // network, wind
  ['үйінді', 'үй'], // dump, house
  ['ақы', 'ақ'], // fee, white
  ['салдар', 'сал'], // consequence, raft
  ['кесте', 'кес'], // schedule, cut
  ['орта', 'ор'], // middle, ditch
  ['үшін', 'үш'], // for, three
  ['газет', 'газ'], // newspaper, gas
  ['жарма', 'жар'], // Zharma, cliff
  ['кеше', 'кеш'], // yesterday, evening
  ['жеке', 'жек'], // individual, the root of «жек көру» (to hate)
  ['қала', 'қал'], // city, stay
  ['аудан', 'ауда'],
  ['тұрғын', 'тұр'], // resident, stand
  ['мекен', 'мекеме'], // place, institution
  ['жол', 'жолаушы'], // road, passenger
];

describe('the Kazakh stemmer', () => {
  const all = Object.values(forms).flat();
  it('has at least 100 forms with their keys worked out by hand', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
  });

  for (const [group, pairs] of Object.entries(forms)) {
    it(`reduces each form to the key of the bare word: ${group}`, () => {
      for (const [form, key] of pairs) expect(stemKazakhWord(form), form).toBe(key);
    });
  }

  it('does not cut words whose ending only looks like an inflection', () => {
    for (const word of uncut) expect(stemKazakhWord(word), word).toBe(word.toLowerCase());
  });

  it('keeps unrelated words apart', () => {
    for (const [a, b] of apart) expect(stemKazakhWord(a), `${a} / ${b}`).not.toBe(stemKazakhWord(b));
  });

  it('keeps the forms of unrelated words apart too', () => {
    expect(stemKazakhWord('отынға')).not.toBe(stemKazakhWord('отқа'));
    expect(stemKazakhWord('желісі')).not.toBe(stemKazakhWord('желде'));
    expect(stemKazakhWord('басқаларға')).not.toBe(stemKazakhWord('басына'));
  });

  it('gives the same key whatever the case of the letters', () => {
    expect(stemKazakhWord('ЖАРМАНЫҢ')).toBe('жарма');
    expect(stemKazakhWord('Ауданының')).toBe('аудан');
  });
});

describe('a stemmed text', () => {
  it('has each Cyrillic word replaced by its key and everything else as it was', () => {
    expect(stemKazakhText('Жарма ауданының тұрғындары газдандыруды сұрайды (i-10-00001, 2026).')).toBe(
      'жарма аудан тұрғын газдандыру сұрай (i-10-00001, 2026).',
    );
    expect(stemKazakhText('ата-аналар Wi-Fi')).toBe('ата-ана Wi-Fi');
  });

  it('keeps its words at the same places, so the index points at the words of the original', () => {
    const text = 'Кешкі уақытта Төле би көшесі қараңғы, шамдар бірнеше ай бұрын істен шыққан.\nТұрғындар жарықтандыруды сұрайды.';
    const words = (s: string) => s.split(/[^\S\uFEFF]+/).filter(Boolean);
    expect(words(stemKazakhText(text))).toHaveLength(words(text).length);
  });
});

describe('a stemmed query', () => {
  it('is what the reader typed with each Kazakh word replaced by its key, quotes and spaces kept', () => {
    expect(stemKazakhQuery('  Жарманың  жолдары ')).toBe('жарма жол');
    expect(stemKazakhQuery('"ауыз суы"')).toBe('"ауыз су"');
  });
});
