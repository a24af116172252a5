/**
 * Proves that nothing is lost: every issue, meeting, region and district in
 * the content has its page in every language, and no such page exists
 * without content behind it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../../schemas/common.ts';
import type { Content } from './load.ts';

export interface Reconciliation {
  /** Pages the content calls for that are not in the built site. */
  missing: string[];
  /** Pages in the built site that no content entry calls for. */
  orphaned: string[];
  /** Pages checked. */
  expected: number;
}

/** The permalinks (`/kk/issues/i-10-00042/`) the content calls for. */
export function expectedPermalinks(content: Content): string[] {
  const out: string[] = [];
  for (const lang of languages) {
    out.push(`/${lang}/`);
    for (const r of content.regions) out.push(`/${lang}/regions/${r.slug}/`);
    for (const d of content.districts) out.push(`/${lang}/regions/${d.region}/${d.slug}/`);
    for (const m of content.meetings) out.push(`/${lang}/meetings/${m.id}/`);
    for (const i of content.issues) out.push(`/${lang}/issues/${i.id}/`);
  }
  return out;
}

function subdirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
}

/** Compares the content with the pages in a built site folder. */
export function reconcile(content: Content, distDir: string): Reconciliation {
  const expected = expectedPermalinks(content);
  const expectedSet = new Set(expected);
  const missing = expected.filter((p) => !existsSync(join(distDir, p, 'index.html')));
  const orphaned: string[] = [];
  const consider = (permalink: string, dir: string) => {
    if (existsSync(join(dir, 'index.html')) && !expectedSet.has(permalink)) orphaned.push(permalink);
  };
  for (const lang of languages) {
    for (const kind of ['issues', 'meetings'] as const) {
      for (const id of subdirs(join(distDir, lang, kind))) consider(`/${lang}/${kind}/${id}/`, join(distDir, lang, kind, id));
    }
    for (const region of subdirs(join(distDir, lang, 'regions'))) {
      consider(`/${lang}/regions/${region}/`, join(distDir, lang, 'regions', region));
      // `issues/` and `meetings/` under a region hold its list pages, not districts.
      for (const district of subdirs(join(distDir, lang, 'regions', region)).filter((d) => d !== 'issues' && d !== 'meetings')) {
        consider(`/${lang}/regions/${region}/${district}/`, join(distDir, lang, 'regions', region, district));
      }
    }
  }
  return { missing, orphaned, expected: expected.length };
}
