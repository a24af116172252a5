/**
 * Hostile content, built: a small demo tree whose every free text (titles,
 * descriptions, notes, offices, venues, addresses, outlets, place names)
 * carries markup drawn from the usual XSS evasion classes passes validation
 * as text, and the built site shows it as text and nothing else. Every page
 * carries the Content Security Policy before anything it governs, runs no
 * inline script, links nowhere unsafe, opens other sites with no handle on
 * ours, and keeps its JSON blocks and feeds
 * well formed; in Chromium a sample of pages opens no dialog, runs nothing
 * and breaches no policy. (Hostile addresses are refused by validation:
 * tests/content/validation.test.ts; in minutes: tests/unit/minutes-addresses.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/generate.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { isSafeAddress } from '../../src/lib/security/addresses.ts';
import { contentSecurityPolicy } from '../../src/lib/security/csp.ts';
import { launchBrowser } from '../support/browser.ts';
import { watch } from '../support/browsing.ts';
import { testAsOf, testSourceDateEpoch } from '../support/clock.ts';
import { hostileTexts } from '../support/hostile.ts';
import { serveDir, type Served } from '../support/serve.ts';
import { listFiles, startTags } from '../support/site.ts';
import { tempFolder } from '../support/temp.ts';

const work = tempFolder('kezdesu-hostile-');
const content = join(work, 'content');
const dist = join(work, 'dist');

/** The same hostile text for the same original, so names that must match across files still do. */
function hostileFor(original: string): string {
  let hash = 0;
  for (const char of original) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hostileTexts[hash % hostileTexts.length]![0];
}

/** Whether a value is a text in the site's languages ({ kk?, ru?, en? } of strings). */
const isText = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.entries(value).every(([k, v]) => ['kk', 'ru', 'en'].includes(k) && typeof v === 'string');

/** Appends hostile markup to every text and outlet name in a parsed content file; returns how many it changed. */
function poison(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, child) => n + poison(child), 0);
  if (typeof node !== 'object' || node === null) return 0;
  let changed = 0;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (isText(value)) {
      for (const lang of Object.keys(value)) value[lang] = `${value[lang]} ${hostileFor(value[lang]!)}`;
      changed += 1;
    } else if (key === 'outlet' && typeof value === 'string') {
      record[key] = `${value} ${hostileFor(value)}`;
      changed += 1;
    } else changed += poison(value);
  }
  return changed;
}

/** Attributes that hold an address, on any element. */
const addressAttributes = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'srcset', 'xlink:href'];
/** Script types a browser does not run: data blocks. */
const dataScripts = new Set(['application/json', 'application/ld+json']);

let poisoned = 0;
let pages: string[] = [];

beforeAll(() => {
  const files = generateDemo({ issues: 40, seed: 'hostile', today: '2026-11-27', geoDir: 'content/geo' });
  for (const file of files) {
    let text = file.text;
    // The map's short labels must fit their squares; everything else published as text gets hostile markup.
    if (file.path.endsWith('.json') && file.path !== 'geo/tiles.json' && file.path !== 'site.json' && !file.path.startsWith('privacy/')) {
      const data: unknown = JSON.parse(text);
      poisoned += poison(data);
      text = `${JSON.stringify(data, null, 2)}\n`;
    }
    mkdirSync(dirname(join(content, file.path)), { recursive: true });
    writeFileSync(join(content, file.path), text);
  }
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist, '--work', `${dist}-shards`], {
    encoding: 'utf8',
    env: { ...process.env, KEZDESU_CONTENT: content, SOURCE_DATE_EPOCH: testSourceDateEpoch },
  });
  if (result.status !== 0) throw new Error(`build of the hostile tree failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  pages = listFiles(dist).filter((f) => f.endsWith('.html'));
}, 600_000);

describe('hostile text in every free-text field', () => {
  it('is valid content: text is text', () => {
    expect(poisoned).toBeGreaterThan(500);
    expect(loadContent(content, { asOf: testAsOf }).problems).toEqual([]);
  });

  it('is shown escaped, never as markup', () => {
    const all = pages.map((page) => readFileSync(join(dist, page), 'utf8')).join('\n');
    // Every hostile text reached the pages, as text.
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Inside a quoted attribute (an aria-label, say) < and > are plain characters; what the double quote
    // closes is written &quot;, so an attribute value can hide no markup. Outside them, none is left.
    const outsideAttributes = all.replace(/="[^"]*"/g, '=""');
    for (const raw of ['<script>alert', '<img src=x', '<svg onload', '<iframe', '</title><script>']) expect(outsideAttributes.includes(raw), raw).toBe(false);
  });

  it('leaves every page with its policy first, no inline or foreign script, no event handler and no unsafe address', () => {
    const found: string[] = [];
    let external = 0;
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const tags = startTags(html);
      const policyAt = tags.findIndex((t) => t.name === 'meta' && t.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
      const firstGoverned = tags.findIndex((t) => ['script', 'link', 'style', 'img', 'svg'].includes(t.name));
      if (policyAt === -1) found.push(`${page}: no Content Security Policy`);
      else if (firstGoverned !== -1 && firstGoverned < policyAt) found.push(`${page}: <${tags[firstGoverned]!.name}> before the policy`);
      const policy = tags[policyAt]?.attributes.get('content');
      if (policy !== undefined && policy !== contentSecurityPolicy(page.endsWith('/search/index.html') ? 'search' : 'page')) found.push(`${page}: policy ${policy}`);
      for (const { name, attributes } of tags) {
        for (const key of attributes.keys()) if (key.startsWith('on')) found.push(`${page}: <${name} ${key}>`);
        for (const key of addressAttributes) {
          const value = attributes.get(key);
          if (value !== undefined && !isSafeAddress(value)) found.push(`${page}: <${name} ${key}="${value}">`);
        }
        const href = attributes.get('href');
        if (name === 'a' && href !== undefined && /^https?:/i.test(href)) {
          external += 1;
          const rel = (attributes.get('rel') ?? '').split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`${page}: <a href="${href}"> opens with a handle on our page (rel="${rel.join(' ')}")`);
        }
        if (name === 'script') {
          const type = attributes.get('type') ?? '';
          const src = attributes.get('src');
          if (!dataScripts.has(type) && !(type === 'module' && src?.startsWith('/_astro/'))) found.push(`${page}: <script type="${type}" src="${src ?? ''}">`);
        }
        if (['iframe', 'object', 'embed', 'base', 'form'].includes(name) && !(name === 'form' && page.endsWith('/search/index.html'))) found.push(`${page}: <${name}>`);
      }
      // Data blocks hold exactly one JSON value each: nothing broke out of them.
      for (const block of html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) {
        try {
          JSON.parse(block[1]!);
        } catch {
          found.push(`${page}: a JSON block that does not parse`);
        }
      }
    }
    expect(pages.length).toBeGreaterThan(1000);
    expect(external).toBeGreaterThan(100);
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('keeps every feed well-formed XML', () => {
    const feeds = listFiles(dist).filter((f) => f.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThan(20);
    for (const feed of feeds) expect(XMLValidator.validate(readFileSync(join(dist, feed), 'utf8')), feed).toBe(true);
  });
});

describe('hostile text in Chromium', () => {
  let browser: Browser;
  let server: Served;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDir(dist)]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs nothing, opens no dialog and breaches no policy on a sample of pages, the search included', { timeout: 180_000 }, async () => {
    const first = (pattern: RegExp) => `/${pages.find((p) => pattern.test(p))!.replace(/index\.html$/, '')}`;
    const sample = [
      first(/^kk\/issues\/[^/]+\/index\.html$/),
      first(/^ru\/meetings\/[^/]+\/index\.html$/),
      first(/^en\/regions\/[^/]+\/index\.html$/),
      first(/^ru\/regions\/[^/]+\/[^/]+\/index\.html$/),
      first(/^meetings\/[^/]+\/notice\/index\.html$/),
      '/kk/',
      '/ru/search/?q=script',
      '/en/search/?q=onerror',
      '/kk/search/?type=meeting',
    ];
    const context = await browser.newContext();
    try {
      for (const url of sample) {
        const page = await context.newPage();
        const watching = await watch(page);
        const response = await page.goto(`${server.url}${url}`);
        expect(response?.status(), url).toBe(200);
        if (url.includes('/search/')) {
          await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
          if (!url.includes('type=')) expect(await page.locator('#search-results li').count(), url).toBeGreaterThan(0);
        }
        // Only the site's own module script ever ran: no element but ours has a handler, nothing wrote to the page.
        expect(await page.evaluate(() => document.querySelectorAll('script:not([type]), iframe, object, embed').length), url).toBe(0);
        expect(await watching.problems(), url).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
