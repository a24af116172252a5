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
import { formatMoney, formatNumber, formatPercent } from '../../src/lib/i18n/format.ts';
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

/** What the summary must say, from the columns of an API document's totals (an accountability-totals row) or an akim's compliance row; a quarterly report gives no akimats' handling. */
function expected(totals: Row, days: number, handling = true): [string, string][] {
  const s = (name: string) => shareText(totals[name], totals[`${name}_of`], totals[`${name}_percent`]);
  const coverage = 'places_covered' in totals;
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
  if (coverage) rows.push([t(lang, 'acc.placesCovered'), s('places_covered')], [t(lang, 'acc.holdersAllCovered'), s('holders_all_covered')]);
  if (handling) rows.push(
    [`${t(lang, 'acc.handling')}: ${t(lang, 'acc.raised').toLowerCase()}`, num(totals.issues_raised)],
    [t(lang, 'acc.resolved'), s('issues_resolved')],
    [t(lang, 'acc.overdue'), s('issues_overdue')],
    [t(lang, 'acc.medianDays'), totals.median_days_to_resolve === null ? t(lang, 'acc.none') : num(totals.median_days_to_resolve)],
    [t(lang, 'acc.deadlineMoves'), num(totals.deadline_moves)],
  );
  return rows;
}

/** The rows of the table whose caption begins with `caption`: label → the value as shown, tags stripped. */
function table(html: string, caption: string): Map<string, string> {
  const start = html.indexOf(`<caption>${caption}`);
  expect(start, caption).toBeGreaterThan(-1);
  const part = html.slice(start, html.indexOf('</table>', start));
  const rows = new Map<string, string>();
  for (const m of part.matchAll(/<th scope="row">(.*?)<\/th>\s*<td class="num">(.*?)<\/td>/gs)) rows.set(m[1]!.replace(/<[^>]+>/g, '').trim(), m[2]!.replace(/<[^>]+>/g, '').trim());
  return rows;
}

describe('accountability figures: pages, API and open data agree', () => {
  it('gives in every quarterly report, the country’s and each region’s, exactly the figures of its accountability-totals row, and as its places with no meeting the compliance rows with places not covered', () => {
    const days = content.site.reportingDays;
    const totals = readJson<{ records: Row[] }>('data/accountability-totals.json').records;
    const rowOf = new Map(totals.map((r) => [`${String(r.region)} ${String(r.period)}`, r]));
    const compliance = readJson<{ records: Row[] }>('data/compliance.json').records.filter((r) => r.coverage_measure === 'places' && r.coverage_not_covered !== null);
    const mismatches: string[] = [];
    let reports = 0;
    let gaps = 0;
    const money = (kzt: unknown) => formatMoney(Number(kzt), lang);
    const check = (page: string, region: string | null, quarter: string) => {
      if (!existsSync(join(testDist, page))) return;
      reports++;
      const html = read(page);
      const row = rowOf.get(`${String(region)} ${quarter}`);
      if (row === undefined) {
        mismatches.push(`${page}: no accountability-totals row`);
        return;
      }
      const shown = summary(html);
      for (const [label, want] of expected(row, days, false)) {
        const got = shown.get(label.replace(/&/g, '&amp;'));
        if (got !== want) mismatches.push(`${page} «${label}»: page ${String(got)}, open data ${want}`);
      }
      const s = (name: string) => shareText(row[name], row[`${name}_of`], row[`${name}_percent`]);
      const issues = table(html, t(lang, 'acc.allIssues'));
      const want: [string, string][] = [
        [t(lang, 'acc.raised'), num(row.all_issues_raised)],
        [t(lang, 'acc.resolved'), s('all_issues_resolved')],
        [t(lang, 'acc.overdue'), s('all_issues_overdue')],
        [t(lang, 'acc.medianDays'), row.all_issues_median_days_to_resolve === null ? t(lang, 'acc.none') : num(row.all_issues_median_days_to_resolve)],
        [t(lang, 'acc.money'), money(row.all_issues_money_decided_kzt)],
      ];
      for (const [label, value] of want) if (issues.get(label) !== value) mismatches.push(`${page} «${label}»: page ${String(issues.get(label))}, open data ${value}`);
      // Places with no meeting: the region's akims' compliance rows of the rule periods sharing a day with the quarter.
      if (region !== null) {
        const [first, last] = [row.period_first as string, row.period_last as string];
        const wantGaps = compliance.filter((r) => r.region === region && (r.period_first as string) <= last && first <= (r.period_last as string)).map((r) => `${String(r.holder)} ${String(r.period)}`).sort();
        const shownGaps = [...html.matchAll(/<li data-compliance="([^"]+)"/g)].map((m) => m[1]!).sort();
        gaps += shownGaps.length;
        if (JSON.stringify(shownGaps) !== JSON.stringify(wantGaps)) mismatches.push(`${page}: places with no meeting of ${shownGaps.join(', ')}; compliance ${wantGaps.join(', ')}`);
      }
      // The report names its dataset and row.
      if (!html.includes(`accountability-totals.csv`)) mismatches.push(`${page}: no link to its dataset`);
    };
    for (const p of periods.filter((id) => id.includes('-Q'))) {
      check(`${lang}/accountability/report/${p}/index.html`, null, p);
      for (const r of content.regions) check(`${lang}/regions/${r.slug}/report/${p}/index.html`, r.slug, p);
    }
    // four quarters of 2026 for the country and every region
    expect(reports).toBe(4 * (1 + content.regions.length));
    expect(gaps, 'some report lists places with no meeting').toBeGreaterThan(0);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

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

  it('links every figure of each region’s and district’s page that counts something to the list on the page of what it counts, and each list holds as many as the figure says', () => {
    const problems: string[] = [];
    let pages = 0;
    let links = 0;
    let outsideChecked = 0;
    const meetingPages = new Map<string, string>();
    const count = (html: string, prefix: string) => html.split(`<tr id="${prefix}`).length - 1;
    const check = (page: string, api: string, field: 'totals' | 'akim') => {
      if (!existsSync(join(testDist, page))) return;
      pages++;
      const html = read(page);
      const figures = readJson<Record<typeof field, Row>>(api)[field];
      const start = html.indexOf(`<caption>${t(lang, 'acc.summary')}`);
      const table = html.slice(start, html.indexOf('</table>', start));
      for (const m of table.matchAll(/<th scope="row">(.*?)<\/th>\s*<td class="num">(.*?)<\/td>/gs)) {
        const label = m[1]!.replace(/<[^>]+>/g, '').trim();
        const cell = m[2]!;
        const shown = cell.replace(/<[^>]+>/g, '').trim();
        const href = /^<a href="(#[^"]+)">/.exec(cell.trim())?.[1];
        // a figure of nothing ("0", "none", "0 of 0") links nowhere; every other one links a list on the page
        if (shown === num(0) || shown === t(lang, 'acc.none')) continue;
        if (href === undefined) problems.push(`${page} «${label}» (${shown}) links nowhere`);
        else if (!html.includes(`id="${href.slice(1)}"`)) problems.push(`${page} «${label}» links ${href}, which the page lacks`);
        else links++;
      }
      // each list holds what its figure counts
      const lists: [string, string][] = [['outside-', 'outside_calendar'], ['not-reported-', 'not_reported'], ['meeting-', 'announced_meetings']];
      for (const [prefix, column] of lists) if (count(html, prefix) !== figures[column]) problems.push(`${page}: ${count(html, prefix)} rows #${prefix}…, ${column} ${String(figures[column])}`);
      // the issues it counts, linked one by one in their section (up to the next heading of its level)
      const from = html.indexOf('<h2 id="issues">');
      const issueLinks = from < 0 ? 0 : html.slice(from, html.indexOf('<h2', from + 1) < 0 ? undefined : html.indexOf('<h2', from + 1)).split(`<a href="/${lang}/issues/`).length - 1;
      if (issueLinks !== figures.issues_raised) problems.push(`${page}: ${issueLinks} issues linked in #issues, issues_raised ${String(figures.issues_raised)}`);
      // a meeting held outside the calendar is linked, and its own page says it is outside the calendar, with the reason if any
      for (const m of html.matchAll(/<tr id="outside-(m-[\d-]+)">/g)) {
        const id = m[1]!;
        let meeting = meetingPages.get(id);
        if (meeting === undefined) {
          meeting = read(`${lang}/meetings/${id}/index.html`);
          meetingPages.set(id, meeting);
        }
        outsideChecked++;
        if (!html.includes(`<a href="/${lang}/meetings/${id}/">`) || !meeting.includes(t(lang, 'acc.meetingOutside'))) problems.push(`${page}: ${id} outside the calendar is not linked, or its page does not say so`);
        // and links back to its row on the region's page of its year
        const back = new RegExp(`<a href="/${lang}/regions/[a-z-]+/accountability/\\d{4}/#outside-${id}">`);
        if (!back.test(meeting)) problems.push(`${lang}/meetings/${id}/: no link to its row outside the calendar`);
      }
    };
    for (const p of periods) {
      for (const r of content.regions) check(`${lang}/regions/${r.slug}/accountability/${p}/index.html`, `api/accountability/regions/${r.slug}/${p}.json`, 'totals');
      for (const d of content.districts) check(`${lang}/regions/${d.region}/${d.slug}/accountability/${p}/index.html`, `api/accountability/districts/${d.region}/${d.slug}/${p}.json`, 'akim');
    }
    expect(pages).toBeGreaterThanOrEqual(3 * (content.regions.length + content.districts.length));
    expect(links).toBeGreaterThan(pages);
    expect(outsideChecked, 'some meetings are held outside the calendar').toBeGreaterThan(0);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('links each meeting page’s calendar entry, or its being held outside the calendar, to that row of its region’s obligations page', () => {
    const pages = new Map<string, string>();
    const page = (path: string) => {
      let html = pages.get(path);
      if (html === undefined) {
        html = read(path);
        pages.set(path, html);
      }
      return html;
    };
    const broken: string[] = [];
    let entries = 0;
    let outside = 0;
    for (const m of content.meetings) {
      const html = read(`${lang}/meetings/${m.id}/index.html`);
      const links = [...html.matchAll(new RegExp(`<a href="/${lang}/regions/([a-z-]+)/accountability/(\\d{4})/#([^"]+)"`, 'g'))];
      if (m.calendarEntry !== undefined && !links.some((l) => l[3] === m.calendarEntry)) broken.push(`${m.id}: no link to its calendar entry ${m.calendarEntry}`);
      for (const [, region, year, anchor] of links) {
        if (anchor === m.calendarEntry) entries++;
        else if (anchor === `outside-${m.id}`) outside++;
        if (!page(`${lang}/regions/${region}/accountability/${year}/index.html`).includes(`<tr id="${anchor}">`)) broken.push(`${m.id}: #${anchor} is not on ${region}'s page of ${year}`);
      }
    }
    expect(entries, 'meetings fulfilling a calendar entry').toBe(content.meetings.filter((m) => m.calendarEntry !== undefined).length);
    expect(outside, 'meetings held outside the calendar').toBeGreaterThan(0);
    expect(broken.slice(0, 20)).toEqual([]);
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
