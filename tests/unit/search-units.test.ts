/**
 * The build's preparation makes the search records a unit (language and
 * month) at a time, holding no more than one unit's at once. What each
 * unit gets must be what the search page finds today: every record of its
 * month once, in the order the index numbers its pages, with the minutes'
 * text; and its hash must change only when its own records do.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { searchUnits } from '../../src/lib/build/search-units.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { recordPeriod, searchRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

function made(change?: (tree: ReturnType<typeof validTree>) => void) {
  const tree = validTree();
  change?.(tree);
  const model = indexContent(loadContent(writeTree(tree), { asOf: fixtureAsOf }).content, fixtureAsOf);
  const minutes = new Map([['m-10-0001', 'Протокол: ремонт дороги в ауле']]);
  const handed = new Map<string, { hash: string; lines: string[] }>();
  // How many times each meeting's minutes were asked for: the build reads them from disk each time.
  const asked = new Map<string, number>();
  const text = (id: string) => {
    asked.set(id, (asked.get(id) ?? 0) + 1);
    return minutes.get(id) ?? '';
  };
  const hashes = searchUnits(model, text, (name, hash, lines) => handed.set(name, { hash, lines: [...lines] }));
  return { model, minutes, handed, hashes, asked };
}

const urls = (lines: string[]) => lines.map((line) => (JSON.parse(line) as SearchRecord).url);

describe('the search records of each unit', () => {
  it('are its month\'s records in index order, with the minutes\' text', () => {
    const { handed } = made();
    // The fixture: three issues raised and a meeting held in Abay on 2026-03-10, an issue and a meeting in Astana on
    // 2026-04-02, a meeting in Abay on 2026-07-15; the regions, districts and the plan's measure in the general index.
    expect([...handed.keys()].filter((name) => name.startsWith('search:ru:')).sort()).toEqual(['search:ru:2026-03', 'search:ru:2026-04', 'search:ru:2026-07', 'search:ru:general']);
    // Same day: by address, issues ("i") before meetings ("m").
    expect(urls(handed.get('search:ru:2026-03')!.lines)).toEqual(['/ru/issues/i-10-00001/', '/ru/issues/i-10-00002/', '/ru/issues/i-10-00003/', '/ru/meetings/m-10-0001/']);
    expect(urls(handed.get('search:kk:2026-04')!.lines)).toEqual(['/kk/issues/i-71-00001/', '/kk/meetings/m-71-0001/']);
    expect(urls(handed.get('search:en:2026-07')!.lines)).toEqual(['/en/meetings/m-10-0002/']);
    const meeting = JSON.parse(handed.get('search:ru:2026-03')!.lines[3]!) as SearchRecord;
    expect(meeting.content).toContain('Протокол: ремонт дороги в ауле');
  });

  it('are exactly the records the search page indexes, each once, and hashed as Pagefind gets them', () => {
    const { model, minutes, handed, hashes } = made();
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const all = searchRecords(model, lang, (id) => minutes.get(id) ?? '');
      const byUnit = new Map<string, string[]>();
      for (const record of all) byUnit.set(`search:${lang}:${recordPeriod(record)}`, [...(byUnit.get(`search:${lang}:${recordPeriod(record)}`) ?? []), JSON.stringify(record)]);
      for (const [name, lines] of byUnit) {
        expect(handed.get(name)?.lines).toEqual(lines);
        const hash = createHash('sha256').update(lines.map((line) => `${line}\n`).join('')).digest('hex');
        expect(hashes.get(name)).toBe(hash);
        expect(handed.get(name)?.hash).toBe(hash);
      }
      expect([...handed.keys()].filter((name) => name.startsWith(`search:${lang}:`)).length).toBe(byUnit.size);
    }
  });

  it('read each meeting\'s minutes once for the three languages\' records', () => {
    // The fixture's three meetings: m-10-0001 and m-10-0002 in Abay, m-71-0001 in Astana; each has a record in kk, ru and en.
    const { asked, handed } = made();
    expect(Object.fromEntries(asked)).toEqual({ 'm-10-0001': 1, 'm-10-0002': 1, 'm-71-0001': 1 });
    for (const lang of ['kk', 'ru', 'en']) expect(urls(handed.get(`search:${lang}:2026-03`)!.lines)).toContain(`/${lang}/meetings/m-10-0001/`);
  });

  it('change their hash only in the month of the issue that changed', () => {
    const before = made().hashes;
    const after = made((tree) => {
      const issue = tree['issues/astana/i-71-00001.json'] as { title: Record<string, string> };
      issue.title = { ...issue.title, ru: `${issue.title.ru ?? ''} (уточнено)` };
    }).hashes;
    const changed = [...before.keys()].filter((name) => before.get(name) !== after.get(name)).sort();
    // The issue, raised in April, had its title in English only. A Russian title now shows on the Russian page and,
    // for want of a Kazakh one, on the Kazakh page; the English page is as it was, and so is every other month.
    expect(changed).toEqual(['search:kk:2026-04', 'search:ru:2026-04']);
  });
});
