/** Reconciliation finds a page that is missing and one that has no content behind it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { expectedPermalinks, reconcile } from '../../src/lib/content/reconcile.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

describe('reconcile', () => {
  it('reports missing and orphaned pages, and nothing when the site matches', () => {
    const { content } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
    const dist = mkdtempSync(join(tmpdir(), 'kezdesu-dist-'));
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
