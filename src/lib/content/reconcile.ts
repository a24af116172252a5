/**
 * Proves that nothing is lost: every issue, meeting, region and district in
 * the content has its page in every language, every meeting its printable
 * notice, and no such page exists without content behind it; every issue,
 * meeting, region, district and action-plan measure page is in the search
 * index Pagefind wrote, in its own language; every issue, meeting, region
 * and calendar has its API document, listed once in the API index, and every
 * period its accountability documents; and (reconcileData) every calendar
 * entry and correction is a row of the open-data files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { apiIndexPath, issueApiPath, meetingApiPath, regionApiPath } from '../exports/api.ts';
import { indexedPages, type IndexedPages } from '../search/indexed.ts';
import { earliestDay } from '../accountability/compute.ts';
import { contentPeriods } from '../accountability/rules.ts';
import { expectedAccountabilityPaths } from '../exports/accountability-api.ts';
import { bodies } from '../taxonomy/bodies.ts';
import type { Content } from './load.ts';
import { bodyIds, languages } from '../../vocabularies.ts';

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
  return reconcilePages(expectedPermalinks(content), distDir);
}

/** Compares the permalinks the content calls for (`expectedPermalinks`) with the pages in a built site folder. */
export function reconcilePages(expected: readonly string[], distDir: string): Reconciliation {
  const expectedSet = new Set(expected);
  // Each folder of pages is looked at once: the pages found there count for the missing ones as well.
  const present = new Set<string>();
  const orphaned: string[] = [];
  const consider = (permalink: string, dir: string) => {
    if (!existsSync(join(dir, 'index.html'))) return;
    present.add(permalink);
    if (!expectedSet.has(permalink)) orphaned.push(permalink);
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
  const missing = expected.filter((p) => !present.has(p) && !existsSync(join(distDir, p, 'index.html')));
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
  // The general index at pagefind/ and each month's beside it (pagefind/2026-11/), every page counted over all.
  const root = join(distDir, 'pagefind');
  const bundles = [root, ...readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'pagefind-entry.json'))).map((d) => join(root, d.name))];
  return reconcileIndexed(content, bundles.map(indexedPages));
}

/**
 * The same check from what each index holds, read back where it was
 * written: the build reads each period's index of a language as soon as
 * its shard writes it, and compares them all here.
 */
export function reconcileIndexed(content: Content, reads: readonly IndexedPages[]): Reconciliation {
  return reconcileIndexedPages(expectedSearchPages(content), reads);
}

/** The same check against the pages the content calls for, by language (`expectedSearchPages`). */
export function reconcileIndexedPages(expected: ReadonlyMap<string, readonly string[]>, reads: readonly IndexedPages[]): Reconciliation {
  const pages = new Map<string, string[]>();
  const broken: string[] = [];
  for (const read of reads) {
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

/**
 * The API documents (`/api/issues/i-10-00042.json`) the content calls for as
 * of the build day: one per region, meeting and issue, one per calendar, and
 * for every period of the accountability figures one national, one per
 * region, district and ministry (src/lib/exports/accountability-api.ts).
 */
export function expectedApiPaths(content: Content, asOf: string): string[] {
  const periods = contentPeriods(earliestDay(content), asOf).map((p) => p.id);
  const ministries = bodyIds.filter((b) => bodies[b].kind === 'ministry');
  return [
    ...content.regions.map((r) => regionApiPath(r.slug)),
    ...content.meetings.map((m) => meetingApiPath(m.id)),
    ...content.issues.map((i) => issueApiPath(i.id)),
    ...expectedAccountabilityPaths(content, periods, ministries),
  ];
}

/** Whether the API index lists a document: all but the accountability documents, which its path patterns and periods name. */
const listedInIndex = (path: string): boolean => !path.startsWith('/api/accountability/');

/**
 * Compares the content with the API of a built site: each document the
 * content calls for must be a file, and each issue, meeting, region and
 * calendar be listed once in the index (accountability documents are found
 * by the index's path patterns and periods), and no file or index entry may
 * be there without content. One listing of the API folder, not one look-up
 * per file, as there are tens of thousands.
 */
export function reconcileApi(content: Content, distDir: string, asOf: string): Reconciliation {
  return reconcileApiPaths(expectedApiPaths(content, asOf), distDir);
}

/** The same check against the documents the content calls for (`expectedApiPaths`). */
export function reconcileApiPaths(expected: readonly string[], distDir: string): Reconciliation {
  const expectedSet = new Set(expected);
  const files = new Set<string>();
  const root = join(distDir, 'api');
  if (existsSync(root)) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = `/${relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
      if (path !== apiIndexPath) files.add(path);
    }
  }
  const indexFile = join(distDir, apiIndexPath);
  const listed = new Map<string, number>();
  if (existsSync(indexFile)) {
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as Partial<Record<'regions' | 'meetings' | 'issues' | 'calendars', { path?: unknown }[]>>;
    for (const entry of [...(index.regions ?? []), ...(index.meetings ?? []), ...(index.issues ?? []), ...(index.calendars ?? [])]) {
      const path = String(entry.path);
      listed.set(path, (listed.get(path) ?? 0) + 1);
    }
  }
  const missing: string[] = [];
  for (const path of expected) {
    if (!files.has(path)) missing.push(path);
    if (listedInIndex(path) && !listed.has(path)) missing.push(`${apiIndexPath} → ${path}`);
  }
  const orphaned: string[] = [];
  for (const path of files) if (!expectedSet.has(path)) orphaned.push(path);
  for (const [path, times] of listed) {
    if (!expectedSet.has(path)) orphaned.push(`${apiIndexPath} → ${path}`);
    else if (times > 1) orphaned.push(`${apiIndexPath} → ${path} (listed ${times} times)`);
  }
  return { missing, orphaned, expected: expected.length };
}

/** Every calendar entry (as approved or added) and every correction of the content, as the open-data rows name them: entry ids, and `abay/2026#3 2026-04-15 moved c-10-2026-003`. */
export function expectedCalendarRows(content: Pick<Content, 'calendars'>): { entries: Map<string, string>; corrections: Map<string, string> } {
  const entries = new Map<string, string>();
  const corrections = new Map<string, string>();
  for (const c of content.calendars) {
    for (const e of c.entries) entries.set(e.id, c.region);
    c.corrections.forEach((k, n) => {
      if (k.kind === 'added') entries.set(k.entry.id, c.region);
      corrections.set(`${c.region}/${c.year}#${n + 1} ${k.date} ${k.kind} ${k.kind === 'added' ? k.entry.id : k.entry}`, c.region);
    });
  }
  return { entries, corrections };
}

/**
 * Compares the calendars of the content with the open-data files of a built
 * site: every entry is a row of `data/calendar-entries.json` and of its
 * region's, every correction (with its date, kind and entry) a row of
 * `data/calendar-corrections.json` and of its region's, each once, and no
 * row is there without content.
 */
export function reconcileData(content: Pick<Content, 'calendars' | 'regions'>, distDir: string): Reconciliation {
  return reconcileDataRows(expectedCalendarRows(content), content.regions.map((r) => r.slug), distDir);
}

/** The same check against the rows the content calls for (`expectedCalendarRows`), in the national files and those of each region named. */
export function reconcileDataRows(rows: { entries: ReadonlyMap<string, string>; corrections: ReadonlyMap<string, string> }, regions: readonly string[], distDir: string): Reconciliation {
  const { entries, corrections } = rows;
  const missing: string[] = [];
  const orphaned: string[] = [];
  const records = (file: string): Record<string, unknown>[] | undefined => {
    const path = join(distDir, 'data', file);
    if (!existsSync(path)) return undefined;
    return (JSON.parse(readFileSync(path, 'utf8')) as { records?: Record<string, unknown>[] }).records ?? [];
  };
  const compare = (file: string, wanted: ReadonlySet<string>, key: (r: Record<string, unknown>) => string) => {
    const rows = records(file);
    if (rows === undefined) {
      if (wanted.size > 0) missing.push(`data/${file}`);
      return;
    }
    const seen = new Map<string, number>();
    for (const r of rows) seen.set(key(r), (seen.get(key(r)) ?? 0) + 1);
    for (const k of wanted) if (!seen.has(k)) missing.push(`data/${file} → ${k}`);
    for (const [k, times] of seen) {
      if (!wanted.has(k)) orphaned.push(`data/${file} → ${k}`);
      else if (times > 1) orphaned.push(`data/${file} → ${k} (${times} rows)`);
    }
  };
  const entryKey = (r: Record<string, unknown>) => String(r.id);
  const correctionKey = (r: Record<string, unknown>) => `${String(r.calendar)}#${String(r.seq)} ${String(r.date)} ${String(r.kind)} ${String(r.entry)}`;
  const inRegion = (all: ReadonlyMap<string, string>, region?: string) => new Set([...all].filter(([, r]) => region === undefined || r === region).map(([k]) => k));
  compare('calendar-entries.json', inRegion(entries), entryKey);
  compare('calendar-corrections.json', inRegion(corrections), correctionKey);
  for (const slug of regions) {
    compare(`regions/${slug}/calendar-entries.json`, inRegion(entries, slug), entryKey);
    compare(`regions/${slug}/calendar-corrections.json`, inRegion(corrections, slug), correctionKey);
  }
  return { missing, orphaned, expected: entries.size + corrections.size };
}

/**
 * What the built site must hold, worked out from the content once, by the
 * build's preparation, and written beside the plan: the merge checks the site
 * against it without reading the content.
 */
export interface Expectations {
  asOf: string;
  siteUrl: string;
  demo: boolean;
  permalinks: string[];
  searchPages: Record<string, string[]>;
  apiPaths: string[];
  calendarRows: { entries: [string, string][]; corrections: [string, string][] };
  regions: string[];
}

/** The site's expectations as of the build day (`asOf`). */
export function expectationsFor(content: Content, asOf: string): Expectations {
  const rows = expectedCalendarRows(content);
  return {
    asOf,
    siteUrl: content.site.siteUrl,
    demo: content.site.demo,
    permalinks: expectedPermalinks(content),
    searchPages: Object.fromEntries(expectedSearchPages(content)),
    apiPaths: expectedApiPaths(content, asOf),
    calendarRows: { entries: [...rows.entries], corrections: [...rows.corrections] },
    regions: content.regions.map((r) => r.slug),
  };
}
