/**
 * Every validation rule: a fixture that breaks it, and the exact line a data
 * editor reads. Each case starts from the valid fixture and changes one thing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { loadContentInParallel, minutesJsonWithText, minutesText, minutesWithText } from '../../src/lib/content/load-parallel.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { entry, fixtureAsOf, problemsOf, validTree, writeTree, type Tree } from './fixture.ts';
import { tempFolder } from '../support/temp.ts';

function expectProblems(mutate: (t: Tree) => void, expected: string[]): void {
  const tree = validTree();
  mutate(tree);
  expect(problemsOf(tree)).toEqual(expected);
}

describe('the valid fixture', () => {
  it('has no problems, with a scheduled meeting and a deadline after the build date', () => {
    const tree = validTree();
    expect(entry(tree, 'meetings/abay/m-10-0002.json').start > '2026-06-30').toBe(true);
    expect(entry(tree, 'issues/abay/i-10-00002.json').deadline > '2026-06-30').toBe(true);
    expect(problemsOf(tree)).toEqual([]);
  });

  it('accepts an allow-listed hotline in another spelling, and refuses it once it is off the list', () => {
    const tree = validTree();
    expect(entry(tree, 'issues/abay/i-10-00003.json').description.ru).toContain('+7 7172 55 66 77');
    expect(problemsOf(tree)).toEqual([]);
    entry(tree, 'privacy/allow-list.json').phones = [];
    expect(problemsOf(tree)).toEqual([
      "content/issues/abay/i-10-00003.json: description.ru: contains a phone number (+7 717 *** ** 77) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)",
    ]);
  });
});

describe('every problem is reported at once', () => {
  it('lists problems of different files and kinds together', () => {
    const tree = validTree();
    entry(tree, 'issues/abay/i-10-00001.json').category = 'roads';
    entry(tree, 'issues/abay/i-10-00002.json').measure = 'ap-009';
    tree['meetings/abay/m-10-0001.minutes.ru.mdx'] = 'Итого {2 + 2}\n';
    expect(problemsOf(tree)).toHaveLength(3);
  });
});

describe('addresses that could run script are refused in every URL field and in minutes', () => {
  const refused = 'is a "javascript:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /';
  const address = 'JavaScript:alert(document.domain)';
  const fields: [string, string, (t: Tree) => void][] = [
    ['meeting stream', 'content/meetings/abay/m-10-0001.json: stream', (t) => { entry(t, 'meetings/abay/m-10-0001.json').stream = address; }],
    ['announcement', 'content/meetings/abay/m-10-0002.json: announcements[0].url', (t) => { entry(t, 'meetings/abay/m-10-0002.json').announcements[0].url = address; }],
    ['video', 'content/meetings/abay/m-10-0001.json: changes[0].video[0]', (t) => { entry(t, 'meetings/abay/m-10-0001.json').changes[0].video = [address]; }],
    ['document', 'content/meetings/abay/m-10-0001.json: changes[0].documents[0].url', (t) => { entry(t, 'meetings/abay/m-10-0001.json').changes[0].documents = [{ url: address, title: { ru: 'Протокол' } }]; }],
    ['coverage', 'content/meetings/abay/m-10-0001.json: changes[0].coverage[0].url', (t) => { entry(t, 'meetings/abay/m-10-0001.json').changes[0].coverage = [{ outlet: 'Газета', title: { ru: 'Статья' }, url: address, published: '2026-03-11' }]; }],
    ['evidence', 'content/issues/abay/i-10-00001.json: history[2].evidence[0].url', (t) => { entry(t, 'issues/abay/i-10-00001.json').history[2].evidence[0].url = address; }],
    ['maslikhat decision', 'content/issues/abay/i-10-00002.json: financing.decision.url', (t) => { entry(t, 'issues/abay/i-10-00002.json').financing.decision.url = address; }],
  ];
  it.each(fields)('%s', (_what, where, mutate) => {
    expectProblems(mutate, [`${where}: ${refused}`]);
  });

  it('a link in minutes, named by file and line', () => {
    expectProblems((t) => { t['meetings/abay/m-10-0001.minutes.ru.mdx'] = '## Повестка\n\n[документ](javascript:alert(1))\n'; }, [
      'content/meetings/abay/m-10-0001.minutes.ru.mdx: line 3: a link leads to "javascript:alert(1)": it is a "javascript:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /',
    ]);
  });

  it('a data: image in minutes', () => {
    expectProblems((t) => { t['meetings/abay/m-10-0001.minutes.ru.mdx'] = '## Повестка\n\n![схема](data:image/svg+xml;base64,PHN2Zz4=)\n'; }, [
      'content/meetings/abay/m-10-0001.minutes.ru.mdx: line 3: an image leads to "data:image/svg+xml;base64,PHN2Zz4=": it is a "data:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /',
    ]);
  });
});

describe('a meeting whose day passed with no outcome', () => {
  it('is no error, so the nightly build never stops on it, and npm run validate reminds the editors of it', () => {
    // The fixture's m-10-0002 is scheduled for 15 July 2026; on 20 July nobody has said what happened.
    const tree = validTree();
    expect(problemsOf(tree, '2026-07-20')).toEqual([]);
    const root = writeTree(tree);
    const run = spawnSync(process.execPath, ['scripts/validate.ts'], {
      encoding: 'utf8',
      env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse('2026-07-20T12:00:00+05:00') / 1000) },
    });
    expect(run.status).toBe(0);
    expect(run.stderr.trim()).toBe(
      `${root}/meetings/abay/m-10-0002.json: changes: warning: the meeting was due on 2026-07-15 and no outcome is recorded — add an entry: held (with attendance), ` +
        'postponed (with the reason and the new start) or cancelled (with the reason), for example with a row of templates/meeting-changes.csv; until then the site shows "outcome not reported"',
    );
    // On its day it is not due yet.
    const onTheDay = spawnSync(process.execPath, ['scripts/validate.ts'], {
      encoding: 'utf8',
      env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse('2026-07-15T20:00:00+05:00') / 1000) },
    });
    expect(onTheDay.status).toBe(0);
    expect(onTheDay.stderr).toBe('');
  });
});

describe('ids', () => {
  it('carry the KATO prefix of their region', () => {
    expectProblems((t) => {
      const moved = { ...entry(t, 'issues/astana/i-71-00001.json'), id: 'i-10-00009' };
      delete t['issues/astana/i-71-00001.json'];
      t['issues/astana/i-10-00009.json'] = moved;
    }, ['content/issues/astana/i-10-00009.json: id: i-10-00009 is numbered for region 10, but the issue is in astana (71) — give it the next free id of astana, i-71-…']);
  });
});

describe('the change log of an issue', () => {
  const i2 = 'issues/abay/i-10-00002.json';
  it('accepts a progress note, a deadline moved and financing changed', () => {
    expectProblems((t) => {
      entry(t, i2).changes = [
        { kind: 'progress', date: '2026-04-10', note: { ru: 'Определён подрядчик' } },
        { kind: 'deadline', date: '2026-05-01', deadline: '2027-03-31', reason: { ru: 'Подрядчик не успевает' } },
        { kind: 'financing', date: '2026-05-02', amountKzt: 15000000, source: 'local', decision: { session: 'XIII', date: '2026-05-02', number: '13/1' } },
      ];
    }, []);
  });
  it('refuses an unknown kind, a move to the deadline already in force, a change out of order and one in the future', () => {
    expectProblems((t) => {
      entry(t, i2).changes = [
        { kind: 'deadline', date: '2026-05-01', deadline: '2026-12-31', reason: { ru: 'Ошибка' } },
        { kind: 'progress', date: '2026-04-10', note: { ru: 'Работы идут' } },
        { kind: 'progress', date: '2026-07-01', note: { ru: 'Ещё не было' } },
        { kind: 'rumour', date: '2026-05-01' },
      ];
    }, [
      'content/issues/abay/i-10-00002.json: changes[3].kind: is not a kind of change — give "kind" as one of: progress, deadline, financing, correction, details',
    ]);
    expectProblems((t) => {
      entry(t, i2).changes = [
        { kind: 'deadline', date: '2026-05-01', deadline: '2026-12-31', reason: { ru: 'Ошибка' } },
        { kind: 'progress', date: '2026-04-10', note: { ru: 'Работы идут' } },
        { kind: 'progress', date: '2026-07-01', note: { ru: 'Ещё не было' } },
      ];
    }, [
      'content/issues/abay/i-10-00002.json: changes[0].deadline: is 2026-12-31, the deadline already in force — give the new deadline, or remove the entry',
      "content/issues/abay/i-10-00002.json: changes[1].date: 2026-04-10 is before the previous change's 2026-05-01 — changes go forward; add new ones at the end in date order",
      'content/issues/abay/i-10-00002.json: changes[2].date: is after the build date 2026-06-30 — a change cannot be in the future; check the year and month',
    ]);
  });
  it('needs a reason for a deadline', () => {
    expectProblems((t) => {
      entry(t, i2).changes = [{ kind: 'deadline', date: '2026-05-01', deadline: '2027-03-31' }];
    }, ['content/issues/abay/i-10-00002.json: changes[0].reason: is missing — add this field: write it as { "ru": "…" } or { "kk": "…" }']);
  });
  it('accepts a correction of the title or description, and refuses one of another field, one without a reason and one that changes nothing', () => {
    const i1 = 'issues/abay/i-10-00001.json';
    expectProblems((t) => {
      entry(t, i1).changes = [
        { kind: 'correction', date: '2026-05-12', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село' } },
        { kind: 'correction', date: '2026-05-13', field: 'description', text: { kk: 'Суды аптасына бір рет әкеледі.' }, reason: { kk: 'Қазақша мәтін қосылды' } },
      ];
    }, []);
    expectProblems((t) => {
      entry(t, i1).changes = [
        { kind: 'correction', date: '2026-05-12', field: 'category', text: { ru: 'Вода' }, reason: { ru: 'Не та категория' } },
        { kind: 'correction', date: '2026-05-13', field: 'title', text: { ru: 'Нет питьевой воды' } },
      ];
    }, [
      'content/issues/abay/i-10-00001.json: changes[0].field: is not a field that can be corrected — use one of: title, description',
      'content/issues/abay/i-10-00001.json: changes[1].reason: is missing — add this field: write it as { "ru": "…" } or { "kk": "…" }',
    ]);
    expectProblems((t) => {
      entry(t, i1).changes = [
        { kind: 'correction', date: '2026-05-12', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село' } },
        // The Russian is the wording the first correction gave; only the English is new.
        { kind: 'correction', date: '2026-05-13', field: 'title', text: { ru: 'Нет питьевой воды в Абралы', en: 'No drinking water in Abraly' }, reason: { en: 'Translated' } },
      ];
    }, [
      "content/issues/abay/i-10-00001.json: changes[1].text.ru: is the title's Russian wording already in force — give the corrected wording, or leave ru out of the correction",
    ]);
  });
});

describe('each rule gives its message', () => {
  it("missing field", () => {
    expectProblems((t) => { delete entry(t, 'issues/abay/i-10-00001.json').category; }, [
      "content/issues/abay/i-10-00001.json: category: is missing — add this field: use one of: mobile-internet, electricity, gas, water, roads-transport, housing-utilities, health, education, social-support, employment, agriculture, public-order, environment, other",
    ]);
  });
  it("unknown category", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').category = 'roads'; }, [
      "content/issues/abay/i-10-00001.json: category: is not a category — use one of: mobile-internet, electricity, gas, water, roads-transport, housing-utilities, health, education, social-support, employment, agriculture, public-order, environment, other",
    ]);
  });
  it("unknown field", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').statusNow = 'resolved'; }, [
      "content/issues/abay/i-10-00001.json: statusNow: is not a known field — remove it or correct its spelling",
    ]);
  });
  it("bad json", () => {
    const tree = validTree();
    tree['issues/abay/i-10-00001.json'] = '{ "id": "i-10-00001", }';
    const [line, ...rest] = problemsOf(tree);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^content\/issues\/abay\/i-10-00001\.json: \(file\): is not valid JSON \(.+\) — fix the syntax: quotes, commas and brackets$/);
  });
  it("bad date", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').raised = '10.03.2026'; }, [
      "content/issues/abay/i-10-00001.json: raised: is not a date — write it as YYYY-MM-DD, e.g. 2026-03-15",
    ]);
  });
  it("bad offset", () => {
    expectProblems((t) => { entry(t, 'meetings/abay/m-10-0001.json').start = '2026-03-10T10:00'; }, [
      "content/meetings/abay/m-10-0001.json: start: is not a date and time with a UTC offset — write it as 2026-03-15T10:00+05:00 (local time with its UTC offset: +05:00 everywhere since 2024-03-01)",
    ]);
  });
  it("no text", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').title = {}; }, [
      "content/issues/abay/i-10-00001.json: title: has no text — give it in at least one of kk, ru, en",
    ]);
  });
  it("duplicate id", () => {
    expectProblems((t) => { t['issues/abay/i-10-00009.json'] = entry(t, 'issues/abay/i-10-00002.json'); }, [
      "content/issues/abay/i-10-00009.json: id: is i-10-00002 but the file is i-10-00009.json — name the file i-10-00002.json",
      "content/issues/abay/i-10-00009.json: id: i-10-00002 is already used by another issue — ids are never reused; take the next free number",
    ]);
  });
  it("wrong folder", () => {
    expectProblems((t) => { t['issues/astana/i-10-00002.json'] = entry(t, 'issues/abay/i-10-00002.json'); delete t['issues/abay/i-10-00002.json']; }, [
      "content/issues/astana/i-10-00002.json: place.region: is abay but the file is in issues/astana/ — move it to issues/abay/",
    ]);
  });
  it("unknown meeting", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').meetings = ['m-10-0099']; }, [
      "content/issues/abay/i-10-00001.json: meetings[0]: m-10-0099 is not a meeting in meetings/ — check the id, or add the meeting first",
    ]);
  });
  it("not held meeting", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').meetings = ['m-10-0002']; }, [
      "content/issues/abay/i-10-00001.json: meetings[0]: m-10-0002 is scheduled, not held — issues are raised at held meetings; add a \"held\" entry to the meeting's changes or correct the id",
      "content/issues/abay/i-10-00001.json: raised: 2026-03-10 is before its meeting on 2026-07-15 — an issue is raised at or after its meeting; check the date",
    ]);
  });
  it("unknown region", () => {
    expectProblems((t) => { entry(t, 'issues/astana/i-71-00001.json').place.region = 'astanaa'; }, [
      "content/issues/astana/i-71-00001.json: place.region: astanaa is not a region — use a slug from geo/regions.json, e.g. abay",
    ]);
  });
  it("district of other region", () => {
    expectProblems((t) => { entry(t, 'issues/astana/i-71-00001.json').place.district = 'semey-city'; }, [
      "content/issues/astana/i-71-00001.json: place.district: semey-city belongs to region abay, not astana — correct the region or the district",
    ]);
  });
  it("settlement in other district", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00002.json').place = { region: 'abay', district: 'abay-district', settlement: { kato: '101033000', name: { ru: 'x' } } }; }, [
      "content/issues/abay/i-10-00002.json: place.settlement.kato: 101033000 is in district semey-city, not abay-district — correct the district or the code",
    ]);
  });
  it("district kato outside region", () => {
    expectProblems((t) => { entry(t, 'geo/districts/abay.json')[1].kato = '713000000'; }, [
      "content/geo/districts/abay.json: [1].kato: 713000000 does not start with 10, the code of region abay — check the code or the region",
    ]);
  });
  it("unknown measure", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00002.json').measure = 'ap-009'; }, [
      "content/issues/abay/i-10-00002.json: measure: ap-009 is not a measure in plan/measures.json — check the id, or add the measure first",
    ]);
  });
  it("unknown duplicateOf", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00003.json').duplicateOf = 'i-10-00077'; }, [
      "content/issues/abay/i-10-00003.json: duplicateOf: i-10-00077 is not an issue — check the id",
    ]);
  });
  it("duplicate cycle", () => {
    expectProblems((t) => { const a = entry(t, 'issues/abay/i-10-00001.json'); a.history = [{ date: '2026-03-10', status: 'received' }, { date: '2026-03-12', status: 'duplicate', note: { ru: 'x' } }]; a.duplicateOf = 'i-10-00003'; }, [
      "content/issues/abay/i-10-00001.json: duplicateOf: forms a cycle i-10-00001 → i-10-00003 → i-10-00001 — one issue in the chain must be the original, without duplicateOf",
    ]);
  });
  it("duplicate without target", () => {
    expectProblems((t) => { delete entry(t, 'issues/abay/i-10-00003.json').duplicateOf; }, [
      "content/issues/abay/i-10-00003.json: duplicateOf: is missing — a duplicate issue names the issue it repeats in duplicateOf",
    ]);
  });
  it("dates go back", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').history[1].date = '2026-06-01'; }, [
      "content/issues/abay/i-10-00001.json: history[2].date: 2026-05-05 is before the previous entry's 2026-06-01 — history dates go forward; add entries at the end in date order",
    ]);
  });
  it("transition refused", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00002.json').history.push({ date: '2026-04-05', status: 'received' }); }, [
      "content/issues/abay/i-10-00002.json: history[2].status: cannot follow planned — after planned comes in-progress, resolved, explained, declined, referred, duplicate",
    ]);
  });
  it("first not received", () => {
    expectProblems((t) => { entry(t, 'issues/astana/i-71-00001.json').history[0].status = 'in-review'; }, [
      "content/issues/astana/i-71-00001.json: history[0].status: is in-review — a history starts with \"received\"; add a received entry first",
    ]);
  });
  it("resolved without note/evidence", () => {
    expectProblems((t) => { const h = entry(t, 'issues/abay/i-10-00001.json').history[2]; delete h.note; h.evidence = []; }, [
      "content/issues/abay/i-10-00001.json: history[2].note: is missing — a resolved entry needs a note that says what was done",
      "content/issues/abay/i-10-00001.json: history[2].evidence: is empty — a resolved entry needs evidence: a link to a photo, act or report",
    ]);
  });
  it("declined without reason", () => {
    expectProblems((t) => { entry(t, 'issues/astana/i-71-00001.json').history.push({ date: '2026-04-10', status: 'declined' }); }, [
      "content/issues/astana/i-71-00001.json: history[1].note: is missing — a declined entry needs the reason",
    ]);
  });
  it("referred without body", () => {
    expectProblems((t) => { entry(t, 'issues/astana/i-71-00001.json').history.push({ date: '2026-04-10', status: 'referred' }); }, [
      "content/issues/astana/i-71-00001.json: history[1].referredTo: is missing — a referred entry names the body it went to",
    ]);
  });
  it("reopen without note", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').history.push({ date: '2026-05-10', status: 'in-progress' }); }, [
      "content/issues/abay/i-10-00001.json: history[3].note: is missing — reopening a resolved issue needs a note that says why",
    ]);
  });
  it("raised before meeting", () => {
    expectProblems((t) => { const i = entry(t, 'issues/abay/i-10-00001.json'); i.raised = '2026-03-09'; i.history[0].date = '2026-03-09'; }, [
      "content/issues/abay/i-10-00001.json: raised: 2026-03-09 is before its meeting on 2026-03-10 — an issue is raised at or after its meeting; check the date",
    ]);
  });
  it("announcement after meeting", () => {
    expectProblems((t) => { entry(t, 'meetings/abay/m-10-0001.json').announcements[0].published = '2026-03-10'; }, [
      "content/meetings/abay/m-10-0001.json: announcements[0].published: 2026-03-10 is not before the meeting on 2026-03-10 — an announcement must be published before its meeting; check the date",
    ]);
  });
  it("future raised", () => {
    expectProblems((t) => { const i = entry(t, 'issues/astana/i-71-00001.json'); i.raised = '2026-07-02'; i.history[0].date = '2026-07-02'; }, [
      "content/issues/astana/i-71-00001.json: raised: is after the build date 2026-06-30 — the date an issue was raised cannot be in the future; check the year and month",
      "content/issues/astana/i-71-00001.json: history[0].date: is after the build date 2026-06-30 — a status change cannot be in the future; check the year and month",
    ]);
  });
  it("future held meeting", () => {
    expectProblems((t) => { entry(t, 'meetings/abay/m-10-0002.json').changes = [{ kind: 'held', date: '2026-06-29' }]; }, [
      'content/meetings/abay/m-10-0002.json: start: is after the build date 2026-06-30 but the meeting is held — a held meeting cannot be in the future; check the date, or remove the "held" entry from changes',
      "content/meetings/abay/m-10-0002.json: changes[0].date: 2026-06-29 is before the meeting's day 2026-07-15 — the outcome is recorded on or after the day the meeting was held; check the date",
    ]);
  });
  it("future history", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').history[2].date = '2026-07-05'; }, [
      "content/issues/abay/i-10-00001.json: history[2].date: is after the build date 2026-06-30 — a status change cannot be in the future; check the year and month",
    ]);
  });
  it("minutes import", () => {
    expectProblems((t) => { t['meetings/abay/m-10-0001.minutes.ru.mdx'] = 'import X from "./x.js"\n\nТекст\n'; }, [
      "content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: uses import or export — minutes may not contain code; remove the line",
    ]);
  });
  it("minutes expression", () => {
    expectProblems((t) => { t['meetings/abay/m-10-0001.minutes.ru.mdx'] = 'Итого {2 + 2} вопроса\n'; }, [
      "content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: contains a JavaScript expression in braces {…} — write plain text; to show a brace, write \\{ or \\}",
    ]);
  });
  it("minutes component", () => {
    expectProblems((t) => { t['meetings/abay/m-10-0001.minutes.ru.mdx'] = 'Текст\n\n<Script src="x" />\n'; }, [
      "content/meetings/abay/m-10-0001.minutes.ru.mdx: line 3: uses <Script>, which is not allowed in minutes — use only Agenda, Speaker, Question, Answer, Decision, Note, IssueRef",
    ]);
  });
  it("minutes issue ref", () => {
    expectProblems((t) => { t['meetings/abay/m-10-0001.minutes.ru.mdx'] = 'См. <IssueRef id="i-10-00042" />\n'; }, [
      "content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: <IssueRef id=\"i-10-00042\"> names no issue — check the id",
    ]);
  });
  it("minutes of unknown meeting", () => {
    expectProblems((t) => { t['meetings/abay/m-10-0005.minutes.kk.mdx'] = 'Мәтін\n'; }, [
      "content/meetings/abay/m-10-0005.minutes.kk.mdx: (file): m-10-0005 is not a meeting — name the file after its meeting's id",
    ]);
  });
  it("iin", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').description.ru = 'Заявитель, ИИН 900101300017, просит воду.'; }, [
      "content/issues/abay/i-10-00001.json: description.ru: contains an IIN (9001******17) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)",
    ]);
  });
  it("phone", () => {
    expectProblems((t) => { entry(t, 'issues/abay/i-10-00001.json').history[1].note.ru = 'Звонить 8 701 234 56 78'; }, [
      "content/issues/abay/i-10-00001.json: history[1].note.ru: contains a phone number (+7 701 *** ** 78) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)",
    ]);
  });
  it("email in minutes", () => {
    expectProblems((t) => { t['meetings/abay/m-10-0001.minutes.ru.mdx'] = 'Пишите: aigerim.n@mail.kz\n'; }, [
      "content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: contains an e-mail address (a***@mail.kz) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)",
    ]);
  });
  it("stream missing", () => {
    expectProblems((t) => { delete entry(t, 'meetings/abay/m-10-0001.json').stream; }, [
      "content/meetings/abay/m-10-0001.json: stream: is missing for a hybrid meeting — give the address of the stream",
    ]);
  });
  it("cancelled without reason", () => {
    expectProblems((t) => { entry(t, 'meetings/abay/m-10-0002.json').changes = [{ kind: 'cancelled', date: '2026-06-20' }]; }, [
      'content/meetings/abay/m-10-0002.json: changes[0].reason: is missing — add this field: write it as { "ru": "…" } or { "kk": "…" }',
    ]);
  });
  it("status written into a meeting file instead of its log", () => {
    expectProblems((t) => { entry(t, 'meetings/abay/m-10-0002.json').status = 'cancelled'; }, [
      'content/meetings/abay/m-10-0002.json: status: is not a known field — remove it or correct its spelling',
    ]);
  });
  it("meeting log out of order", () => {
    const reason = { ru: 'Паводок' };
    // Held on 2 April; then cancelled, postponed and held again: none of them can follow.
    expectProblems((t) => {
      entry(t, 'meetings/astana/m-71-0001.json').changes.push({ kind: 'cancelled', date: '2026-04-10', reason }, { kind: 'held', date: '2026-04-11' });
    }, [
      'content/meetings/astana/m-71-0001.json: changes[1].kind: follows the "held" entry of 2026-04-02 — a held meeting is not cancelled afterwards; record a new meeting instead',
      'content/meetings/astana/m-71-0001.json: changes[2].kind: follows the cancellation of 2026-04-10 — a cancelled meeting is not postponed, held or corrected again; record a new meeting instead',
    ]);
    // Materials before the meeting was held, an entry dated before the one above it, an entry in the future.
    expectProblems((t) => {
      entry(t, 'meetings/abay/m-10-0002.json').changes = [
        { kind: 'postponed', date: '2026-06-20', reason },
        { kind: 'materials', date: '2026-06-10', video: ['https://example.org/v'] },
        { kind: 'corrected', date: '2026-07-01', reason, venue: { ru: 'Школа' } },
      ];
    }, [
      "content/meetings/abay/m-10-0002.json: changes[1].date: 2026-06-10 is before the previous entry's 2026-06-20 — entries go forward; add new ones at the end in date order",
      'content/meetings/abay/m-10-0002.json: changes[1].kind: comes before any "held" entry — materials are added only after the meeting was held; add the "held" entry first',
      'content/meetings/abay/m-10-0002.json: changes[2].date: is after the build date 2026-06-30 — an entry cannot be in the future; check the year and month',
    ]);
  });
  it("region without a square on the map", () => {
    expectProblems((t) => { (t['geo/tiles.json'] as unknown[]).pop(); }, [
      'content/geo/tiles.json: (file): has no square for region astana — add {"region": "astana", "column": …, "row": …, "label": {"kk": …, "ru": …, "en": …}} on a free square',
    ]);
  });
  it("two regions on one square", () => {
    expectProblems((t) => { entry(t, 'geo/tiles.json')[1].column = 1; }, [
      "content/geo/tiles.json: [1].column: 1, row 0 is already the square of abay at [0] — move one of them to a free square",
    ]);
  });
  it("region with two squares", () => {
    expectProblems((t) => { entry(t, 'geo/tiles.json').push({ region: 'abay', column: 2, row: 0, label: { kk: 'Абай', ru: 'Абай', en: 'Abay' } }); }, [
      "content/geo/tiles.json: [2].region: abay already has a square at [0] — give each region one square; remove one of them",
    ]);
  });
  it("square of an unknown region", () => {
    expectProblems((t) => { entry(t, 'geo/tiles.json')[1].region = 'astna'; }, [
      "content/geo/tiles.json: [1].region: astna is not a region in geo/regions.json — use one of the region slugs",
      'content/geo/tiles.json: (file): has no square for region astana — add {"region": "astana", "column": …, "row": …, "label": {"kk": …, "ru": …, "en": …}} on a free square',
    ]);
  });
  it("square label too long", () => {
    expectProblems((t) => { entry(t, 'geo/tiles.json')[0].label.ru = 'Западно-Казахстанская'; }, [
      "content/geo/tiles.json: [0].label.ru: is too long for its square: at most two words (shown one under the other), each at most 11 characters — shorten it, e.g. an abbreviation such as ЗКО",
    ]);
  });
  it("square off the grid", () => {
    expectProblems((t) => { entry(t, 'geo/tiles.json')[0].row = -1; }, [
      "content/geo/tiles.json: [0].row: is below 0 — rows count from 0 in the north",
    ]);
  });
  it("no map file", () => {
    expectProblems((t) => { delete t['geo/tiles.json']; }, [
      "content/geo/tiles.json: (file): is missing — add the regional map: a list with one square per region, see content/geo/README.md",
    ]);
  });
  it("stray file", () => {
    expectProblems((t) => { t['issues/abay/notes.txt'] = 'hello'; }, [
      "content/issues/abay/notes.txt: (file): is not a content file — issues are issues/{region}/{id}.json; move or rename it",
    ]);
  });

});

describe('checking minutes in processes of their own', () => {
  it('reports the same problems, in the same order, and loads the same content as checking them on one thread', async () => {
    const tree = validTree();
    entry(tree, 'issues/abay/i-10-00001.json').category = 'roads';
    tree['meetings/abay/m-10-0001.minutes.ru.mdx'] = 'Итого {2 + 2}\n\nЖитель: 8 701 234 56 78\n';
    const root = writeTree(tree);
    const serial = loadContent(root, { asOf: fixtureAsOf });
    const parallel = await loadContentInParallel(root, { asOf: fixtureAsOf }, 2);
    expect(serial.problems.map(formatProblem)).toHaveLength(3);
    expect(parallel.problems.map(formatProblem)).toEqual(serial.problems.map(formatProblem));
    expect(parallel.content).toEqual(serial.content);
    expect(parallel.files).toBe(serial.files);
  });

  it('hands back every minutes file when each process has more than one batch of them (200) to send', async () => {
    const tree = validTree();
    const meeting = entry(tree, 'meetings/abay/m-10-0001.json');
    // 150 meetings with minutes in three languages: 450 files, about 225 for each of the two processes.
    for (let n = 3; n <= 152; n++) {
      const id = `m-10-${String(n).padStart(4, '0')}`;
      tree[`meetings/abay/${id}.json`] = { ...structuredClone(meeting), id };
      for (const lang of ['kk', 'ru', 'en']) tree[`meetings/abay/${id}.minutes.${lang}.mdx`] = `## ${lang} ${n}\n\nПротокол ${n}.\n`;
    }
    const root = writeTree(tree);
    const serial = loadContent(root, { asOf: fixtureAsOf });
    const parallel = await loadContentInParallel(root, { asOf: fixtureAsOf }, 2);
    expect(parallel.content.minutes.filter((m) => /\nПротокол \d+\.\n$/.test(m.text))).toHaveLength(450);
    expect(parallel.content.minutes).toEqual(serial.content.minutes);
    expect(parallel.problems.map(formatProblem)).toEqual(serial.problems.map(formatProblem));
  });

  it('keeps each minutes file checked in the build\'s store rather than in memory, takes a kept result as it is, and checks again any whose text, code or allowed contacts changed', async () => {
    const tree = validTree();
    const file = 'meetings/abay/m-10-0001.minutes.ru.mdx';
    tree['meetings/abay/m-10-0001.minutes.kk.mdx'] = '## Күн тәртібі\n\nЖол жөнделеді.\n';
    tree['meetings/abay/m-10-0001.minutes.en.mdx'] = '## Agenda\n\nThe road will be repaired.\n';
    const root = writeTree(tree);
    const store = { folder: join(tempFolder('kezdesu-minutes-store-'), 'checked-minutes'), code: 'code-1' };
    const mdx = Object.keys(tree).filter((f) => f.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(1);
    const serial = loadContent(root, { asOf: fixtureAsOf });
    const first = await loadContentInParallel(root, { asOf: fixtureAsOf }, 2, store);
    expect(first.problems).toEqual([]);
    // Held without their HTML and text, which are read back whole from the store.
    expect(first.content.minutes.every((m) => m.html === '' && m.text === '' && m.kept !== undefined)).toBe(true);
    expect(first.content.minutes.map(minutesWithText)).toEqual(serial.content.minutes);
    expect(first.content.minutes.map(minutesText)).toEqual(serial.content.minutes.map((m) => m.text));
    // A snapshot's line of minutes, made from the kept lines without parsing them, is the minutes' own JSON to the byte.
    expect(first.content.minutes.map(minutesJsonWithText)).toEqual(serial.content.minutes.map((m) => JSON.stringify(m)));
    expect(readdirSync(store.folder)).toHaveLength(mdx.length);
    // What the store holds is what the next load shows: a text planted there for the same minutes is taken as it is.
    const plant = () => {
      for (const name of readdirSync(store.folder)) {
        const [checks, text, html] = readFileSync(join(store.folder, name), 'utf8').split('\n');
        writeFileSync(join(store.folder, name), `${checks}\n${JSON.stringify(`${JSON.parse(text ?? '""') as string} (from the store)`)}\n${html}\n`);
      }
    };
    const planted = (result: Awaited<ReturnType<typeof loadContentInParallel>>) => result.content.minutes.map((m) => minutesWithText(m).text.endsWith('(from the store)'));
    plant();
    const second = await loadContentInParallel(root, { asOf: fixtureAsOf }, 2, store);
    expect(planted(second)).toEqual(mdx.map(() => true));
    // Changed text is checked again: a phone number in it is refused; the store keeps only this tree's results.
    const text = readFileSync(join(root, file), 'utf8');
    writeFileSync(join(root, file), `${text}\nЖитель: 8 701 234 56 78\n`);
    const third = await loadContentInParallel(root, { asOf: fixtureAsOf }, 2, store);
    expect(third.problems.map(formatProblem)).toEqual(loadContent(root, { asOf: fixtureAsOf }).problems.map(formatProblem));
    expect(third.problems).toHaveLength(1);
    expect(readdirSync(store.folder)).toHaveLength(mdx.length);
    // A kept result cut short (a build stopped while writing it) is checked again, not taken.
    writeFileSync(join(root, file), text);
    await loadContentInParallel(root, { asOf: fixtureAsOf }, 2, store);
    plant();
    const [cut] = readdirSync(store.folder);
    writeFileSync(join(store.folder, cut ?? ''), '{"problems":[');
    const fifth = await loadContentInParallel(root, { asOf: fixtureAsOf }, 2, store);
    expect(fifth.problems).toEqual([]);
    expect(planted(fifth).filter((p) => !p)).toHaveLength(1);
    // Another version of the code checks every file again: nothing is taken from the planted results.
    const sixth = await loadContentInParallel(root, { asOf: fixtureAsOf }, 2, { ...store, code: 'code-2' });
    expect(planted(sixth)).toEqual(mdx.map(() => false));
    expect(sixth.content.minutes.map(minutesWithText)).toEqual(serial.content.minutes);
  });
});
