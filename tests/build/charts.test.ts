/**
 * Charts and the regional map on the built pages: each chart's table holds
 * the numbers its marks are drawn from, the charts show the figures the
 * site computes, every chart and map has an accessible name, and every
 * region has one square on the map that leads to its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtKey, indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { computeSiteFigures, type SiteFigures } from '../../src/lib/stats/site-figures.ts';
import { background, contrastRatio } from '../../src/lib/charts/palette.ts';
import { testAsOf } from '../support/clock.ts';
import { declarationsFor, resolveVariables } from '../support/stylesheet.ts';
import { decodeEntities, startTags } from '../support/site.ts';
import { testDist } from './global-setup.ts';
import { languages, statusIds } from '../../src/vocabularies.ts';

interface Chart {
  id: string;
  /** The chart's markup up to its table. */
  drawing: string;
  /** `key|series` → the value a mark is drawn from (null: nothing to measure). */
  marks: Map<string, number | null>;
  /** `key|series` → the text of the table cell. */
  cells: Map<string, string>;
}

const text = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).trim();

/** Every chart of a page, read from its marks' `data-key`/`data-series`/`data-value` and its table's rows and value cells. */
function chartsOf(html: string): Chart[] {
  return html.split('<div class="chart" data-chart="').slice(1).map((part) => {
    const id = part.slice(0, part.indexOf('"'));
    const end = part.indexOf('</details>');
    const tableAt = part.indexOf('<details>');
    const drawing = part.slice(0, tableAt);
    const marks = new Map<string, number | null>();
    for (const tag of startTags(drawing)) {
      const key = tag.attributes.get('data-key');
      const value = tag.attributes.get('data-value');
      if (key === undefined || value === undefined) continue;
      marks.set(`${key}|${tag.attributes.get('data-series') ?? ''}`, value === '' ? null : Number(value));
    }
    const cells = new Map<string, string>();
    for (const row of part.slice(tableAt, end).matchAll(/<tr data-key="([^"]*)">([\s\S]*?)<\/tr>/g)) {
      for (const cell of row[2]!.matchAll(/<td[^>]*?\sdata-series(?:="([^"]*)")?[^>]*>([\s\S]*?)<\/td>/g)) cells.set(`${row[1]}|${cell[1] ?? ''}`, text(cell[2]!));
    }
    return { id, drawing, marks, cells };
  });
}

/** The number a table cell shows: a share as 0–1 when it has %, null for "—". */
function cellNumber(cell: string, lang: string): number | null {
  if (cell === '—') return null;
  const decimal = lang === 'en' ? '.' : ',';
  const digits = cell.replace(new RegExp(`[^0-9${decimal === '.' ? '.' : ','}-]`, 'g'), '');
  const n = cell.includes('%') ? Number(digits.replace(',', '.')) / 100 : Number(digits.replace(/[,.]/g, ''));
  return n;
}

function read(url: string): string {
  return readFileSync(join(testDist, url, 'index.html'), 'utf8');
}

let content: Content;
let figures: SiteFigures;
beforeAll(() => {
  const asOf = testAsOf;
  const result = loadContent('content', { asOf });
  expect(result.problems).toEqual([]);
  content = result.content;
  figures = computeSiteFigures(indexContent(content, asOf));
});

/** The overview, the regions page, every region and every district, in every language. */
function chartPages(): { url: string; lang: string }[] {
  return languages.flatMap((lang) => [
    { url: `${lang}/`, lang },
    { url: `${lang}/regions/`, lang },
    ...content.regions.map((r) => ({ url: `${lang}/regions/${r.slug}/`, lang })),
    ...content.districts.map((d) => ({ url: `${lang}/regions/${d.region}/${d.slug}/`, lang })),
  ]);
}

describe('charts on the built pages', () => {
  it('have in their table exactly the numbers their marks are drawn from', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { url, lang } of chartPages()) {
      const charts = chartsOf(read(url));
      expect(charts.length, url).toBeGreaterThan(0);
      for (const chart of charts) {
        for (const [key, value] of chart.marks) {
          const cell = chart.cells.get(key);
          checked += 1;
          if (cell === undefined) wrong.push(`${url} ${chart.id} ${key}: drawn (${value}) but not in the table`);
          else {
            const shown = cellNumber(cell, lang);
            const same = value === null || shown === null ? value === shown : Math.abs(value - shown) <= (cell.includes('%') ? 0.0005 : 0);
            if (!same) wrong.push(`${url} ${chart.id} ${key}: drawn from ${value}, the table says ${cell}`);
          }
        }
        // A row without a mark is one with nothing to draw.
        for (const [key, cell] of chart.cells) if (!chart.marks.has(key) && cellNumber(cell, lang) !== 0) wrong.push(`${url} ${chart.id} ${key}: ${cell} in the table but not drawn`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('show the figures the site computes: statuses, months and days to resolution of each region, decided money of each district', () => {
    for (const lang of languages) {
      for (const region of content.regions) {
        const f = figures.byRegion.get(region.slug)!;
        const charts = new Map(chartsOf(read(`${lang}/regions/${region.slug}/`)).map((c) => [c.id, c]));
        const status = charts.get('chart-status')!;
        for (const s of statusIds) expect(status.marks.get(`${s}|`) ?? 0, `${region.slug} ${s}`).toBe(f.byStatus[s]);
        const months = charts.get('chart-months')!;
        expect([...months.marks].filter(([k]) => k.endsWith('|raised')).reduce((sum, [, v]) => sum + (v ?? 0), 0)).toBe(f.issues);
        expect([...months.marks].filter(([k]) => k.endsWith('|resolved')).reduce((sum, [, v]) => sum + (v ?? 0), 0)).toBe(f.resolved);
        expect([...charts.get('chart-days')!.marks.values()].reduce((sum: number, v) => sum + (v ?? 0), 0)).toBe(f.resolved);
        expect([...charts.get('chart-lead')!.marks.values()].reduce((sum: number, v) => sum + (v ?? 0), 0)).toBe(f.announcements.held);
      }
      for (const district of content.districts.slice(0, 40)) {
        const f = figures.byDistrict.get(districtKey(district.region, district.slug))!;
        const money = chartsOf(read(`${lang}/regions/${district.region}/${district.slug}/`)).find((c) => c.id === 'chart-money')!;
        expect([...money.marks.values()].reduce((sum: number, v) => sum + (v ?? 0), 0), district.slug).toBe(f.moneyDecidedKzt);
      }
    }
  });

  it('have accessible names and descriptions: every chart names itself by its title, every map by its heading', () => {
    let named = 0;
    // Every seventh page, and the overview and regions pages: a district with no issues and no meetings has nothing to draw.
    for (const { url } of chartPages().filter((page, i) => i % 7 === 0 || page.url.split('/').length <= 3)) {
      const html = read(url);
      const plots = startTags(html).filter((tag) => tag.name === 'svg' && tag.attributes.get('class') === 'plot');
      for (const plot of plots) {
        named += 1;
        expect(['img', 'group']).toContain(plot.attributes.get('role'));
        for (const attribute of ['aria-labelledby', 'aria-describedby']) {
          const id = plot.attributes.get(attribute);
          expect(id, `${url}: a chart without ${attribute}`).toBeTruthy();
          const name = new RegExp(`id="${id}"[^>]*>([^<]+)<`).exec(html);
          expect(name?.[1]?.trim(), `${url}: ${attribute}="${id}" names nothing`).toBeTruthy();
        }
      }
    }
    expect(named).toBeGreaterThan(100);
  });
});

describe('status marks on the built pages', () => {
  // StatusChart.astro fills each status's <rect> with its colour and leaves its edge to the stylesheet
  // (`.plot rect`, `.swatch rect`), which outlines it so that a pale fill still has an edge of 3:1
  // against the page (tests/unit/charts.test.ts). Here: the pages draw them so, and the stylesheet they
  // load is the one that outlines them.
  it('are rects the linked stylesheet outlines at 3:1 against the page, with no stroke or style of their own to undo it', () => {
    for (const lang of languages) {
      const html = read(`${lang}/`);
      const status = chartsOf(html).find((c) => c.id === 'chart-status')!;
      const plot = /<svg class="plot"[\s\S]*?<\/svg>/.exec(status.drawing)?.[0] ?? '';
      const legend = /<ul class="legend">[\s\S]*?<\/ul>/.exec(status.drawing)?.[0] ?? '';
      const marks = startTags(plot).filter((tag) => tag.name === 'rect');
      const swatches = [...legend.matchAll(/<svg class="swatch"[^>]*>(<rect[^>]*>)/g)].flatMap((m) => startTags(m[1]!));
      const shown = statusIds.filter((s) => figures.national.byStatus[s] > 0);
      expect(marks.map((r) => r.attributes.get('data-key')), lang).toEqual(shown);
      expect(swatches, lang).toHaveLength(shown.length);
      for (const rect of [...marks, ...swatches]) {
        expect(rect.attributes.get('fill'), lang).toMatch(/^#[0-9a-f]{6}$/i);
        for (const undo of ['stroke', 'stroke-width', 'stroke-opacity', 'style', 'class']) expect(rect.attributes.has(undo), `${lang} ${undo}`).toBe(false);
      }
      const sheets = startTags(html).filter((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'stylesheet').map((tag) => tag.attributes.get('href')!);
      expect(sheets, lang).toHaveLength(1);
      const css = readFileSync(join(testDist, sheets[0]!), 'utf8');
      for (const mark of ['.plot rect', '.swatch rect']) {
        const stroke = resolveVariables(css, declarationsFor(css, mark).get('stroke') ?? 'none');
        expect(stroke, mark).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrastRatio(stroke, background), mark).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('the regional map', () => {
  it('has one square per region in each of its maps, each leading to its region page and showing the region figures', () => {
    for (const lang of languages) {
      for (const url of [`${lang}/`, `${lang}/regions/`]) {
        const map = chartsOf(read(url)).find((c) => c.id === 'map')!;
        const links = startTags(map.drawing).filter((tag) => tag.name === 'a');
        for (const series of ['resolved', 'overdue', 'issues', 'timely']) {
          const squares = links.filter((a) => a.attributes.get('data-series') === series);
          expect(squares.map((a) => a.attributes.get('data-key')).sort(), `${url} ${series}`).toEqual(content.regions.map((r) => r.slug).sort());
          for (const a of squares) expect(a.attributes.get('href')).toBe(`/${lang}/regions/${a.attributes.get('data-key')}/`);
        }
        for (const region of content.regions) {
          const f = figures.byRegion.get(region.slug)!;
          expect(map.marks.get(`${region.slug}|issues`)).toBe(f.issues);
          expect(map.marks.get(`${region.slug}|overdue`)).toBe(f.overdue);
          expect(map.marks.get(`${region.slug}|resolved`)).toBe(f.resolvedShare);
          expect(map.marks.get(`${region.slug}|timely`)).toBe(f.announcements.timelyShare);
        }
      }
    }
  });

  it('keeps the SVG of a region page small (the size is printed)', () => {
    const sizes = content.regions.map((r) => {
      const html = read(`kk/regions/${r.slug}/`);
      return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
    });
    const mean = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
    console.log(`SVG per region page: mean ${mean} bytes, largest ${Math.max(...sizes)} bytes`);
    expect(Math.max(...sizes)).toBeLessThan(16_000);
  });
});
