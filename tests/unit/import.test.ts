/**
 * Spreadsheet import: a good file adds exactly its rows, each kind of bad row
 * gives the line an editor reads and nothing is written, importing twice
 * changes nothing, and the CSV a Russian-locale spreadsheet saves (BOM,
 * semicolons, dd.mm.yyyy dates) is read the same. Runs on the validation
 * fixture (build day 2026-06-30).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { templateColumns, templateFiles } from '../../src/lib/import/columns.ts';
import { decodeCsv, heading, templateCsv } from '../../src/lib/import/csv.ts';
import { planImport, type ImportPlan } from '../../src/lib/import/import.ts';
import { importFile } from '../../src/lib/import/run.ts';
import type { AtomicFs } from '../../src/lib/content/atomic-write.ts';
import * as realFs from 'node:fs/promises';
import { leftovers, snapshot as bytesOf } from '../support/tree-snapshot.ts';
import { say } from '../../src/lib/i18n/messages.ts';
import { calendarTree } from '../content/calendar-fixture.ts';
import { entry, fixtureAsOf, problemsOf, validTree, writeTree } from '../content/fixture.ts';
import { type ImportKind, importKinds } from '../../src/vocabularies.ts';

/** CSV text from rows of cells, quoted where needed. */
function csv(rows: string[][], delimiter = ','): string {
  const cell = (s: string) => (/[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/** The template's headings followed by rows given as objects by column key. */
function sheet(kind: ImportKind, rows: Record<string, string | undefined>[], delimiter = ','): string {
  const columns = templateColumns[kind];
  return csv([columns.map(heading), ...rows.map((r) => columns.map((c) => r[c.key] ?? ''))], delimiter);
}

function plan(root: string, kind: ImportKind, text: string): ImportPlan {
  return planImport({ root, file: 'in.csv', text, kind, asOf: fixtureAsOf });
}

function apply(root: string, p: ImportPlan): void {
  for (const f of p.files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

/** Every file of a tree with its bytes, to prove nothing changed. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    try {
      out[f] = readFileSync(join(root, f), 'utf8');
    } catch {
      // a folder
    }
  }
  return out;
}

const col = (kind: ImportKind, key: string): string => {
  const c = templateColumns[kind].find((x) => x.key === key);
  if (c === undefined) throw new Error(`no column ${key}`);
  return heading(c);
};

describe('templates', () => {
  it.each(importKinds)('templates/%s.csv has the bilingual header and a marked example row that is refused as is and imports once unmarked', (kind) => {
    const text = readFileSync(templateFiles[kind], 'utf8');
    expect(text).toBe(templateCsv(templateColumns[kind]));
    const root = writeTree(validTree());
    const asIs = plan(root, kind, text);
    expect(asIs.problems).toEqual([`in.csv: row 2: is the template's example row (it starts with "Үлгі / Пример:") — delete it and write your own rows`]);
    expect(asIs.files).toEqual([]);
    // Without its mark the example is a valid row: it shows editors what a good one looks like.
    const p = plan(root, kind, text.replace('Үлгі / Пример: ', ''));
    expect(p.problems).toEqual([]);
    expect(p.added).toHaveLength(1);
    apply(root, p);
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
  });
});

describe('every kind, in every form a spreadsheet saves', () => {
  /** The template's example row, unmarked: a good row of each kind against the fixture. */
  const example = (kind: ImportKind): string[][] => {
    const columns = templateColumns[kind];
    return [columns.map(heading), columns.map((c) => c.example)];
  };

  it.each(importKinds)('imports the same %s row from CSV with commas, from CSV with semicolons and a BOM, and from an Excel workbook', async (kind) => {
    const { default: writeExcelFile } = await import('write-excel-file/node');
    const { workbookToCsv } = await import('../../src/lib/import/xlsx.ts');
    const rows = example(kind);
    const comma = plan(writeTree(validTree()), kind, csv(rows));
    expect(comma.problems).toEqual([]);
    expect(comma.added).toHaveLength(1);
    expect(comma.files).toHaveLength(1);
    expect(plan(writeTree(validTree()), kind, `\uFEFF${csv(rows, ';')}`)).toEqual(comma);
    const root = writeTree(validTree());
    const file = join(root, '..', `${root.split('/').at(-1)}-${kind}.xlsx`);
    await writeExcelFile(rows.map((r) => r.map((value) => (value === '' ? null : value)))).toFile(file);
    const read = await workbookToCsv(readFileSync(file));
    if (!('text' in read)) throw new Error(`the workbook could not be read: ${JSON.stringify(read)}`);
    expect(plan(root, kind, read.text)).toEqual(comma);
    // Imported once, the same row again changes nothing.
    apply(root, comma);
    const again = plan(root, kind, csv(rows));
    expect(again.problems).toEqual([]);
    expect(again.files).toEqual([]);
    expect(again.skipped).toHaveLength(1);
  });
});

describe('new issues', () => {
  const good: Record<string, string>[] = [
    { meeting: 'm-10-0001', category: 'Питьевая вода', titleRu: 'Нет воды на улице Жамбыла', descriptionRu: 'Жители просят провести водопровод.', body: 'water-utility', deadline: '2026-12-31' },
    { meeting: 'm-71-0001', raised: '03.04.2026', category: 'roads-transport', titleKk: 'Аялдама жоқ', descriptionKk: 'Тұрғындар аялдама салуды сұрайды.', body: 'Аудан (қала) әкімдігі' },
  ];

  it('adds exactly its rows, with the next free id of each region, in the format of the content', () => {
    const root = writeTree(validTree());
    const before = snapshot(root);
    const p = plan(root, 'issues', sheet('issues', good));
    expect(p.problems).toEqual([]);
    expect(p.added).toEqual(['row 2: i-10-00004', 'row 3: i-71-00002']);
    apply(root, p);
    const after = snapshot(root);
    expect(Object.keys(after).filter((f) => !(f in before)).sort()).toEqual(['issues/abay/i-10-00004.json', 'issues/astana/i-71-00002.json']);
    for (const f of Object.keys(before)) expect(after[f]).toBe(before[f]);
    const issue = JSON.parse(after['issues/abay/i-10-00004.json'] ?? '');
    expect(Object.keys(issue)).toEqual(['id', 'meetings', 'raised', 'place', 'category', 'title', 'description', 'body', 'history', 'deadline']);
    // Blank place columns take the meeting's place, down to its rural okrug; a blank date takes the meeting's day.
    expect(issue).toMatchObject({ raised: '2026-03-10', category: 'water' });
    expect(issue.place).toEqual({ region: 'abay', district: 'semey-city', settlement: { kato: '101033000', name: { ru: 'Абралинский сельский округ' } } });
    expect(issue.history).toEqual([{ date: '2026-03-10', status: 'received' }]);
    expect(after['issues/abay/i-10-00004.json']).toBe(`${JSON.stringify(issue, null, 2)}\n`);
    const second = JSON.parse(after['issues/astana/i-71-00002.json'] ?? '');
    expect(second).toMatchObject({ raised: '2026-04-03', body: 'district-akimat', title: { kk: 'Аялдама жоқ' } });
    // m-71-0001 is in the Almaty district of Astana and names no okrug.
    expect(second.place).toEqual({ region: 'astana', district: 'almaty-district' });
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
  });

  it('changes nothing when the same file is imported again', () => {
    const root = writeTree(validTree());
    apply(root, plan(root, 'issues', sheet('issues', good)));
    const once = snapshot(root);
    const again = plan(root, 'issues', sheet('issues', good));
    expect(again.problems).toEqual([]);
    expect(again.files).toEqual([]);
    expect(again.skipped).toEqual(['row 2: already imported as i-10-00004', 'row 3: already imported as i-71-00002']);
    expect(snapshot(root)).toEqual(once);
  });

  it('reports every bad row at once, each with its row, column and fix, and plans nothing', () => {
    const root = writeTree(validTree());
    const rows = [
      good[0] ?? {},
      { meeting: 'm-10-0099', category: 'water', titleRu: 'Вода', descriptionRu: 'Нет воды', body: 'water-utility' },
      { meeting: 'm-10-0002', category: 'water', titleRu: 'Вода', descriptionRu: 'Нет воды', body: 'water-utility' },
      { meeting: 'm-10-0001', category: 'Дороги', titleRu: 'Яма', descriptionRu: 'Яма у школы', body: 'акимат' },
      { meeting: 'm-10-0001', raised: '2026-07-05', category: 'water', titleRu: 'Колонка', descriptionRu: 'Сломана колонка', body: 'water-utility', deadline: '31.12.2026' },
      { meeting: 'm-10-0001', category: 'water', descriptionRu: 'Без заголовка', body: 'water-utility', district: 'Бескарагай', deadline: '31.02.2027' },
      good[0] ?? {},
    ];
    const p = plan(root, 'issues', sheet('issues', rows));
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 3, column ${col('issues', 'meeting')}: m-10-0099 is not a meeting in content/meetings — check the number on the meeting's page, or import the meeting first`,
      `in.csv: row 4, column ${col('issues', 'meeting')}: m-10-0002 is scheduled, not held — issues are raised at held meetings; add a "held" entry to the meeting's changes or correct the id`,
      `in.csv: row 4, column ${col('issues', 'raised')}: is after the build date 2026-06-30 — the date an issue was raised cannot be in the future; check the year and month`,
      expect.stringMatching(new RegExp(`^in\\.csv: row 5, column ${escape(col('issues', 'category'))}: "Дороги" is not a category — write one of: .*Ауыз су / Питьевая вода \\(water\\);`)),
      expect.stringMatching(new RegExp(`^in\\.csv: row 5, column ${escape(col('issues', 'body'))}: "акимат" is not a responsible body — write one of: .*Аудан \\(қала\\) әкімдігі / Акимат района \\(города\\) \\(district-akimat\\);`)),
      `in.csv: row 6, column ${col('issues', 'raised')}: is after the build date 2026-06-30 — the date an issue was raised cannot be in the future; check the year and month`,
      `in.csv: row 7, column ${col('issues', 'district')}: "Бескарагай" is not a district of abay — write its name as in content/geo/districts/abay.json, e.g. город Семей, Абайский район`,
      `in.csv: row 7, column ${col('issues', 'titleKk')}: is empty — write a short title of the issue in Kazakh or Russian`,
      `in.csv: row 7, column ${col('issues', 'deadline')}: "31.02.2027" is not a real calendar date — check the day and month`,
      `in.csv: row 8, column ${col('issues', 'titleKk')}: repeats row 2 — delete one of the two rows`,
    ]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('status updates', () => {
  it('appends each row to its issue history and leaves the rest of the file as it was', () => {
    const root = writeTree(validTree());
    const before = readFileSync(join(root, 'issues/abay/i-10-00002.json'), 'utf8');
    const text = sheet('status', [
      { issue: 'i-10-00002', date: '2026-05-02', status: 'in-progress', noteRu: 'Подрядчик вышел на объект' },
      { issue: 'i-10-00002', date: '20.06.2026', status: 'Шешілді', noteKk: 'Мұнара орнатылды', evidence: 'https://example.org/a.pdf https://example.org/b.jpg' },
      { issue: 'i-71-00001', date: '2026-04-10', status: 'Передано', noteRu: 'Передано в область', referredTo: 'region-akimat' },
    ]);
    const p = plan(root, 'status', text);
    expect(p.problems).toEqual([]);
    expect(p.added).toEqual(['row 2: i-10-00002 history[2] in-progress', 'row 3: i-10-00002 history[3] resolved', 'row 4: i-71-00001 history[1] referred']);
    expect(p.files.map((f) => f.path)).toEqual(['issues/abay/i-10-00002.json', 'issues/astana/i-71-00001.json']);
    apply(root, p);
    const after = JSON.parse(readFileSync(join(root, 'issues/abay/i-10-00002.json'), 'utf8'));
    const old = JSON.parse(before);
    expect(after.history.slice(0, old.history.length)).toEqual(old.history);
    expect(after.history.slice(old.history.length)).toEqual([
      { date: '2026-05-02', status: 'in-progress', note: { ru: 'Подрядчик вышел на объект' } },
      { date: '2026-06-20', status: 'resolved', note: { kk: 'Мұнара орнатылды' }, evidence: [{ url: 'https://example.org/a.pdf' }, { url: 'https://example.org/b.jpg' }] },
    ]);
    expect({ ...after, history: old.history }).toEqual(old);
    // Written exactly as the content's files are: the bytes differ only by the appended entries.
    expect(before).toBe(`${JSON.stringify(old, null, 2)}\n`);
    expect(readFileSync(join(root, 'issues/abay/i-10-00002.json'), 'utf8')).toBe(`${JSON.stringify(after, null, 2)}\n`);
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);

    // The same file again: nothing to write.
    const once = snapshot(root);
    const again = plan(root, 'status', text);
    expect(again.problems).toEqual([]);
    expect(again.files).toEqual([]);
    expect(again.skipped).toEqual(['row 2: already in i-10-00002 history[2]', 'row 3: already in i-10-00002 history[3]', 'row 4: already in i-71-00001 history[1]']);
    expect(snapshot(root)).toEqual(once);
  });

  it('checks each row against the transition table and the validator rules, reporting all at once', () => {
    const root = writeTree(validTree());
    const before = snapshot(root);
    const p = plan(
      root,
      'status',
      sheet('status', [
        { issue: 'i-10-00001', date: '2026-06-01', status: 'planned', noteRu: 'Снова в плане' },
        { issue: 'i-10-00002', date: '2026-06-01', status: 'resolved', noteRu: 'Готово' },
        { issue: 'i-10-00002', date: '2026-03-01', status: 'in-progress' },
        { issue: 'i-10-00042', date: '2026-06-01', status: 'in-review' },
        { issue: 'i-71-00001', date: '2026-13-01', status: 'готово' },
        { issue: 'i-71-00001', date: '2026-05-01', status: 'declined' },
        { issue: 'i-71-00001', date: '2026-05-02', status: 'referred', evidence: 'act.pdf' },
        { issue: 'i-10-00003', date: '2026-07-01', status: 'in-review', noteRu: 'Пересмотр' },
      ]),
    );
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('status', 'status')}: cannot follow resolved — after resolved comes in-review, in-progress`,
      `in.csv: row 3, column ${col('status', 'evidence')}: is empty — a resolved entry needs evidence: a link to a photo, act or report`,
      `in.csv: row 4, column ${col('status', 'date')}: 2026-03-01 is before the previous entry's 2026-06-01 — history dates go forward; add entries at the end in date order`,
      `in.csv: row 4, column ${col('status', 'noteKk')}: is missing — reopening a resolved issue needs a note that says why`,
      `in.csv: row 5, column ${col('status', 'issue')}: i-10-00042 is not an issue in content/issues — check the number on the issue's page (e.g. i-10-00042)`,
      `in.csv: row 6, column ${col('status', 'date')}: "2026-13-01" is not a real calendar date — check the day and month`,
      expect.stringMatching(new RegExp(`^in\\.csv: row 6, column ${escape(col('status', 'status'))}: "готово" is not a status — write one of: Тіркелді / Поступило \\(received\\); .*Қайталанған / Дубликат \\(duplicate\\)$`)),
      `in.csv: row 7, column ${col('status', 'noteKk')}: is missing — a declined entry needs the reason`,
      `in.csv: row 8, column ${col('status', 'evidence')}: is not a web address — write it in full, starting with https://`,
      `in.csv: row 9, column ${col('status', 'date')}: is after the build date 2026-06-30 — a status change cannot be in the future; check the year and month`,
      `in.csv: row 9, column ${col('status', 'status')}: cannot follow duplicate — after duplicate comes nothing (it is final)`,
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses personal data in a cell with the validator message, the row, the column and the value masked', () => {
    const note = 'Позвонить заявителю по номеру +7 701 234 56 78';
    const root = writeTree(validTree());
    const p = plan(root, 'status', sheet('status', [{ issue: 'i-71-00001', date: '2026-05-01', status: 'in-review', noteRu: note }]));
    expect(p.files).toEqual([]);
    expect(p.problems).toHaveLength(1);
    const line = p.problems[0] ?? '';
    expect(line.startsWith(`in.csv: row 2, column ${col('status', 'noteRu')}: contains a phone number (`)).toBe(true);
    expect(line).not.toContain('234 56 78');
    // The same words the validator uses for the same text in a content file.
    const tree = validTree();
    entry(tree, 'issues/astana/i-71-00001.json').history.push({ date: '2026-05-01', status: 'in-review', note: { ru: note } });
    const validator = problemsOf(tree);
    expect(validator).toHaveLength(1);
    expect(line.split(': ').slice(2).join(': ')).toBe((validator[0] ?? '').split(': ').slice(2).join(': '));
  });
});

describe('a new row that looks like a published record', () => {
  it('is refused for an issue raised at the same meeting with nearly the same title, naming the issue to update', () => {
    const root = writeTree(validTree());
    const p = plan(
      root,
      'issues',
      sheet('issues', [
        // i-10-00001 is «Нет питьевой воды», raised at m-10-0001: here with a typo and an exclamation mark.
        { meeting: 'm-10-0001', category: 'Питьевая вода', titleRu: 'Нет питевой воды!', descriptionRu: 'Воду привозят раз в неделю, просим водопровод.', body: 'water-utility' },
        // The same words at another meeting are another issue.
        { meeting: 'm-71-0001', category: 'Питьевая вода', titleRu: 'Нет питьевой воды', descriptionRu: 'В доме 5 нет воды.', body: 'water-utility' },
      ]),
    );
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('issues', 'titleRu')}: looks like i-10-00001 «Нет питьевой воды», raised at the same meeting — if it is that issue, update i-10-00001 (status or changes); if it is another one, make its title say how it differs`,
    ]);
    expect(p.files).toEqual([]);
  });

  it('is refused when it repeats the corrected title of a published issue, quoting the title in force', () => {
    const tree = validTree();
    // i-10-00001, published as «Нет питьевой воды», was corrected to name the village.
    (tree['issues/abay/i-10-00001.json'] as Record<string, unknown>).changes = [
      { kind: 'correction', date: '2026-05-12', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село' } },
    ];
    const p = plan(writeTree(tree), 'issues', sheet('issues', [
      { meeting: 'm-10-0001', category: 'Питьевая вода', titleRu: 'Нет питьевой воды в Абралы.', descriptionRu: 'Воду привозят раз в неделю.', body: 'water-utility' },
    ]));
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('issues', 'titleRu')}: looks like i-10-00001 «Нет питьевой воды в Абралы», raised at the same meeting — if it is that issue, update i-10-00001 (status or changes); if it is another one, make its title say how it differs`,
    ]);
  });

  it('is refused for a meeting of the same holder on the same day, naming the meeting to update', () => {
    const root = writeTree(validTree());
    // m-71-0001: the akim of Almaty district, 2 April 2026 at 15:00. The same meeting typed again at 16:00.
    const p = plan(
      root,
      'meetings',
      sheet('meetings', [
        { region: 'Астана', district: 'район Алматы', level: 'district', officeRu: 'Аким района Алматы', venueRu: 'Школа № 5', addressRu: 'проспект Республики, 10', date: '02.04.2026', startTime: '16:00', endTime: '18:00', format: 'Очно', status: 'Состоялась' },
      ]),
    );
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('meetings', 'date')}: looks like m-71-0001, published for the same holder on the same day — to correct its time or place, update m-71-0001; a new row would publish the meeting twice`,
    ]);
  });
});

describe('updates of published meetings', () => {
  const m1 = 'meetings/abay/m-10-0001.json';
  const m2 = 'meetings/abay/m-10-0002.json';
  // m-10-0002 is scheduled for 15 July 2026 (the fixture's build day is 30 June); m-10-0001 was held on 10 March with Russian minutes.
  const rows: Record<string, string>[] = [
    { meeting: 'm-10-0002', date: '21.06.2026', kind: 'Исправлено', reasonRu: 'В адресе был неверно указан номер дома', addressKk: 'Абай көшесі, 7' },
    { meeting: 'm-10-0002', date: '25.06.2026', kind: 'Анонс', announcementChannel: 'Газета', announcementOutlet: 'Абай тынысы', announcementIssue: '27 (10512)' },
    { meeting: 'm-10-0002', date: '28.06.2026', kind: 'Шегерілді', reasonKk: 'Боранға байланысты', newDate: '24.07.2026', startTime: '11:00', endTime: '13:00' },
    { meeting: 'm-10-0001', date: '01.06.2026', kind: 'Добавлены материалы', coverageOutlet: 'Семей таңы', coverageTitle: 'Скважина пробурена', coverageUrl: 'https://semey.example.kz/news/5' },
    { meeting: 'm-10-0001', date: '02.06.2026', kind: 'Протокол исправлен', minutesLang: 'русский', reasonRu: 'Уточнено число участников' },
  ];

  it('appends each row to the log or the announcements of its meeting, touches nothing published, and does nothing the second time', () => {
    const root = writeTree(validTree());
    const before1 = JSON.parse(readFileSync(join(root, m1), 'utf8'));
    const before2 = JSON.parse(readFileSync(join(root, m2), 'utf8'));
    const p = plan(root, 'meeting-changes', sheet('meeting-changes', rows));
    expect(p.problems).toEqual([]);
    expect(p.added).toEqual([
      'row 2: m-10-0002 changes[0] corrected',
      'row 3: m-10-0002 announcements[1] announcement',
      'row 4: m-10-0002 changes[1] postponed',
      'row 5: m-10-0001 changes[1] materials',
      'row 6: m-10-0001 changes[2] minutes',
    ]);
    apply(root, p);
    const after2 = JSON.parse(readFileSync(join(root, m2), 'utf8'));
    expect(after2.changes).toEqual([
      { kind: 'corrected', date: '2026-06-21', reason: { ru: 'В адресе был неверно указан номер дома' }, address: { kk: 'Абай көшесі, 7' } },
      { kind: 'postponed', date: '2026-06-28', reason: { kk: 'Боранға байланысты' }, start: '2026-07-24T11:00+05:00', end: '2026-07-24T13:00+05:00' },
    ]);
    expect(after2.announcements).toEqual([...before2.announcements, { channel: 'newspaper', outlet: 'Абай тынысы', issueNumber: '27 (10512)', published: '2026-06-25' }]);
    // The time and place first published stay in the file as they were.
    const { changes: _c, announcements: _a, ...rest2 } = after2;
    const { announcements: _b, ...published2 } = before2;
    expect(rest2).toEqual(published2);
    const after1 = JSON.parse(readFileSync(join(root, m1), 'utf8'));
    expect(after1.changes.slice(0, before1.changes.length)).toEqual(before1.changes);
    expect(after1.changes.slice(before1.changes.length)).toEqual([
      { kind: 'materials', date: '2026-06-01', coverage: [{ outlet: 'Семей таңы', title: { ru: 'Скважина пробурена' }, url: 'https://semey.example.kz/news/5', published: '2026-06-01' }] },
      { kind: 'minutes', date: '2026-06-02', lang: 'ru', reason: { ru: 'Уточнено число участников' } },
    ]);
    // What readers see is derived from the log.
    const loaded = loadContent(root, { asOf: fixtureAsOf });
    expect(loaded.problems).toEqual([]);
    const meeting = loaded.content.meetings.find((m) => m.id === 'm-10-0002');
    expect(meeting).toMatchObject({ status: 'postponed', start: '2026-07-15T11:00+05:00', newStart: '2026-07-24T11:00+05:00', statusReason: { kk: 'Боранға байланысты' }, place: { address: { kk: 'Абай көшесі, 7' } } });
    expect(meeting?.published?.address).toEqual({ kk: 'Абай көшесі, 5' });
    expect(loaded.content.meetings.find((m) => m.id === 'm-10-0001')?.coverage.map((c) => c.outlet)).toEqual(['Семей таңы']);
    const again = plan(root, 'meeting-changes', sheet('meeting-changes', rows));
    expect(again.files).toEqual([]);
    expect(again.skipped).toEqual([
      'row 2: already in m-10-0002 changes[0]',
      'row 3: already in m-10-0002 announcements[1]',
      'row 4: already in m-10-0002 changes[1]',
      'row 5: already in m-10-0001 changes[1]',
      'row 6: already in m-10-0001 changes[2]',
    ]);
  });

  it('a held meeting recorded later takes its outcome, and issues can then be raised at it', () => {
    const root = writeTree(validTree());
    // Move the scheduled meeting into the past of the build day by reading the tree a month later.
    const p = planImport({ root, file: 'in.csv', text: sheet('meeting-changes', [{ meeting: 'm-10-0002', date: '16.07.2026', kind: 'Состоялась', attendance: '1 250', video: 'https://abay.example.kz/video/1' }]), kind: 'meeting-changes', asOf: '2026-07-31' });
    expect(p.problems).toEqual([]);
    apply(root, p);
    const meeting = loadContent(root, { asOf: '2026-07-31' }).content.meetings.find((m) => m.id === 'm-10-0002');
    expect(meeting).toMatchObject({ status: 'held', attendance: 1250, video: ['https://abay.example.kz/video/1'] });
  });

  it('reports every bad row at once in the words of the template, and writes nothing', () => {
    const root = writeTree(validTree());
    const p = plan(
      root,
      'meeting-changes',
      sheet('meeting-changes', [
        { meeting: 'm-10-0099', date: '20.06.2026', kind: 'Отменена', reasonRu: 'Паводок' },
        { meeting: 'm-10-0002', date: '20.06.2026', kind: 'Перенесена', newDate: '24.07.2026', startTime: '25:00' },
        { meeting: 'm-10-0002', date: '29.06.2026', kind: 'Состоялась', attendance: '120' },
        { meeting: 'm-71-0001', date: '20.06.2026', kind: 'Отменена', reasonRu: 'Ошибка' },
        { meeting: 'm-10-0001', date: '20.06.2026', kind: 'Протокол исправлен', minutesLang: 'казахский', reasonRu: 'Опечатка' },
        { meeting: 'm-10-0001', date: '20.06.2026', kind: 'Исправлено', reasonRu: 'Ошибка' },
      ]),
    );
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('meeting-changes', 'meeting')}: m-10-0099 is not a meeting in content/meetings — check the number on the meeting's page (e.g. m-10-0042)`,
      `in.csv: row 3, column ${col('meeting-changes', 'reasonRu')}: is empty — say why the meeting is postponed, in Kazakh or Russian`,
      `in.csv: row 3, column ${col('meeting-changes', 'startTime')}: "25:00" is not a time — write hours and minutes in the local time of the meeting's region, e.g. 11:00`,
      `in.csv: row 4, column ${col('meeting-changes', 'meeting')}: is after the build date 2026-06-30 but the meeting is held — a held meeting cannot be in the future; check the date, or remove the "held" entry from changes`,
      `in.csv: row 4, column ${col('meeting-changes', 'date')}: 2026-06-29 is before the meeting's day 2026-07-15 — the outcome is recorded on or after the day the meeting was held; check the date`,
      `in.csv: row 5, column ${col('meeting-changes', 'kind')}: follows the "held" entry of 2026-04-02 — a held meeting is not cancelled afterwards; record a new meeting instead`,
      `in.csv: row 6, column ${col('meeting-changes', 'minutesLang')}: kk: the meeting has no minutes in this language — name the language of the minutes file that was corrected (m-10-0001.minutes.kk.mdx does not exist)`,
      `in.csv: row 7, column ${col('meeting-changes', 'newDate')}: is empty, and so are the place columns — write the right day and time, or the right venue or address`,
    ]);
  });
});

describe('changes of existing issues', () => {
  const i2 = 'issues/abay/i-10-00002.json';
  const rows: Record<string, string>[] = [
    { issue: 'i-10-00002', date: '10.06.2026', kind: 'Ход работ', noteRu: 'Завезены материалы', evidence: 'https://abay.example.kz/photo/1' },
    { issue: 'i-10-00002', date: '20.06.2026', kind: 'Мерзім', deadline: '31.03.2027', reasonKk: 'Мердігер жұмысты кешіктірді.', reasonRu: 'Подрядчик задерживает работы.', decision: '№ 77' },
    { issue: 'i-10-00002', date: '25.06.2026', kind: 'financing', amount: '15 000 000', source: 'Местный бюджет', maslikhatSession: 'XIII', maslikhatDate: '25.06.2026', maslikhatNumber: '13/2' },
  ];

  it('appends each row to the change log of its issue, leaves the rest of the file as it was, and does nothing the second time', () => {
    const root = writeTree(validTree());
    const before = readFileSync(join(root, i2), 'utf8');
    const p = plan(root, 'changes', sheet('changes', rows));
    expect(p.problems).toEqual([]);
    expect(p.added).toEqual(['row 2: i-10-00002 changes[0] progress', 'row 3: i-10-00002 changes[1] deadline', 'row 4: i-10-00002 changes[2] financing']);
    apply(root, p);
    const after = JSON.parse(readFileSync(join(root, i2), 'utf8'));
    expect(after.changes).toEqual([
      { kind: 'progress', date: '2026-06-10', note: { ru: 'Завезены материалы' }, evidence: [{ url: 'https://abay.example.kz/photo/1' }] },
      { kind: 'deadline', date: '2026-06-20', deadline: '2027-03-31', reason: { kk: 'Мердігер жұмысты кешіктірді.', ru: 'Подрядчик задерживает работы.' }, decision: '№ 77' },
      { kind: 'financing', date: '2026-06-25', amountKzt: 15000000, source: 'local', decision: { session: 'XIII', date: '2026-06-25', number: '13/2' } },
    ]);
    // Everything published stays as it was: the deadline first given, the history, the financing.
    const { changes: _, ...rest } = after;
    expect(rest).toEqual(JSON.parse(before));
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
    const again = plan(root, 'changes', sheet('changes', rows));
    expect(again.files).toEqual([]);
    expect(again.skipped).toEqual(['row 2: already in i-10-00002 changes[0]', 'row 3: already in i-10-00002 changes[1]', 'row 4: already in i-10-00002 changes[2]']);
  });

  it('reports every bad row at once with its row, column and fix, and writes nothing', () => {
    const root = writeTree(validTree());
    const p = plan(
      root,
      'changes',
      sheet('changes', [
        { issue: 'i-10-00002', date: '20.06.2026', kind: 'Слух', reasonRu: 'Говорят' },
        { issue: 'i-10-00002', date: '20.06.2026', kind: 'Срок', deadline: '31.12.2026', reasonRu: 'Ошибка' },
        { issue: 'i-10-00002', date: '21.06.2026', kind: 'Срок', deadline: '31.03.2027' },
        { issue: 'i-10-00002', date: '22.06.2026', kind: 'Финансирование', amount: 'пятнадцать миллионов', source: 'local' },
        { issue: 'i-10-00099', date: '22.06.2026', kind: 'Ход работ', noteRu: 'Работы идут' },
      ]),
    );
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('changes', 'kind')}: "Слух" is not a kind of change — write one of: Жұмыс барысы / Ход работ (progress); Мерзім / Срок (deadline); Қаржыландыру / Финансирование (financing); Түзету / Исправление (correction)`,
      `in.csv: row 3, column ${col('changes', 'deadline')}: is 2026-12-31, the deadline already in force — give the new deadline, or remove the entry`,
      `in.csv: row 4, column ${col('changes', 'reasonRu')}: is empty — say why the deadline is set or moved, in Kazakh or Russian`,
      `in.csv: row 5, column ${col('changes', 'amount')}: "пятнадцать миллионов" is not an amount — write the tenge in digits, e.g. 12 500 000`,
      `in.csv: row 6, column ${col('changes', 'issue')}: i-10-00099 is not an issue in content/issues — check the number on the issue's page (e.g. i-10-00042)`,
    ]);
  });
});

describe('corrections of a published title or description', () => {
  const i1 = 'issues/abay/i-10-00001.json';
  // i-10-00001 was published as «Нет питьевой воды» (Russian only).
  const row = { issue: 'i-10-00001', date: '12.05.2026', kind: 'Исправление', field: 'Название', textRu: 'Нет питьевой воды в Абралы', reasonRu: 'Уточнено село', reasonKk: 'Ауыл нақтыланды' };

  it('appends exactly one correction entry, keeps the title first published, and changes nothing the second time', () => {
    const root = writeTree(validTree());
    const before = readFileSync(join(root, i1), 'utf8');
    const p = plan(root, 'changes', sheet('changes', [row]));
    expect(p.problems).toEqual([]);
    expect(p.added).toEqual(['row 2: i-10-00001 changes[0] correction']);
    apply(root, p);
    const after = JSON.parse(readFileSync(join(root, i1), 'utf8'));
    expect(after.changes).toEqual([
      { kind: 'correction', date: '2026-05-12', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { kk: 'Ауыл нақтыланды', ru: 'Уточнено село' } },
    ]);
    const { changes: _, ...rest } = after;
    expect(rest).toEqual(JSON.parse(before));
    expect(rest.title).toEqual({ ru: 'Нет питьевой воды' });
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
    const again = plan(root, 'changes', sheet('changes', [row]));
    expect(again.files).toEqual([]);
    expect(again.added).toEqual([]);
    expect(again.skipped).toEqual(['row 2: already in i-10-00001 changes[0]']);
  });

  it('reports a field that cannot be corrected, a row without the corrected wording or reason, and a wording already in force, each with its row and column', () => {
    const root = writeTree(validTree());
    const p = plan(
      root,
      'changes',
      sheet('changes', [
        { ...row, field: 'Категория' },
        { ...row, field: 'Описание', textRu: undefined, reasonRu: undefined, reasonKk: undefined },
        { ...row, kind: 'Түзету', field: undefined },
        { ...row, textRu: 'Нет питьевой воды' },
      ]),
    );
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('changes', 'field')}: "Категория" is not a text that can be corrected — write one of: Атауы / Название (title); Сипаттамасы / Описание (description)`,
      `in.csv: row 3, column ${col('changes', 'reasonRu')}: is empty — say why the text is corrected, in Kazakh or Russian`,
      `in.csv: row 3, column ${col('changes', 'textRu')}: is empty — write the corrected wording, in Kazakh or Russian (only the languages being corrected)`,
      `in.csv: row 4, column ${col('changes', 'field')}: is empty — say what is corrected: Атауы / Название or Сипаттамасы / Описание`,
      `in.csv: row 5, column ${col('changes', 'textRu')}: is the title's Russian wording already in force — give the corrected wording, or leave ru out of the correction`,
    ]);
  });
});

describe('new meetings', () => {
  const row = {
    region: 'astana', district: 'район Алматы', level: 'district', officeRu: 'Аким района Алматы', venueRu: 'Школа № 12', addressRu: 'улица Кенесары, 4',
    date: '2026-08-05', startTime: '15:00', endTime: '17:00', format: 'Очно', status: 'Запланирована',
    announcementChannel: 'website', announcementOutlet: 'astana.example.kz', announcementUrl: 'https://astana.example.kz/news/2', announcementDate: '2026-06-25',
  };

  it('adds the meeting with the next free id, the start in the local time of its region, and is a no-op the second time', () => {
    const root = writeTree(validTree());
    const p = plan(root, 'meetings', sheet('meetings', [row]));
    expect(p.problems).toEqual([]);
    expect(p.files.map((f) => f.path)).toEqual(['meetings/astana/m-71-0002.json']);
    apply(root, p);
    const meeting = JSON.parse(readFileSync(join(root, 'meetings/astana/m-71-0002.json'), 'utf8'));
    // A scheduled meeting has nothing in its log yet: its status is derived from the log, never stored.
    expect(Object.keys(meeting)).toEqual(['id', 'holder', 'place', 'start', 'end', 'format', 'announcements']);
    expect(meeting).toMatchObject({ place: { region: 'astana', district: 'almaty-district' }, start: '2026-08-05T15:00+05:00', end: '2026-08-05T17:00+05:00', format: 'in-person' });
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
    const again = plan(root, 'meetings', sheet('meetings', [row]));
    expect(again.files).toEqual([]);
    expect(again.skipped).toEqual(['row 2: already imported as m-71-0002']);
  });

  it('reports a hybrid meeting without a stream, an unknown region, a bad time and an announcement after the meeting', () => {
    const root = writeTree(validTree());
    const p = plan(
      root,
      'meetings',
      sheet('meetings', [
        { ...row, format: 'hybrid' },
        { ...row, region: 'Атырау' },
        { ...row, startTime: '25:00' },
        { ...row, date: '2026-06-20', announcementDate: '2026-06-25' },
      ]),
    );
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('meetings', 'stream')}: is missing for a hybrid meeting — give the address of the stream`,
      `in.csv: row 3, column ${col('meetings', 'region')}: "Атырау" is not a region — write its name as on the site, e.g. Абай, Астана`,
      `in.csv: row 4, column ${col('meetings', 'startTime')}: "25:00" is not a time — write hours and minutes in the local time of the meeting's region, e.g. 11:00`,
      `in.csv: row 5, column ${col('meetings', 'announcementDate')}: 2026-06-25 is not before the meeting on 2026-06-20 — an announcement must be published before its meeting; check the date`,
    ]);
  });
});

describe('addresses in a spreadsheet', () => {
  it('refuses a script address in a link column, naming the row and column, and writes nothing', () => {
    const root = writeTree(validTree());
    const meeting = {
      region: 'astana', district: 'район Алматы', level: 'district', officeRu: 'Аким района Алматы', venueRu: 'Школа № 12', addressRu: 'улица Кенесары, 4',
      date: '2026-08-05', startTime: '15:00', endTime: '17:00', format: 'Очно', status: 'Запланирована',
      announcementChannel: 'website', announcementOutlet: 'astana.example.kz', announcementUrl: ' javascript:alert(1)', announcementDate: '2026-06-25',
    };
    const p = plan(root, 'meetings', sheet('meetings', [meeting, { ...meeting, date: '2026-08-06', announcementUrl: 'data:text/html,<script>alert(1)</script>' }]));
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('meetings', 'announcementUrl')}: is a "javascript:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /`,
      `in.csv: row 3, column ${col('meetings', 'announcementUrl')}: is a "data:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /`,
    ]);
  });
});

describe('the CSV a spreadsheet saves', () => {
  const rows = [{ issue: 'i-71-00001', date: '10.04.2026', status: 'На рассмотрении', noteRu: 'Запрос в отдел ЖКХ; ответ до 20.04' }];

  it('reads semicolon-separated files with a BOM and short headings the same as the template', () => {
    const root = writeTree(validTree());
    const comma = plan(root, 'status', sheet('status', rows));
    const semicolon = plan(root, 'status', `\uFEFF${sheet('status', rows, ';')}`);
    const short = plan(root, 'status', `\uFEFF${csv([['Номер вопроса', 'Күні', 'Статус', 'Примечание (на русском)'], ['i-71-00001', '10.04.2026', 'На рассмотрении', 'Запрос в отдел ЖКХ; ответ до 20.04']], ';')}`);
    expect(comma.problems).toEqual([]);
    expect(semicolon).toEqual(comma);
    expect(short).toEqual(comma);
    expect(JSON.parse(comma.files[0]?.text ?? '').history.at(-1)).toEqual({ date: '2026-04-10', status: 'in-review', note: { ru: 'Запрос в отдел ЖКХ; ответ до 20.04' } });
  });

  it('refuses a value beyond the last heading, as when a ; typed inside a note splits it', () => {
    const root = writeTree(validTree());
    const p = plan(root, 'status', 'Номер вопроса;Дата;Статус;Примечание (на русском)\ni-71-00001;10.04.2026;in-review;Запрос в отдел; ответ до 20.04\n');
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      'in.csv: row 2, column E (no heading): has a value in a column without a heading — if a text holds a ; or a comma, put the whole text in double quotes (a spreadsheet does this itself when it saves CSV); otherwise delete the value',
    ]);
  });

  it('refuses a file saved in a legacy code page, and a header without a required column', () => {
    const cp1251 = Uint8Array.from([0xc4, 0xe0, 0xf2, 0xe0, 0x0d, 0x0a]); // "Дата" in Windows-1251
    expect(decodeCsv(cp1251)).toEqual({ problem: { where: '(file)', message: expect.stringContaining('is not UTF-8 text — save it from the spreadsheet as "CSV UTF-8"') } });
    const root = writeTree(validTree());
    const p = plan(root, 'status', csv([['Номер вопроса', 'Статус', 'Цвет'], ['i-71-00001', 'in-review', 'синий']]));
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      'in.csv: row 1, column Цвет: is not a column of templates/status.csv — correct the heading (copy it from templates/status.csv) or delete the column',
      'in.csv: row 1: has no column Күні / Дата — add it (copy the header row from templates/status.csv)',
    ]);
  });
});

describe('npm run import', () => {
  // English, as logs and these expectations read it (without --lang the bilingual headings give Kazakh).
  const run = (root: string, file: string, kind: string) =>
    spawnSync(process.execPath, ['scripts/import.ts', file, '--kind', kind, '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse(`${fixtureAsOf}T12:00:00+05:00`) / 1000) } });

  it('never gives a new issue the id of one deleted earlier in the repository', () => {
    const root = writeTree(validTree());
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-C', root, ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'published');
    // i-10-00003 (a duplicate) is deleted: the highest id of Abay left in the tree is i-10-00002.
    git('rm', '-q', 'issues/abay/i-10-00003.json');
    git('commit', '-q', '-m', 'deleted');
    const file = join(root, '..', `${root.split('/').at(-1)}-new.csv`);
    writeFileSync(file, sheet('issues', [{ meeting: 'm-10-0001', category: 'Питьевая вода', titleRu: 'Нет воды', descriptionRu: 'Жители просят провести водопровод.', body: 'water-utility' }]));
    const done = run(root, file, 'issues');
    expect(done.stderr).toBe('');
    expect(readdirSync(join(root, 'issues', 'abay')).sort()).toEqual(['i-10-00001.json', 'i-10-00002.json', 'i-10-00004.json']);
  });

  it('reads an Excel workbook, the first sheet or a named one, with real dates and numbers in its cells', async () => {
    const { default: writeExcelFile } = await import('write-excel-file/node');
    const root = writeTree(validTree());
    const headings = ['issue', 'date', 'kind', 'deadline', 'reasonRu', 'noteRu', 'amount', 'source'].map((key) => col('changes', key));
    // A date cell as Excel keeps it: a date value shown in the Russian day-first format.
    const day = (y: number, m: number, d: number) => ({ value: new Date(Date.UTC(y, m - 1, d)), format: 'dd.mm.yyyy' });
    const good = [
      headings,
      ['i-10-00002', day(2026, 6, 10), 'Ход работ', null, null, 'Завезены материалы', null, null],
      ['i-10-00002', day(2026, 6, 20), 'Срок', day(2027, 3, 31), 'Подрядчик задерживает работы', null, null, null],
      ['i-10-00002', '25.06.2026', 'Финансирование', null, 'Удорожание сметы', null, 15000000, 'Местный бюджет'],
    ];
    const bad = [headings, ['i-10-00002', day(2026, 6, 22), 'Срок', null, 'Погода', null, null, null]];
    const file = join(root, '..', `${root.split('/').at(-1)}-book.xlsx`);
    await writeExcelFile([
      { data: bad, sheet: 'Черновик' },
      { data: good, sheet: 'Изменения' },
    ]).toFile(file);

    // The first sheet has a row without its new deadline: row 2 in Excel, as the message says.
    const first = run(root, file, 'changes');
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(`${file}: row 2, column ${col('changes', 'deadline')}: is empty — write the new deadline, e.g. 31.03.2027`);
    const named = spawnSync(process.execPath, ['scripts/import.ts', file, '--kind', 'changes', '--sheet', 'Изменения'], {
      encoding: 'utf8',
      env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse(`${fixtureAsOf}T12:00:00+05:00`) / 1000) },
    });
    expect(named.stderr).toBe('');
    expect(named.status).toBe(0);
    const changes = JSON.parse(readFileSync(join(root, 'issues/abay/i-10-00002.json'), 'utf8')).changes;
    expect(changes).toEqual([
      { kind: 'progress', date: '2026-06-10', note: { ru: 'Завезены материалы' } },
      { kind: 'deadline', date: '2026-06-20', deadline: '2027-03-31', reason: { ru: 'Подрядчик задерживает работы' } },
      { kind: 'financing', date: '2026-06-25', amountKzt: 15000000, source: 'local', reason: { ru: 'Удорожание сметы' } },
    ]);
    const missing = spawnSync(process.execPath, ['scripts/import.ts', file, '--kind', 'changes', '--sheet', 'Лист1', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: root } });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`${file}: (file): has no sheet named "Лист1" — use one of: Черновик, Изменения`);
  });

  it('writes a good file, then changes nothing on the second run; a bad file exits 1 and writes nothing', () => {
    const root = writeTree(validTree());
    const good = join(root, '..', `${root.split('/').at(-1)}-good.csv`);
    writeFileSync(good, `\uFEFF${sheet('status', [{ issue: 'i-71-00001', date: '2026-04-10', status: 'in-review', noteRu: 'Изучаем' }], ';')}`);
    const first = run(root, good, 'status');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('1 row added, 0 already in the content; 1 file written');
    const once = snapshot(root);
    const second = run(root, good, 'status');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('0 rows added, 1 already in the content; 0 files written');
    expect(snapshot(root)).toEqual(once);

    const bad = join(root, '..', `${root.split('/').at(-1)}-bad.csv`);
    writeFileSync(bad, sheet('status', [{ issue: 'i-71-00001', date: '2026-04-11', status: 'duplicate' }, { issue: 'i-71-00001', date: '2026-04-12', status: 'in-review', noteRu: 'ок' }]));
    const third = run(root, bad, 'status');
    expect(third.status).toBe(1);
    expect(third.stderr).toContain(`${bad}: row 2, column ${col('status', 'duplicateOf')}: is missing — a duplicate issue names the issue it repeats in duplicateOf`);
    expect(third.stderr).toContain('nothing was written');
    expect(snapshot(root)).toEqual(once);
  });
});

describe('a write that fails part-way', () => {
  // Two issues updated: i-71-00001 stays small, i-10-00002 grows past 1 KiB with the long note.
  const longNote = 'Подрядчик вышел на объект, завезены трубы и материалы; работы идут по графику, жители предупреждены об отключении воды. '.repeat(4);
  const rows = [
    { issue: 'i-71-00001', date: '2026-04-10', status: 'in-review', noteRu: 'Изучаем' },
    { issue: 'i-10-00002', date: '2026-05-02', status: 'in-progress', noteRu: longNote },
  ];
  const epoch = String(Date.parse(`${fixtureAsOf}T12:00:00+05:00`) / 1000);

  it('leaves the tree byte for byte as it was and no temporary file, and says so, when the disk fails on the second file', async () => {
    const root = writeTree(validTree());
    const file = join(root, '..', `${root.split('/').at(-1)}-status.csv`);
    writeFileSync(file, sheet('status', rows));
    const before = bytesOf(root);
    // The second temporary file cannot be created: the first one is already written and flushed by then.
    let opened = 0;
    const fs: AtomicFs = { ...realFs, open: (async (path: string, flags: string) => {
      if (flags === 'wx' && ++opened === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return realFs.open(path, flags);
    }) as AtomicFs['open'] };
    const outcome = await importFile({ root, file, kind: 'status', asOf: fixtureAsOf, usedIds: new Set(), lang: 'en', fs });
    expect(outcome.ok).toBe(false);
    expect(outcome.written).toEqual([]);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatch(new RegExp(`^${escape(root)}/issues/(abay/i-10-00002|astana/i-71-00001)\\.json: \\(file\\): was not written as planned — check the disk space and permissions of ${escape(root)}$`));
    expect(outcome.summary).toBe(`${file}: the import could not be written, so it was undone; nothing changed.`);
    expect(say(outcome.says, 'ru')).toBe(`${file}: импорт не удалось записать, поэтому он отменён; ничего не изменилось.`);
    expect(bytesOf(root)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('npm run import leaves no truncated file when the disk quota ends in the middle of a file', () => {
    const root = writeTree(validTree());
    const file = join(root, '..', `${root.split('/').at(-1)}-status.csv`);
    writeFileSync(file, sheet('status', rows));
    const before = bytesOf(root);
    // `ulimit -f 1`: no file the process writes may pass 1 KiB — i-10-00002 stops after its first 1,024 bytes.
    const run = spawnSync('bash', ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, 'scripts/import.ts', file, '--kind', 'status', '--lang', 'ru'], {
      encoding: 'utf8',
      env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: epoch },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${root}/issues/abay/i-10-00002.json: (файл): не записан так, как было проверено — проверьте свободное место на диске и права на папку ${root}`);
    expect(run.stderr).toContain(`${file}: импорт не удалось записать, поэтому он отменён; ничего не изменилось.`);
    expect(bytesOf(root)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
    // With room on the disk the same file imports.
    const again = spawnSync(process.execPath, ['scripts/import.ts', file, '--kind', 'status', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: epoch } });
    expect(again.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'issues/abay/i-10-00002.json'), 'utf8')).history.at(-1).note).toEqual({ ru: longNote.trim() });
  });
});

describe('messages in the editor\'s language', () => {
  const planIn = (root: string, kind: ImportKind, text: string, lang: 'kk' | 'ru') => planImport({ root, file: 'in.csv', text, kind, asOf: fixtureAsOf, lang });

  it('new issues: an unknown meeting, a district, an empty title, dates, a category and a repeated row, in Kazakh and Russian', () => {
    const root = writeTree(validTree());
    const good = { meeting: 'm-10-0001', category: 'Питьевая вода', titleRu: 'Нет воды на улице Жамбыла', descriptionRu: 'Жители просят провести водопровод.', body: 'water-utility' };
    const text = sheet('issues', [
      good,
      { meeting: 'm-10-0099', category: 'water', titleRu: 'Вода', descriptionRu: 'Нет воды', body: 'water-utility' },
      { meeting: 'm-10-0001', category: 'water', descriptionRu: 'Без заголовка', body: 'water-utility', district: 'Бескарагай', deadline: '31.02.2027' },
      { meeting: 'm-10-0001', category: 'water', titleRu: 'Колонка', descriptionRu: 'Сломана колонка', body: 'water-utility', deadline: '31/12/2026' },
      { meeting: 'm-10-0001', category: 'Дороги', titleRu: 'Яма', descriptionRu: 'Яма у школы', body: 'water-utility' },
      good,
      { meeting: 'm-10-0001', category: 'water', titleRu: 'Свет', descriptionRu: 'Нет света', body: 'water-utility', district: 'Aбай ауданы' },
    ]);
    const kk = planIn(root, 'issues', text, 'kk');
    expect(kk.files).toEqual([]);
    expect(kk.problems).toEqual([
      'in.csv: 3-жол, «Кездесу нөмірі» бағаны: m-10-0099 деген кездесу жоқ — нөмірін кездесу бетінен тексеріңіз немесе алдымен кездесудің өзін импорттаңыз',
      'in.csv: 4-жол, «Аудан» бағаны: «Бескарагай» — Абай облысы құрамындағы аудан емес — атауын сайттағыдай жазыңыз, мысалы: Семей қаласы, Абай ауданы',
      'in.csv: 4-жол, «Қысқаша атауы (қазақша)» бағаны: толтырылмаған — мәселенің қысқаша атауын қазақша немесе орысша жазыңыз',
      'in.csv: 4-жол, «Орындау мерзімі» бағаны: «31.02.2027» — күнтізбеде мұндай күн жоқ — күні мен айын тексеріңіз',
      'in.csv: 5-жол, «Орындау мерзімі» бағаны: «31/12/2026» — күнді бұлай жазуға болмайды — 15.06.2026 немесе 2026-06-15 түрінде жазыңыз',
      expect.stringMatching(/^in\.csv: 6-жол, «Санаты» бағаны: «Дороги» — мәселе санаты емес — мыналардың бірін жазыңыз: «[^»]+»(, «[^»]+»)+$/),
      'in.csv: 7-жол, «Қысқаша атауы (қазақша)» бағаны: 2-жолды қайталайды — екі жолдың біреуін өшіріңіз',
      'in.csv: 8-жол, «Аудан» бағаны: «Aбай ауданы»: сөзде латынның A әрпі бар — кириллицамен қайта теріңіз: Абай ауданы',
    ]);
    // The accepted values are the editor's words, without codes.
    expect(kk.problems[5]).toContain('«Ауыз су»');
    expect(kk.problems[5]).not.toContain('(water)');
    const ru = planIn(root, 'issues', text, 'ru');
    expect(ru.problems).toEqual([
      'in.csv: строка 3, столбец «Номер встречи»: встречи m-10-0099 нет — проверьте номер на странице встречи или сначала импортируйте саму встречу',
      'in.csv: строка 4, столбец «Район»: «Бескарагай» — не район региона «область Абай» — напишите название, как на сайте, например: город Семей, Абайский район',
      'in.csv: строка 4, столбец «Краткое название (на казахском)»: не заполнено — напишите краткое название вопроса на казахском или русском',
      'in.csv: строка 4, столбец «Срок исполнения»: «31.02.2027» — такой даты нет в календаре — проверьте день и месяц',
      'in.csv: строка 5, столбец «Срок исполнения»: «31/12/2026» — не дата — напишите в виде 15.06.2026 или 2026-06-15',
      expect.stringMatching(/^in\.csv: строка 6, столбец «Категория»: значения «Дороги» нет среди категорий — напишите одно из: «[^»]+»(, «[^»]+»)+$/),
      'in.csv: строка 7, столбец «Краткое название (на казахском)»: повторяет строку 2 — удалите одну из двух строк',
      'in.csv: строка 8, столбец «Район»: «Aбай ауданы»: в слове есть латинская A — наберите заново кириллицей: Абай ауданы',
    ]);
    expect(ru.problems[5]).toContain('«Питьевая вода»');
    // English is what it always was.
    expect(plan(root, 'issues', text).problems[0]).toBe(`in.csv: row 3, column ${col('issues', 'meeting')}: m-10-0099 is not a meeting in content/meetings — check the number on the meeting's page, or import the meeting first`);
  });

  it('status updates: an unknown issue, dates and a status, with the statuses listed in the editor\'s words', () => {
    const root = writeTree(validTree());
    const text = sheet('status', [
      { issue: 'i-10-00042', date: '2026-06-01', status: 'in-review' },
      { issue: 'i-71-00001', date: '2026-13-01', status: 'готово' },
      { issue: 'i-71-00001', date: '15/05/2026', status: 'in-review' },
    ]);
    expect(planIn(root, 'status', text, 'kk').problems).toEqual([
      'in.csv: 2-жол, «Мәселе нөмірі» бағаны: i-10-00042 деген мәселе жоқ — нөмірін мәселе бетінен тексеріңіз (мысалы, i-10-00042)',
      'in.csv: 3-жол, «Күні» бағаны: «2026-13-01» — күнтізбеде мұндай күн жоқ — күні мен айын тексеріңіз',
      'in.csv: 3-жол, «Мәртебесі» бағаны: «готово» — мәселе мәртебесі емес — мыналардың бірін жазыңыз: «Тіркелді», «Қаралуда», «Жоспарланды», «Орындалуда», «Шешілді», «Түсіндірілді», «Қабылданбады», «Жолданды», «Қайталанған»',
      'in.csv: 4-жол, «Күні» бағаны: «15/05/2026» — күнді бұлай жазуға болмайды — 15.06.2026 немесе 2026-06-15 түрінде жазыңыз',
    ]);
    expect(planIn(root, 'status', text, 'ru').problems).toEqual([
      'in.csv: строка 2, столбец «Номер вопроса»: вопроса i-10-00042 нет — проверьте номер на странице вопроса (например, i-10-00042)',
      'in.csv: строка 3, столбец «Дата»: «2026-13-01» — такой даты нет в календаре — проверьте день и месяц',
      'in.csv: строка 3, столбец «Статус»: значения «готово» нет среди статусов вопроса — напишите одно из: «Поступило», «На рассмотрении», «Запланировано», «В работе», «Решено», «Разъяснено», «Отклонено», «Передано», «Дубликат»',
      'in.csv: строка 4, столбец «Дата»: «15/05/2026» — не дата — напишите в виде 15.06.2026 или 2026-06-15',
    ]);
  });

  it('suggests the value meant: a typo, or Latin look-alike letters inside a Cyrillic word', () => {
    const root = writeTree(validTree());
    const text = sheet('status', [
      { issue: 'i-71-00001', date: '2026-05-01', status: 'Решенно' },
      { issue: 'i-71-00001', date: '2026-05-02', status: 'Peшено' },
      { issue: 'i-71-00001', date: '2026-05-03', status: 'Қаралуды' },
    ]);
    expect(planIn(root, 'status', text, 'ru').problems).toEqual([
      'in.csv: строка 2, столбец «Статус»: значения «Решенно» нет среди статусов вопроса — возможно, имелось в виду «Решено»? Иначе напишите одно из: «Поступило», «На рассмотрении», «Запланировано», «В работе», «Решено», «Разъяснено», «Отклонено», «Передано», «Дубликат»',
      'in.csv: строка 3, столбец «Статус»: «Peшено»: в слове есть латинские P, e — наберите заново кириллицей: Решено',
      'in.csv: строка 4, столбец «Статус»: значения «Қаралуды» нет среди статусов вопроса — возможно, имелось в виду «Қаралуда»? Иначе напишите одно из: «Поступило», «На рассмотрении», «Запланировано», «В работе», «Решено», «Разъяснено», «Отклонено», «Передано», «Дубликат»',
    ]);
    expect(planIn(root, 'status', text, 'kk').problems).toEqual([
      'in.csv: 2-жол, «Мәртебесі» бағаны: «Решенно» — мәселе мәртебесі емес — «Решено» деп жазбақ болдыңыз ба? Әйтпесе мыналардың бірін жазыңыз: «Тіркелді», «Қаралуда», «Жоспарланды», «Орындалуда», «Шешілді», «Түсіндірілді», «Қабылданбады», «Жолданды», «Қайталанған»',
      'in.csv: 3-жол, «Мәртебесі» бағаны: «Peшено»: сөзде латынның P, e әріптері бар — кириллицамен қайта теріңіз: Решено',
      'in.csv: 4-жол, «Мәртебесі» бағаны: «Қаралуды» — мәселе мәртебесі емес — «Қаралуда» деп жазбақ болдыңыз ба? Әйтпесе мыналардың бірін жазыңыз: «Тіркелді», «Қаралуда», «Жоспарланды», «Орындалуда», «Шешілді», «Түсіндірілді», «Қабылданбады», «Жолданды», «Қайталанған»',
    ]);
    expect(plan(root, 'status', text).problems[0]).toMatch(new RegExp(`^in\\.csv: row 2, column ${escape(col('status', 'status'))}: "Решенно" is not a status — did you mean "Решено"\\? Otherwise write one of: Тіркелді / Поступило \\(received\\);`));
  });

  it('changes of issues: amounts, financing sources, deadlines, corrections, progress and kinds, in Kazakh and Russian', () => {
    const root = writeTree(validTree());
    const text = sheet('changes', [
      { issue: 'i-10-00002', date: '20.06.2026', kind: 'Финансирование', amount: 'двенадцать миллионов', source: 'Спонсор' },
      { issue: 'i-10-00002', date: '21.06.2026', kind: 'Срок' },
      { issue: 'i-10-00002', date: '22.06.2026', kind: 'Финансирование' },
      { issue: 'i-10-00002', date: '23.06.2026', kind: 'Түзету' },
      { issue: 'i-10-00002', date: '24.06.2026', kind: 'Ход работ' },
      { issue: 'i-10-00002', date: '25.06.2026', kind: 'Продление' },
    ]);
    expect(planIn(root, 'changes', text, 'kk').problems).toEqual([
      'in.csv: 2-жол, «Сомасы, теңге» бағаны: «двенадцать миллионов» — сома емес — теңгені цифрмен жазыңыз, мысалы: 12 500 000',
      'in.csv: 2-жол, «Қаржы көзі» бағаны: «Спонсор» — қаржы көзі емес — мыналардың бірін жазыңыз: «жергілікті бюджет», «республикалық бюджет», «басқа көздер»',
      'in.csv: 3-жол, «Жаңа мерзім» бағаны: толтырылмаған — жаңа мерзімді жазыңыз, мысалы: 31.03.2027',
      'in.csv: 3-жол, «Себебі (орысша)» бағаны: толтырылмаған — мерзімнің неге белгіленгенін немесе ауыстырылғанын қазақша немесе орысша жазыңыз',
      'in.csv: 4-жол, «Сомасы, теңге» бағаны: толтырылмаған — соманы теңгемен жазыңыз, мысалы: 12 500 000',
      'in.csv: 4-жол, «Қаржы көзі» бағаны: толтырылмаған — қаржы көзін жазыңыз: жергілікті бюджет, республикалық бюджет, басқа көздер',
      'in.csv: 5-жол, «Себебі (орысша)» бағаны: толтырылмаған — мәтіннің неге түзетілгенін қазақша немесе орысша жазыңыз',
      'in.csv: 5-жол, «Не түзетілді» бағаны: толтырылмаған — не түзетілгенін жазыңыз: «Атауы» немесе «Сипаттамасы»',
      'in.csv: 5-жол, «Түзетілген мәтін (орысша)» бағаны: толтырылмаған — түзетілген мәтінді қазақша немесе орысша жазыңыз (тек түзетілетін тілде)',
      'in.csv: 6-жол, «Не істелді (орысша)» бағаны: толтырылмаған — не істелгенін қазақша немесе орысша жазыңыз',
      'in.csv: 7-жол, «Өзгеріс түрі» бағаны: «Продление» — өзгеріс түрі емес — мыналардың бірін жазыңыз: «Жұмыс барысы», «Мерзім», «Қаржыландыру», «Түзету»',
    ]);
    expect(planIn(root, 'changes', text, 'ru').problems).toEqual([
      'in.csv: строка 2, столбец «Сумма, тенге»: «двенадцать миллионов» — не сумма — напишите сумму в тенге цифрами, например: 12 500 000',
      'in.csv: строка 2, столбец «Источник средств»: значения «Спонсор» нет среди источников средств — напишите одно из: «местный бюджет», «республиканский бюджет», «другие источники»',
      'in.csv: строка 3, столбец «Новый срок»: не заполнено — напишите новый срок, например: 31.03.2027',
      'in.csv: строка 3, столбец «Причина (на русском)»: не заполнено — напишите на казахском или русском, почему срок установлен или перенесён',
      'in.csv: строка 4, столбец «Сумма, тенге»: не заполнено — напишите сумму в тенге, например: 12 500 000',
      'in.csv: строка 4, столбец «Источник средств»: не заполнено — напишите источник средств: местный бюджет, республиканский бюджет, другие источники',
      'in.csv: строка 5, столбец «Причина (на русском)»: не заполнено — напишите на казахском или русском, почему исправлен текст',
      'in.csv: строка 5, столбец «Что исправлено»: не заполнено — напишите, что исправлено: «Название» или «Описание»',
      'in.csv: строка 5, столбец «Исправленный текст (на русском)»: не заполнено — напишите исправленный текст на казахском или русском (только на тех языках, которые исправляются)',
      'in.csv: строка 6, столбец «Что сделано (на русском)»: не заполнено — напишите на казахском или русском, что сделано',
      'in.csv: строка 7, столбец «Вид изменения»: значения «Продление» нет среди видов изменения — напишите одно из: «Ход работ», «Срок», «Финансирование», «Исправление»',
    ]);
  });

  it('updates of meetings: an unknown meeting, a time, reasons, minutes, announcements, a head count and kinds, in Kazakh and Russian', () => {
    const root = writeTree(validTree());
    const text = sheet('meeting-changes', [
      { meeting: 'm-10-0099', date: '20.06.2026', kind: 'Перенесена', reasonRu: 'Буран', newDate: '24.07.2026', startTime: '25:00' },
      { meeting: 'm-10-0002', date: '20.06.2026', kind: 'Шегерілді' },
      { meeting: 'm-10-0002', date: '20.06.2026', kind: 'Хаттама түзетілді' },
      { meeting: 'm-10-0002', date: '20.06.2026', kind: 'Анонс' },
      { meeting: 'm-10-0002', date: '20.06.2026', kind: 'Состоялась', attendance: 'много' },
      { meeting: 'm-10-0002', date: '20.06.2026', kind: 'Перенос' },
    ]);
    expect(planIn(root, 'meeting-changes', text, 'kk').problems).toEqual([
      'in.csv: 2-жол, «Кездесу нөмірі» бағаны: m-10-0099 деген кездесу жоқ — нөмірін кездесу бетінен тексеріңіз (мысалы, m-10-0042)',
      'in.csv: 2-жол, «Басталу уақыты» бағаны: «25:00» — уақыт емес — сағаты мен минутын кездесу өтетін өңірдің жергілікті уақытымен жазыңыз, мысалы: 11:00',
      'in.csv: 3-жол, «Себебі (орысша)» бағаны: толтырылмаған — кездесудің неге кейінге қалдырылғанын қазақша немесе орысша жазыңыз',
      'in.csv: 4-жол, «Себебі (орысша)» бағаны: толтырылмаған — хаттамада не түзетілгенін қазақша немесе орысша жазыңыз',
      'in.csv: 4-жол, «Хаттаманың тілі» бағаны: толтырылмаған — түзетілген хаттаманың тілін жазыңыз: қазақша, орысша немесе ағылшынша',
      'in.csv: 5-жол, «Хабарландыру арнасы» бағаны: толтырылмаған — мыналардың бірін жазыңыз: «Газет», «Телеарна», «Радио», «Сайт», «Әлеуметтік желі», «eGov», «Ашық деректер порталы», «Хабарландыру тақтасы»',
      'in.csv: 5-жол, «Хабарландыру жарияланған басылым» бағаны: толтырылмаған — кездесу туралы хабарландыру жариялаған газетті, арнаны немесе сайтты жазыңыз',
      'in.csv: 6-жол, «Қатысушылар саны» бағаны: «много» — қатысушылар саны емес — бүтін санмен жазыңыз, мысалы: 120',
      'in.csv: 7-жол, «Жазба түрі» бағаны: «Перенос» — жазба түрі емес — мыналардың бірін жазыңыз: «Кейінге қалдырылды», «Болдырылмады», «Өтті», «Материалдар қосылды», «Түзетілді», «Хаттама түзетілді», «Хабарландыру»',
    ]);
    expect(planIn(root, 'meeting-changes', text, 'ru').problems).toEqual([
      'in.csv: строка 2, столбец «Номер встречи»: встречи m-10-0099 нет — проверьте номер на странице встречи (например, m-10-0042)',
      'in.csv: строка 2, столбец «Время начала»: «25:00» — не время — напишите часы и минуты по местному времени региона встречи, например: 11:00',
      'in.csv: строка 3, столбец «Причина (на русском)»: не заполнено — напишите на казахском или русском, почему встреча перенесена',
      'in.csv: строка 4, столбец «Причина (на русском)»: не заполнено — напишите на казахском или русском, что исправлено в протоколе',
      'in.csv: строка 4, столбец «Язык протокола»: не заполнено — напишите язык исправленного протокола: казахский, русский или английский',
      'in.csv: строка 5, столбец «Канал анонса»: не заполнено — напишите одно из: «Газета», «Телевидение», «Радио», «Сайт», «Соцсеть», «eGov», «Портал открытых данных», «Доска объявлений»',
      'in.csv: строка 5, столбец «Издание, опубликовавшее анонс»: не заполнено — назовите газету, канал или сайт, опубликовавший анонс встречи',
      'in.csv: строка 6, столбец «Число участников»: «много» — не число участников — напишите целое число, например: 120',
      'in.csv: строка 7, столбец «Вид записи»: значения «Перенос» нет среди видов записи — напишите одно из: «Перенесена», «Отменена», «Состоялась», «Добавлены материалы», «Исправлено», «Протокол исправлен», «Анонс»',
    ]);
  });

  it('new meetings: Latin look-alike letters in a region, a level, a missing reason, a head count and an unknown region, in Kazakh and Russian', () => {
    const root = writeTree(validTree());
    const row = {
      region: 'Астана', level: 'Аудан әкімі', officeRu: 'Аким района Алматы', venueRu: 'Школа № 12', addressRu: 'улица Кенесары, 4',
      date: '2026-08-05', startTime: '15:00', endTime: '17:00', format: 'Очно', status: 'Запланирована',
    };
    const text = sheet('meetings', [
      { ...row, region: 'Aстана' },
      { ...row, date: '2026-08-06', level: 'Губернатор' },
      { ...row, date: '2026-08-07', status: 'Шегерілді' },
      { ...row, date: '2026-08-08', attendance: '120' },
      { ...row, date: '2026-08-09', region: 'Тараз' },
    ]);
    expect(planIn(root, 'meetings', text, 'kk').problems).toEqual([
      'in.csv: 2-жол, «Облыс / қала» бағаны: «Aстана»: сөзде латынның A әрпі бар — кириллицамен қайта теріңіз: Астана',
      'in.csv: 3-жол, «Әкімнің деңгейі» бағаны: «Губернатор» — әкімнің деңгейі емес — мыналардың бірін жазыңыз: «Облыс әкімі», «Қала әкімі», «Аудан әкімі», «Ауылдық округ әкімі», «Министр»',
      'in.csv: 4-жол, «Шегеру не болдырмау себебі (орысша)» бағаны: толтырылмаған — кездесудің неге кейінге қалдырылғанын қазақша немесе орысша жазыңыз',
      'in.csv: 5-жол, «Қатысушылар саны» бағаны: толтырылған, бірақ кездесу өтпеген — «Өтті» мәртебесін жазыңыз немесе қатысушылар санын бос қалдырыңыз',
      'in.csv: 6-жол, «Облыс / қала» бағаны: «Тараз» — облыс та, қала да емес — атауын сайттағыдай жазыңыз, мысалы: Абай, Астана',
    ]);
    expect(planIn(root, 'meetings', text, 'ru').problems).toEqual([
      'in.csv: строка 2, столбец «Область / город»: «Aстана»: в слове есть латинская A — наберите заново кириллицей: Астана',
      'in.csv: строка 3, столбец «Уровень акима»: значения «Губернатор» нет среди уровней акима — напишите одно из: «Аким области», «Аким города», «Аким района», «Аким сельского округа», «Министр»',
      'in.csv: строка 4, столбец «Причина переноса или отмены (на русском)»: не заполнено — напишите на казахском или русском, почему встреча перенесена',
      'in.csv: строка 5, столбец «Число участников»: заполнено, но встреча не проведена — укажите статус «Состоялась» или оставьте число участников пустым',
      'in.csv: строка 6, столбец «Область / город»: «Тараз» — не область и не город — напишите название, как на сайте, например: Абай, Астана',
    ]);
  });

  it('the file itself: the example row, an unknown and a missing column, in Kazakh and Russian', () => {
    const root = writeTree(validTree());
    const template = readFileSync(templateFiles.status, 'utf8');
    expect(planIn(root, 'status', template, 'kk').problems).toEqual(['in.csv: 2-жол: бұл — үлгі жолы («Үлгі / Пример:» сөздерінен басталады) — оны өшіріп, өз жолдарыңызды жазыңыз']);
    expect(planIn(root, 'status', template, 'ru').problems).toEqual(['in.csv: строка 2: это строка-пример из шаблона (начинается со слов «Үлгі / Пример:») — удалите её и впишите свои строки']);
    const text = csv([['Номер вопроса', 'Статус', 'Цвет'], ['i-71-00001', 'На рассмотрении', 'синий']]);
    expect(planIn(root, 'status', text, 'ru').problems).toEqual([
      'in.csv: строка 1, столбец «Цвет»: такого столбца нет в шаблоне templates/status.csv — исправьте заголовок (скопируйте его из templates/status.csv) или удалите столбец',
      'in.csv: строка 1: нет столбца «Күні / Дата» — добавьте его (скопируйте строку заголовков из шаблона templates/status.csv)',
    ]);
    expect(planIn(root, 'status', text, 'kk').problems).toEqual([
      'in.csv: 1-жол, «Цвет» бағаны: templates/status.csv үлгісінде мұндай баған жоқ — тақырыпты түзетіңіз (templates/status.csv үлгісінен көшіріңіз) немесе бағанды өшіріңіз',
      'in.csv: 1-жол: «Күні / Дата» бағаны жоқ — оны қосыңыз (тақырып жолын templates/status.csv үлгісінен көшіріңіз)',
    ]);
    const stray = csv([['Номер вопроса', 'Дата', 'Статус'], ['i-71-00001', '10.04.2026', 'На рассмотрении', 'лишнее']]);
    expect(planIn(root, 'status', stray, 'kk').problems).toEqual([
      'in.csv: 2-жол, «D (тақырыбы жоқ)» бағаны: тақырыбы жоқ бағанда мән тұр — мәтінде ; немесе үтір болса, бүкіл мәтінді қос тырнақшаға алыңыз (кесте CSV сақтағанда мұны өзі жасайды); әйтпесе мәнді өшіріңіз',
    ]);
  });

  it('lists every finding of personal data in a cell, each masked', () => {
    const root = writeTree(validTree());
    const note = 'Позвонить заявителю +7 701 234 56 78 или написать ivanov.a@mail.kz';
    const text = sheet('status', [{ issue: 'i-71-00001', date: '2026-05-01', status: 'in-review', noteRu: note }]);
    const en = plan(root, 'status', text).problems;
    expect(en).toHaveLength(2);
    const head = `in.csv: row 2, column ${col('status', 'noteRu')}: `;
    expect(en.map((line) => line.replace(/ \([^()]*\) — .*$/, '')).sort()).toEqual([`${head}contains a phone number`, `${head}contains an e-mail address`]);
    for (const line of en) expect(line).not.toMatch(/234 56 78|ivanov\.a@/);
    const kk = planIn(root, 'status', text, 'kk').problems;
    expect(kk).toHaveLength(2);
    for (const line of kk) expect(line.startsWith('in.csv: 2-жол, «Түсініктеме (орысша)» бағаны: ')).toBe(true);
    // The finding itself is told in the editor's language too, not in English.
    expect(kk.map((line) => line.slice('in.csv: 2-жол, «Түсініктеме (орысша)» бағаны: '.length).replace(/ \(.*$/, '')).sort()).toEqual([
      'мәтінде телефон нөмірі бар',
      'мәтінде электрондық пошта мекенжайы бар',
    ]);
  });
});

describe('the language of an import\'s messages', () => {
  const bad = (headings: string[]) => csv([headings, ['i-10-00042', '10.04.2026', 'На рассмотрении']]);
  const importIn = async (root: string, name: string, text: string, lang?: 'kk' | 'ru' | 'en') => {
    const file = join(root, '..', `${root.split('/').at(-1)}-${name}.csv`);
    writeFileSync(file, text);
    return { file, outcome: await importFile({ root, file, asOf: fixtureAsOf, usedIds: new Set(), ...(lang ? { lang } : {}) }) };
  };

  it('is the language of the headings the editor kept: Russian halves → Russian, Kazakh halves → Kazakh, both → Kazakh', async () => {
    const root = writeTree(validTree());
    const ru = await importIn(root, 'ru', bad(['Номер вопроса', 'Дата', 'Статус']));
    expect(ru.outcome.lang).toBe('ru');
    expect(ru.outcome.problems).toEqual([`${ru.file}: строка 2, столбец «Номер вопроса»: вопроса i-10-00042 нет — проверьте номер на странице вопроса (например, i-10-00042)`]);
    expect(ru.outcome.summary).toBe(`${ru.file}: ошибок: 1; ничего не записано. Исправьте их и импортируйте файл снова.`);
    const kk = await importIn(root, 'kk', bad(['Мәселе нөмірі', 'Күні', 'Мәртебесі']));
    expect(kk.outcome.problems).toEqual([`${kk.file}: 2-жол, «Мәселе нөмірі» бағаны: i-10-00042 деген мәселе жоқ — нөмірін мәселе бетінен тексеріңіз (мысалы, i-10-00042)`]);
    expect(kk.outcome.summary).toBe(`${kk.file}: қателер саны: 1; ештеңе жазылған жоқ. Оларды түзетіп, файлды қайта импорттаңыз.`);
    const both = await importIn(root, 'both', bad(['Мәселе нөмірі / Номер вопроса', 'Күні / Дата', 'Мәртебесі / Статус']));
    expect(both.outcome.lang).toBe('kk');
    // Asked for, a language wins over the headings.
    const asked = await importIn(root, 'asked', bad(['Мәселе нөмірі', 'Күні', 'Мәртебесі']), 'ru');
    expect(asked.outcome.problems).toEqual([`${asked.file}: строка 2, столбец «Номер вопроса»: вопроса i-10-00042 нет — проверьте номер на странице вопроса (например, i-10-00042)`]);
    const unknown = await importIn(root, 'unknown', csv([['Фамилия', 'Телефон'], ['Иванов', '1']]));
    expect(unknown.outcome.problems).toEqual([
      `${unknown.file}: 1-жол: тақырыптары ешбір үлгіге сәйкес келмейді — тақырып жолын templates/contacts.csv, meetings.csv, meeting-changes.csv, issues.csv, status.csv немесе changes.csv үлгілерінің бірінен көшіріңіз`,
    ]);
    expect(unknown.outcome.summary).toBe(`${unknown.file}: ештеңе жазылған жоқ.`);
  });

  it('tells a file that cannot be read in Kazakh, or in the language asked for', async () => {
    const root = writeTree(validTree());
    const missing = join(root, '..', 'нет-такого.csv');
    const kk = await importFile({ root, file: missing, asOf: fixtureAsOf, usedIds: new Set() });
    expect(kk.problems).toEqual([`${missing}: (файл): табылмады — файлдың атауы мен қалтасын тексеріңіз`]);
    expect(kk.summary).toBe(`${missing}: ештеңе жазылған жоқ.`);
    const ru = await importFile({ root, file: missing, asOf: fixtureAsOf, usedIds: new Set(), lang: 'ru' });
    expect(ru.problems).toEqual([`${missing}: (файл): не найден — проверьте имя файла и папку`]);
    expect(ru.summary).toBe(`${missing}: ничего не записано.`);
    const legacy = join(root, '..', `${root.split('/').at(-1)}-cp1251.csv`);
    writeFileSync(legacy, Uint8Array.from([0xc4, 0xe0, 0xf2, 0xe0, 0x0d, 0x0a]));
    expect((await importFile({ root, file: legacy, asOf: fixtureAsOf, usedIds: new Set(), lang: 'ru' })).problems).toEqual([
      `${legacy}: (файл): это не текст UTF-8 — сохраните таблицу как «CSV UTF-8» (Excel: Файл → Сохранить как → CSV UTF-8; LibreOffice: Кодировка: Юникод (UTF-8))`,
    ]);
  });

  it('tells an empty required cell in Kazakh and Russian, with an example', () => {
    const root = writeTree(validTree());
    const text = csv([['Номер вопроса', 'Дата', 'Статус'], ['i-71-00001', '', 'На рассмотрении']]);
    expect(planImport({ root, file: 'in.csv', text, kind: 'status', asOf: fixtureAsOf, lang: 'ru' }).problems).toEqual(['in.csv: строка 2, столбец «Дата»: не заполнено — впишите значение, например: 15.06.2026']);
    expect(planImport({ root, file: 'in.csv', text, kind: 'status', asOf: fixtureAsOf, lang: 'kk' }).problems).toEqual(['in.csv: 2-жол, «Күні» бағаны: толтырылмаған — мәнін жазыңыз, мысалы: 15.06.2026']);
  });

  it('says what was added in the editor\'s language', async () => {
    const root = writeTree(validTree());
    const good = await importIn(root, 'good', csv([['Номер вопроса', 'Дата', 'Статус'], ['i-71-00001', '10.04.2026', 'На рассмотрении']]));
    expect(good.outcome.ok).toBe(true);
    expect(good.outcome.summary).toBe(`${good.file}: добавлено строк: 1, уже были: 0; записано файлов: 1; на ${fixtureAsOf} в ${root} нет ошибок.`);
    expect(good.outcome.addedSays.map((line) => say(line, 'ru'))).toEqual(['строка 2: i-71-00001, статус «На рассмотрении»']);
    expect(good.outcome.addedSays.map((line) => say(line, 'kk'))).toEqual(['2-жол: i-71-00001, мәртебесі «Қаралуда»']);
    expect(good.outcome.added).toEqual(['row 2: i-71-00001 history[1] in-review']);
    const again = await importIn(root, 'good', csv([['Мәселе нөмірі', 'Күні', 'Мәртебесі'], ['i-71-00001', '10.04.2026', 'Қаралуда']]));
    expect(again.outcome.summary).toBe(`${again.file}: қосылған жол: 0, бұрыннан бар: 1; жазылған файл: 0; ${fixtureAsOf} күнгі жағдай бойынша ${root} қатесіз.`);
    expect(again.outcome.skippedSays.map((line) => say(line, 'kk'))).toEqual(['2-жол: i-71-00001 ішінде бұрыннан бар (2-жазба) — өткізіп жіберілді']);
    expect(again.outcome.skippedSays.map((line) => say(line, 'ru'))).toEqual(['строка 2: уже есть в i-71-00001 (запись 2) — пропущена']);
    expect(again.outcome.skippedSays.map((line) => say(line, 'en'))).toEqual(['row 2: already in i-71-00001 history[1] — skipped']);
    const meetings = await importIn(root, 'issue', csv([['Номер встречи', 'Категория', 'Краткое название (на русском)', 'Описание (на русском)', 'Ответственный орган'], ['m-10-0001', 'Питьевая вода', 'Нет воды', 'Жители просят провести водопровод.', 'water-utility']]));
    expect(meetings.outcome.addedSays.map((line) => say(line, 'ru'))).toEqual(['строка 2: i-10-00004']);
  });

  it('npm run import -- --lang ru|kk|en tells the problems in that language, and refuses any other', () => {
    const root = writeTree(validTree());
    const file = join(root, '..', `${root.split('/').at(-1)}-lang.csv`);
    writeFileSync(file, sheet('status', [{ issue: 'i-10-00042', date: '10.04.2026', status: 'На рассмотрении' }]));
    const env = { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse(`${fixtureAsOf}T12:00:00+05:00`) / 1000) };
    const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/import.ts', file, ...args], { encoding: 'utf8', env });
    const ru = cli('--lang', 'ru');
    expect(ru.status).toBe(1);
    expect(ru.stderr).toBe(
      `${file}: строка 2, столбец «Номер вопроса»: вопроса i-10-00042 нет — проверьте номер на странице вопроса (например, i-10-00042)\n\n${file}: ошибок: 1; ничего не записано. Исправьте их и импортируйте файл снова.\n`,
    );
    // Without --lang, the template's bilingual headings give Kazakh, the site's default.
    const kk = cli();
    expect(kk.stderr).toContain(`${file}: 2-жол, «Мәселе нөмірі» бағаны: i-10-00042 деген мәселе жоқ`);
    expect(cli('--lang', 'en').stderr).toContain(`${file}: row 2, column ${col('status', 'issue')}: i-10-00042 is not an issue in content/issues`);
    const other = cli('--lang', 'de');
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('--lang must be one of kk, ru, en, not de');
  });
});

describe('new meetings of ministers, and meetings in or outside the calendar', () => {
  // The fixture with Abay's 2026 calendar: c-10-2026-003 is the region akim's, moved to September.
  const base = {
    region: 'Абай', district: 'Абай ауданы', venueRu: 'Дом культуры', addressRu: 'улица Абая, 12',
    startTime: '11:00', endTime: '13:00', format: 'Очно', status: 'Запланирована',
  };
  const planIn = (root: string, text: string, lang: 'kk' | 'ru') => planImport({ root, file: 'in.csv', text, kind: 'meetings', asOf: fixtureAsOf, lang });

  it('adds a minister’s meeting named by the ministry’s name or code, an akim’s linked to its calendar entry, and one outside the calendar with the reason', () => {
    const root = writeTree(calendarTree());
    const p = plan(root, 'meetings', sheet('meetings', [
      { ...base, level: 'Министр', body: 'Энергетика министрлігі', officeRu: 'Министр энергетики', date: '2026-08-05', outsideCalendar: 'По поручению Правительства' },
      { ...base, level: 'minister', body: 'min-health', officeRu: 'Министр здравоохранения', date: '2026-08-06' },
      { ...base, level: 'Облыс әкімі', officeRu: 'Аким области Абай', date: '2026-09-10', calendarEntry: 'c-10-2026-003' },
      { ...base, level: 'Аудан әкімі', officeKk: 'Абай ауданының әкімі', date: '2026-08-12', outsideCalendar: 'Ауыл тұрғындарының өтініші бойынша' },
    ]));
    expect(p.problems).toEqual([]);
    expect(p.files.map((f) => f.path)).toEqual(['meetings/abay/m-10-0004.json', 'meetings/abay/m-10-0005.json', 'meetings/abay/m-10-0006.json', 'meetings/abay/m-10-0007.json']);
    apply(root, p);
    const read = (id: string) => JSON.parse(readFileSync(join(root, `meetings/abay/${id}.json`), 'utf8'));
    expect(read('m-10-0004')).toMatchObject({ holder: { level: 'minister', body: 'min-energy', office: { ru: 'Министр энергетики' } }, outsideCalendar: { ru: 'По поручению Правительства' } });
    expect(read('m-10-0005').holder).toEqual({ level: 'minister', body: 'min-health', office: { ru: 'Министр здравоохранения' } });
    expect(read('m-10-0006')).toMatchObject({ holder: { level: 'region' }, calendarEntry: 'c-10-2026-003' });
    expect(read('m-10-0006').outsideCalendar).toBeUndefined();
    expect(read('m-10-0007')).toMatchObject({ holder: { level: 'district' }, outsideCalendar: { kk: 'Ауыл тұрғындарының өтініші бойынша' } });
    expect(read('m-10-0007').calendarEntry).toBeUndefined();
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
  });

  it('reports a minister’s meeting without its ministry or with a calendar entry, a body for an akim, an unknown entry, an entry of another holder, both columns filled, and an id not written as one', () => {
    const root = writeTree(calendarTree());
    const region = { ...base, level: 'Облыс әкімі', officeRu: 'Аким области Абай' };
    const p = plan(root, 'meetings', sheet('meetings', [
      { ...base, level: 'Министр', officeRu: 'Министр энергетики', date: '2026-08-05' },
      { ...base, level: 'Аудан әкімі', body: 'min-energy', officeRu: 'Аким Абайского района', date: '2026-08-06' },
      { ...base, level: 'Министр', body: 'Министерство энергетики', officeRu: 'Министр энергетики', date: '2026-08-07', calendarEntry: 'c-10-2026-003' },
      { ...region, date: '2026-08-08', calendarEntry: 'c-10-2026-099' },
      { ...base, level: 'Аудан әкімі', officeRu: 'Аким Абайского района', date: '2026-08-09', calendarEntry: 'c-10-2026-003' },
      { ...region, date: '2026-08-10', calendarEntry: 'c-10-2026-003', outsideCalendar: 'Паводок' },
      { ...region, date: '2026-08-11', calendarEntry: 'C-10-26-3' },
    ]));
    expect(p.files).toEqual([]);
    expect(p.problems).toEqual([
      `in.csv: row 2, column ${col('meetings', 'body')}: is empty, but the meeting is a minister’s («Министр») — write the ministry as the site names it, or its code, e.g. Министерство энергетики (min-energy)`,
      `in.csv: row 3, column ${col('meetings', 'body')}: is filled, but the meeting is an akim’s — the body is given only for a minister’s meeting: clear the cell, or write «Министр» as the level`,
      `in.csv: row 4, column ${col('meetings', 'calendarEntry')}: is filled, but the meeting is a minister’s — ministers’ meetings are not in the akimats’ calendars: clear the cell`,
      `in.csv: row 5, column ${col('meetings', 'calendarEntry')}: c-10-2026-099 is not a planned meeting of the calendars of область Абай — write the entry’s number as the calendar gives it, or leave the cell empty and write why the meeting is outside the calendar`,
      `in.csv: row 6, column ${col('meetings', 'calendarEntry')}: the entry c-10-2026-003 is planned for Regional akim, Abay Region — write the number of an entry planned for the akim who holds this meeting, or leave the cell empty and write why the meeting is outside the calendar`,
      `in.csv: row 7, column ${col('meetings', 'outsideCalendar')}: the meeting both fulfils a calendar entry and is marked as outside the calendar — keep one`,
      `in.csv: row 8, column ${col('meetings', 'calendarEntry')}: is not a calendar entry id — write c-, the region’s two-digit code, the year and a number, e.g. c-10-2026-014`,
    ]);
  });

  it('tells the same in Kazakh and Russian, naming the columns in the editor’s words', () => {
    const root = writeTree(calendarTree());
    const text = sheet('meetings', [
      { ...base, level: 'Министр', officeRu: 'Министр энергетики', date: '2026-08-05' },
      { ...base, level: 'Аудан әкімі', body: 'Министерство энергетики', officeRu: 'Аким Абайского района', date: '2026-08-06' },
      { ...base, level: 'Облыс әкімі', officeRu: 'Аким области Абай', date: '2026-08-08', calendarEntry: 'c-10-2026-099' },
      { ...base, level: 'Аудан әкімі', officeRu: 'Аким Абайского района', date: '2026-08-09', calendarEntry: 'c-10-2026-003' },
    ]);
    expect(planIn(root, text, 'kk').problems).toEqual([
      'in.csv: 2-жол, «Орган (министр үшін)» бағаны: толтырылмаған, бірақ кездесуді министр («Министр») өткізеді — министрлікті сайттағыдай жазыңыз, мысалы «Энергетика министрлігі»',
      'in.csv: 3-жол, «Орган (министр үшін)» бағаны: толтырылған, бірақ кездесуді әкім өткізеді — орган тек министрдің кездесуі үшін жазылады: ұяшықты бос қалдырыңыз немесе деңгейін «Министр» деп жазыңыз',
      'in.csv: 4-жол, «Күнтізбе жазбасының нөмірі» бағаны: c-10-2026-099 жазбасы «Абай облысы» күнтізбелерінде жоқ — жазбаның нөмірін күнтізбедегідей жазыңыз немесе ұяшықты бос қалдырып, кездесудің күнтізбеден тыс өтетін себебін жазыңыз',
      'in.csv: 5-жол, «Күнтізбе жазбасының нөмірі» бағаны: c-10-2026-003 жазбасы басқа лауазымға жоспарланған: Облыс әкімі, Абай облысы — осы кездесуді өткізетін әкімге жоспарланған жазбаның нөмірін жазыңыз немесе ұяшықты бос қалдырып, кездесудің күнтізбеден тыс өтетін себебін жазыңыз',
    ]);
    expect(planIn(root, text, 'ru').problems).toEqual([
      'in.csv: строка 2, столбец «Орган (для министра)»: не заполнено, но встречу проводит министр («Министр») — напишите министерство, как оно названо на сайте, например «Министерство энергетики»',
      'in.csv: строка 3, столбец «Орган (для министра)»: заполнено, но встречу проводит аким — орган указывается только для встречи министра: оставьте ячейку пустой или укажите уровень «Министр»',
      'in.csv: строка 4, столбец «Номер записи календаря»: записи c-10-2026-099 нет в календарях региона «область Абай» — напишите номер записи, как он указан в календаре, или оставьте ячейку пустой и напишите, почему встреча вне календаря',
      'in.csv: строка 5, столбец «Номер записи календаря»: запись c-10-2026-003 запланирована для другого лица: Аким области, область Абай — напишите номер записи, запланированной для акима, который проводит эту встречу, или оставьте ячейку пустой и напишите, почему встреча вне календаря',
    ]);
  });

  it('refuses a body that is not a ministry, listing the ministries', () => {
    const root = writeTree(calendarTree());
    const text = sheet('meetings', [{ ...base, level: 'Министр', body: 'Местное водохозяйственное предприятие', officeRu: 'Директор', date: '2026-08-05' }]);
    expect(planIn(root, text, 'ru').problems).toEqual([
      'in.csv: строка 2, столбец «Орган (для министра)»: значения «Местное водохозяйственное предприятие» нет среди министерств — напишите одно из: ' +
        '«Министерство искусственного интеллекта и цифрового развития», «Министерство энергетики», «Министерство промышленности и строительства», ' +
        '«Министерство транспорта», «Министерство здравоохранения», «Министерство просвещения», «Министерство труда и социальной защиты населения», ' +
        '«Министерство сельского хозяйства», «Министерство водных ресурсов и ирригации», «Министерство экологии и природных ресурсов», «Министерство внутренних дел», ' +
        '«Министерство по чрезвычайным ситуациям», «Министерство национальной экономики», «Министерство культуры и информации»',
    ]);
  });
});
