/**
 * Two promises of the README, checked on every HTML page of the test build,
 * not a sample: "Pages have no client JavaScript, except the search page",
 * and "every page shows the day the data is as of and the version of its data"
 * and, for demonstration content, the demonstration notice. The pages of a
 * region (its page, districts, lists, meetings and issues) show their
 * region's data version, the same on all of them and different from every
 * other region's; every other page shows the dataset version. One pass reads
 * each page once, with plain string and pattern checks (about 2 s for the
 * committed content's 8,500 pages).
 *
 * What the pages must say is written out here by hand, for the test build's
 * date (28 November 2026, tests/support/clock.ts): the footer of Base.astro
 * and the notice above the header, in the page's language.
 *
 * Exceptions, each for a reason:
 * - `/{lang}/search/`: the one page that runs a script, the site's own search
 *   module from `/_astro/`, which loads Pagefind when the reader searches.
 * - `/meetings/{id}/notice/`: the printable notice for a village notice board
 *   is in Kazakh and Russian at once, so it says the as-of day and the
 *   demonstration notice in both; it leaves out the dataset version, a hash
 *   that means something to whoever downloads the data, not on paper.
 * - `/` only sends the reader to `/kk/` (a meta refresh, no script) and
 *   `/404.html` says a page is not there, in three languages: neither shows
 *   any data, so neither says what day it is as of.
 * Data blocks (`application/ld+json` on meeting pages, `application/json`
 * with the search page's labels) are not scripts: a browser never runs them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentVersion } from '../../src/lib/content/version.ts';
import { testAsOf } from '../support/clock.ts';
import { listPages } from '../support/site.ts';
import { testDist } from './global-setup.ts';

const asOf: Record<string, string> = {
  kk: 'Деректер берілген күн <time datetime="2026-11-28">2026 ж. 28 қараша</time>',
  ru: 'Данные на <time datetime="2026-11-28">28 ноября 2026 г.</time>',
  en: 'Data as of <time datetime="2026-11-28">28 November 2026</time>',
};
const versionWords: Record<string, string> = { kk: 'деректер нұсқасы', ru: 'версия данных', en: 'data version' };
const demoNotice: Record<string, string> = {
  kk: 'Демонстрациялық деректер: бұл сайттағы кездесулер мен мәселелер нақты жазбалар емес, ойдан құрастырылған мысалдар.',
  ru: 'Демонстрационные данные: встречи и вопросы на этом сайте — сгенерированные примеры, а не реальные записи.',
  en: 'Demonstration data: the meetings and issues on this site are generated examples, not real records.',
};

/** Data blocks a browser does not run. */
const dataScript = /^<script(?: id="[^"]*")? type="application\/(?:ld\+)?json">$/;
/** The search page's own module: one file of the site's, nothing inline. */
const searchModule = /^<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>$/;

interface Findings {
  pages: number;
  /** Pages of each kind that were checked, to prove the exceptions are the only ones. */
  kinds: Map<string, number>;
  scripts: string[];
  chrome: string[];
  /** Scripts the search pages load. */
  searchScripts: number;
  /** The data version each region's pages show, by region; a region whose pages show more than one has them all. */
  regionVersions: Map<string, Set<string>>;
  /** What search engines and link previews are told wrong or not at all. */
  head: string[];
  /** Each language page's description, to find pages that say the same. */
  descriptions: Map<string, string[]>;
}

let findings: Findings;
let demo: boolean;
let siteUrl: string;
let version: string;

beforeAll(() => {
  const site = JSON.parse(readFileSync('content/site.json', 'utf8')) as { demo: boolean; siteUrl?: string };
  demo = site.demo;
  siteUrl = site.siteUrl ?? 'https://kezdesu.kz';
  version = contentVersion('content');
  // The README's as-of day; the build date is fixed, so the words above are known.
  expect(testAsOf).toBe('2026-11-28');
  findings = { pages: 0, kinds: new Map(), scripts: [], chrome: [], searchScripts: 0, regionVersions: new Map(), head: [], descriptions: new Map() };
  const pages = new Set(listPages(testDist));
  // Issue and meeting ids carry their region's two KATO digits: i-10-00042 is Abay's (KATO 10…).
  const regions = JSON.parse(readFileSync('content/geo/regions.json', 'utf8')) as { kato: string; slug: string }[];
  const regionOfId = new Map(regions.map((r) => [r.kato.slice(0, 2), r.slug]));
  // The first 50 of each kind of finding, then how many more.
  const more = new Map<string[], number>();
  const note = (list: string[], line: string) => {
    if (list.length < 50) list.push(line);
    else more.set(list, (more.get(list) ?? 0) + 1);
  };
  for (const file of pages) {
    const html = readFileSync(join(testDist, file), 'utf8');
    findings.pages += 1;
    const lang = /^(kk|ru|en)\//.exec(file)?.[1];
    const kind = lang !== undefined ? (file === `${lang}/search/index.html` ? 'search' : 'language') : /^meetings\/m-[\d-]+\/notice\/index\.html$/.test(file) ? 'notice' : file === 'index.html' ? 'redirect' : file === '404.html' ? 'not found' : 'other';
    findings.kinds.set(kind, (findings.kinds.get(kind) ?? 0) + 1);

    // No client JavaScript: no script element but data blocks (the search page's module aside),
    // no event handler attribute, no javascript: address, no module preloaded.
    for (const match of html.matchAll(/<script\b[^>]*>(?:<\/script>)?/gi)) {
      const tag = match[0];
      if (kind === 'search' && searchModule.test(tag)) findings.searchScripts += 1;
      else if (!dataScript.test(tag.replace(/<\/script>$/, ''))) note(findings.scripts, `${file}: ${tag}`);
    }
    const handler = /<[a-z][^<>]*?\son[a-z]+\s*=/i.exec(html);
    if (handler) note(findings.scripts, `${file}: event handler in ${handler[0].slice(0, 120)}`);
    if (/\b(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(html)) note(findings.scripts, `${file}: a javascript: address`);
    if (/rel="modulepreload"/.test(html)) note(findings.scripts, `${file}: a module preloaded`);

    // The as-of day, the dataset version and the demonstration notice.
    if (kind === 'search' || kind === 'language') {
      const region = /^\w+\/regions\/([^/]+)\/./.exec(file)?.[1] ?? regionOfId.get(/^\w+\/(?:issues|meetings)\/[im]-(\d\d)-/.exec(file)?.[1] ?? '');
      if (region === undefined) {
        const footer = `<p>${asOf[lang!]} · ${versionWords[lang!]} <code>${version}</code></p>`;
        if (!html.includes(footer)) note(findings.chrome, `${file}: no "${footer}"`);
      } else {
        const shown = new RegExp(`<p>${asOf[lang!]} · ${versionWords[lang!]} <code>([0-9a-f]{12})</code></p>`).exec(html)?.[1];
        if (shown === undefined) note(findings.chrome, `${file}: no as-of day and data version in ${lang}`);
        else findings.regionVersions.set(region, (findings.regionVersions.get(region) ?? new Set()).add(shown));
      }
      if (demo && !html.includes(`<div class="demo"><p class="wrap">${demoNotice[lang!]}</p></div>`)) note(findings.chrome, `${file}: no demonstration notice in ${lang}`);

      // For search engines and link previews: the page's own absolute address, the same page in every
      // language (Kazakh, the default, also as x-default), each of which exists, and what the page holds.
      const rest = file.slice(lang!.length + 1).replace(/index\.html$/, '');
      const address = (l: string) => `${siteUrl}/${l}/${rest}`;
      if (!html.includes(`<link rel="canonical" href="${address(lang!)}">`)) note(findings.head, `${file}: no canonical ${address(lang!)}`);
      for (const l of ['kk', 'ru', 'en']) {
        if (!html.includes(`<link rel="alternate" hreflang="${l}" href="${address(l)}">`)) note(findings.head, `${file}: no hreflang ${l} → ${address(l)}`);
        if (!pages.has(`${l}/${rest}index.html`)) note(findings.head, `${file}: its ${l} page ${l}/${rest} does not exist`);
      }
      if (!html.includes(`<link rel="alternate" hreflang="x-default" href="${address('kk')}">`)) note(findings.head, `${file}: no x-default → ${address('kk')}`);
      if ((html.match(/hreflang="[^"]*" href="\//g) ?? []).length > 0) note(findings.head, `${file}: a relative hreflang address`);
      if (!html.includes(`<meta property="og:url" content="${address(lang!)}">`)) note(findings.head, `${file}: og:url is not its address`);
      const description = /<meta name="description" content="([^"]*)">/.exec(html)?.[1];
      if (description === undefined || description.trim().length < 40) note(findings.head, `${file}: no description of 40 characters or more (${JSON.stringify(description)})`);
      else {
        if (!html.includes(`<meta property="og:description" content="${description}">`)) note(findings.head, `${file}: og:description differs from the description`);
        const same = findings.descriptions.get(`${lang}:${description}`) ?? [];
        same.push(file);
        findings.descriptions.set(`${lang}:${description}`, same);
      }
    } else if (kind === 'notice') {
      const footer = `<footer><p>Kezdesu · ${asOf.kk!.replace(/<[^>]*>/g, '')} · <span lang="ru">${asOf.ru!.replace(/<[^>]*>/g, '')}</span></p></footer>`;
      if (!html.includes(footer)) note(findings.chrome, `${file}: no "${footer}"`);
      if (demo && !html.includes(`<p class="demo">${demoNotice.kk} <span lang="ru">${demoNotice.ru}</span></p>`)) note(findings.chrome, `${file}: no demonstration notice in Kazakh and Russian`);
    } else if (kind === 'other') {
      note(findings.chrome, `${file}: a page of no kind this test knows; say what it must show`);
    }
  }
  for (const [list, n] of more) list.push(`… and ${n} more`);
});

describe('every page of the built site', () => {
  it('is one of the kinds this test knows, and there are thousands of them', () => {
    expect(findings.pages).toBeGreaterThan(5000);
    expect(findings.kinds.get('other') ?? 0).toBe(0);
    expect(findings.kinds.get('search')).toBe(3);
    expect(findings.kinds.get('redirect')).toBe(1);
    expect(findings.kinds.get('not found')).toBe(1);
    expect(findings.kinds.get('notice')).toBeGreaterThan(0);
  });

  it('runs no client JavaScript, except the search page\'s own module', () => {
    expect(findings.scripts).toEqual([]);
    // The exception is real: each search page loads its module, once.
    expect(findings.searchScripts).toBe(3);
  });

  it('shows the day the data is as of, the version of its data and the demonstration notice (the printed notice, in both its languages)', () => {
    expect(demo).toBe(true);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(findings.chrome).toEqual([]);
  });

  it('tells search engines and link previews its absolute address, the same page in every language (Kazakh as x-default) and what it holds', () => {
    expect(findings.head).toEqual([]);
    // A description says what this page holds, so no two pages of a language say the same.
    const shared = [...findings.descriptions.values()].filter((files) => files.length > 1);
    expect(shared).toEqual([]);
  });

  it('shows on all the pages of a region one data version of its own, not the dataset version nor another region\'s', () => {
    expect(findings.regionVersions.size).toBe(20);
    const each = [...findings.regionVersions].map(([region, versions]) => [region, [...versions]] as const);
    expect(each.filter(([, versions]) => versions.length !== 1)).toEqual([]);
    const shown = each.map(([, [v]]) => v);
    expect(new Set(shown).size).toBe(20);
    expect(shown).not.toContain(version);
  });
});
