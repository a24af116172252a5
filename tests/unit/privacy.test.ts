import { describe, it, expect } from 'vitest';
import { findPersonalData, isValidIin, maskPersonalData, normalizePhone, personalDataMessage, personalDataSays } from '../../src/lib/privacy/personal-data.ts';
import { say } from '../../src/lib/i18n/messages.ts';
import { personalDataKinds } from '../../src/vocabularies.ts';

/*
 * Valid IINs used below, computed by hand with the published algorithm
 * (weights 1..11 on the first 11 digits, sum mod 11; if that is 10, weights
 * 3,4,5,6,7,8,9,10,11,1,2, sum mod 11; if 10 again the IIN is invalid).
 *
 * 900101300126 — born 1990-01-01, 7th digit 3 (male, 1900s), serial 0012:
 *   9*1 + 0*2 + 0*3 + 1*4 + 0*5 + 1*6 + 3*7 + 0*8 + 0*9 + 1*10 + 2*11
 *   = 9 + 4 + 6 + 21 + 10 + 22 = 72;  72 mod 11 = 6  → check digit 6.
 *
 * 850808310738 — born 1985-08-08, 7th digit 3, serial 1073 (second pass):
 *   8*1 + 5*2 + 0*3 + 8*4 + 0*5 + 8*6 + 3*7 + 1*8 + 0*9 + 7*10 + 3*11 = 230;
 *   230 mod 11 = 10 → second pass:
 *   8*3 + 5*4 + 0*5 + 8*6 + 0*7 + 8*8 + 3*9 + 1*10 + 0*11 + 7*1 + 3*2 = 206;
 *   206 mod 11 = 8 → check digit 8.
 *
 * 000229500127 — born 2000-02-29 (a leap day), 7th digit 5 (male, 2000s):
 *   2*4 + 2*5 + 9*6 + 5*7 + 1*10 + 2*11 = 139;  139 mod 11 = 7 → check digit 7.
 *
 * 9001013008x — first pass 120 mod 11 = 10, second pass 76 mod 11 = 10:
 *   no check digit exists, so every 900101300 80x is invalid.
 */
const IIN_1990 = '900101300126';
const IIN_SECOND_PASS = '850808310738';
const IIN_LEAP_2000 = '000229500127';

describe('personalDataKinds', () => {
  it('lists the four kinds: an IIN-like number (bad check digit) is reported too', () => {
    expect([...personalDataKinds]).toEqual(['iin', 'phone', 'email', 'iin-like']);
  });
});

describe('isValidIin', () => {
  it('accepts IINs whose check digit comes from the first or the second pass', () => {
    expect(isValidIin(IIN_1990)).toBe(true);
    expect(isValidIin(IIN_SECOND_PASS)).toBe(true);
    expect(isValidIin(IIN_LEAP_2000)).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidIin('900101300125')).toBe(false);
    expect(isValidIin('850808310737')).toBe(false);
  });

  it('rejects numbers whose both passes give 10, whatever the last digit', () => {
    for (let d = 0; d <= 9; d++) expect(isValidIin(`90010130080${d}`)).toBe(false);
  });

  it('rejects impossible birth dates even with a matching check digit', () => {
    // 1900-02-29: 7th digit 4 means the 1900s, and 1900 was not a leap year (sum 132, check 0).
    expect(isValidIin('000229400120')).toBe(false);
    // 2005-06-31 (sum 255, check 2).
    expect(isValidIin('050631600782')).toBe(false);
    // month 13 (sum 83, check 6).
    expect(isValidIin('901301300126')).toBe(false);
  });

  it('rejects a century/sex digit outside 1-6 even with a matching check digit', () => {
    // 90010100012 → sum 51, check 7; 90010170012 → sum 100, check 1.
    expect(isValidIin('900101000127')).toBe(false);
    expect(isValidIin('900101700121')).toBe(false);
  });

  it('rejects anything that is not exactly 12 digits', () => {
    expect(isValidIin('90010130012')).toBe(false);
    expect(isValidIin('9001013001260')).toBe(false);
    expect(isValidIin('900101 300126')).toBe(false);
    expect(isValidIin('90010130012a')).toBe(false);
    expect(isValidIin('')).toBe(false);
  });
});

const PHONE_SPELLINGS: readonly (readonly [string, string])[] = [
  ['+7 701 234 56 78', '77012345678'],
  ['+7(701)234-56-78', '77012345678'],
  ['8 701 234 56 78', '77012345678'],
  ['87012345678', '77012345678'],
  ['+77012345678', '77012345678'],
  ['8 (7172) 55-66-77', '77172556677'],
  ['8-727-2-123-456', '77272123456'],
  ['7012345678', '77012345678'],
  ['701 234 5678', '77012345678'],
  ['8 701 2345678', '77012345678'],
  ['8.701.234.56.78', '77012345678'],
  ['8 (701) 234-56-78', '77012345678'],
  ['+7 747 111 22 33', '77471112233'],
  ['(701) 234-56-78', '77012345678'],
  ['7172 556 677', '77172556677'],
];

describe('normalizePhone', () => {
  it.each(PHONE_SPELLINGS)('normalizes %s', (spelling, normalized) => {
    expect(normalizePhone(spelling)).toBe(normalized);
  });

  it.each([
    ['toll-free', '8 800 080 7777'],
    ['Russian mobile', '+7 912 345 67 89'],
    ['short hotline', '112'],
    ['plus with trunk prefix 8', '+87012345678'],
    ['too long', '8 701 234 56 789'],
    ['text', 'звоните 87012345678'],
    ['unallocated 74x', '87412345678'],
  ])('returns null for %s (%s)', (_label, s) => {
    expect(normalizePhone(s)).toBeNull();
  });
});

describe('findPersonalData: phones', () => {
  it.each(PHONE_SPELLINGS)('finds %s inside Russian text', (spelling, normalized) => {
    const text = `Житель оставил номер ${spelling} для связи.`;
    const found = findPersonalData(text);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f?.kind).toBe('phone');
    expect(f?.value).toBe(spelling);
    expect(f?.index).toBe('Житель оставил номер '.length);
    expect(normalizePhone(f?.value ?? '')).toBe(normalized);
  });

  it('finds a phone in Russian context with its exact position', () => {
    expect(findPersonalData('Мой номер 8 701 234 56 78, звоните')).toEqual([
      { kind: 'phone', value: '8 701 234 56 78', masked: '+7 701 *** ** 78', index: 10 },
    ]);
  });

  it('finds a phone in Kazakh context with its exact position', () => {
    expect(findPersonalData('Байланыс: +7 777 123 45 67')).toEqual([
      { kind: 'phone', value: '+7 777 123 45 67', masked: '+7 777 *** ** 67', index: 10 },
    ]);
  });

  it('finds a phone written right after a date or a number', () => {
    const found = findPersonalData('01.03.2026 8 701 234 56 78; кв. 5 87012345679');
    expect(found.map((f) => [f.value, f.index])).toEqual([
      ['8 701 234 56 78', 11],
      ['87012345679', 34],
    ]);
  });

  it('starts a phone at its opening parenthesis when something precedes it', () => {
    const found = findPersonalData('Звонок от 01.03.2026 (701) 234-56-78');
    expect(found.map((f) => [f.value, f.index])).toEqual([['(701) 234-56-78', 21]]);
  });

  it('does not take a bracket that only encloses the value into it', () => {
    const text = `(8 701 234 56 78) (${IIN_1990})`;
    expect(findPersonalData(text).map((f) => [f.value, f.index])).toEqual([
      ['8 701 234 56 78', 1],
      [IIN_1990, 19],
    ]);
  });

  it('finds two phones separated only by a space', () => {
    const found = findPersonalData('8 701 234 56 78 8 702 345 67 89');
    expect(found.map((f) => f.value)).toEqual(['8 701 234 56 78', '8 702 345 67 89']);
  });

  it.each([
    ['KATO code', 'Код КАТО 101033000, село Акколь'],
    ['amount in tenge', 'Выделено 12 500 000 тенге на ремонт'],
    ['amount', 'Бюджет 1 250 000 000 на 2026 год'],
    ['amount starting with 7', 'Бюджет 7 250 000 000 на 2026 год'],
    ['amount starting with 7 followed by currency', 'Сумма 7012345678 тг'],
    ['ISO date', 'Встреча 2026-03-01 в 10:00'],
    ['dotted date', 'Встреча 01.03.2026 в 10:00'],
    ['decision number with slash', 'Решение № 12/345 от 01.03.2026'],
    ['decision number with roman numerals', 'Решение №45-VII маслихата'],
    ['issue id', 'Вопрос i-10-00042 закрыт'],
    ['code with an ASCII prefix', 'Заявка EO-7012345678 и EO7012345678'],
    ['code with an ASCII suffix', 'Заявка 7012345678-KZ и 7012345678KZ'],
    ['document number after №', 'Протокол № 7012345678 от 01.03.2026'],
    ['hotline 1414', 'Звоните 1414'],
    ['hotlines 109 and 112', 'Звоните 109 или 112'],
    ['toll-free', 'Колл-центр 8 800 080 7777'],
    ['12 arbitrary digits', 'Номер 123456789012'],
    ['digits inside a URL', 'См. https://akimat.kz/news/87012345678?id=7012345678'],
    ['Russian number', 'Звонил +7 912 345 67 89'],
  ])('does not flag %s', (_label, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('still finds a phone right after a URL', () => {
    const text = 'https://akimat.kz/7012345678 тел. 8 701 234 56 78';
    expect(findPersonalData(text).map((f) => [f.value, f.index])).toEqual([['8 701 234 56 78', 34]]);
  });

  it('skips an allow-listed phone written in another spelling, but not other phones', () => {
    const allow = { phones: ['8 (7172) 55-66-77'], emails: [] };
    const text = 'Горячая линия акимата +7 717 255 66 77, заявитель 87012345678';
    const found = findPersonalData(text, allow);
    expect(found.map((f) => f.value)).toEqual(['87012345678']);
    expect(findPersonalData(text).map((f) => f.value)).toEqual(['+7 717 255 66 77', '87012345678']);
  });
});

describe('findPersonalData: IINs', () => {
  it('finds IINs in Russian and Kazakh context with their positions', () => {
    const text = `ИИН ${IIN_1990}; ЖСН: ${IIN_SECOND_PASS}`;
    expect(findPersonalData(text)).toEqual([
      { kind: 'iin', value: IIN_1990, masked: '9001******26', index: 4 },
      { kind: 'iin', value: IIN_SECOND_PASS, masked: '8508******38', index: 23 },
    ]);
  });

  // Issue 13: an IIN with one mistyped digit used to pass silently; it is now reported as "looks like an IIN".
  it('reports an IIN that fails the check as IIN-like, not as a phone', () => {
    expect(findPersonalData('ИИН 850808310737')).toEqual([{ kind: 'iin-like', value: '850808310737', masked: '8508******37', index: 4 }]);
    expect(findPersonalData('Номер 900101300125')).toEqual([{ kind: 'iin-like', value: '900101300125', masked: '9001******25', index: 6 }]);
  });
});

describe('findPersonalData: e-mails', () => {
  it('finds an e-mail address with its position', () => {
    expect(findPersonalData('Пишите: Aset.Nurlanov@Mail.KZ.')).toEqual([
      { kind: 'email', value: 'Aset.Nurlanov@Mail.KZ', masked: 'A***@Mail.KZ', index: 8 },
    ]);
  });

  it('finds addresses on .gov.kz subdomains', () => {
    expect(findPersonalData('копия: a.serikova@akimat.almaty.gov.kz').map((f) => f.value)).toEqual([
      'a.serikova@akimat.almaty.gov.kz',
    ]);
  });

  it('skips an allow-listed address regardless of case', () => {
    const allow = { phones: [], emails: ['press@akimat-almaty.gov.kz'] };
    const text = 'Пресс-служба: PRESS@Akimat-Almaty.gov.kz, житель: ivan77@gmail.com';
    expect(findPersonalData(text, allow).map((f) => f.value)).toEqual(['ivan77@gmail.com']);
  });

  it('does not also report digits inside an address as a phone', () => {
    expect(findPersonalData('ivan87012345678@mail.kz').map((f) => f.kind)).toEqual(['email']);
  });
});

describe('findPersonalData: mixed text', () => {
  it('returns all findings sorted by index, each value at its index', () => {
    const text = `Заявитель (ИИН ${IIN_LEAP_2000}), e-mail aigerim@mail.kz, тел. +7(701)234-56-78.`;
    const found = findPersonalData(text);
    expect(found.map((f) => [f.kind, f.index])).toEqual([
      ['iin', 15],
      ['email', 37],
      ['phone', 59],
    ]);
    for (const f of found) expect(text.slice(f.index, f.index + f.value.length)).toBe(f.value);
  });
});

describe('maskPersonalData', () => {
  it('masks phones to operator code and last two digits', () => {
    expect(maskPersonalData('phone', '8 701 234 56 78')).toBe('+7 701 *** ** 78');
    expect(maskPersonalData('phone', '8 (7172) 55-66-77')).toBe('+7 717 *** ** 77');
  });

  it('masks IINs to birth year/month and last two digits', () => {
    expect(maskPersonalData('iin', IIN_1990)).toBe('9001******26');
  });

  it('masks the e-mail local part', () => {
    expect(maskPersonalData('email', 'aigerim@mail.kz')).toBe('a***@mail.kz');
    expect(maskPersonalData('email', 'ab@mail.kz')).toBe('***@mail.kz');
  });

  it('masks digits of values it cannot parse, keeping only the last two', () => {
    expect(maskPersonalData('phone', '12-34-56')).toBe('**-**-56');
    expect(maskPersonalData('iin', '1234')).toBe('**34');
  });

  it.each([
    ['phone', '+7 701 234 56 78'],
    ['phone', '87012345678'],
    ['phone', '8-727-2-123-456'],
    ['iin', IIN_SECOND_PASS],
    ['email', 'aigerim@mail.kz'],
    ['email', 'a@b.kz'],
  ] as const)('never contains the full %s %s', (kind, value) => {
    const masked = maskPersonalData(kind, value);
    expect(masked).not.toContain(value);
    const digits = value.replace(/\D/g, '');
    if (digits.length > 0) expect(masked.replace(/\D/g, '')).not.toContain(digits.slice(-9));
    if (kind === 'email') expect(masked).not.toContain(value.slice(0, value.indexOf('@')) + '@');
  });
});

describe('what an editor reads about personal data', () => {
  const [iin, phone, email] = ['ИИН 900101300126', 'тел. 8 701 234 56 78', 'aigerim.n@mail.kz'].map((text) => findPersonalData(text)[0]!);

  it('in English, as before', () => {
    expect(personalDataMessage(phone!)).toBe(
      "contains a phone number (+7 701 *** ** 78) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)",
    );
    expect(say(personalDataSays(iin!), 'en')).toBe(
      "contains an IIN (9001******26) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)",
    );
  });

  it('in Kazakh, naming the kind of data and masking it', () => {
    expect([iin, phone, email].map((f) => say(personalDataSays(f!), 'kk'))).toEqual([
      'мәтінде ЖСН бар (9001******26) — тұрғындардың жеке деректерін өшіріңіз; ресми жедел желі немесе баспасөз қызметінің мекенжайы рұқсат етілген байланыстар тізіміне жазылады (templates/contacts.csv үлгісінің бір жолымен немесе privacy/allow-list.json файлына)',
      'мәтінде телефон нөмірі бар (+7 701 *** ** 78) — тұрғындардың жеке деректерін өшіріңіз; ресми жедел желі немесе баспасөз қызметінің мекенжайы рұқсат етілген байланыстар тізіміне жазылады (templates/contacts.csv үлгісінің бір жолымен немесе privacy/allow-list.json файлына)',
      'мәтінде электрондық пошта мекенжайы бар (a***@mail.kz) — тұрғындардың жеке деректерін өшіріңіз; ресми жедел желі немесе баспасөз қызметінің мекенжайы рұқсат етілген байланыстар тізіміне жазылады (templates/contacts.csv үлгісінің бір жолымен немесе privacy/allow-list.json файлына)',
    ]);
  });

  it('in Russian, naming the kind of data and masking it', () => {
    expect([iin, phone, email].map((f) => say(personalDataSays(f!), 'ru'))).toEqual([
      'содержит ИИН (9001******26) — удалите персональные данные жителей; официальную горячую линию или адрес пресс-службы внесите в список разрешённых контактов (строкой шаблона templates/contacts.csv или в privacy/allow-list.json)',
      'содержит номер телефона (+7 701 *** ** 78) — удалите персональные данные жителей; официальную горячую линию или адрес пресс-службы внесите в список разрешённых контактов (строкой шаблона templates/contacts.csv или в privacy/allow-list.json)',
      'содержит адрес электронной почты (a***@mail.kz) — удалите персональные данные жителей; официальную горячую линию или адрес пресс-службы внесите в список разрешённых контактов (строкой шаблона templates/contacts.csv или в privacy/allow-list.json)',
    ]);
  });
});
