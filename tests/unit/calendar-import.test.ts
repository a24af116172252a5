/**
 * The calendar sheet (templates/calendar.csv) as an akimat editor keeps it:
 * the planned meetings as approved make a new calendar, numbered in row
 * order; corrections are appended with their maslikhat reference; the same
 * sheet imported again changes nothing; and every mistake is refused with
 * its row, its column and the fix, in the editor's language, with nothing
 * written. Runs on the validation fixture (build day 2026-06-30), with and
 * without Abay's published calendar for 2026 (calendar-fixture.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { templateColumns } from '../../src/lib/import/columns.ts';
import { heading } from '../../src/lib/import/csv.ts';
import { planImport, type ImportPlan } from '../../src/lib/import/import.ts';
import { recogniseKind } from '../../src/lib/import/run.ts';
import { calendarTree } from '../content/calendar-fixture.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import type { Language } from '../../src/vocabularies.ts';

const columns = templateColumns.calendar;

/** The calendar template's headings, then rows given by column key. */
function sheet(rows: Record<string, string>[]): string {
  const cell = (s: string) => (/[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return [columns.map(heading), ...rows.map((r) => columns.map((c) => r[c.key] ?? ''))].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const plan = (root: string, text: string, lang: Language = 'en'): ImportPlan => planImport({ root, file: 'in.csv', text, kind: 'calendar', asOf: fixtureAsOf, lang });

function apply(root: string, p: ImportPlan): void {
  for (const f of p.files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

const approval = {
  approvedDate: '12.01.2026',
  approvedByRu: 'Аким области Абай',
  maslikhatAct: 'Уведомление маслихата',
  maslikhatSession: 'XXIV',
  maslikhatDate: '10.01.2026',
  maslikhatNumber: '24/1',
};
const abay = { region: 'Абай', year: '2026' };

describe('the calendar sheet', () => {
  it('is recognised from its headings, in either language', () => {
    expect(recogniseKind(sheet([]))).toBe('calendar');
    expect(recogniseKind(`${columns.map((c) => c.ru).join(';')}\r\n`)).toBe('calendar');
  });

  it('makes a new calendar of the approved rows, numbered in row order, with a correction appended, and imports nothing the second time', () => {
    const root = writeTree(validTree());
    const text = sheet([
      { ...abay, ...approval, level: 'Аудан әкімі', holderDistrict: 'Абай ауданы', district: 'Абай ауданы', from: '01.09.2026', to: '30.09.2026' },
      { ...abay, level: 'Аким области', district: 'Абайский район', from: '15.10.2026', kind: 'Отчёт перед населением' },
      { ...abay, correction: 'Встреча перенесена', entry: 'c-10-2026-001', date: '20.06.2026', reasonRu: 'Паводок', maslikhatAct: 'Уведомление маслихата', maslikhatSession: 'XXV', maslikhatDate: '18.06.2026', maslikhatNumber: '25/3', from: '01.11.2026', to: '30.11.2026' },
    ]);
    const p = plan(root, text);
    expect(p.problems).toEqual([]);
    expect(p.added).toEqual(['row 2: c-10-2026-001', 'row 3: c-10-2026-002', 'row 4: c-10-2026-001 — Meeting moved']);
    expect(p.files.map((f) => f.path)).toEqual(['calendars/abay/2026.json']);
    const maslikhat = { act: 'notice', session: 'XXIV', date: '2026-01-10', number: '24/1' };
    expect(JSON.parse(p.files[0]!.text)).toEqual({
      region: 'abay',
      year: 2026,
      approved: { date: '2026-01-12', by: { ru: 'Аким области Абай' }, maslikhat },
      entries: [
        { id: 'c-10-2026-001', holder: { level: 'district', district: 'abay-district' }, place: { district: 'abay-district' }, planned: { from: '2026-09-01', to: '2026-09-30' }, kind: 'outreach' },
        // an empty end is the start: a meeting planned for one day
        { id: 'c-10-2026-002', holder: { level: 'region' }, place: { district: 'abay-district' }, planned: { from: '2026-10-15', to: '2026-10-15' }, kind: 'report' },
      ],
      corrections: [
        { kind: 'moved', date: '2026-06-20', maslikhat: { act: 'notice', session: 'XXV', date: '2026-06-18', number: '25/3' }, reason: { ru: 'Паводок' }, entry: 'c-10-2026-001', planned: { from: '2026-11-01', to: '2026-11-30' } },
      ],
    });
    apply(root, p);
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
    const again = plan(root, text);
    expect(again.problems).toEqual([]);
    expect(again.files).toEqual([]);
    expect(again.added).toEqual([]);
    expect(again.skipped).toEqual(['row 2: already imported as c-10-2026-001', 'row 3: already imported as c-10-2026-002', 'row 4: already imported as c-10-2026-001 (Meeting moved)']);
  });

  it('appends corrections to a published calendar and keeps its published part as it was', () => {
    const root = writeTree(calendarTree());
    const before = JSON.parse(readFileSync(join(root, 'calendars/abay/2026.json'), 'utf8')) as { corrections: unknown[] };
    const notice = { maslikhatAct: 'Мәслихатты хабардар ету', maslikhatSession: 'XXIX', maslikhatDate: '24.06.2026', maslikhatNumber: '29/4' };
    const p = plan(
      root,
      sheet([
        // the approved meetings the editor keeps at the top of the sheet: already published, so skipped
        { ...abay, level: 'Аким города', holderDistrict: 'город Семей', district: 'город Семей', settlementKato: '101033000', from: '01.03.2026', to: '31.03.2026' },
        { ...abay, ...notice, correction: 'Кездесу қосылды', date: '25.06.2026', reasonKk: 'Тұрғындардың өтініші бойынша', level: 'Аудан әкімі', holderDistrict: 'Абай ауданы', district: 'Абай ауданы', from: '01.10.2026', to: '15.10.2026' },
        { ...abay, ...notice, correction: 'Встреча исключена', entry: 'c-10-2026-003', date: '26.06.2026', reasonRu: 'Перенесена на следующий год' },
      ]),
    );
    expect(p.problems).toEqual([]);
    // 001–003 approved and 004 added are taken: the next is 005
    expect(p.added).toEqual(['row 3: c-10-2026-005 — Meeting added', 'row 4: c-10-2026-003 — Meeting dropped']);
    expect(p.skipped).toEqual(['row 2: already imported as c-10-2026-001']);
    const after = JSON.parse(p.files[0]!.text) as { corrections: unknown[] };
    const maslikhat = { act: 'notice', session: 'XXIX', date: '2026-06-24', number: '29/4' };
    expect(after).toEqual({
      ...before,
      corrections: [
        ...before.corrections,
        { kind: 'added', date: '2026-06-25', maslikhat, reason: { kk: 'Тұрғындардың өтініші бойынша' }, entry: { id: 'c-10-2026-005', holder: { level: 'district', district: 'abay-district' }, place: { district: 'abay-district' }, planned: { from: '2026-10-01', to: '2026-10-15' }, kind: 'outreach' } },
        { kind: 'dropped', date: '2026-06-26', maslikhat, reason: { ru: 'Перенесена на следующий год' }, entry: 'c-10-2026-003' },
      ],
    });
    apply(root, p);
    expect(loadContent(root, { asOf: fixtureAsOf }).problems).toEqual([]);
  });

  it('refuses each mistake with its row, column and fix in Russian, and writes nothing', () => {
    const root = writeTree(calendarTree());
    const p = plan(
      root,
      sheet([
        // a meeting added to the published calendar as if it had been approved with it
        { ...abay, level: 'Аким района', holderDistrict: 'Абай ауданы', district: 'Абай ауданы', from: '01.10.2026' },
        // a correction without the maslikhat's decision
        { ...abay, correction: 'Встреча исключена', entry: 'c-10-2026-003', date: '26.06.2026', reasonRu: 'Аким в отпуске' },
        // moving a meeting the calendar does not have
        { ...abay, correction: 'Встреча перенесена', entry: 'c-10-2026-099', date: '27.06.2026', reasonRu: 'Паводок', maslikhatAct: 'Уведомление маслихата', maslikhatSession: 'XXX', maslikhatDate: '26.06.2026', maslikhatNumber: '30/1', from: '01.08.2026' },
        // a minister in an akimat's calendar, for a year with no calendar yet
        { region: 'Абай', year: '2027', correction: 'Встреча добавлена', date: '28.06.2026', reasonRu: 'Поручение', maslikhatAct: 'Уведомление маслихата', maslikhatSession: 'XXX', maslikhatDate: '26.06.2026', maslikhatNumber: '30/2', level: 'Министр', from: '01.02.2027' },
        { region: 'Абай', year: '26' },
        // a published meeting's dates changed in its approved row instead of a correction moving it
        { ...abay, entry: 'c-10-2026-002', level: 'Аким района', holderDistrict: 'Абай ауданы', district: 'Абай ауданы', from: '01.08.2026', to: '31.08.2026' },
      ]),
      'ru',
    );
    expect(p.problems).toEqual([
      'in.csv: строка 2, столбец «Вид корректировки»: календарь региона «область Абай» на 2026 год утверждён 2026-01-12, и этой встречи в нём нет — встреча, добавленная после утверждения, записывается корректировкой: напишите «Встреча добавлена» в столбце «Вид корректировки» и укажите дату, причину и решение маслихата',
      'in.csv: строка 3, столбец «Акт маслихата»: не заполнено — впишите значение, например: Мәслихатты хабардар ету',
      'in.csv: строка 3, столбец «Сессия маслихата»: не заполнено — впишите значение, например: XXIV',
      'in.csv: строка 3, столбец «Дата решения маслихата»: не заполнено — впишите значение, например: 10.01.2026',
      'in.csv: строка 3, столбец «Номер решения маслихата»: не заполнено — впишите значение, например: 24/1',
      expect.stringMatching(/^in\.csv: строка 4, столбец «Номер записи календаря»: .*c-10-2026-099/),
      'in.csv: строка 5, столбец «Год календаря»: утверждённого календаря региона «область Абай» на 2027 год ещё нет — сначала добавьте утверждённые встречи строками с пустым столбцом «Вид корректировки»',
      'in.csv: строка 5, столбец «Уровень акима»: встречи министров не входят в календари акиматов — напишите уровень акима, например: «Аким района»',
      'in.csv: строка 6, столбец «Год календаря»: «26» — не год — напишите год календаря четырьмя цифрами, например: 2027',
      'in.csv: строка 7, столбец «Плановый срок: начало»: запись c-10-2026-002 утверждена в календаре иначе — опубликованный календарь не переписывается: оставьте строку как утверждено и запишите изменение ниже строкой корректировки: «Встреча перенесена» (с новым сроком) или «Встреча исключена»',
    ]);
    expect(p.files).toEqual([]);
  });

  it('refuses every approval cell that differs from the published approval, and one the approval was published without', () => {
    const root = writeTree(calendarTree());
    const p = plan(
      root,
      sheet([
        // the published first meeting, with the approval as the editor now writes it: same date and signatory,
        // another act, session and number, and a link the published approval does not have
        {
          ...abay,
          ...approval,
          maslikhatAct: 'Согласование маслихата',
          maslikhatSession: 'XXV',
          maslikhatNumber: '24/2',
          approvedUrl: 'https://abay.gov.kz/calendar-2026',
          level: 'Аким города',
          holderDistrict: 'город Семей',
          district: 'город Семей',
          settlementKato: '101033000',
          from: '01.03.2026',
          to: '31.03.2026',
        },
      ]),
      'ru',
    );
    const published = 'календарь региона «область Абай» на 2026 год опубликован';
    const rewritten = 'опубликованное утверждение не переписывается: оставьте ячейку пустой или впишите значение как опубликовано';
    expect(p.problems).toEqual([
      `in.csv: строка 2, столбец «Ссылка на утверждённый календарь»: ${published} без этого значения — опубликованное утверждение не дополняется и не переписывается: оставьте ячейку пустой`,
      `in.csv: строка 2, столбец «Акт маслихата»: ${published} с другим значением (Уведомление маслихата) — ${rewritten}`,
      `in.csv: строка 2, столбец «Сессия маслихата»: ${published} с другим значением (XXIV) — ${rewritten}`,
      `in.csv: строка 2, столбец «Номер решения маслихата»: ${published} с другим значением (24/1) — ${rewritten}`,
    ]);
    expect(p.files).toEqual([]);
  });

  it('tells a Kazakh editor in Kazakh, and refuses an approval that differs between rows', () => {
    const root = writeTree(validTree());
    const p = plan(
      root,
      `${columns.map((c) => c.kk).join(',')}\r\n` +
        sheet([
          { ...abay, ...approval, level: 'Облыс әкімі', from: '01.09.2026' },
          { ...abay, ...approval, maslikhatNumber: '24/2', level: 'Облыс әкімі', from: '01.10.2026' },
        ]).split('\r\n').slice(1).join('\r\n'),
      'kk',
    );
    expect(p.problems).toEqual(['in.csv: 3-жол, «Мәслихат шешімінің нөмірі» бағаны: 2-жолда басқаша жазылған — күнтізбе бір рет бекітіледі: мәнді 2-жолдағыдай жазыңыз немесе ұяшықты бос қалдырыңыз']);
    expect(p.files).toEqual([]);
  });
});
