/**
 * The rule every browser test judges a page by (`watch` in
 * tests/support/browsing.ts), on a tiny made-up site in Chromium: a request
 * the page still needs that fails or is cancelled is a problem, and so is a
 * 404; a request cancelled because the reader went on to another page is not.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { watch } from '../support/browsing.ts';

const html = (body: string) => `<!doctype html><html lang="en"><head><title>t</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
const pages: Record<string, string> = {
  '/plain/': html('<p>nothing to load</p>'),
  '/missing-image/': html('<img src="/missing.png" alt="">'),
  // An image whose answer never comes: the page is still loading it when the reader leaves.
  '/leaves-image/': html('<img src="/hang.png" alt="">'),
  // The page itself cancels a request it made (when the test calls cancel()), and stays.
  // A page whose policy forbids the inline script it carries, and one that opens a dialog.
  '/policy/': '<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src \'none\'"><title>t</title></head><body><script>document.title = "ran";</script></body></html>',
  '/alerts/': html('<script>alert("hello")</script>'),
  // A page that, once the reader has followed its link (to a page the server answers after a second), makes one more
  // request: Chromium fetches the favicon of a page so, and cancels it when the next page comes.
  '/late-request/': html('<a href="/slow/">next</a><script>document.querySelector("a").addEventListener("click", () => setTimeout(() => fetch("/hang.json?late").catch(() => {}), 200));</script>'),
  '/cancels/': html('<script>const c = new AbortController(); fetch("/hang.json", { signal: c.signal }).catch(() => {}); window.cancel = () => c.abort();</script>'),
};

let server: ReturnType<typeof createServer>;
let origin: string;
/** Responses held open for `/hang…`, answered when the server closes. */
const hanging: ServerResponse[] = [];
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/hang')) {
      hanging.push(res);
      return;
    }
    if (path === '/slow/') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('<p>the next page</p>')), 1000);
      return;
    }
    const body = pages[path];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** Waits until the server holds a request for `/hang…` open, so the cancel comes while it is in flight. */
async function hangingRequestArrives(count: number): Promise<void> {
  await expect.poll(() => hanging.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
}

describe('what a browser test counts as a problem', () => {
  it('nothing, on a page where nothing goes wrong', async () => {
    const watching = await watch(page);
    await page.goto(`${origin}/plain/`);
    expect(await watching.problems()).toEqual([]);
  });

  it('a missing image, with the page it is on', async () => {
    const watching = await watch(page);
    await page.goto(`${origin}/missing-image/`);
    await page.waitForFunction(() => (document.querySelector('img') as HTMLImageElement).complete);
    expect(await watching.problems()).toContain(`/missing-image/: HTTP 404 for ${origin}/missing.png`);
  });

  it('not a request cancelled because the reader went on to another page', async () => {
    const watching = await watch(page);
    const before = hanging.length;
    await page.goto(`${origin}/leaves-image/`, { waitUntil: 'domcontentloaded' });
    await hangingRequestArrives(before + 1);
    const cancelled = page.waitForEvent('requestfailed');
    await page.goto(`${origin}/plain/`);
    expect((await cancelled).failure()?.errorText).toBe('net::ERR_ABORTED');
    expect(await watching.problems()).toEqual([]);
  });

  it('not a request the page made while the reader was leaving it, cancelled as the next page came', async () => {
    const watching = await watch(page);
    const before = hanging.length;
    await page.goto(`${origin}/late-request/`);
    const cancelled = page.waitForEvent('requestfailed');
    await page.click('a');
    // Made after the click, while the next page was still on its way.
    await hangingRequestArrives(before + 1);
    expect((await cancelled).failure()?.errorText).toBe('net::ERR_ABORTED');
    await page.waitForURL(`${origin}/slow/`);
    expect(await watching.problems()).toEqual([]);
  });

  it('a request cancelled while its page stays', async () => {
    const watching = await watch(page);
    const before = hanging.length;
    const cancelled = page.waitForEvent('requestfailed');
    await page.goto(`${origin}/cancels/`);
    await hangingRequestArrives(before + 1);
    await page.evaluate(() => (window as unknown as { cancel(): void }).cancel());
    expect((await cancelled).failure()?.errorText).toBe('net::ERR_ABORTED');
    expect(await watching.problems()).toEqual([`/cancels/: request failed: ${origin}/hang.json (net::ERR_ABORTED)`]);
  });

  it('a breach of the page\'s Content Security Policy, from the browser\'s own event', async () => {
    const watching = await watch(page);
    await page.goto(`${origin}/policy/`);
    expect(await page.title()).toBe('t');
    expect(await watching.problems()).toContain('/policy/: Content Security Policy violation: script-src-elem blocked inline (' + origin + '/policy/:1)');
  });

  it('a dialog', async () => {
    const watching = await watch(page);
    await page.goto(`${origin}/alerts/`);
    expect(await watching.problems()).toEqual(['/alerts/: a alert dialog opened: hello']);
  });
});
