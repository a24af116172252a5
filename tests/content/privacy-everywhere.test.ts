/**
 * Issue 13: residents' personal data is looked for in every published text of
 * every kind of content — not only meetings and issues — and in the minutes as
 * the reader sees them, with link addresses and titles; every finding of a
 * field is reported.
 */
import { describe, expect, it } from 'vitest';
import { entry, problemsOf, validTree, type Tree } from './fixture.ts';

const tail = " — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)";
const phone = (where: string) => `${where}: contains a phone number (+7 701 *** ** 78)${tail}`;

function expectProblems(mutate: (t: Tree) => void, expected: string[]): void {
  const tree = validTree();
  mutate(tree);
  expect(problemsOf(tree)).toEqual(expected);
}

describe('personal data in every kind of content', () => {
  it('in an action-plan measure', () => {
    expectProblems((t) => { entry(t, 'plan/measures.json')[0].title.ru = 'Интернет в сёлах (куратор 8 701 234 56 78)'; }, [
      phone('content/plan/measures.json: [0].title.ru'),
    ]);
  });

  it("in an announcement's outlet name", () => {
    expectProblems((t) => { entry(t, 'meetings/abay/m-10-0001.json').announcements[0].outlet = 'WhatsApp-группа wa.me/77012345678'; }, [
      phone('content/meetings/abay/m-10-0001.json: announcements[0].outlet'),
    ]);
  });

  it('in a settlement name', () => {
    expectProblems((t) => { entry(t, 'geo/settlements/abay.json')[0].name.ru = 'Абралинский сельский округ, ivanov собака mail точка ru'; }, [
      `content/geo/settlements/abay.json: [0].name.ru: contains an e-mail address (i***@mail.ru)${tail}`,
    ]);
  });

  it('in a district name', () => {
    expectProblems((t) => { entry(t, 'geo/districts/abay.json')[1].name.ru = 'Абайский район, 8-701-234-56-78'; }, [
      phone('content/geo/districts/abay.json: [1].name.ru'),
    ]);
  });

  it('in a venue', () => {
    expectProblems((t) => { entry(t, 'meetings/abay/m-10-0001.json').place.venue.ru = 'Дом культуры, ИИН 880 101 300 123'; }, [
      `content/meetings/abay/m-10-0001.json: place.venue.ru: contains an IIN (8801******23)${tail}`,
    ]);
  });

  it('every finding of one field, not only the first', () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').description.ru = 'Звонить 8 701 234 56 78 или 8 702 345 67 89, ИИН 880101300124'; }, [
      phone('content/issues/abay/i-10-00001.json: description.ru'),
      `content/issues/abay/i-10-00001.json: description.ru: contains a phone number (+7 702 *** ** 89)${tail}`,
      "content/issues/abay/i-10-00001.json: description.ru: contains a number that looks like an IIN (8801******24), though its check digit does not match — if it is a resident's IIN with a typo, remove it; if it is another number, such as a document number, put «№» before it",
    ]);
  });
});

describe('personal data in minutes as the reader sees them', () => {
  const minutes = 'meetings/abay/m-10-0001.minutes.ru.mdx';

  it('a phone broken by bold', () => {
    expectProblems((t) => { t[minutes] = 'Вступление\n\nЖитель: 8 701 **234** 56 78\n'; }, [phone(`content/${minutes}: line 3`)]);
  });

  it('an e-mail address with bold in the middle', () => {
    expectProblems((t) => { t[minutes] = 'Пишите: ivanov@**mail**.ru\n'; }, [`content/${minutes}: line 1: contains an e-mail address (i***@mail.ru)${tail}`]);
  });

  it('a phone in a WhatsApp link', () => {
    expectProblems((t) => { t[minutes] = 'Вступление\n\n[Написать в WhatsApp](https://wa.me/77012345678)\n'; }, [phone(`content/${minutes}: line 3`)]);
  });

  it("a phone in a link's title", () => {
    expectProblems((t) => { t[minutes] = '[Сайт акимата](https://example.org "тел. 8 701 234 56 78")\n'; }, [phone(`content/${minutes}: line 1`)]);
  });

  it('leaves ordinary links, amounts and dates alone', () => {
    expectProblems((t) => { t[minutes] = 'Выделено **12 500 000** тенге, решение № 12/345 от 01.03.2026, см. [новость](https://example.org/news/87012345678).\n'; }, []);
  });
});
