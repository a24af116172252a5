/**
 * Accessibility (WCAG 2.1 A and AA, as axe-core checks it) of one page of
 * every kind the built site has, in every language, as rendered in Chromium.
 * Kinds come from the URLs in the build (see `pageTypes`), so a new kind of
 * page is checked as soon as it is built. The root `/` only redirects to the
 * Kazakh overview and is left out: axe would see the overview, checked anyway.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDist } from '../build/global-setup.ts';
import { launchBrowser } from '../support/browser.ts';
import { SiteMap, watch } from '../support/browsing.ts';
import { serveDir, type Served } from '../support/serve.ts';
import { urlLanguage } from '../support/site.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One page of each kind in each language: the first by URL, so the same entry in every language. */
function samples(): { kind: string; url: string }[] {
  const site = new SiteMap(testDist);
  const chosen: { kind: string; url: string }[] = [];
  for (const [kind, urls] of site.kinds) {
    const firstByLanguage = new Map<string | undefined, string>();
    for (const url of urls) if (!firstByLanguage.has(urlLanguage(url))) firstByLanguage.set(urlLanguage(url), url);
    for (const url of firstByLanguage.values()) if (!site.redirects(url)) chosen.push({ kind, url });
  }
  return chosen;
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => [`${v.id} (${v.impact ?? 'no impact given'}): ${v.help} — ${v.helpUrl}`, ...v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)].join('\n'))
    .join('\n');
}

let browser: Browser;
let server: Served;
let context: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(testDist)]);
  context = await browser.newContext();
}, 180_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

// Concurrent: axe takes 1–3 s of CPU a page, mostly in the browser, and two cores can share that.
describe.concurrent(`accessibility (axe: ${tags.join(', ')})`, () => {
  const pages = samples();
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  for (const { kind, url } of pages) {
    // Concurrent tests take `expect` from their own context, so a failure is told of the right page. The timeout is
    // for a page that hangs: axe took 22–25 s on the data page (115 KB of tables) beside four other pages, 36–38 s
    // with another test file running, and a slow day is slower still.
    it(`${kind} — ${url}`, { timeout: 180_000 }, async ({ expect }) => {
      const page = await context.newPage();
      const watching = await watch(page);
      try {
        const response = await page.goto(`${server.url}${url}`);
        expect(response?.status()).toBe(200);
        // Open every collapsed part (the charts' tables), so what it holds is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
        // Legacy mode runs axe in the page itself; the default also opens a blank page per run to merge frame results, and these pages have no frames.
        const { violations } = await new AxeBuilder({ page }).setLegacyMode().withTags(tags).analyze();
        expect(violations.length, `${url}: ${violations.length} accessibility violations\n${describeViolations(violations)}`).toBe(0);
        expect(await watching.problems(), url).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
