/** Open data: nothing lost, files valid against their own published schemas, CSV and JSON saying the same. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { schemaExtensionKeywords } from '../../src/lib/exports/files.ts';
import { testAsOf } from '../support/clock.ts';
import { testDist } from './global-setup.ts';

const names = ['issues', 'status-history', 'issue-changes', 'meetings', 'meeting-changes', 'announcements', 'regions', 'districts', 'measures', 'calendar-entries', 'calendar-corrections', 'obligations', 'compliance', 'accountability-totals'];
const read = (path: string) => readFileSync(join(testDist, 'data', path), 'utf8');
const json = (name: string) => JSON.parse(read(`${name}.json`)) as { version: string; asOf: string; license: string; schema: string; records: Record<string, unknown>[] };

let content: Content;
beforeAll(() => {
  content = loadContent('content', { asOf: testAsOf }).content;
});

describe('open data', () => {
  it('lists every issue and meeting exactly once, in CSV and JSON, and every status change', () => {
    for (const [name, ids] of [
      ['issues', content.issues.map((i) => i.id)],
      ['meetings', content.meetings.map((m) => m.id)],
    ] as const) {
      const fromJson = json(name).records.map((r) => r.id);
      const fromCsv = (parse(read(`${name}.csv`), { bom: true, columns: true }) as Record<string, string>[]).map((r) => r.id);
      expect([...fromJson].sort(), name).toEqual([...ids].sort());
      expect([...fromCsv].sort(), name).toEqual([...ids].sort());
    }
    expect(json('status-history').records).toHaveLength(content.issues.reduce((n, i) => n + i.history.length, 0));
    expect(json('issue-changes').records).toHaveLength(content.issues.reduce((n, i) => n + i.changes.length, 0));
    // Region files add up to the country's.
    const perRegion = content.regions.reduce((n, r) => n + (JSON.parse(read(`regions/${r.slug}/issues.json`)) as { records: unknown[] }).records.length, 0);
    expect(perRegion).toBe(content.issues.length);
  });

  it('carries every entry of every meeting’s log, and each meeting’s time as corrected and as first published', () => {
    const rows = json('meeting-changes').records;
    expect(rows).toHaveLength(content.meetings.reduce((n, m) => n + m.changes.length, 0));
    const meetings = new Map(json('meetings').records.map((r) => [r.id, r]));
    for (const m of content.meetings) {
      const own = rows.filter((r) => r.meeting_id === m.id);
      expect(own.map((r) => [r.seq, r.date, r.kind]), m.id).toEqual(m.changes.map((c, n) => [n + 1, c.date, c.kind]));
      const postponed = m.changes.filter((c) => c.kind === 'postponed');
      expect(own.filter((r) => r.kind === 'postponed').map((r) => r.start), m.id).toEqual(postponed.map((c) => (c.kind === 'postponed' ? (c.start ?? null) : null)));
      const row = meetings.get(m.id)!;
      const fixedTime = m.changes.filter((c) => c.kind === 'corrected' && c.start !== undefined).at(-1);
      if (fixedTime?.kind === 'corrected' && !m.changes.some((c) => c.kind === 'postponed')) expect(row.start, m.id).toBe(fixedTime.start);
      // A correction of the format, office or calendar entry does not change the schedule; one of the time or place does.
      const movesSchedule = (c: (typeof m.changes)[number]) => c.kind === 'postponed' || (c.kind === 'corrected' && [c.start, c.end, c.venue, c.address, c.district, c.settlement].some((v) => v !== undefined));
      expect(row.schedule_changes, m.id).toBe(m.changes.filter(movesSchedule).length);
    }
    expect(rows.some((r) => r.kind === 'corrected')).toBe(true);
    expect(rows.some((r) => r.kind === 'minutes')).toBe(true);
  });

  it('carries every deadline move with the deadline it replaced, and the first and current deadline of each issue', () => {
    const changes = json('issue-changes').records;
    const issues = new Map(json('issues').records.map((r) => [r.id, r]));
    let moves = 0;
    for (const issue of content.issues) {
      const rows = changes.filter((r) => r.issue_id === issue.id && r.kind === 'deadline');
      const entries = issue.changes.filter((c) => c.kind === 'deadline');
      expect(rows.map((r) => r.deadline), issue.id).toEqual(entries.map((c) => (c.kind === 'deadline' ? c.deadline : null)));
      // Each row's previous deadline is the one before it: the first published, then each new one in turn.
      const before = [issue.deadline ?? null, ...entries.map((c) => (c.kind === 'deadline' ? c.deadline : null))].slice(0, entries.length);
      expect(rows.map((r) => r.previous_deadline), issue.id).toEqual(before);
      const row = issues.get(issue.id)!;
      expect(row.deadline, issue.id).toBe(entries.length > 0 ? rows[rows.length - 1]!.deadline : (issue.deadline ?? null));
      expect(row.original_deadline, issue.id).toBe(issue.deadline ?? rows[0]?.deadline ?? null);
      moves += rows.filter((r) => r.previous_deadline !== null).length;
    }
    expect(moves).toBeGreaterThan(10);
  });

  it('carries each correction of a title or description with the field, the corrected and the earlier wording and the reason, and the issue with its wording in force', () => {
    // i-75-00039: Russian title corrected on 5 May 2026; i-61-00005: description (kk and ru) corrected on 31 March 2026.
    const earlierRu =
      'Жуантобинский сельский округ: аптека в районе многоэтажных домов находится в аварийном состоянии. Проблема не решается уже 5 мес. Жители просят обследовать и устранить аварийное состояние.';
    const earlierKk = 'Көпқабатты үйлер ауданында дәріхана апатты жағдайда тұр. Мәселе 5 айдан бері шешілмей келеді. Тұрғындар апатты жағдайын тексеруді сұрайды.';
    const title = {
      issue_id: 'i-75-00039', seq: 1, kind: 'correction', date: '2026-05-05', field: 'title',
      corrected_text_kk: null, corrected_text_ru: 'Часто выходит из строя уличное освещение на окраине микрорайона', corrected_text_en: null,
      previous_text_kk: null, previous_text_ru: 'Часто выходит из строя уличное освещение на окраине села', previous_text_en: null,
      reason_kk: 'Мәселе ауылға емес, қаладағы шағын ауданға қатысты', reason_ru: 'Вопрос касается микрорайона города, а не села', reason_en: null,
      deadline: null, note_ru: null,
    };
    const description = {
      issue_id: 'i-61-00005', seq: 1, kind: 'correction', date: '2026-03-31', field: 'description',
      corrected_text_kk: `${earlierKk} Кездесу хаттамасы бойынша мекенжайы: Шоқан Уәлиханов көшесі.`, corrected_text_ru: `${earlierRu} Адрес по протоколу встречи: улица Чокана Валиханова.`,
      previous_text_kk: earlierKk, previous_text_ru: earlierRu, previous_text_en: null,
      reason_ru: 'В описание добавлен адрес из протокола встречи',
    };
    expect(json('issue-changes').records.filter((r) => r.issue_id === 'i-75-00039')).toEqual([expect.objectContaining(title)]);
    expect(json('issue-changes').records.filter((r) => r.issue_id === 'i-61-00005')).toEqual([expect.objectContaining(description)]);
    // The CSV says the same, with empty cells for what is not there.
    const csv = (parse(read('issue-changes.csv'), { bom: true, columns: true }) as Record<string, string>[]).filter((r) => r.issue_id === 'i-75-00039' || r.issue_id === 'i-61-00005');
    expect(csv.map((r) => [r.issue_id, r.field, r.corrected_text_ru, r.previous_text_ru, r.previous_text_kk])).toEqual([
      ['i-61-00005', 'description', `${earlierRu} Адрес по протоколу встречи: улица Чокана Валиханова.`, earlierRu, earlierKk],
      ['i-75-00039', 'title', 'Часто выходит из строя уличное освещение на окраине микрорайона', 'Часто выходит из строя уличное освещение на окраине села', ''],
    ]);
    const issues = json('issues').records;
    expect(issues.find((r) => r.id === 'i-75-00039')).toMatchObject({ title_ru: 'Часто выходит из строя уличное освещение на окраине микрорайона', title_kk: 'Ауыл шетінде көше жарығы жиі істен шығады' });
    expect(issues.find((r) => r.id === 'i-61-00005')).toMatchObject({ description_ru: `${earlierRu} Адрес по протоколу встречи: улица Чокана Валиханова.` });
    const api = (id: string) => JSON.parse(readFileSync(join(testDist, 'api', 'issues', `${id}.json`), 'utf8')) as { issue: Record<string, unknown>; changes: Record<string, unknown>[] };
    expect(api('i-75-00039').issue.title_ru).toBe('Часто выходит из строя уличное освещение на окраине микрорайона');
    expect(api('i-75-00039').changes.map((c) => c.previous_text_ru)).toEqual(['Часто выходит из строя уличное освещение на окраине села']);
    expect(api('i-61-00005').changes.map((c) => c.previous_text_ru)).toEqual([earlierRu]);
    // Every correction in the content is a row.
    const entries = content.issues.reduce((n, i) => n + i.changes.filter((c) => c.kind === 'correction').length, 0);
    expect(entries).toBeGreaterThan(20);
    expect(json('issue-changes').records.filter((r) => r.kind === 'correction')).toHaveLength(entries);
  });

  it('validates against its own published JSON Schemas, which are valid in strict mode once told of their extension keywords', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, keywords: [...schemaExtensionKeywords] });
    for (const name of names) {
      const validate = ajv.compile(JSON.parse(read(`${name}.schema.json`)) as object);
      const ok = validate(json(name));
      expect(ok ? [] : validate.errors?.slice(0, 5), name).toEqual([]);
      // A region's file names the same schema and validates against it.
      const region = content.regions[0]?.slug ?? '';
      if (name === 'measures' || name === 'obligations') continue;
      const regional = JSON.parse(read(`regions/${region}/${name}.json`)) as { schema: string };
      expect(regional.schema, name).toBe(json(name).schema);
      expect(validate(regional) ? [] : validate.errors?.slice(0, 5), `${region} ${name}`).toEqual([]);
    }
  });

  it('says the same in CSV as in JSON, with the dataset version, as-of day and licence in every file', () => {
    for (const name of names) {
      const file = json(name);
      expect(file.version).toMatch(/^[0-9a-f]{12}$/);
      expect(file.license).toBe(content.site.dataLicense);
      const rows = parse(read(`${name}.csv`), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows, name).toEqual(
        file.records.map((r) => ({
          // A text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) carries an apostrophe in CSV only.
          ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v)])),
          dataset_version: file.version,
          as_of: file.asOf,
          license: file.license,
        })),
      );
    }
  });

  it('starts each CSV with a byte-order mark so spreadsheets read Cyrillic', () => {
    for (const name of names) expect(read(`${name}.csv`).charCodeAt(0), name).toBe(0xfeff);
  });

  it('publishes a checksum for every file that matches it', async () => {
    const { createHash } = await import('node:crypto');
    const lines = read('SHA256SUMS').trim().split('\n');
    expect(lines.length).toBeGreaterThan(names.length * 3);
    for (const line of lines) {
      const [sum, file] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(join(testDist, 'data', file ?? ''))).digest('hex'), file).toBe(sum);
    }
  });
});
