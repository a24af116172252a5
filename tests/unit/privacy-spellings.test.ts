/**
 * Issue 13: residents' personal data as people really write it. Each row is
 * a spelling seen in residents' letters, minutes and spreadsheets, with the
 * kind of data, the value exactly as found and its mask worked out by hand,
 * and why it must be caught; then look-alikes that must pass, each with why.
 *
 * IINs used (check digit by hand; weights 1..11, sum mod 11; if 10, weights
 * 3,4,5,6,7,8,9,10,11,1,2):
 * - 880101300123: 8+16+0+4+0+6+21+0+0+10+22 = 87, 87 mod 11 = 10 → second pass
 *   24+32+0+6+0+8+27+0+0+1+4 = 102, 102 mod 11 = 3 → check digit 3.
 * - 950315400234: 9+10+0+12+5+30+28+0+0+20+33 = 147, 147 mod 11 = 4 → 4.
 * - 050712600455: 0+10+0+28+5+12+42+0+0+40+55 = 192, 192 mod 11 = 5 → 5.
 * - 850808310738: second pass gives 8 (worked out in privacy.test.ts).
 * - 880101300000: 8+16+0+4+0+6+21 = 55, 55 mod 11 = 0 → 0: a valid IIN that is also a round sum.
 * IIN-like: 880101300124, 950315400235, 950315400233, 050712600456 — real dates, century digit 1-6, wrong check digit.
 */
import { describe, it, expect } from 'vitest';
import { findPersonalData, isValidIin, personalDataSays, type ContactAllowList } from '../../src/lib/privacy/personal-data.ts';
import { say } from '../../src/lib/i18n/messages.ts';
import type { PersonalDataKind } from '../../src/vocabularies.ts';

type Caught = readonly [text: string, kind: PersonalDataKind, value: string, masked: string, why: string];

const CAUGHT: readonly Caught[] = [
  // IINs with a valid check digit
  ['ИИН 880101300123', 'iin', '880101300123', '8801******23', 'the plain spelling'],
  ['ИИН 880 101 300 123', 'iin', '880 101 300 123', '8801******23', 'groups of three look like money, but the date of birth and check digit are an IIN'],
  ['ЖСН: 8801 0130 0123', 'iin', '8801 0130 0123', '8801******23', 'groups of four'],
  ['ИИН 880101 300123', 'iin', '880101 300123', '8801******23', 'date of birth and serial apart'],
  ['ИИН 880.101.300.123', 'iin', '880.101.300.123', '8801******23', 'groups joined by dots'],
  ['ИИН 880-101-300-123', 'iin', '880-101-300-123', '8801******23', 'groups joined by dashes'],
  ['ИИН 880101\n300123', 'iin', '880101\n300123', '8801******23', 'broken by a line break'],
  ['ИИН **880101** 300123', 'iin', '880101** 300123', '8801******23', 'half of it in bold'],
  ['ИИН 880101/300123', 'iin', '880101/300123', '8801******23', 'joined by a slash'],
  ['жсн:880101300123', 'iin', '880101300123', '8801******23', 'glued to a Cyrillic label'],
  ['Өтініш берушінің ЖСН-і 950315400234', 'iin', '950315400234', '9503******34', 'Kazakh context, a woman born in 1995'],
  ['ИИН: 050712600455', 'iin', '050712600455', '0507******55', 'born in 2005 (century digit 6)'],
  ['ИИН (850808310738)', 'iin', '850808310738', '8508******38', 'in brackets; check digit from the second pass'],
  ['ИИН 95 03 15 400234', 'iin', '95 03 15 400234', '9503******34', 'date of birth written as day-month pairs'],
  ['оплатил 880 101 300 123 тенге', 'iin', '880 101 300 123', '8801******23', 'a currency word next to it does not outweigh a valid date of birth and check digit (1 chance in ~500 for a sum)'],
  ['ИИН `880101300123`', 'iin', '880101300123', '8801******23', 'in code marks'],
  // IIN-like: one digit mistyped
  ['ИИН 880101300124', 'iin-like', '880101300124', '8801******24', 'last digit mistyped'],
  ['ИИН 880 101 300 124', 'iin-like', '880 101 300 124', '8801******24', 'mistyped, in groups of three, no currency'],
  ['ЖСН 9503 1540 0235', 'iin-like', '9503 1540 0235', '9503******35', 'mistyped, in groups of four'],
  ['ИИН 950315 400233', 'iin-like', '950315 400233', '9503******33', 'mistyped, six and six'],
  ['номер 050712600456', 'iin-like', '050712600456', '0507******56', 'mistyped, no label at all'],
  // Phones broken up
  ['тел. 8-701-234-56-78', 'phone', '8-701-234-56-78', '+7 701 *** ** 78', 'dashes'],
  ['8/701/234/56/78', 'phone', '8/701/234/56/78', '+7 701 *** ** 78', 'slashes'],
  ['звонить 8 (701) 234 56 78', 'phone', '8 (701) 234 56 78', '+7 701 *** ** 78', 'operator code in brackets'],
  ['+7 [701] 234-56-78', 'phone', '+7 [701] 234-56-78', '+7 701 *** ** 78', 'operator code in square brackets'],
  ['Тел.: 8 701 234\n56 78', 'phone', '8 701 234\n56 78', '+7 701 *** ** 78', 'broken by a line break'],
  ['8 701 **234** 56 78', 'phone', '8 701 **234** 56 78', '+7 701 *** ** 78', 'bold in the middle'],
  ['Байланыс телефоны: +7 701 234 56 78', 'phone', '+7 701 234 56 78', '+7 701 *** ** 78', 'Kazakh context'],
  ['*8 701 234 56 78*', 'phone', '8 701 234 56 78', '+7 701 *** ** 78', 'in italics'],
  ['пишите _87012345678_', 'phone', '87012345678', '+7 701 *** ** 78', 'italics with underscores'],
  ['~~8 701 234 56 78~~', 'phone', '8 701 234 56 78', '+7 701 *** ** 78', 'struck through is still published'],
  ['8.701.234.56.78', 'phone', '8.701.234.56.78', '+7 701 *** ** 78', 'dots'],
  ['+7-701-234-5678', 'phone', '+7-701-234-5678', '+7 701 *** ** 78', 'dashes with +7'],
  ['8–701–234–56–78', 'phone', '8–701–234–56–78', '+7 701 *** ** 78', 'en dashes'],
  ['8 (7172) 55-66-77', 'phone', '8 (7172) 55-66-77', '+7 717 *** ** 77', 'an Astana landline'],
  ['7 701 234 56 78', 'phone', '7 701 234 56 78', '+7 701 *** ** 78', 'country code without the plus'],
  ['+ 7 701 234 56 78', 'phone', '+ 7 701 234 56 78', '+7 701 *** ** 78', 'a space after the plus'],
  ['Звоните: 8 777 123 45 67', 'phone', '8 777 123 45 67', '+7 777 *** ** 67', 'another operator'],
  ['8 747 111 22 33', 'phone', '8 747 111 22 33', '+7 747 *** ** 33', 'operator code 747'],
  ['8(705)1234567', 'phone', '8(705)1234567', '+7 705 *** ** 67', 'no spaces at all'],
  ['телефон:87012345678', 'phone', '87012345678', '+7 701 *** ** 78', 'glued to a Cyrillic label'],
  ['Тел. 87 012 345 678', 'phone', '87 012 345 678', '+7 701 *** ** 78', 'written like money, but "тел." says it is a phone'],
  ['ответ отправлен 87 012 345 678', 'phone', '87 012 345 678', '+7 701 *** ** 78', 'written like money, but trunk prefix 8 and a mobile code, not a round sum'],
  ['i-10-00042 87012345678', 'phone', '87012345678', '+7 701 *** ** 78', 'right after an issue id: only the id is skipped'],
  ['Решение № 45 8 701 234 56 78', 'phone', '8 701 234 56 78', '+7 701 *** ** 78', 'right after a decision number: only the number is skipped'],
  // Phones in links
  ['wa.me/77012345678', 'phone', '77012345678', '+7 701 *** ** 78', 'a WhatsApp link without https'],
  ['https://wa.me/77012345678', 'phone', '77012345678', '+7 701 *** ** 78', 'a WhatsApp link'],
  ['https://api.whatsapp.com/send?phone=77012345678&text=Сәлем', 'phone', '77012345678', '+7 701 *** ** 78', 'the long WhatsApp link'],
  ['https://api.whatsapp.com/send?text=hi&phone=+77012345678', 'phone', '+77012345678', '+7 701 *** ** 78', 'phone not the first parameter'],
  ['t.me/+77012345678', 'phone', '+77012345678', '+7 701 *** ** 78', 'a Telegram link by number'],
  ['tel:+77012345678', 'phone', '+77012345678', '+7 701 *** ** 78', 'a tel: link'],
  ['[позвонить](tel:87012345678)', 'phone', '87012345678', '+7 701 *** ** 78', 'a Markdown link to tel:'],
  ['viber://chat?number=%2B77012345678', 'phone', '%2B77012345678', '+7 701 *** ** 78', 'a Viber link with an encoded plus'],
  ['[WhatsApp](https://wa.me/77012345678 "Айгерим")', 'phone', '77012345678', '+7 701 *** ** 78', 'a Markdown link with a title'],
  ['[сайт](https://akimat.kz "тел. 8 701 234 56 78")', 'phone', '8 701 234 56 78', '+7 701 *** ** 78', 'in a link title'],
  // E-mail addresses
  ['aigerim.n@mail.kz', 'email', 'aigerim.n@mail.kz', 'a***@mail.kz', 'the plain spelling'],
  ['ivanov @ mail.ru', 'email', 'ivanov @ mail.ru', 'i***@mail.ru', 'spaces around @'],
  ['ivanov@ mail.ru', 'email', 'ivanov@ mail.ru', 'i***@mail.ru', 'a space after @'],
  ['ivanov собака mail точка ru', 'email', 'ivanov собака mail точка ru', 'i***@mail.ru', '"собака" and "точка" spelled out'],
  ['ivanov [at] mail [dot] ru', 'email', 'ivanov [at] mail [dot] ru', 'i***@mail.ru', '[at] and [dot]'],
  ['ivanov(at)mail.ru', 'email', 'ivanov(at)mail.ru', 'i***@mail.ru', '(at) without spaces'],
  ['ivanov (at) mail (dot) ru', 'email', 'ivanov (at) mail (dot) ru', 'i***@mail.ru', '(at) and (dot) with spaces'],
  ['IVANOV AT MAIL DOT RU', 'email', 'IVANOV AT MAIL DOT RU', 'I***@MAIL.RU', 'capitals, AT and DOT as words'],
  ['иванов@почта.рф', 'email', 'иванов@почта.рф', 'и***@почта.рф', 'Cyrillic address'],
  ['ivanov{at}gmail.com', 'email', 'ivanov{at}gmail.com', 'i***@gmail.com', 'braces'],
  ['ivanov [собака] mail.ru', 'email', 'ivanov [собака] mail.ru', 'i***@mail.ru', 'bracketed "собака"'],
  ['asel собачка yandex.kz', 'email', 'asel собачка yandex.kz', 'a***@yandex.kz', '"собачка" spelled out'],
  ['[написать](mailto:aigerim@mail.kz)', 'email', 'aigerim@mail.kz', 'a***@mail.kz', 'a mailto: link'],
  ['**ivanov@mail.ru**', 'email', 'ivanov@mail.ru', 'i***@mail.ru', 'in bold'],
  ['ivanov <at> mail <dot> kz', 'email', 'ivanov <at> mail <dot> kz', 'i***@mail.kz', 'angle brackets'],
  ['ivan (@) mail.ru', 'email', 'ivan (@) mail.ru', 'i***@mail.ru', '@ in brackets'],
  ['асель [эт] mail [тчк] kz', 'email', 'асель [эт] mail [тчк] kz', 'а***@mail.kz', 'Cyrillic name with [эт] and [тчк]'],
];

type Passes = readonly [text: string, why: string, allow?: ContactAllowList];

const HOTLINES: ContactAllowList = { phones: ['8 (7172) 55-66-77'], emails: ['press@akimat.kz'] };

const LOOK_ALIKES: readonly Passes[] = [
  ['Выделено 12 500 000 тенге на ремонт', 'an amount in tenge'],
  ['Бюджет 7 250 000 000 на 2026 год', 'a round amount in thousands groups'],
  ['Сумма 7012345678 тг', 'ten digits with a currency after them are a sum'],
  ['Сумма 7 012 345 678 тенге', 'money written like a ten-digit mobile number, currency after it'],
  ['Бюджет 87 012 345 000', 'eleven digits like a phone, but a round sum in thousands groups'],
  ['Смета 880 101 300 000 тенге', 'a valid IIN by its digits, but a round sum with a currency'],
  ['Инвестиции 150 000 000 000 теңге', 'a Kazakh-language amount'],
  ['KZT 7012345678', 'a currency code before the digits'],
  ['Сумма 7 012 345 678', 'thousands groups without a trunk prefix read as money'],
  ['Встреча 2026-03-01 в 10:00', 'an ISO date'],
  ['Встреча 01.03.2026', 'a dotted date'],
  ['с 01.03.2026 – 15.03.2026', 'a range of dates'],
  ['Решение № 12/345 от 01.03.2026', 'a decision number with a slash'],
  ['Решение №45-VII маслихата', 'a decision number with Roman numerals'],
  ['Протокол № 7012345678', 'a document number after №'],
  ['Код КАТО 751010000', 'a KATO code (9 digits)'],
  ['КАТО 751010000, 751210000', 'two KATO codes'],
  ['КАТО 751010000 / 751210000', 'two KATO codes joined by a slash'],
  ['Вопрос i-10-00042 закрыт', 'an issue id'],
  ['Встреча m-10-0042', 'a meeting id'],
  ['i-10-00042, i-10-00043, i-10-00044', 'a list of issue ids'],
  ['2026 жыл', 'a year'],
  ['в 2025–2026 годах', 'a range of years'],
  ['Звоните 1414', 'a short hotline'],
  ['Звоните 109 или 112', 'emergency numbers'],
  ['Колл-центр 8 800 080 7777', 'toll-free 8 800'],
  ['Горячая линия акимата +7 717 255 66 77', 'a hotline on the allow-list, in another spelling', HOTLINES],
  ['[позвонить](tel:+77172556677)', 'an allow-listed hotline in a tel: link', HOTLINES],
  ['Пресс-служба: press @ akimat.kz', 'an allow-listed press address written with spaces', HOTLINES],
  ['См. https://akimat.kz/news/87012345678?id=7012345678', 'digits inside an ordinary web address'],
  ['https://www.gov.kz/memleket/entities/almaty/press/news/details/7012345678?lang=ru', 'a news id in a gov.kz address'],
  ['Звонил +7 912 345 67 89', 'a Russian number (+7 9xx)'],
  ['Номер 123456789012', '12 digits with no date of birth in them (month 34)'],
  ['Заявка EO-7012345678', 'a code with an ASCII prefix'],
  ['Заявка 7012345678-KZ', 'a code with an ASCII suffix'],
  ['БИН 050740000123', 'a company BIN: day 40 is not a date of birth'],
  ['Счёт KZ12 3456 7890 1234 5678', 'an IBAN'],
  ['Instagram @akimat.almaty', 'a social-media handle, not an address'],
  ['Жители жалуются: бродячая собака кусает детей у школы № 5.', '"собака" as an ordinary word'],
  ['Точка доступа Wi-Fi в селе at the school', '"точка" and "at" as ordinary words'],
  ['Жиын сағат 10:00-де, 14.03.2026', 'a time and a date'],
  ['Площадь 1 234 567 890 м²', 'an area in thousands groups'],
];

describe('spellings of personal data that must be caught', () => {
  it('has at least 60 of them', () => expect(CAUGHT.length).toBeGreaterThanOrEqual(60));

  it.each(CAUGHT)('%j: %s %j (%s) — %s', (text, kind, value, masked) => {
    expect(findPersonalData(text)).toEqual([{ kind, value, masked, index: text.indexOf(value) }]);
  });

  it('uses IINs whose check digits are as worked out above', () => {
    for (const iin of ['880101300123', '950315400234', '050712600455', '850808310738', '880101300000']) expect(isValidIin(iin)).toBe(true);
    for (const iin of ['880101300124', '950315400235', '950315400233', '050712600456']) expect(isValidIin(iin)).toBe(false);
  });
});

describe('look-alikes that must pass', () => {
  it('has at least 30 of them', () => expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(30));

  it.for(LOOK_ALIKES)('%j — %s', ([text, , allow]) => {
    expect(findPersonalData(text, allow)).toEqual([]);
  });
});

describe('every finding of a text', () => {
  it('lists every phone, IIN and address, not only the first', () => {
    const text = 'Айгерим, тел. 8 701 234 56 78 / wa.me/77023456789, ИИН 880 101 300 123, пишите aigerim собака mail точка kz';
    expect(findPersonalData(text).map((f) => [f.kind, f.masked])).toEqual([
      ['phone', '+7 701 *** ** 78'],
      ['phone', '+7 702 *** ** 89'],
      ['iin', '8801******23'],
      ['email', 'a***@mail.kz'],
    ]);
  });
});

describe('what an editor reads about an IIN-like number', () => {
  const [finding] = findPersonalData('ИИН 880101300124');

  it('in English', () => {
    expect(say(personalDataSays(finding!), 'en')).toBe(
      "contains a number that looks like an IIN (8801******24), though its check digit does not match — if it is a resident's IIN with a typo, remove it; if it is another number, such as a document number, put «№» before it",
    );
  });

  it('in Kazakh', () => {
    expect(say(personalDataSays(finding!), 'kk')).toBe(
      'мәтінде ЖСН-ге ұқсас нөмір бар (8801******24), бірақ оның бақылау цифры сәйкес келмейді — егер бұл тұрғынның қате терілген ЖСН-і болса, оны өшіріңіз; ал құжат нөмірі сияқты басқа нөмір болса, алдына «№» белгісін қойыңыз',
    );
  });

  it('in Russian', () => {
    expect(say(personalDataSays(finding!), 'ru')).toBe(
      'содержит номер, похожий на ИИН (8801******24), хотя контрольная цифра не сходится, — если это ИИН жителя с опечаткой, удалите его; если это другой номер, например номер документа, поставьте перед ним «№»',
    );
  });
});
