/**
 * Proves that nothing is lost: every issue, meeting, region and district in
 * the content has its page in every language, every meeting its printable
 * notice, and no such page exists without content behind it; every issue,
 * meeting, region, district and action-plan measure page is in the search
 * index Pagefind wrote, in its own language; and every issue, meeting and
 * region has its API document, listed once in the API index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../../schemas/common.ts';
import { apiIndexPath, issueApiPath, meetingApiPath, regionApiPath } from '../exports/api.ts';
import { indexedPages } from '../search/indexed.ts';
import type { Content } from './load.ts';

export interface Reconciliation {
  /** Pages the content calls for that are not in the built site. */
  missing: string[];
  /** Pages in the built site that no content entry calls for. */
  orphaned: string[];
  /** Pages checked. */
  expected: number;
}

/** The permalinks (`/kk/issues/i-10-00042/`, `/meetings/m-10-0042/notice/`) the content calls for. */
export function expectedPermalinks(content: Content): string[] {
  const out: string[] = content.meetings.map((m) => `/meetings/${m.id}/notice/`);
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
  // The printable notices, one per meeting whatever the language.
  for (const id of subdirs(join(distDir, 'meetings'))) consider(`/meetings/${id}/notice/`, join(distDir, 'meetings', id, 'notice'));
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

/** The pages search must find (`/kk/issues/i-10-00042/`, `/ru/plan/ap-007/`), by language. */
export function expectedSearchPages(content: Content): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const lang of languages) {
    out.set(lang, [
      ...content.issues.map((i) => `/${lang}/issues/${i.id}/`),
      ...content.meetings.map((m) => `/${lang}/meetings/${m.id}/`),
      ...content.regions.map((r) => `/${lang}/regions/${r.slug}/`),
      ...content.districts.map((d) => `/${lang}/regions/${d.region}/${d.slug}/`),
      ...content.measures.map((m) => `/${lang}/plan/${m.id}/`),
    ]);
  }
  return out;
}

/**
 * Compares the content with the search indexes written into a built site
 * (the general one at `pagefind/` and each month's in `pagefind/YYYY-MM/`),
 * reading Pagefind's own files: `missing` has each page the
 * content calls for that is not in its language's index; `orphaned` each
 * page an index holds that the content does not call for there (or holds
 * twice), and each listed page whose fragment is gone, with the index named.
 */
export function reconcileSearch(content: Content, distDir: string): Reconciliation {
  const expected = expectedSearchPages(content);
  // The general index at pagefind/ and each month's beside it (pagefind/2026-11/), every page counted over all.
  const root = join(distDir, 'pagefind');
  const bundles = [root, ...readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'pagefind-entry.json'))).map((d) => join(root, d.name))];
  const pages = new Map<string, string[]>();
  const broken: string[] = [];
  for (const bundle of bundles) {
    const read = indexedPages(bundle);
    broken.push(...read.broken);
    for (const [lang, urls] of read.pages) pages.set(lang, [...(pages.get(lang) ?? []), ...urls]);
  }
  const missing: string[] = [];
  const orphaned = broken.map((b) => `search index ${b.replace(': ', ': page ')} has no fragment`);
  let count = 0;
  for (const [lang, urls] of expected) {
    count += urls.length;
    const held = new Map<string, number>();
    for (const url of pages.get(lang) ?? []) held.set(url, (held.get(url) ?? 0) + 1);
    for (const url of urls) if (!held.has(url)) missing.push(url);
    const wanted = new Set(urls);
    for (const [url, times] of held) {
      if (!wanted.has(url)) orphaned.push(`${url} (in the ${lang} search index)`);
      else if (times > 1) orphaned.push(`${url} (${times} times in the ${lang} search index)`);
    }
  }
  for (const [lang, urls] of pages) if (!expected.has(lang)) orphaned.push(...urls.map((url) => `${url} (in a search index of ${lang}, not a language of the site)`));
  return { missing, orphaned, expected: count };
}

/** The API documents (`/api/issues/i-10-00042.json`) the content calls for. */
export function expectedApiPaths(content: Content): string[] {
  return [...content.regions.map((r) => regionApiPath(r.slug)), ...content.meetings.map((m) => meetingApiPath(m.id)), ...content.issues.map((i) => issueApiPath(i.id))];
}

/**
 * Compares the content with the API of a built site: each document the
 * content calls for must be a file and be listed once in the index, and no
 * file or index entry may be there without content. One directory listing
 * per folder, not one look-up per file, as there are tens of thousands.
 */
export function reconcileApi(content: Content, distDir: string): Reconciliation {
  const expected = expectedApiPaths(content);
  const expectedSet = new Set(expected);
  const files = new Set<string>();
  for (const folder of ['issues', 'meetings', 'regions']) {
    const dir = join(distDir, 'api', folder);
    if (existsSync(dir)) for (const name of readdirSync(dir)) files.add(`/api/${folder}/${name}`);
  }
  const indexFile = join(distDir, apiIndexPath);
  const listed = new Map<string, number>();
  if (existsSync(indexFile)) {
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as Partial<Record<'regions' | 'meetings' | 'issues', { path?: unknown }[]>>;
    for (const entry of [...(index.regions ?? []), ...(index.meetings ?? []), ...(index.issues ?? [])]) {
      const path = String(entry.path);
      listed.set(path, (listed.get(path) ?? 0) + 1);
    }
  }
  const missing: string[] = [];
  for (const path of expected) {
    if (!files.has(path)) missing.push(path);
    if (!listed.has(path)) missing.push(`${apiIndexPath} → ${path}`);
  }
  const orphaned: string[] = [];
  for (const path of files) if (!expectedSet.has(path)) orphaned.push(path);
  for (const [path, times] of listed) {
    if (!expectedSet.has(path)) orphaned.push(`${apiIndexPath} → ${path}`);
    else if (times > 1) orphaned.push(`${apiIndexPath} → ${path} (listed ${times} times)`);
  }
  return { missing, orphaned, expected: expected.length };
}
