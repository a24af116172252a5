/**
 * The build's compaction of the search index: the CBOR codec it reads
 * Pagefind's metadata with, the renaming of pages to their date order, and
 * the ordering the search page does from those names.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../src/lib/search/cbor.ts';
import { compactIndex } from '../../src/lib/search/compact.ts';
import { dateRank, inDateOrder, pageName } from '../../src/lib/search/page-names.ts';
import { tempFolder } from '../support/temp.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

describe('CBOR codec', () => {
  // Examples from RFC 8949, Appendix A.
  const vectors: [Parameters<typeof encodeCbor>[0], string][] = [
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [-1, '20'],
    [-1000, '3903e7'],
    ['', '60'],
    ['a', '6161'],
    ['ü', '62c3bc'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
    [new Map<string, number>([['a', 1]]), 'a1616101'],
    [true, 'f5'],
    [null, 'f6'],
  ];
  it.each(vectors)('encodes and decodes %j as %s', (value, encoded) => {
    expect(hex(encodeCbor(value))).toBe(encoded);
    expect(decodeCbor(bytes(encoded))).toEqual(value);
  });
  it('refuses what Pagefind does not write, by name', () => {
    expect(() => decodeCbor(bytes('f93c00'))).toThrow('CBOR: simple value or float (additional info 25) at byte 0 is not supported');
    expect(() => decodeCbor(bytes('9fff'))).toThrow('CBOR: indefinite or reserved length (additional info 31) at byte 0 is not supported');
    expect(() => decodeCbor(bytes('0000'))).toThrow('CBOR: 1 bytes left after the item');
  });
});

describe('ordering results by the page names', () => {
  // 2026-11-27 is day 20784 since 1970-01-01 (56 years with 14 leap days, then 330 days): "g1c" in base 36.
  it('names a page by its day and its place among that day\'s pages, in base 36', () => {
    expect(pageName('ru', '2026-11-27', 0)).toBe('ru_g1c_0');
    expect(pageName('ru', '2026-11-27', 37)).toBe('ru_g1c_11');
    expect(pageName('kk', undefined, 3)).toBe('kk_-3');
  });
  it('reads the date order back, and none for undated pages', () => {
    expect(dateRank('ru_g1c_1')! - dateRank('ru_g1c_0')!).toBe(1);
    expect(dateRank('ru_g1d_0')).toBeGreaterThan(dateRank('ru_g1c_zz')!);
    expect(dateRank('kk_-3')).toBeUndefined();
  });
  // Names from the indexes of different months (and the general index) order by date together.
  const items = ['ru_g1c_1', 'ru_-0', 'ru_g0a_0', 'ru_g1d_0', 'ru_-1', 'ru_g1c_0'].map((id) => ({ id }));
  it('puts newest or oldest first and pages without a date last either way', () => {
    expect(inDateOrder(items, 1).map((i) => i.id)).toEqual(['ru_g0a_0', 'ru_g1c_0', 'ru_g1c_1', 'ru_g1d_0', 'ru_-0', 'ru_-1']);
    expect(inDateOrder(items, -1).map((i) => i.id)).toEqual(['ru_g1d_0', 'ru_g1c_1', 'ru_g1c_0', 'ru_g0a_0', 'ru_-0', 'ru_-1']);
  });
});

describe('compacting a written Pagefind index', () => {
  afterAll(async () => {
    await pagefind.close();
  });

  it('names every page by its date order, keeps every fragment, and makes the metadata smaller', async () => {
    const dir = tempFolder('kezdesu-pagefind-');
    const dates = new Map<string, string | undefined>();
    const { index } = await pagefind.createIndex({});
    // Added out of date order on purpose: the names must follow the dates, not the order of adding.
    for (let i = 0; i < 300; i++) {
      const url = `/ru/issues/i-10-${String(i).padStart(5, '0')}/`;
      const date = i % 50 === 7 ? undefined : `2026-${String(1 + ((i * 7) % 12)).padStart(2, '0')}-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`;
      dates.set(url, date);
      await index!.addCustomRecord({ url, content: `вода газ дорога ${i}`, language: 'ru', meta: { title: `Вопрос ${i}`, ...(date ? { date } : {}) } });
    }
    await index!.writeFiles({ outputPath: dir });
    await index!.deleteIndex();

    const result = compactIndex(dir, 'ru', dates);
    expect(result.pages).toBe(300);
    expect(result.metaBytesAfter).toBeLessThan(result.metaBytesBefore);

    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const metaFile = join(dir, `pagefind.${entry.languages.ru.hash}.pf_meta`);
    const meta = decodeCbor(gunzipSync(readFileSync(metaFile)).subarray('pagefind_dcd'.length)) as [string, [string, number][]];
    const names = meta[1].map((page) => page[0]);
    expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(names.map((n) => `${n}.pf_fragment`).sort());

    // Read each page's URL from its fragment: the names order the pages exactly by date, undated ones apart.
    const urlOf = (name: string) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', `${name}.pf_fragment`))).subarray(12).toString('utf8')).url as string;
    const ordered = inDateOrder(names.map((id) => ({ id })), 1).map((p) => urlOf(p.id));
    const expected = [...dates].sort(([ua, da], [ub, db]) => (da ?? '9999').localeCompare(db ?? '9999') || ua.localeCompare(ub)).map(([url]) => url);
    expect(ordered).toEqual(expected);
    expect(names.filter((n) => dateRank(n) === undefined)).toHaveLength([...dates.values()].filter((d) => d === undefined).length);
  });

  it('stops the build on an index written by a Pagefind it does not know', () => {
    const dir = tempFolder('kezdesu-pagefind-');
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '2.0.0', languages: { ru: { hash: 'ru_x', wasm: 'ru', page_count: 0 } } }));
    expect(() => compactIndex(dir, 'ru', new Map())).toThrow('Pagefind 2.0.0 wrote the index, but src/lib/search/compact.ts knows only 1.6: check its format before upgrading');
  });
});
