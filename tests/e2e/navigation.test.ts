/**
 * A reader's way through the built site in a real browser: from the overview
 * down to a region, a district, an issue and the meeting it was raised at,
 * back again with the browser's Back button, and across languages with the
 * language switcher, with nothing on the way that a reader would notice
 * going wrong (`watch` in tests/support/browsing.ts says what that is).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDist } from '../build/global-setup.ts';
import { launchBrowser } from '../support/browser.ts';
import { linkSelector, SiteMap, watch, type PageWatch } from '../support/browsing.ts';
import { serveDir, type Served } from '../support/serve.ts';
import { languages } from '../../src/vocabularies.ts';

const kind = {
  region: '/{lang}/regions/{slug}/',
  district: '/{lang}/regions/{slug}/{slug}/',
  issue: '/{lang}/issues/{slug}/',
  meeting: '/{lang}/meetings/{slug}/',
} as const;

const shape = (lang: string) => ({
  overview: new RegExp(`^/${lang}/$`),
  region: new RegExp(`^/${lang}/regions/[^/]+/$`),
  district: new RegExp(`^/${lang}/regions/[^/]+/[^/]+/$`),
  issue: new RegExp(`^/${lang}/issues/[^/]+/$`),
  meeting: new RegExp(`^/${lang}/meetings/[^/]+/$`),
});

const site = new SiteMap(testDist);

/**
 * The way down for `lang`, worked out from the built pages: the first region
 * on the overview that has a district (linked from the region's page, under
 * it) that links an issue, and the meeting that issue links to.
 */
function wayDown(lang: string) {
  const among = (url: string, k: string) => {
    const of = new Set(site.urls(k, lang));
    return site.links(url).filter((link) => of.has(link.path));
  };
  const overview = `/${lang}/`;
  for (const region of among(overview, kind.region)) {
    for (const district of among(region.path, kind.district).filter((d) => d.path.startsWith(region.path))) {
      for (const issue of among(district.path, kind.issue)) {
        const meeting = among(issue.path, kind.meeting)[0];
        if (meeting) return { overview, region, district, issue, meeting };
      }
    }
  }
  throw new Error(`no overview → region → district → issue → meeting path in ${lang} in ${testDist}`);
}

let browser: Browser;
let server: Served;
let context: BrowserContext;
let page: Page;
let watching: PageWatch;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(testDist)]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  watching = await watch(page);
});
afterEach(async () => {
  await context?.close();
});

const path = () => new URL(page.url()).pathname;
const htmlLang = () => page.locator('html').getAttribute('lang');

/** Clicks the visible link written `href` and waits for the page it leads to. */
async function follow(href: string, to: string) {
  await page.locator(linkSelector(href)).filter({ visible: true }).first().click();
  await page.waitForURL(`${server.url}${to}`);
  await page.waitForLoadState('load');
}

describe('navigation in a browser', () => {
  for (const lang of languages) {
    it(`${lang}: overview → region → district → issue → meeting, and back`, { timeout: 90_000 }, async () => {
      const way = wayDown(lang);
      const expected = shape(lang);
      const visited: [RegExp, string][] = [];
      const arrive = async (pattern: RegExp) => {
        expect(path()).toMatch(pattern);
        expect(await htmlLang()).toBe(lang);
        visited.push([pattern, path()]);
      };

      await page.goto(`${server.url}${way.overview}`);
      await arrive(expected.overview);
      await follow(way.region.href, way.region.path);
      await arrive(expected.region);
      await follow(way.district.href, way.district.path);
      await arrive(expected.district);
      await follow(way.issue.href, way.issue.path);
      await arrive(expected.issue);
      await follow(way.meeting.href, way.meeting.path);
      await arrive(expected.meeting);
      expect(visited.map(([, url]) => url)).toEqual([way.overview, way.region.path, way.district.path, way.issue.path, way.meeting.path]);

      // Back, one page at a time, to the overview.
      for (const [pattern, url] of visited.slice(0, -1).reverse()) {
        await page.goBack();
        expect(path()).toBe(url);
        expect(path()).toMatch(pattern);
        expect(await htmlLang()).toBe(lang);
      }
      expect(await watching.problems()).toEqual([]);
    });
  }

  describe('the language switcher keeps the reader on the same page', () => {
    const way = () => wayDown('kk');
    const cases = [
      ['an issue', () => way().issue.path, /^\/kk\/issues\/[^/]+\/$/],
      ['a meeting', () => way().meeting.path, /^\/kk\/meetings\/[^/]+\/$/],
      ['a district', () => way().district.path, /^\/kk\/regions\/[^/]+\/[^/]+\/$/],
    ] as const;
    for (const [what, url, pattern] of cases) {
      it(`on ${what} page, kk → ru`, { timeout: 60_000 }, async () => {
        const from = url();
        expect(from).toMatch(pattern);
        const to = from.replace(/^\/kk\//, '/ru/');
        await page.goto(`${server.url}${from}`);
        expect(await htmlLang()).toBe('kk');
        const switcher = page.locator('nav.langs');
        expect(await switcher.locator('[aria-current]').count()).toBe(1);
        await switcher.locator('a[hreflang="ru"]').click();
        await page.waitForURL(`${server.url}${to}`);
        expect(path()).toBe(to);
        expect(await htmlLang()).toBe('ru');
        expect(await watching.problems()).toEqual([]);
      });
    }
  });
});
