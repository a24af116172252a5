/**
 * The akimats' calendars and the meetings that fulfil them: the valid
 * fixture with a calendar of Abay for 2026 (a town akim's meeting linked to
 * its entry, a district akim's held outside the calendar, a minister's
 * meeting) has no problems; each rule broken once is refused with the exact
 * line an editor reads — in English, and for some rules in Kazakh and Russian.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem, formatProblemIn } from '../../src/lib/content/problems.ts';
import { calendarTree, maslikhat, semeyOkrug } from './calendar-fixture.ts';
import { entry, fixtureAsOf, problemsOf, writeTree, type Tree } from './fixture.ts';
import type { Language } from '../../src/vocabularies.ts';

const cal = 'calendars/abay/2026.json';
const file = `content/${cal}`;
const m1 = 'meetings/abay/m-10-0001.json';
const m2 = 'meetings/abay/m-10-0002.json';
const m3 = 'meetings/abay/m-10-0003.json';

function expectProblems(mutate: (t: Tree) => void, expected: string[]): void {
  const tree = calendarTree();
  mutate(tree);
  const root = writeTree(tree);
  // A message may name another file, under the same temporary folder.
  expect(loadContent(root, { asOf: fixtureAsOf }).problems.map((p) => formatProblem(p).replaceAll(root, 'content'))).toEqual(expected);
}

/** The problem lines of a broken tree in one language, the temporary folder shown as `content`. */
function linesIn(tree: Tree, lang: Language): string[] {
  const root = writeTree(tree);
  const { problems } = loadContent(root, { asOf: fixtureAsOf });
  return problems.map((p) => formatProblemIn(lang)(p).replaceAll(root, 'content'));
}

function expectLines(mutate: (t: Tree) => void, kk: string[], ru: string[]): void {
  const tree = calendarTree();
  mutate(tree);
  expect(linesIn(tree, 'kk')).toEqual(kk);
  expect(linesIn(tree, 'ru')).toEqual(ru);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const calendar = (t: Tree): any => entry(t, cal);

describe('the valid fixture with a calendar', () => {
  it('has no problems: an entry fulfilled, one moved, one added, one dropped, a meeting outside the calendar and a minister’s meeting', () => {
    expect(problemsOf(calendarTree())).toEqual([]);
  });
});

describe('a calendar', () => {
  it('refuses an unknown region', () => {
    expectProblems((t) => { calendar(t).region = 'abai'; delete entry(t, m1).calendarEntry; }, [
      `${file}: region: abai is not a region — use a slug from geo/regions.json, e.g. abay`,
    ]);
  });

  it('refuses a minister’s entry: ministers are not in the akimats’ calendars', () => {
    expectProblems((t) => { calendar(t).entries[2].holder = { level: 'minister' }; }, [
      `${file}: entries[2].holder.level: a minister’s meetings are not in the akimats’ calendars — plan an akim’s meeting here (region, city, district or rural-okrug), and record the minister’s meeting without a calendar entry`,
    ]);
  });

  it('refuses a holder with no territory, or one the region does not have', () => {
    expectProblems((t) => {
      delete calendar(t).entries[1].holder.district;
      calendar(t).entries[0].holder.district = 'almaty-district';
      calendar(t).entries[0].place = {};
    }, [
      `${file}: entries[0].holder.district: almaty-district is not a district of abay — use a slug from geo/districts/abay.json`,
      `${file}: entries[1].holder.district: an akim of level district needs the district or town they govern — give holder.district, the slug from geo/districts/abay.json`,
      'content/meetings/abay/m-10-0001.json: calendarEntry: the entry c-10-2026-001 is planned for City akim, almaty-district — link the meeting to an entry of its own holder, or mark it outsideCalendar with the reason',
    ]);
  });

  it('refuses a rural okrug akim with no okrug, an okrug of another region, and one outside the holder’s district', () => {
    expectProblems((t) => {
      calendar(t).corrections[1].entry.holder.settlement = { kato: '711100010', name: { ru: 'Жилой массив Аэропорт' } };
      calendar(t).entries.push({ id: 'c-10-2026-005', holder: { level: 'rural-okrug' }, place: {}, planned: { from: '2026-08-01', to: '2026-08-01' } });
      calendar(t).entries.push({ id: 'c-10-2026-006', holder: { level: 'rural-okrug', district: 'abay-district', settlement: semeyOkrug }, place: {}, planned: { from: '2026-08-01', to: '2026-08-01' } });
    }, [
      `${file}: entries[3].holder.settlement.kato: an akim of level rural-okrug needs their rural okrug — give holder.settlement.kato, the okrug’s KATO code from geo/settlements/abay.json`,
      `${file}: entries[4].holder.settlement.kato: 101033000 is in district semey-city, not abay-district — correct holder.district or the code`,
      `${file}: corrections[1].entry.holder.settlement.kato: 711100010 is not a rural okrug of abay — use a KATO code from geo/settlements/abay.json`,
    ]);
  });

  it('refuses a place the region does not have, a settlement outside the place’s district, and a district akim planned outside their district', () => {
    expectProblems((t) => {
      calendar(t).entries[2].place = { district: 'almaty-district' };
      calendar(t).entries[0].place = { district: 'abay-district', settlement: semeyOkrug };
      calendar(t).entries[1].place = { district: 'semey-city' };
    }, [
      `${file}: entries[0].place.settlement.kato: 101033000 is in district semey-city, not abay-district — correct place.district or the code`,
      `${file}: entries[0].place.district: the meeting of the akim of semey-city (level city) is planned in abay-district — a district or town akim meets the residents of their own district: set place.district to semey-city`,
      `${file}: entries[1].place.district: the meeting of the akim of abay-district (level district) is planned in semey-city — a district or town akim meets the residents of their own district: set place.district to abay-district`,
      `${file}: entries[2].place.district: the place almaty-district is not a district of abay — use a slug from geo/districts/abay.json`,
    ]);
  });

  it('refuses a settlement of another region, or none known, in the place', () => {
    expectProblems((t) => {
      calendar(t).entries[2].place = { settlement: { kato: '711100010', name: { ru: 'Жилой массив Аэропорт' } } };
      calendar(t).entries[0].place.settlement = { kato: '101099999', name: { ru: 'Нет такого' } };
    }, [
      `${file}: entries[0].place.settlement.kato: 101099999 is not a settlement of abay — use a KATO code from geo/settlements/abay.json`,
      `${file}: entries[2].place.settlement.kato: 711100010 is not a settlement of abay — use a KATO code from geo/settlements/abay.json`,
    ]);
  });

  it('refuses ids numbered for another region or year, and an id given twice, in one calendar or in two', () => {
    expectProblems((t) => {
      calendar(t).entries[1].id = 'c-71-2026-002';
      calendar(t).entries[2].id = 'c-10-2025-003';
      calendar(t).corrections[1].entry.id = 'c-10-2026-001';
      calendar(t).corrections[0].entry = 'c-10-2025-003';
      calendar(t).corrections[2].entry = 'c-71-2026-002';
      calendar(t).corrections[3].entry = 'c-10-2026-001';
      t['calendars/abay/2027.json'] = {
        region: 'abay', year: 2027,
        approved: { date: '2027-01-10', by: { ru: 'Аким области Абай' }, maslikhat },
        entries: [{ id: 'c-10-2026-001', holder: { level: 'region' }, place: {}, planned: { from: '2027-02-01', to: '2027-02-01' } }],
      };
    }, [
      `${file}: entries[1].id: c-71-2026-002 is numbered for region 71, but the calendar is of abay (10) — number the entry c-10-2026-…`,
      `${file}: entries[2].id: c-10-2025-003 is numbered for 2025, but the calendar is for 2026 — number the entry c-10-2026-…`,
      `${file}: corrections[1].entry.id: c-10-2026-001 is already the id of entries[0] in this calendar — give each planned meeting its own number`,
      'content/calendars/abay/2027.json: approved.date: is after the build date 2026-06-30 — the calendar cannot be approved in the future; check the year and month',
      'content/calendars/abay/2027.json: entries[0].id: c-10-2026-001 is numbered for 2026, but the calendar is for 2027 — number the entry c-10-2027-…',
      `content/calendars/abay/2027.json: entries[0].id: c-10-2026-001 is already the id of entries[0] in ${file} — give each planned meeting its own number`,
    ]);
  });

  it('refuses a planned period outside the calendar’s year, as approved, moved or added', () => {
    expectProblems((t) => {
      calendar(t).entries[1].planned = { from: '2026-12-20', to: '2027-01-10' };
      calendar(t).corrections[0].planned = { from: '2025-09-01', to: '2025-09-30' };
      calendar(t).corrections[1].entry.planned = { from: '2027-06-01', to: '2027-06-15' };
    }, [
      `${file}: entries[1].planned: the planned period 2026-12-20 – 2027-01-10 is not within 2026 — a calendar plans the meetings of its own year; check the dates, or plan the meeting in the calendar of its year`,
      `${file}: corrections[0].planned: the planned period 2025-09-01 – 2025-09-30 is not within 2026 — a calendar plans the meetings of its own year; check the dates, or plan the meeting in the calendar of its year`,
      `${file}: corrections[1].entry.planned: the planned period 2027-06-01 – 2027-06-15 is not within 2026 — a calendar plans the meetings of its own year; check the dates, or plan the meeting in the calendar of its year`,
    ]);
  });

  it('refuses a correction moving an unknown entry, and one moving or dropping an entry already dropped', () => {
    expectProblems((t) => {
      const c = calendar(t).corrections;
      c[0].entry = 'c-10-2026-009';
      c.push({ kind: 'moved', date: '2026-06-10', maslikhat, reason: { ru: 'Перенос' }, entry: 'c-10-2026-002', planned: { from: '2026-08-01', to: '2026-08-02' } });
      c.push({ kind: 'dropped', date: '2026-06-11', maslikhat, reason: { ru: 'Ещё раз' }, entry: 'c-10-2026-002' });
    }, [
      `${file}: corrections[0].entry: c-10-2026-009 is not an entry of this calendar, nor added by an earlier correction — give the id of a planned meeting of this calendar`,
      `${file}: corrections[4].entry: c-10-2026-002 was already dropped by corrections[2] on 2026-06-01 — a dropped meeting is not moved or dropped again; to plan it again, add it with an added correction and a new id`,
      `${file}: corrections[5].entry: c-10-2026-002 was already dropped by corrections[2] on 2026-06-01 — a dropped meeting is not moved or dropped again; to plan it again, add it with an added correction and a new id`,
    ]);
  });

  it('refuses a correction moving an entry that only a later correction adds', () => {
    expectProblems((t) => {
      const c = calendar(t).corrections;
      c[0].entry = 'c-10-2026-004';
    }, [`${file}: corrections[0].entry: c-10-2026-004 is not an entry of this calendar, nor added by an earlier correction — give the id of a planned meeting of this calendar`]);
  });

  it('refuses a correction before the approval, one after the build day, and corrections out of date order', () => {
    expectProblems((t) => {
      const c = calendar(t).corrections;
      c[0].date = '2026-01-05';
      c[1].date = '2026-07-02';
    }, [
      `${file}: corrections[0].date: 2026-01-05 is before the calendar was approved on 2026-01-12 — a correction comes after the approval; check the date`,
      `${file}: corrections[1].date: is after the build date 2026-06-30 — a correction cannot be in the future; check the year and month`,
      `${file}: corrections[2].date: 2026-06-01 is before the previous correction’s 2026-07-02 — corrections go forward; add new ones at the end in date order`,
    ]);
  });

  it('refuses an approval after the build day', () => {
    expectProblems((t) => { calendar(t).approved.date = '2026-07-01'; calendar(t).corrections = []; }, [
      `${file}: approved.date: is after the build date 2026-06-30 — the calendar cannot be approved in the future; check the year and month`,
    ]);
  });

  it('refuses a correction without its maslikhat reference, naming the field', () => {
    expectProblems((t) => { delete calendar(t).corrections[2].maslikhat; }, [
      `${file}: corrections[2].maslikhat: is missing — add this field: give the maslikhat’s act (agreement or notice), the session, and the date and number of its decision or letter`,
    ]);
  });
});

describe('a meeting and the calendar', () => {
  it('refuses an unknown calendar entry', () => {
    expectProblems((t) => { entry(t, m1).calendarEntry = 'c-10-2026-099'; }, [
      'content/meetings/abay/m-10-0001.json: calendarEntry: unknown calendar entry c-10-2026-099: no calendar of abay plans it — give the id of an entry of calendars/abay/, or remove calendarEntry and say in outsideCalendar why the meeting is outside the calendar',
    ]);
  });

  it('refuses an entry of another region’s calendar as unknown', () => {
    expectProblems((t) => { entry(t, 'meetings/astana/m-71-0001.json').calendarEntry = 'c-10-2026-001'; }, [
      'content/meetings/astana/m-71-0001.json: calendarEntry: unknown calendar entry c-10-2026-001: no calendar of astana plans it — give the id of an entry of calendars/astana/, or remove calendarEntry and say in outsideCalendar why the meeting is outside the calendar',
    ]);
  });

  it('refuses an entry planned for another holder, naming that holder', () => {
    expectProblems((t) => {
      entry(t, m1).calendarEntry = 'c-10-2026-003';
      delete entry(t, m2).outsideCalendar;
      entry(t, m2).calendarEntry = 'c-10-2026-004';
    }, [
      'content/meetings/abay/m-10-0001.json: calendarEntry: the entry c-10-2026-003 is planned for Regional akim, Abay Region — link the meeting to an entry of its own holder, or mark it outsideCalendar with the reason',
      'content/meetings/abay/m-10-0002.json: calendarEntry: the entry c-10-2026-004 is planned for Rural okrug akim, Абралинский сельский округ — link the meeting to an entry of its own holder, or mark it outsideCalendar with the reason',
    ]);
  });

  it('accepts an entry a correction added, of the meeting’s own holder', () => {
    expectProblems((t) => {
      const m = entry(t, m1);
      m.holder = { level: 'rural-okrug', office: { ru: 'Аким Абралинского сельского округа' } };
      m.calendarEntry = 'c-10-2026-004';
    }, []);
  });

  it('refuses a minister’s meeting held by a body that is not a ministry, and one linked to a calendar entry', () => {
    expectProblems((t) => {
      entry(t, m3).holder.body = 'water-utility';
      entry(t, m3).calendarEntry = 'c-10-2026-003';
    }, [
      'content/meetings/abay/m-10-0003.json: holder.body: water-utility is not a ministry — a minister’s meeting is held by the head of a central government body: give a ministry of the bodies list, e.g. min-energy',
      'content/meetings/abay/m-10-0003.json: calendarEntry: a minister’s meetings are not in the akimats’ calendars — remove calendarEntry',
    ]);
  });
});

describe('calendar problems in Kazakh and Russian', () => {
  it('a meeting linked to an entry of another holder', () => {
    expectLines((t) => { entry(t, m1).calendarEntry = 'c-10-2026-003'; }, [
      'content/meetings/abay/m-10-0001.json: calendarEntry: c-10-2026-003 жазбасы басқа лауазымға жоспарланған: Облыс әкімі, Абай облысы — кездесуді оны өткізетін адамның жазбасымен байланыстырыңыз немесе outsideCalendar өрісінде себебін көрсетіңіз',
    ], [
      'content/meetings/abay/m-10-0001.json: calendarEntry: запись c-10-2026-003 запланирована для другого лица: Аким области, область Абай — свяжите встречу с записью того, кто её проводит, или отметьте её в outsideCalendar с причиной',
    ]);
  });

  it('an unknown calendar entry', () => {
    expectLines((t) => { entry(t, m1).calendarEntry = 'c-10-2026-099'; }, [
      'content/meetings/abay/m-10-0001.json: calendarEntry: белгісіз күнтізбе жазбасы c-10-2026-099: abay өңірінің бірде-бір күнтізбесінде жоқ — calendars/abay/ ішіндегі жазбаның нөмірін жазыңыз немесе calendarEntry өрісін өшіріп, кездесудің күнтізбеден тыс өтетін себебін outsideCalendar өрісіне жазыңыз',
    ], [
      'content/meetings/abay/m-10-0001.json: calendarEntry: неизвестная запись календаря c-10-2026-099: её нет ни в одном календаре региона abay — укажите номер записи из calendars/abay/ или удалите calendarEntry и объясните в outsideCalendar, почему встреча вне календаря',
    ]);
  });

  it('an unknown holder district and a district akim planned outside their district', () => {
    expectLines((t) => {
      calendar(t).entries[1].place = { district: 'semey-city' };
      calendar(t).entries[2].holder = { level: 'district', district: 'zaisan' };
      calendar(t).entries[2].place = {};
    }, [
      `${file}: entries[1].place.district: «Аудан әкімі» (abay-district) кездесуі semey-city жерінде жоспарланған — аудан немесе қала әкімі өз ауданының тұрғындарымен кездеседі: place.district өрісіне abay-district жазыңыз`,
      `${file}: entries[2].holder.district: abay өңірінде zaisan ауданы жоқ — geo/districts/abay.json файлындағы slug мәнін жазыңыз`,
    ], [
      `${file}: entries[1].place.district: встреча уровня «Аким района» (abay-district) запланирована в semey-city — аким района или города встречается с жителями своего района: укажите в place.district abay-district`,
      `${file}: entries[2].holder.district: в регионе abay нет района zaisan — укажите slug из geo/districts/abay.json`,
    ]);
  });

  it('a minister’s meeting held by a body that is not a ministry, and a place in another region', () => {
    expectLines((t) => {
      entry(t, m3).holder.body = 'water-utility';
      calendar(t).entries[2].place = { settlement: { kato: '711100010', name: { ru: 'Жилой массив Аэропорт' } } };
    }, [
      `${file}: entries[2].place.settlement.kato: abay өңірінің елді мекендері арасында 711100010 коды жоқ — geo/settlements/abay.json файлындағы КАТО кодын жазыңыз`,
      'content/meetings/abay/m-10-0003.json: holder.body: «Жергілікті су шаруашылығы кәсіпорны» министрлік емес — министрдің кездесуін орталық мемлекеттік органның басшысы өткізеді: органдар тізіміндегі министрлікті жазыңыз, мысалы min-energy',
    ], [
      `${file}: entries[2].place.settlement.kato: кода 711100010 нет среди населённых пунктов региона abay — укажите код КАТО из geo/settlements/abay.json`,
      'content/meetings/abay/m-10-0003.json: holder.body: «Местное водохозяйственное предприятие» не министерство — встречу министра проводит руководитель центрального госоргана: укажите министерство из списка органов, например min-energy',
    ]);
  });

  it('a correction without its maslikhat reference', () => {
    expectLines((t) => { delete calendar(t).corrections[0].maslikhat; }, [
      `${file}: corrections[0].maslikhat: толтырылмаған — бұл өрісті қосыңыз: мәслихаттың келісімі (agreement) не хабарламасы (notice), сессиясы, шешімінің немесе хатының күні мен нөмірі`,
    ], [
      `${file}: corrections[0].maslikhat: не заполнено — добавьте это поле: согласование (agreement) или уведомление (notice) маслихата, сессия, дата и номер его решения или письма`,
    ]);
  });

  it('a correction moving a dropped entry', () => {
    expectLines((t) => {
      calendar(t).corrections.push({ kind: 'moved', date: '2026-06-10', maslikhat, reason: { ru: 'Перенос' }, entry: 'c-10-2026-002', planned: { from: '2026-08-01', to: '2026-08-02' } });
    }, [
      `${file}: corrections[4].entry: c-10-2026-002 жазбасы 2026-06-01 күнгі corrections[2] түзетуімен алынып тасталған — алынған кездесу қайта ауыстырылмайды әрі қайта алынбайды; оны қайта жоспарлау үшін жаңа нөмірмен added түзетуі арқылы қосыңыз`,
    ], [
      `${file}: corrections[4].entry: запись c-10-2026-002 уже исключена корректировкой corrections[2] от 2026-06-01 — исключённую встречу нельзя перенести или исключить снова; чтобы запланировать её заново, добавьте её корректировкой added с новым номером`,
    ]);
  });

  it('a meeting linking an entry of a calendar that failed its schema is not told the entry is unknown', () => {
    expectLines((t) => { delete calendar(t).approved.maslikhat; }, [
      `${file}: approved.maslikhat: толтырылмаған — бұл өрісті қосыңыз: мәслихаттың келісімі (agreement) не хабарламасы (notice), сессиясы, шешімінің немесе хатының күні мен нөмірі`,
    ], [
      `${file}: approved.maslikhat: не заполнено — добавьте это поле: согласование (agreement) или уведомление (notice) маслихата, сессия, дата и номер его решения или письма`,
    ]);
  });
});
