/**
 * The lists by category and by action-plan measure are rendered from rows the
 * build wrote beforehand, a file per page, so that their Astro run holds no
 * issue. A reader must see on those pages what the issues say: every issue of
 * the list once, overdue ones first, with its title as corrected, status,
 * place and deadline, fifty a page, and the list's figures.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readListPage, writeListRows } from '../../src/lib/build/list-rows.ts';
import { regionsContent } from '../../src/lib/build/shards.ts';
import { writeSnapshotFile } from '../../src/lib/json-file.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { categoryIds } from '../../src/vocabularies.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import { tempFolder } from '../support/temp.ts';

/**
 * The fixture's water issues (i-10-00001 resolved, i-10-00003 a duplicate), 52 more received in Astana on
 * 2026-04-02 (i-71-00002 … i-71-00053), and one planned with a deadline of 2026-05-01, overdue on the fixture's
 * build day (2026-06-30), whose title was corrected: 55 water issues.
 */
function tree() {
  const tree = validTree();
  const issue = (n: number, extra: Record<string, unknown> = {}) => ({
    id: `i-71-${String(n).padStart(5, '0')}`,
    meetings: ['m-71-0001'],
    raised: '2026-04-02',
    place: { region: 'astana', district: 'almaty-district' },
    category: 'water',
    title: { ru: `Вода, дом ${n}` },
    description: { ru: 'Нет воды.' },
    body: 'water-utility',
    history: [{ date: '2026-04-02', status: 'received' }],
    ...extra,
  });
  for (let n = 2; n <= 53; n++) tree[`issues/astana/i-71-${String(n).padStart(5, '0')}.json`] = issue(n);
  tree['issues/astana/i-71-00054.json'] = issue(54, {
    history: [
      { date: '2026-04-02', status: 'received' },
      { date: '2026-04-10', status: 'planned' },
    ],
    deadline: '2026-05-01',
    changes: [{ kind: 'correction', date: '2026-04-12', field: 'title', text: { ru: 'Нет воды в доме 54' }, reason: { ru: 'Уточнён адрес' } }],
  });
  return tree;
}

const { content, problems } = loadContent(writeTree(tree()), { asOf: fixtureAsOf });
const model = indexContent(content, fixtureAsOf);

describe('the rows of the lists across regions', () => {
  it('are made from valid content', () => expect(problems).toEqual([]));

  it('hold each list of the units asked for, fifty issues a page, overdue first and closed last', () => {
    const folder = join(tempFolder('kezdesu-rows-'), 'rows');
    const rows = writeListRows(folder, model, ['categories']);
    // Every category has a list, the empty ones too (their page shows "no issues"). The measures' lists are counted
    // (a shard that renders the lists by category alone still lists the routes of both), their rows not written.
    expect(rows.totals['category:water']).toBe(55);
    expect(rows.totals['category:mobile-internet']).toBe(1);
    expect(rows.totals['category:roads-transport']).toBe(1);
    expect(rows.totals['measure:ap-001']).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(categoryIds.map((id) => encodeURIComponent(`category:${id}`)).sort());
    expect(readdirSync(join(folder, encodeURIComponent('category:water'))).sort()).toEqual(['1.json', '2.json']);

    const first = readListPage(rows, 'category:water', 1);
    expect(first.total).toBe(55);
    expect(first.rows).toHaveLength(50);
    // The overdue one first, as corrected; then the 52 received, by id (same status and day raised).
    expect(first.rows[0]).toEqual({ id: 'i-71-00054', title: { ru: 'Нет воды в доме 54' }, status: 'planned', overdue: true, region: 'astana', district: 'almaty-district', category: 'water', deadline: '2026-05-01' });
    expect(first.rows[1]?.id).toBe('i-71-00002');
    expect(first.rows[49]?.id).toBe('i-71-00050');
    // Page 2: the last three received, then the closed ones, resolved before duplicate (the order of statuses).
    const second = readListPage(rows, 'category:water', 2);
    expect(second.rows.map((row) => row.id)).toEqual(['i-71-00051', 'i-71-00052', 'i-71-00053', 'i-10-00001', 'i-10-00003']);
    expect(second.rows[3]).toEqual({ id: 'i-10-00001', title: { ru: 'Нет питьевой воды' }, status: 'resolved', overdue: false, region: 'abay', district: 'semey-city', settlement: { ru: 'Абралинский сельский округ' }, category: 'water' });
    // Every issue of the list once over its pages.
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(55);
  });

  it('carry the figures of each category and measure, and an empty list has one page with no rows', () => {
    const rows = writeListRows(join(tempFolder('kezdesu-rows-'), 'rows'), model, ['categories', 'plan']);
    // Water: 55 issues, one resolved (i-10-00001), two closed (with the duplicate), one overdue (i-71-00054).
    expect(rows.figures.byCategory.water).toMatchObject({ issues: 55, resolved: 1, closed: 2, overdue: 1 });
    // Measure ap-001: i-10-00002 alone, planned, deadline 2026-12-31: not overdue.
    expect(rows.totals['measure:ap-001']).toBe(1);
    expect(rows.figures.byMeasure['ap-001']).toMatchObject({ issues: 1, resolved: 0, overdue: 0 });
    expect(readListPage(rows, 'category:health', 1)).toEqual({ total: 0, rows: [] });
  });

  it('say what to do when a page or a list was not written', () => {
    const rows = writeListRows(join(tempFolder('kezdesu-rows-'), 'rows'), model, ['categories']);
    expect(() => readListPage(rows, 'category:water', 3)).toThrow(/category:water has no page 3 \(55 issues, 50 a page\)/);
    expect(() => readListPage(rows, 'measure:ap-001', 1)).toThrow(/no rows of the list measure:ap-001: build again/);
    expect(() => writeListRows(join(tmpdir(), 'unused'), model, ['core'])).toThrow(/core has no lists written as rows/);
  });
});

describe('a shard that renders the lists by measure and not those by category', () => {
  it('counts every list for the routes, and gives a page of rows only of the lists it renders', async () => {
    const folder = tempFolder('kezdesu-rows-');
    const rows = writeListRows(join(folder, 'rows'), model, ['plan']);
    // As the preparation writes it: the shard's regions' part of the content (none here), and the rows.
    const snapshot = join(folder, 'pages-2-of-3.json');
    writeSnapshotFile(snapshot, { root: folder, asOf: fixtureAsOf, version: 'v', content: regionsContent(content, new Set(['plan'])), rows });
    vi.resetModules();
    vi.stubEnv('KEZDESU_SNAPSHOT', snapshot);
    vi.stubEnv('KEZDESU_SHARD_KEYS', 'plan');
    try {
      const site = await import('../../src/queries/site.ts');
      // The content holds no issue, yet the routes of the lists by category are counted as the record has them.
      expect(site.siteIndex().content.issues).toEqual([]);
      expect(site.listTotal('category:water')).toBe(55);
      expect(site.listPage('measure:ap-001', 1).rows.map((row) => row.id)).toEqual(['i-10-00002']);
      // A category's page, not rendered here, is never made from the shard's own (empty) issues.
      expect(() => site.listPage('category:water', 1)).toThrow(/no rows of the list category:water: build again/);
      // The figures of a measure are the record's, not those of the shard's part.
      expect(site.siteIndex().figures.byMeasure.get('ap-001')?.issues).toBe(1);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
