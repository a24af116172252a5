/** The static API: nothing lost, the same figures and history as the open data and the content, and no link to nowhere. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { testAsOf } from '../support/clock.ts';
import { brokenBecause } from '../support/links.ts';
import { listFiles } from '../support/site.ts';
import { testDist } from './global-setup.ts';

type Doc = Record<string, unknown> & { links: Record<string, unknown> };
type Row = Record<string, unknown>;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(testDist, path), 'utf8')) as T;
const doc = (path: string) => readJson<Doc>(path);
const openData = (name: string) => readJson<{ version: string; asOf: string; license: string; records: Row[] }>(`data/${name}.json`);
const sorted = (values: readonly string[]) => [...values].sort();
const folder = (path: string) => (existsSync(join(testDist, path)) ? readdirSync(join(testDist, path)) : []);
/** Entries of a page folder that have a page (`kk/issues/x/index.html`). */
const pages = (path: string) => folder(path).filter((name) => existsSync(join(testDist, path, name, 'index.html')));
type Index = Record<'regions' | 'meetings' | 'issues', { id?: string; slug?: string; path: string }[]>;

let content: Content;
let index: Index;
beforeAll(() => {
  content = loadContent('content', { asOf: testAsOf }).content;
  index = readJson<Index>('api/index.json');
});

describe('static API', () => {
  it('has every issue, meeting and region exactly once, in its files and in the index, as many as there are pages', () => {
    const kinds = [
      ['issues', content.issues.map((i) => i.id), index.issues.map((e) => e.id ?? '')],
      ['meetings', content.meetings.map((m) => m.id), index.meetings.map((e) => e.id ?? '')],
      ['regions', content.regions.map((r) => r.slug), index.regions.map((e) => e.slug ?? '')],
    ] as const;
    for (const [kind, ids, listed] of kinds) {
      expect(sorted(folder(`api/${kind}`)), kind).toEqual(sorted(ids.map((id) => `${id}.json`)));
      expect(sorted(listed), kind).toEqual(sorted(ids));
      expect(sorted(index[kind].map((e) => e.path)), kind).toEqual(sorted(ids.map((id) => `/api/${kind}/${id}.json`)));
      for (const lang of ['kk', 'ru', 'en']) {
        const pageIds = kind === 'regions' ? pages(`${lang}/regions`) : pages(`${lang}/${kind}`);
        expect(pageIds.length, `${lang} ${kind} pages`).toBe(ids.length);
      }
    }
  });

  it('carries the as-of day and licence of the open data in every document, the index its version, and each region\'s documents the version their pages show', () => {
    const { version, asOf, license } = openData('issues');
    expect(license).toBe(content.site.dataLicense);
    expect(doc('/api/index.json')).toMatchObject({ version, asOf, license });
    // The version in the footer of a page: a region's pages show that of the region's data (with the shared files).
    const pageVersion = (page: string) => [...readFileSync(join(testDist, page), 'utf8').matchAll(/<code>([0-9a-f]{12})<\/code>/g)].at(-1)?.[1];
    const versions = new Set<string>();
    for (const [paths, page] of [
      [index.regions, (e: { slug?: string }) => `ru/regions/${e.slug}/index.html`],
      [index.meetings, (e: { id?: string }) => `ru/meetings/${e.id}/index.html`],
      [index.issues, (e: { id?: string }) => `ru/issues/${e.id}/index.html`],
    ] as const) {
      for (const entry of paths) {
        const shown = pageVersion(page(entry));
        expect(shown, page(entry)).toBeDefined();
        expect(doc(entry.path), entry.path).toMatchObject({ version: shown, asOf, license });
        versions.add(shown ?? '');
      }
    }
    // One version per region, none of them the whole dataset's.
    expect(versions.size).toBe(content.regions.length);
    expect(versions.has(version)).toBe(false);
  });

  it('gives each region the figures of its row in the regions table, and its districts those of the districts table', () => {
    const regions = openData('regions').records;
    const districts = openData('districts').records;
    for (const region of content.regions) {
      const d = doc(`api/regions/${region.slug}.json`);
      expect(d.region, region.slug).toEqual(regions.find((r) => r.slug === region.slug));
      expect(d.districts, region.slug).toEqual(districts.filter((r) => r.region === region.slug));
      expect((d.districts as Row[]).length, region.slug).toBeGreaterThan(0);
    }
  });

  it('gives each issue its open-data row and the whole status history of the content', () => {
    const rows = new Map(openData('issues').records.map((r) => [r.id, r]));
    for (const issue of content.issues) {
      const d = doc(`api/issues/${issue.id}.json`);
      const row = rows.get(issue.id);
      expect(d.issue, issue.id).toEqual({ ...row, meetings: String(row?.meetings).split(' ') });
      const history = (d.history as Row[]).map((e) => ({
        date: e.date,
        status: e.status,
        note: Object.fromEntries((['kk', 'ru', 'en'] as const).filter((l) => e[`note_${l}`] !== null).map((l) => [l, e[`note_${l}`]])),
        evidence: (e.evidence as Row[]).map((l) => l.url),
        decision: e.decision ?? undefined,
        referredTo: e.referred_to ?? undefined,
      }));
      expect(history, issue.id).toEqual(
        issue.history.map((e) => ({ date: e.date, status: e.status, note: e.note ?? {}, evidence: e.evidence.map((l) => l.url), decision: e.decision, referredTo: e.referredTo })),
      );
    }
  });

  it('links each meeting to exactly the issues raised there', () => {
    for (const meeting of content.meetings) {
      const raised = content.issues.filter((i) => i.meetings.includes(meeting.id)).map((i) => `/api/issues/${i.id}.json`);
      expect(sorted(doc(`api/meetings/${meeting.id}.json`).links.issues as string[]), meeting.id).toEqual(sorted(raised));
    }
  });

  it('is shown on the open-data page in every language, with the index and one document of each kind', () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const html = readFileSync(join(testDist, lang, 'data', 'index.html'), 'utf8');
      for (const path of ['/api/index.json', index.issues[0]?.path, index.meetings[0]?.path, index.regions[0]?.path]) expect(html, lang).toContain(`href="${path}"`);
    }
  });

  it('links only to pages and files the build emitted', () => {
    const files = new Set(listFiles(testDist));
    const origin = new URL(content.site.siteUrl).origin;
    const broken: string[] = [];
    let checked = 0;
    const visit = (value: unknown, from: string): void => {
      if (typeof value === 'string') {
        checked++;
        const why = brokenBecause(value, '/', files, origin);
        if (why !== undefined) broken.push(`${from} → ${value} (${why})`);
      } else if (Array.isArray(value)) for (const v of value) visit(v, from);
      else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) visit(v, from);
    };
    for (const file of [...files].filter((f) => f.startsWith('api/'))) {
      const d = readJson<Doc>(file);
      visit(d.links, file);
      for (const record of [d.issue, d.meeting, d.region] as (Row | undefined)[]) if (record?.url !== undefined) visit(record.url, file);
    }
    visit([...index.regions, ...index.meetings, ...index.issues].map((e) => e.path), 'api/index.json');
    expect(checked).toBeGreaterThan(content.issues.length * 6);
    expect(broken.length, `${broken.length} broken links:\n${broken.slice(0, 30).join('\n')}`).toBe(0);
  });
});
