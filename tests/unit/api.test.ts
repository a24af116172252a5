/** The static API on a small tree: one document per entry, links that follow the content, and the check that finds a lost one. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { reconcileApi } from '../../src/lib/content/reconcile.ts';
import { apiDocuments } from '../../src/lib/exports/api.ts';
import { writeApiFiles } from '../../src/lib/exports/write-api.ts';
import { computeSiteFigures } from '../../src/lib/stats/site-figures.ts';
import { bodies } from '../../src/lib/taxonomy/bodies.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import { bodyIds } from '../../src/vocabularies.ts';
import { tempFolder } from '../support/temp.ts';

const meta = { version: '0123456789ab', asOf: fixtureAsOf, license: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' };

function fixture() {
  const { content, problems } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
  expect(problems).toEqual([]);
  const model = indexContent(content, fixtureAsOf);
  return { content, model: Object.assign(model, { figures: computeSiteFigures(model) }) };
}

describe('static API', () => {
  it('has one document per issue, meeting and region, each with its version, as-of day, licence and related paths', () => {
    const { content, model } = fixture();
    const docs = [...apiDocuments(model, meta)];
    const paths = docs.map((d) => d.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.startsWith('/api/issues/'))).toHaveLength(content.issues.length);
    expect(paths.filter((p) => p.startsWith('/api/meetings/'))).toHaveLength(content.meetings.length);
    expect(paths.filter((p) => p.startsWith('/api/regions/'))).toHaveLength(content.regions.length);
    for (const d of docs) expect(d.body, d.path).toMatchObject({ version: meta.version, asOf: meta.asOf, license: meta.license });

    const duplicate = content.issues.find((i) => i.duplicateOf !== undefined)!;
    const doc = docs.find((d) => d.path === `/api/issues/${duplicate.id}.json`)!.body as { links: Record<string, unknown>; history: unknown[] };
    expect(doc.links).toMatchObject({
      meetings: duplicate.meetings.map((m) => `/api/meetings/${m}.json`),
      region: `/api/regions/${duplicate.place.region}.json`,
      duplicate_of: `/api/issues/${duplicate.duplicateOf}.json`,
    });
    expect(doc.history).toHaveLength(duplicate.history.length);

    const index = docs.at(-1)!;
    expect(index.path).toBe('/api/index.json');
    const listed = index.body as Record<'regions' | 'meetings' | 'issues', { path: string }[]>;
    // The index lists every document but the accountability ones, which its path patterns and periods name.
    expect([...listed.regions, ...listed.meetings, ...listed.issues].map((e) => e.path).sort()).toEqual(paths.slice(0, -1).filter((p) => !p.startsWith('/api/accountability/')).sort());
    expect((index.body as { periods: string[] }).periods).toEqual(['2026', '2026-H1', '2026-Q1', '2026-Q2']);
  });

  it('is written to files that the check finds complete, and the check names a lost document and a stray one', () => {
    const { content, model } = fixture();
    const dist = tempFolder('kezdesu-api-');
    try {
      const { files, bytes } = writeApiFiles(dist, model, meta);
      // The entries' documents and the index, and per period (2026, 2026-H1, 2026-Q1, 2026-Q2: from the first meeting,
      // 2026-03-10, to the build day) one national, one per region (2), district (3) and ministry (14); no calendar.
      const ministries = bodyIds.filter((b) => bodies[b].kind === 'ministry').length;
      expect(ministries).toBe(14);
      expect(files).toBe(content.issues.length + content.meetings.length + content.regions.length + 1 + 4 * (1 + 2 + 3 + 14));
      expect(bytes).toBeGreaterThan(0);
      const issue = content.issues[0]!;
      expect(JSON.parse(readFileSync(join(dist, 'api', 'issues', `${issue.id}.json`), 'utf8'))).toMatchObject({ issue: { id: issue.id } });
      expect(reconcileApi(content, dist, fixtureAsOf)).toEqual({ missing: [], orphaned: [], expected: files - 1 });

      rmSync(join(dist, 'api', 'issues', `${issue.id}.json`));
      writeFileSync(join(dist, 'api', 'meetings', 'm-10-9999.json'), '{}');
      const check = reconcileApi(content, dist, fixtureAsOf);
      expect(check.missing).toEqual([`/api/issues/${issue.id}.json`]);
      expect(check.orphaned).toEqual(['/api/meetings/m-10-9999.json']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
