/**
 * The open-data files are written part by part as they are made, so that the
 * build never holds them whole; a reader must get exactly the files the
 * datasets describe, with checksums that `sha256sum -c` accepts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { datasets } from '../../src/lib/exports/datasets.ts';
import { writeDataFiles } from '../../src/lib/exports/write.ts';
import { computeSiteFigures } from '../../src/lib/stats/site-figures.ts';
import { issueWithoutText } from '../../src/lib/issues/across.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import { tempFolder } from '../support/temp.ts';

const out = tempFolder('kezdesu-data-files-');
afterAll(() => rmSync(out, { recursive: true, force: true }));

const { content } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
const index = indexContent(content, fixtureAsOf);
const model = Object.assign(index, { figures: computeSiteFigures(index) });
const meta = { version: '0123456789ab', asOf: fixtureAsOf, license: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' };
const count = writeDataFiles(out, model, meta);
const read = (name: string) => readFileSync(join(out, 'data', name), 'utf8');

describe('the open-data files as written', () => {
  it('hold each dataset as one JSON document with its records, the very text of one JSON.stringify', () => {
    for (const d of datasets(model)) {
      const records = d.rows.map((row) => Object.fromEntries(d.columns.map((c) => [c.name, c.value(row as never)])));
      const whole = { dataset: d.name, description: d.description, version: '0123456789ab', asOf: fixtureAsOf, license: 'CC-BY-4.0', source: 'https://kezdesu.kz', schema: `https://kezdesu.kz/data/${d.name}.schema.json`, records };
      expect(read(`${d.name}.json`), d.name).toBe(`${JSON.stringify(whole)}\n`);
    }
    // The fixture's four issues, one record each.
    expect((JSON.parse(read('issues.json')) as { records: { id: string }[] }).records.map((r) => r.id).sort()).toEqual(['i-10-00001', 'i-10-00002', 'i-10-00003', 'i-71-00001']);
  });

  it('hold each dataset as CSV: a byte-order mark, the header, one line per record, each line ended by CRLF', () => {
    const csv = read('issues.csv');
    expect(csv.startsWith('\uFEFFid,url,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Header and four issues; no quoted cell of the fixture spans lines.
    expect(csv.slice(0, -2).split('\r\n')).toHaveLength(5);
  });

  it('list every file once in SHA256SUMS with the checksum of its bytes', () => {
    const lines = read('SHA256SUMS').trimEnd().split('\n');
    expect(lines).toHaveLength(count - 1);
    for (const line of lines) {
      const [sum, name] = line.split('  ');
      expect(createHash('sha256').update(readFileSync(join(out, 'data', name!))).digest('hex'), name).toBe(sum);
    }
    expect(lines.map((l) => l.split('  ')[1])).toContain('regions/abay/issues.csv');
  });
});

describe('the files of the issues written an issue at a time', () => {
  it('are the very bytes written from the whole issues, for the country and each region, with the same checksums', () => {
    // The content with a progress note and a corrected title, so that the issues without text differ from the whole ones.
    const tree = validTree();
    const first = tree['issues/abay/i-10-00001.json'] as { changes?: unknown[] };
    first.changes = [
      { kind: 'progress', date: '2026-04-02', note: { ru: 'Подрядчик вышел на объект', kk: 'Мердігер нысанға шықты' }, evidence: [] },
      { kind: 'correction', date: '2026-04-03', field: 'title', text: { ru: 'Пробурить скважину в ауле' }, reason: { ru: 'Уточнено место' } },
    ];
    const whole = loadContent(writeTree(tree), { asOf: fixtureAsOf }).content;
    const wholeIndex = indexContent(whole, fixtureAsOf);
    const fromWhole = tempFolder('kezdesu-data-whole-');
    const oneAtATime = tempFolder('kezdesu-data-one-');
    try {
      writeDataFiles(fromWhole, Object.assign(wholeIndex, { figures: computeSiteFigures(wholeIndex) }), meta);
      // Issues without text, listed in the reverse of the order the files list them in (by id).
      const slim = indexContent({ ...whole, issues: whole.issues.map(issueWithoutText).reverse() }, fixtureAsOf);
      const byId = new Map(whole.issues.map((issue) => [issue.id, issue]));
      const asked: string[] = [];
      writeDataFiles(oneAtATime, Object.assign(slim, { figures: computeSiteFigures(slim) }), meta, (issue) => {
        asked.push(issue.id);
        return byId.get(issue.id)!;
      });
      // Each issue made whole once.
      expect(asked.sort()).toEqual(['i-10-00001', 'i-10-00002', 'i-10-00003', 'i-71-00001']);
      const files = (root: string) => (readdirSync(join(root, 'data'), { recursive: true, withFileTypes: true }) as { isFile: () => boolean; parentPath: string; name: string }[]).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name).slice(root.length)).sort();
      expect(files(oneAtATime)).toEqual(files(fromWhole));
      for (const file of files(fromWhole)) expect(readFileSync(join(oneAtATime, file), 'utf8'), file).toBe(readFileSync(join(fromWhole, file), 'utf8'));
      // The text is there: the note and the corrected title, in the country's file and in the region's.
      for (const name of ['data/issue-changes.csv', 'data/regions/abay/issue-changes.csv']) expect(readFileSync(join(oneAtATime, name), 'utf8')).toContain('Подрядчик вышел на объект');
      expect(readFileSync(join(oneAtATime, 'data/issues.json'), 'utf8')).toContain('"title_ru":"Пробурить скважину в ауле"');
    } finally {
      rmSync(fromWhole, { recursive: true, force: true });
      rmSync(oneAtATime, { recursive: true, force: true });
    }
  });
});
