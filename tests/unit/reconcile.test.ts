/** Reconciliation finds a page that is missing and one that has no content behind it, on the site and in its search index. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { expectationsFor, expectedPermalinks, reconcile, reconcilePages, reconcileSearch, type Expectations } from '../../src/lib/content/reconcile.ts';
import { compactIndex } from '../../src/lib/search/compact.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import { tempFolder } from '../support/temp.ts';

describe('reconcile', () => {
  it('reports missing and orphaned pages, and nothing when the site matches', () => {
    const { content } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
    const dist = tempFolder('kezdesu-dist-');
    const write = (permalink: string) => {
      mkdirSync(join(dist, permalink), { recursive: true });
      writeFileSync(join(dist, permalink, 'index.html'), '<!doctype html>');
    };
    const expected = expectedPermalinks(content);
    // 3 languages × (overview + 2 regions + 3 districts + 3 meetings + 4 issues), and a notice per meeting
    expect(expected).toHaveLength(3 * 13 + 3);
    for (const p of expected) write(p);
    expect(reconcile(content, dist)).toEqual({ missing: [], orphaned: [], expected: 42 });

    const gone = '/ru/issues/i-10-00002/';
    const goneNotice = '/meetings/m-10-0002/notice/';
    rmSync(join(dist, gone), { recursive: true });
    rmSync(join(dist, goneNotice), { recursive: true });
    write('/en/issues/i-10-00099/');
    write('/kk/regions/abay/ghost-district/');
    write('/meetings/m-10-0099/notice/');
    expect(reconcile(content, dist)).toEqual({
      missing: [goneNotice, gone],
      orphaned: ['/meetings/m-10-0099/notice/', '/kk/regions/abay/ghost-district/', '/en/issues/i-10-00099/'],
      expected: 42,
    });
  });
});

describe('what the merge checks the site against', () => {
  it('is written by the preparation as JSON and finds, read back, what the content finds', () => {
    const { content } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
    const expected = JSON.parse(JSON.stringify(expectationsFor(content, fixtureAsOf))) as Expectations;
    const dist = tempFolder('kezdesu-dist-');
    for (const p of expected.permalinks) {
      mkdirSync(join(dist, p), { recursive: true });
      writeFileSync(join(dist, p, 'index.html'), '<!doctype html>');
    }
    rmSync(join(dist, '/kk/meetings/m-71-0001/'), { recursive: true });
    mkdirSync(join(dist, '/ru/issues/i-71-00099/'), { recursive: true });
    writeFileSync(join(dist, '/ru/issues/i-71-00099/index.html'), '<!doctype html>');
    expect(reconcilePages(expected.permalinks, dist)).toEqual({ missing: ['/kk/meetings/m-71-0001/'], orphaned: ['/ru/issues/i-71-00099/'], expected: 42 });
    expect(reconcilePages(expected.permalinks, dist)).toEqual(reconcile(content, dist));
    // In each language search must find the fixture's 4 issues, 3 meetings, 2 regions, 3 districts and 1 measure.
    expect(Object.keys(expected.searchPages).sort()).toEqual(['en', 'kk', 'ru']);
    expect(expected.searchPages.en).toHaveLength(13);
    expect(expected.searchPages.kk).toContain('/kk/plan/ap-001/');
    expect(expected.regions).toEqual(['abay', 'astana']);
    expect(expected.asOf).toBe(fixtureAsOf);
  });
});

describe('reconcile the search index', () => {
  afterAll(async () => {
    await pagefind.close();
  });

  // The fixture's pages search must find, in each language: 4 issues, 3 meetings, 2 regions, 3 districts, 1 measure.
  const wanted = (lang: string) => [
    ...['i-10-00001', 'i-10-00002', 'i-10-00003', 'i-71-00001'].map((id) => `/${lang}/issues/${id}/`),
    ...['m-10-0001', 'm-10-0002', 'm-71-0001'].map((id) => `/${lang}/meetings/${id}/`),
    '/' + lang + '/regions/abay/',
    '/' + lang + '/regions/astana/',
    '/' + lang + '/regions/abay/semey-city/',
    '/' + lang + '/regions/abay/abay-district/',
    '/' + lang + '/regions/astana/almaty-district/',
    '/' + lang + '/plan/ap-001/',
  ];

  /** A site folder whose `pagefind/` holds an index, written and compacted as the build does, of the given pages. */
  async function siteWithIndex(pages: Record<string, string[]>): Promise<string> {
    const dist = tempFolder('kezdesu-dist-');
    const { index } = await pagefind.createIndex({});
    for (const [lang, urls] of Object.entries(pages)) {
      for (const url of urls) await index!.addCustomRecord({ url, content: `вода ${url}`, language: lang, meta: { title: url, date: '2026-03-10' } });
    }
    await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
    await index!.deleteIndex();
    for (const [lang, urls] of Object.entries(pages)) compactIndex(join(dist, 'pagefind'), lang, new Map(urls.map((u) => [u, '2026-03-10'])));
    return dist;
  }

  it('finds nothing wrong when every page is in its language\'s index', async () => {
    const { content } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
    const dist = await siteWithIndex({ kk: wanted('kk'), ru: wanted('ru'), en: wanted('en') });
    expect(reconcileSearch(content, dist)).toEqual({ missing: [], orphaned: [], expected: 3 * 13 });
  });

  it('names each page missing from search, one in the wrong language\'s index, one without content, and one whose fragment is gone', async () => {
    const { content } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
    const ru = wanted('ru').filter((u) => u !== '/ru/plan/ap-001/' && u !== '/ru/meetings/m-10-0002/');
    const kk = [...wanted('kk').filter((u) => u !== '/kk/issues/i-71-00001/'), '/en/issues/i-71-00001/'];
    const en = [...wanted('en').filter((u) => u !== '/en/issues/i-71-00001/'), '/en/issues/i-10-00099/'];
    const dist = await siteWithIndex({ kk, ru, en });
    expect(reconcileSearch(content, dist)).toEqual({
      missing: ['/kk/issues/i-71-00001/', '/ru/meetings/m-10-0002/', '/ru/plan/ap-001/', '/en/issues/i-71-00001/'],
      orphaned: ['/en/issues/i-71-00001/ (in the kk search index)', '/en/issues/i-10-00099/ (in the en search index)'],
      expected: 39,
    });
    // A page the metadata lists but whose fragment is gone cannot be shown: named by its index and page.
    const fragments = join(dist, 'pagefind', 'fragment');
    const gone = readdirSync(fragments).find((f) => f.startsWith('ru_'))!;
    rmSync(join(fragments, gone));
    const after = reconcileSearch(content, dist);
    expect(after.missing).toHaveLength(5);
    expect(after.orphaned).toContain(`search index ru: page ${gone.replace('.pf_fragment', '')} has no fragment`);
  });
});
