/**
 * A meeting's times carry the UTC offset its region kept on that date, and
 * the validator says which one is right when they do not; import writes it.
 * Astana kept UTC+6 until 2024-03-01 and UTC+5 since; Aktobe UTC+5 both sides.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { formatProblemIn } from '../../src/lib/content/problems.ts';
import { templateColumns } from '../../src/lib/import/columns.ts';
import { heading } from '../../src/lib/import/csv.ts';
import { planImport, type ImportPlan } from '../../src/lib/import/import.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { entry, fixtureAsOf, validTree, writeTree, type Tree } from './fixture.ts';
import type { ImportKind, Language } from '../../src/vocabularies.ts';

const names = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** The valid fixture with Aktobe Region and one meeting held there, region-wide, at the given times. */
function withAktobe(start: string, end: string, changes: unknown[] = [{ kind: 'held', date: '2026-04-02' }]): Tree {
  const tree = validTree();
  (entry(tree, 'geo/regions.json') as unknown[]).push({
    kato: '150000000', slug: 'aktobe', iso: 'KZ-15', kind: 'oblast',
    name: names('Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'), shortName: names('Ақтөбе', 'Актюбинская', 'Aktobe'),
    centre: { kato: '151010000', name: names('Ақтөбе', 'Актобе', 'Aktobe') },
  });
  (entry(tree, 'geo/tiles.json') as unknown[]).push({ region: 'aktobe', column: 2, row: 0, label: names('Ақтөбе', 'Актобе', 'Aktobe') });
  tree['geo/districts/aktobe.json'] = [];
  tree['meetings/aktobe/m-15-0001.json'] = {
    id: 'm-15-0001',
    holder: { level: 'region', office: { ru: 'Аким Актюбинской области' } },
    place: { region: 'aktobe', venue: { ru: 'Дворец культуры' }, address: { ru: 'проспект Абилкайыр хана, 1' } },
    start,
    end,
    format: 'in-person',
    announcements: [],
    changes,
  };
  return tree;
}

function linesIn(tree: Tree, lang: Language): string[] {
  const root = writeTree(tree);
  const { problems } = loadContent(root, { asOf: fixtureAsOf });
  return problems.map((p) => formatProblemIn(lang)(p).replaceAll(root, 'content'));
}

describe('the validator refuses a time whose offset is wrong for the place and date', () => {
  it('names the right offset and time for a 2023 Aktobe meeting written at +06:00, in kk, ru and en', () => {
    const tree = withAktobe('2023-05-10T11:00+06:00', '2023-05-10T13:00+05:00');
    expect(linesIn(tree, 'kk')).toEqual([
      'content/meetings/aktobe/m-15-0001.json: start: 2023-05-10T11:00+06:00: Ақтөбе облысында бұл күні уақыт белдеуі UTC+5, дұрысы 2023-05-10T11:00+05:00 — жергілікті уақытты сол күнгі белдеуімен жазыңыз; уақыт жарияланып қойса, оны changes ішіне «Түзетілді» жазбасымен қосыңыз',
    ]);
    expect(linesIn(tree, 'ru')).toEqual([
      'content/meetings/aktobe/m-15-0001.json: start: 2023-05-10T11:00+06:00: Актюбинская область — в этот день часовой пояс UTC+5, правильно 2023-05-10T11:00+05:00 — записывайте местное время с поясом того дня; если время уже опубликовано, добавьте его записью «Исправлено» в changes',
    ]);
    expect(linesIn(tree, 'en')).toEqual([
      'content/meetings/aktobe/m-15-0001.json: start: 2023-05-10T11:00+06:00: Aktobe Region kept UTC+5 on that day, the right time is 2023-05-10T11:00+05:00 — write the local time with that day\'s offset; if the time is already published, add it as a "corrected" entry in changes',
    ]);
  });

  it('refuses a 2023 Astana meeting written at +05:00 (Astana kept UTC+6 until 2024-03-01), start and end', () => {
    const tree = validTree();
    Object.assign(entry(tree, 'meetings/astana/m-71-0001.json'), { start: '2023-05-10T11:00+05:00', end: '2023-05-10T13:00+05:00' });
    expect(linesIn(tree, 'en')).toEqual([
      'content/meetings/astana/m-71-0001.json: start: 2023-05-10T11:00+05:00: Astana kept UTC+6 on that day, the right time is 2023-05-10T11:00+06:00 — write the local time with that day\'s offset; if the time is already published, add it as a "corrected" entry in changes',
      'content/meetings/astana/m-71-0001.json: end: 2023-05-10T13:00+05:00: Astana kept UTC+6 on that day, the right time is 2023-05-10T13:00+06:00 — write the local time with that day\'s offset; if the time is already published, add it as a "corrected" entry in changes',
    ]);
    expect(linesIn(tree, 'kk')[0]).toContain('2023-05-10T11:00+05:00: Астана қаласында бұл күні уақыт белдеуі UTC+6, дұрысы 2023-05-10T11:00+06:00');
  });

  it('accepts Astana at +06:00 in 2023 and +05:00 in 2025, and Aktobe at +05:00 in 2023', () => {
    const tree = withAktobe('2023-05-10T11:00+05:00', '2023-05-10T13:00+05:00');
    Object.assign(entry(tree, 'meetings/astana/m-71-0001.json'), { start: '2023-05-10T11:00+06:00', end: '2023-05-10T13:00+06:00' });
    expect(linesIn(tree, 'en')).toEqual([]);
    Object.assign(entry(tree, 'meetings/astana/m-71-0001.json'), { start: '2025-05-10T11:00+05:00', end: '2025-05-10T13:00+05:00' });
    expect(linesIn(tree, 'en')).toEqual([]);
  });

  it('checks a postponement’s new time and a corrected time, and lets a corrected entry stand for a published wrong one', () => {
    const tree = withAktobe('2023-05-10T11:00+06:00', '2023-05-10T13:00+06:00', [
      { kind: 'postponed', date: '2023-05-05', reason: { ru: 'Буран' }, start: '2023-05-20T11:00+06:00' },
      { kind: 'corrected', date: '2023-05-06', reason: { ru: 'Неверный часовой пояс' }, start: '2023-05-20T11:00+05:00', end: '2023-05-20T13:00+05:00' },
      { kind: 'held', date: '2023-05-20' },
    ]);
    expect(linesIn(tree, 'en')).toEqual([]);
    entry(tree, 'meetings/aktobe/m-15-0001.json').changes[1].end = '2023-05-20T13:00+06:00';
    expect(linesIn(tree, 'en')).toEqual([
      'content/meetings/aktobe/m-15-0001.json: changes[1].end: 2023-05-20T13:00+06:00: Aktobe Region kept UTC+5 on that day, the right time is 2023-05-20T13:00+05:00 — write the local time with that day\'s offset; if the time is already published, add it as a "corrected" entry in changes',
    ]);
  });
});

describe('search finds a late-evening meeting in the year it was held in its region', () => {
  it('files a meeting at 23:30 on 31 December 2023 in Aktobe under 2023, though Almaty’s clocks already read 2024', () => {
    const tree = withAktobe('2023-12-31T23:30+05:00', '2023-12-31T23:59+05:00');
    const root = writeTree(tree);
    const { content, problems } = loadContent(root, { asOf: fixtureAsOf });
    expect(problems).toEqual([]);
    const record = searchRecords(indexContent(content, fixtureAsOf), 'ru', () => '').find((r) => r.url === '/ru/meetings/m-15-0001/');
    expect(record?.filters.year).toEqual(['2023']);
  });
});

/** A spreadsheet of the template's columns with rows given by column key. */
function sheet(kind: ImportKind, rows: Record<string, string>[]): string {
  const columns = templateColumns[kind];
  const cell = (s: string) => (/[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return [columns.map(heading), ...rows.map((r) => columns.map((c) => r[c.key] ?? ''))].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function apply(root: string, p: ImportPlan): void {
  for (const f of p.files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

describe('import writes the offset the region kept that day', () => {
  const row = {
    region: 'Астана', district: 'район Алматы', level: 'district', officeRu: 'Аким района Алматы', venueRu: 'Школа № 7', addressRu: 'проспект Республики, 12',
    startTime: '15:00', endTime: '17:00', format: 'Очно', status: 'Состоялась',
  };

  it('+06:00 for a 2023 Astana row and +05:00 for a 2025 one, and a corrected time of 2023 at +06:00', () => {
    const root = writeTree(validTree());
    const p = planImport({ root, file: 'in.csv', text: sheet('meetings', [{ ...row, date: '10.05.2023' }, { ...row, date: '14.05.2025' }]), kind: 'meetings', asOf: fixtureAsOf });
    expect(p.problems).toEqual([]);
    apply(root, p);
    const meetings = loadContent(root, { asOf: fixtureAsOf }).content.meetings;
    expect(meetings.find((m) => m.id === 'm-71-0002')).toMatchObject({ start: '2023-05-10T15:00+06:00', end: '2023-05-10T17:00+06:00' });
    expect(meetings.find((m) => m.id === 'm-71-0003')).toMatchObject({ start: '2025-05-14T15:00+05:00', end: '2025-05-14T17:00+05:00' });

    const fix = planImport({
      root, file: 'in.csv', kind: 'meeting-changes', asOf: fixtureAsOf,
      text: sheet('meeting-changes', [{ meeting: 'm-71-0002', date: '30.06.2026', kind: 'Исправлено', reasonRu: 'Встреча началась на час раньше', newDate: '10.05.2023', startTime: '14:00', endTime: '16:00' }]),
    });
    expect(fix.problems).toEqual([]);
    apply(root, fix);
    const { content, problems } = loadContent(root, { asOf: fixtureAsOf });
    expect(problems).toEqual([]);
    expect(content.meetings.find((m) => m.id === 'm-71-0002')?.changes.at(-1)).toMatchObject({ kind: 'corrected', start: '2023-05-10T14:00+06:00', end: '2023-05-10T16:00+06:00' });
  });
});
