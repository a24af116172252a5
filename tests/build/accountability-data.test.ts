/**
 * The obligations pages, the open data and the API say the same figures:
 * every summary figure of the country's and each region's page of each
 * period, as the page gives it, is the figure of that scope's API document
 * (whose akims' rows are the compliance rows), with no percentage where the
 * API has none. Only the wording is made here (numbers and percentages in
 * the page's locale); every figure is read from the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { formatNumber, formatPercent } from '../../src/lib/i18n/format.ts';
import { t, tf } from '../../src/lib/i18n/translations.ts';
import { testAsOf } from '../support/clock.ts';
import { testDist } from './global-setup.ts';

type Row = Record<string, unknown>;
const read = (path: string) => readFileSync(join(testDist, path), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(read(path)) as T;
const lang = 'en';

let content: Content;
let periods: string[];
beforeAll(() => {
  content = loadContent('content', { asOf: testAsOf }).content;
  periods = readJson<{ periods: string[] }>('api/index.json').periods;
});

const num = (n: unknown) => formatNumber(Number(n), lang);
/** A share as the pages word it, from the API's count, of and percent. */
function shareText(count: unknown, of: unknown, percent: unknown): string {
  if (of === 0) return t(lang, 'acc.none');
  const words = { count: num(count), of: num(of) };
  return percent === null ? tf(lang, 'acc.few', words) : tf(lang, 'acc.share', { ...words, percent: formatPercent(Number(percent) / 100, lang) });
}

/** The rows of the first summary table of a page: label → the value as shown, tags stripped. */
function summary(html: string): Map<string, string> {
  const start = html.indexOf(`<caption>${t(lang, 'acc.summary')}`);
  expect(start, 'summary table').toBeGreaterThan(-1);
  const table = html.slice(start, html.indexOf('</table>', start));
  const rows = new Map<string, string>();
  for (const m of table.matchAll(/<th scope="row">(.*?)<\/th>\s*<td class="num">(.*?)<\/td>/gs)) rows.set(m[1]!.replace(/<[^>]+>/g, '').trim(), m[2]!.replace(/<[^>]+>/g, '').trim());
  return rows;
}

/** What the summary must say, from the compliance columns of an API document's totals. */
function expected(totals: Row, days: number): [string, string][] {
  const s = (name: string) => shareText(totals[name], totals[`${name}_of`], totals[`${name}_percent`]);
  const coverage = totals.coverage as Record<string, Row> | undefined;
  const c = (name: string) => shareText(coverage![name]!.count, coverage![name]!.of, coverage![name]!.percent);
  const rows: [string, string][] = [
    [t(lang, 'acc.planned'), num(totals.planned)],
    [t(lang, 'acc.onTime'), s('on_time_share')],
    [t(lang, 'acc.late'), num(totals.late)],
    [t(lang, 'acc.notHeld'), num(totals.not_held)],
    [t(lang, 'acc.dropped'), num(totals.dropped)],
    [t(lang, 'acc.moved'), num(totals.moved)],
    [t(lang, 'acc.notYetDue'), num(totals.not_yet_due)],
    [t(lang, 'acc.outside'), num(totals.outside_calendar)],
    [t(lang, 'acc.timely'), s('timely')],
    [t(lang, 'acc.allChannels'), s('all_channels')],
    [t(lang, 'acc.medianLead'), totals.median_lead_days === null ? t(lang, 'acc.none') : num(totals.median_lead_days)],
    [tf(lang, 'acc.outcomeOnTime', { days }), s('outcome_on_time')],
    [tf(lang, 'acc.minutesOnTime', { days }), s('minutes_on_time')],
    [t(lang, 'acc.notReported'), num(totals.not_reported)],
  ];
  // Totals of a scope add up coverage; an akim's page gives it place by place instead.
  if (coverage !== undefined) rows.push([t(lang, 'acc.placesCovered'), c('places_covered')], [t(lang, 'acc.holdersAllCovered'), c('holders_all_covered')]);
  rows.push(
    [`${t(lang, 'acc.handling')}: ${t(lang, 'acc.raised').toLowerCase()}`, num(totals.issues_raised)],
    [t(lang, 'acc.resolved'), s('issues_resolved')],
    [t(lang, 'acc.overdue'), s('issues_overdue')],
    [t(lang, 'acc.medianDays'), totals.median_days_to_resolve === null ? t(lang, 'acc.none') : num(totals.median_days_to_resolve)],
    [t(lang, 'acc.deadlineMoves'), num(totals.deadline_moves)],
  );
  return rows;
}

describe('accountability figures: pages, API and open data agree', () => {
  it('gives on each country and region page the figures of its API document, and no percentage where the API has none', () => {
    const days = content.site.reportingDays;
    const mismatches: string[] = [];
    let pages = 0;
    let withoutPercent = 0;
    const compare = (page: string, api: string, field: 'totals' | 'akim' = 'totals') => {
      if (!existsSync(join(testDist, page))) return;
      pages++;
      const shown = summary(read(page));
      const totals = readJson<Record<typeof field, Row>>(api)[field];
      for (const [label, want] of expected(totals, days)) {
        const got = shown.get(label.replace(/&/g, '&amp;'));
        if (got !== want) mismatches.push(`${page} «${label}»: page ${String(got)}, API ${want}`);
        if (want.includes(' of ') && !want.includes('%')) withoutPercent++;
      }
    };
    for (const p of periods) {
      compare(`${lang}/accountability/${p}/index.html`, `api/accountability/national/${p}.json`);
      for (const r of content.regions) compare(`${lang}/regions/${r.slug}/accountability/${p}/index.html`, `api/accountability/regions/${r.slug}/${p}.json`);
      // a district's or town's akim: the district document's compliance row
      for (const d of content.districts) compare(`${lang}/regions/${d.region}/${d.slug}/accountability/${p}/index.html`, `api/accountability/districts/${d.region}/${d.slug}/${p}.json`, 'akim');
    }
    // the country, the regions and the districts, each with at least one year and two half-years
    expect(pages).toBeGreaterThanOrEqual(3 * (1 + content.regions.length + content.districts.length));
    expect(withoutPercent, 'some figures rest on fewer than 5 events').toBeGreaterThan(0);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('gives on each ministry page the meetings held, the share outside regional centres and the quarters met of its API document', () => {
    const mismatches: string[] = [];
    let pages = 0;
    const cell = (html: string, label: string) => new RegExp(`<th scope="row">${label}</th>\\s*<td class="num">(.*?)</td>`, 's').exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();
    for (const p of periods) {
      for (const body of readJson<{ links: { ministries: string[] } }>(`api/accountability/national/${p}.json`).links.ministries.map((path) => path.split('/')[4]!)) {
        const page = `${lang}/ministries/${body}/${p}/index.html`;
        if (!existsSync(join(testDist, page))) continue;
        pages++;
        const html = read(page);
        const f = readJson<{ figures: Record<string, Row & unknown[]> }>(`api/accountability/ministries/${body}/${p}.json`).figures;
        const want: [string, string][] = [
          [t(lang, 'acc.held'), num((f.held as unknown[]).length)],
          [t(lang, 'acc.outsideCentre'), shareText(f.outside_centre!.count, f.outside_centre!.of, f.outside_centre!.percent)],
          [t(lang, 'acc.quartersMet'), shareText(f.quarters_met!.count, f.quarters_met!.of, f.quarters_met!.percent)],
        ];
        for (const [label, value] of want) if (cell(html, label) !== value) mismatches.push(`${page} «${label}»: page ${String(cell(html, label))}, API ${value}`);
      }
    }
    expect(pages).toBeGreaterThan(0);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('lists in each region’s document the compliance rows of its akims, as the open data has them', () => {
    const compliance = readJson<{ records: Row[] }>('data/compliance.json').records;
    const byKey = new Map(compliance.map((r) => [`${String(r.holder)} ${String(r.period)}`, r]));
    let rows = 0;
    for (const p of periods) {
      for (const r of content.regions) {
        for (const akim of readJson<{ akims: Row[] }>(`api/accountability/regions/${r.slug}/${p}.json`).akims) {
          rows++;
          expect(akim).toEqual(byKey.get(`${String(akim.holder)} ${p}`));
        }
      }
    }
    expect(rows).toBe(compliance.filter((r) => !String(r.holder).startsWith('minister:')).length);
  });
});
