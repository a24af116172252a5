/**
 * No dead ends: every internal link, stylesheet, script and image that any
 * built page refers to is a file the build emitted. Read offline, straight
 * from the built files, as a static host would answer them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, pageUrl, references } from '../support/site.ts';
import { testDist } from './global-setup.ts';

/** The site's own origin, whose absolute URLs are internal too (`site` in astro.config.mjs). */
async function siteOrigin(): Promise<string | undefined> {
  const { default: config } = (await import('../../astro.config.mjs')) as { default: { site?: string } };
  return config.site ? new URL(config.site).origin : undefined;
}

let files: Set<string>;
let pages: string[];
let origin: string | undefined;
beforeAll(async () => {
  const all = listFiles(testDist);
  files = new Set(all);
  pages = all.filter((file) => file.endsWith('.html'));
  origin = await siteOrigin();
});

/**
 * Why `target`, as written on the page served at `from`, does not resolve to
 * an emitted file; undefined when it does, or when it is not ours to check.
 */
function brokenBecause(target: string, from: string): string | undefined {
  if (target === '' || target.startsWith('#')) return undefined;
  if (/^(mailto|tel|sms|data|javascript|blob|about):/i.test(target)) return undefined;
  let url: URL;
  try {
    url = new URL(target, `http://site.invalid${from}`);
  } catch {
    return 'not a URL';
  }
  const internal = url.origin === 'http://site.invalid' || (origin !== undefined && url.origin === origin);
  if (!internal) return /^https?:$/.test(url.protocol) ? undefined : `unexpected scheme ${url.protocol}`;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'bad percent-encoding';
  }
  const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
  if (files.has(file)) return undefined;
  if (!path.endsWith('/') && files.has(`${file}/index.html`)) return `no such file; ${path}/ exists (missing trailing slash)`;
  return 'no such file';
}

describe('links in the built site', () => {
  it('point only at files the build emitted', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const from = pageUrl(page);
      const html = readFileSync(join(testDist, page), 'utf8');
      const base = /<base\s[^>]*href\s*=\s*["']?([^"'\s>]+)/i.exec(html)?.[1];
      const resolveFrom = base === undefined ? from : new URL(base, `http://site.invalid${from}`).pathname;
      for (const { where, value } of references(html)) {
        checked++;
        const why = brokenBecause(value, resolveFrom);
        if (why !== undefined) broken.push(`${from} → ${value} (${where}: ${why})`);
      }
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken.length, `${broken.length} broken links in ${pages.length} pages (page → target):\n${broken.join('\n')}`).toBe(0);
  });
});
