/**
 * `npm run inbox`: what the inbox workflow runs on a pull request an editor
 * made by uploading spreadsheets. Good files are imported and leave the
 * inbox; a bad one writes nothing, stays, and the report says why, in
 * Kazakh and Russian around the row-and-column lines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateColumns } from '../../src/lib/import/columns.ts';
import { heading } from '../../src/lib/import/csv.ts';
import { recogniseKind } from '../../src/lib/import/run.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import { leftovers, snapshot } from '../support/tree-snapshot.ts';
import { runInbox } from '../support/inbox.ts';

const headings = (kind: keyof typeof templateColumns, keys: string[]) => keys.map((key) => heading(templateColumns[kind].find((c) => c.key === key)!)).join(',');

describe('recognising a template from its headings', () => {
  it('tells every template apart, in either language', () => {
    expect(recogniseKind(headings('status', ['issue', 'date', 'status']))).toBe('status');
    expect(recogniseKind(headings('changes', ['issue', 'date', 'kind', 'deadline']))).toBe('changes');
    expect(recogniseKind('Номер вопроса;Дата;Статус;Примечание (на русском)')).toBe('status');
    expect(recogniseKind(headings('issues', ['meeting', 'category', 'titleRu', 'descriptionRu', 'body']))).toBe('issues');
    expect(recogniseKind('Фамилия,Имя,Телефон')).toBeUndefined();
  });
});

describe('npm run inbox', () => {
  it('imports the good files and removes them, keeps a bad one with its problems in the report, and exits 1', () => {
    const root = writeTree(validTree());
    const inbox = join(root, '..', `${root.split('/').at(-1)}-inbox`);
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'статусы.csv'), `${headings('status', ['issue', 'date', 'status', 'noteRu'])}\ni-71-00001,10.04.2026,На рассмотрении,Изучаем\n`);
    writeFileSync(join(inbox, 'сроки.csv'), `${headings('changes', ['issue', 'date', 'kind', 'deadline', 'reasonRu'])}\ni-10-00002,20.06.2026,Срок,31.03.2027,Подрядчик задерживает работы\n`);
    writeFileSync(join(inbox, 'ошибки.csv'), `${headings('status', ['issue', 'date', 'status'])}\ni-10-00099,10.04.2026,На рассмотрении\n`);
    const report = join(inbox, '..', `${root.split('/').at(-1)}-report.md`);
    const run = runInbox(root, inbox, ['--report', report]);
    expect(run.status).toBe(1);
    expect(readdirSync(inbox)).toEqual(['ошибки.csv']);
    expect(JSON.parse(readFileSync(join(root, 'issues/astana/i-71-00001.json'), 'utf8')).history.at(-1)).toEqual({ date: '2026-04-10', status: 'in-review', note: { ru: 'Изучаем' } });
    expect(JSON.parse(readFileSync(join(root, 'issues/abay/i-10-00002.json'), 'utf8')).changes).toHaveLength(1);
    const text = readFileSync(report, 'utf8');
    expect(text).toBe(run.stdout);
    // Status updates come before other changes; each file says what it was and what became of it.
    expect(text.indexOf('## ✅ статусы.csv — мәртебе өзгерістері · изменения статусов')).toBeGreaterThan(0);
    expect(text.indexOf('## ✅ сроки.csv — мәселелердің басқа өзгерістері · другие изменения вопросов')).toBeGreaterThan(text.indexOf('статусы.csv'));
    expect(text).toContain('## ❌ ошибки.csv — мәртебе өзгерістері · изменения статусов');
    expect(text).toContain(`${join(inbox, 'ошибки.csv')}: row 2, column Мәселе нөмірі / Номер вопроса: i-10-00099 is not an issue in content/issues`);
    expect(text).toContain('Ничего не записано: исправьте каждую строку ниже и загрузите файл снова.');
    // Every problem line and closing line, in Kazakh and in Russian.
    const bad = join(inbox, 'ошибки.csv');
    expect(text).toContain(`${bad}: 2-жол, «Мәселе нөмірі» бағаны: i-10-00099 деген мәселе жоқ — нөмірін мәселе бетінен тексеріңіз (мысалы, i-10-00042)`);
    expect(text).toContain(`${bad}: строка 2, столбец «Номер вопроса»: вопроса i-10-00099 нет — проверьте номер на странице вопроса (например, i-10-00042)`);
    expect(text).toContain(`${bad}: қателер саны: 1; ештеңе жазылған жоқ. Оларды түзетіп, файлды қайта импорттаңыз.`);
    expect(text).toContain(`${bad}: ошибок: 1; ничего не записано. Исправьте их и импортируйте файл снова.`);
    expect(text).toContain(`${join(inbox, 'статусы.csv')}: қосылған жол: 1, бұрыннан бар: 0; жазылған файл: 1; ${fixtureAsOf} күнгі жағдай бойынша ${root} қатесіз.`);
    expect(text).toContain(`${join(inbox, 'статусы.csv')}: добавлено строк: 1, уже были: 0; записано файлов: 1; на ${fixtureAsOf} в ${root} нет ошибок.`);
    expect(existsSync(join(root, 'issues/abay/i-10-00099.json'))).toBe(false);
  });

  it('imports a calendar before the meetings that fulfil its entries, whatever the files are called', () => {
    const root = writeTree(validTree());
    const inbox = join(root, '..', `${root.split('/').at(-1)}-inbox`);
    mkdirSync(inbox);
    const cell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    /** The template's headings and one row: its example with `values` over it. */
    const sheet = (kind: 'calendar' | 'meetings', values: Record<string, string>) =>
      [templateColumns[kind].map(heading), templateColumns[kind].map((c) => values[c.key] ?? c.example)].map((r) => r.map(cell).join(',')).join('\n') + '\n';
    // «встречи» comes before «календарь» by name: the inbox takes calendars first all the same.
    writeFileSync(join(inbox, 'встречи.csv'), sheet('meetings', { calendarEntry: 'c-10-2026-001', outsideCalendar: '' }));
    writeFileSync(join(inbox, 'календарь.csv'), sheet('calendar', { from: '01.07.2026', to: '31.07.2026' }));
    const run = runInbox(root, inbox);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(inbox)).toEqual([]);
    const calendar = JSON.parse(readFileSync(join(root, 'calendars/abay/2026.json'), 'utf8'));
    expect(calendar.entries).toEqual([{ id: 'c-10-2026-001', holder: { level: 'district', district: 'abay-district' }, place: { district: 'abay-district' }, planned: { from: '2026-07-01', to: '2026-07-31' }, kind: 'outreach' }]);
    const meetings = readdirSync(join(root, 'meetings/abay')).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(root, 'meetings/abay', f), 'utf8')));
    expect(meetings.filter((m) => m.calendarEntry === 'c-10-2026-001')).toHaveLength(1);
    expect(run.stdout.indexOf('календарь.csv — күнтізбе мен оның түзетулері · календарь и его корректировки')).toBeLessThan(run.stdout.indexOf('встречи.csv — жаңа кездесулер · новые встречи'));
  });

  it('keeps a spreadsheet whose content could not be written, and the content as it was', () => {
    const root = writeTree(validTree());
    const inbox = join(root, '..', `${root.split('/').at(-1)}-inbox`);
    mkdirSync(inbox);
    const note = 'Подрядчик вышел на объект, завезены трубы и материалы; работы идут по графику. '.repeat(6).trim();
    writeFileSync(join(inbox, 'статусы.csv'), `${headings('status', ['issue', 'date', 'status', 'noteRu'])}\ni-10-00002,02.05.2026,В работе,"${note}"\n`);
    const before = snapshot(root);
    // `ulimit -f 1`: no file may pass 1 KiB, so the updated issue file stops part-way, as on a full disk.
    const run = spawnSync('bash', ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, 'scripts/inbox.ts', '--dir', inbox], {
      encoding: 'utf8',
      env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse(`${fixtureAsOf}T12:00:00+05:00`) / 1000) },
    });
    expect(run.status).toBe(1);
    expect(readdirSync(inbox)).toEqual(['статусы.csv']);
    expect(snapshot(root)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
    expect(run.stdout).toContain('## ❌ статусы.csv');
    expect(run.stdout).toContain(`${join(inbox, 'статусы.csv')}: импорт не удалось записать, поэтому он отменён; ничего не изменилось.`);
    expect(run.stdout).toContain(`${root}/issues/abay/i-10-00002.json: (файл): не записан так, как было проверено — проверьте свободное место на диске и права на папку ${root}`);
  });
});
