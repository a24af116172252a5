/**
 * Accessibility (WCAG 2.1 A and AA, as axe-core checks it) of one page of
 * every kind the built site has, in every language, as rendered in Chromium.
 * Kinds come from the URLs in the build (see `pageTypes`), so a new kind of
 * page is checked as soon as it is built. The root `/` only redirects to the
 * Kazakh overview and is left out: axe would see the overview, checked anyway.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDist } from '../build/global-setup.ts';
import { axeViolations, describeViolations, wcagTags, withAxe } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { SiteMap, watch, type PageWatch } from '../support/browsing.ts';
import { serveDir, type Served } from '../support/serve.ts';
import { urlLanguage } from '../support/site.ts';

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

let browser: Browser;
let server: Served;
let context: BrowserContext;

/**
 * Browser tabs the checks take turns in, one per core: each check goes to its page in a tab another check has left.
 * A new tab for every check started a renderer process of its own each time, and five checks at once on two cores
 * spent more time on that and on waiting for each other than on axe.
 */
interface Tab {
  page: Page;
  /** What went wrong in the tab: nothing before this check, since a tab whose check found anything is closed. */
  watching: PageWatch;
}
const tabCount = Math.max(1, Math.min(availableParallelism(), 4));
let opened = 0;
const idle: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];

async function takeTab(): Promise<Tab> {
  const tab = idle.pop();
  if (tab !== undefined) return tab;
  if (opened < tabCount) {
    opened += 1;
    const page = await context.newPage();
    return { page, watching: await watch(page) };
  }
  return new Promise((resolve) => waiting.push(resolve));
}

/** Hands the tab to the next check waiting, or keeps it for the next to come; a tab whose check failed is closed, and the next check opens a new one. */
async function leaveTab(tab: Tab, failed: boolean): Promise<void> {
  if (failed) {
    opened -= 1;
    await tab.page.close().catch(() => undefined);
    const next = waiting.shift();
    if (next !== undefined) void takeTab().then(next);
    return;
  }
  const next = waiting.shift();
  if (next !== undefined) next(tab);
  else idle.push(tab);
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(testDist)]);
  context = await withAxe(await browser.newContext());
}, 180_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

// Concurrent, a check in each tab: axe takes up to 2 s of CPU a page (the data page, with its tables), in the browser,
// and two cores can share that.
describe.concurrent(`accessibility (axe: ${wcagTags.join(', ')})`, () => {
  const pages = samples();
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  for (const { kind, url } of pages) {
    // Concurrent tests take `expect` from their own context, so a failure is told of the right page. The timeout is
    // for a page that hangs, and counts the wait for a tab: when every check opened a tab of its own and five ran at
    // once, axe took 22–38 s on the data page (115 KB of tables), and a slow day is slower still.
    it(`${kind} — ${url}`, { timeout: 180_000 }, async ({ expect }) => {
      const tab = await takeTab();
      const { page } = tab;
      let failed = true;
      try {
        const response = await page.goto(`${server.url}${url}`);
        expect(response?.status()).toBe(200);
        // Open every collapsed part (the charts' tables), so what it holds is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
        const violations = await axeViolations(page);
        expect(violations.length, `${url}: ${violations.length} accessibility violations\n${describeViolations(violations)}`).toBe(0);
        expect(await tab.watching.problems(), url).toEqual([]);
        failed = false;
      } finally {
        await leaveTab(tab, failed);
      }
    });
  }
});
