/**
 * The test harness itself, on a small made-up site: the static server
 * answers as a static host does, the link check finds what is broken and
 * only that, and page kinds come out of URL shapes as intended.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links.ts';
import { serveDir, type Served } from '../support/serve.ts';
import { pageTypes, pageUrl, references } from '../support/site.ts';
import { tempFolder } from '../support/temp.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="kk"><head><title>t</title><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;
const fixture: Record<string, string> = {
  'index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/kk/">',
  '404.html': page('<h1>not found</h1>'),
  '_astro/a.css': 'body{}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'meetings/m-1.ics': 'BEGIN:VCALENDAR',
  'kk/index.html': page(
    [
      '<a href="/kk/regions/abay/">ok</a>',
      '<a href="regions/abay/">ok, relative</a>',
      '<a href="#main">fragment</a>',
      '<a href="mailto:a@b.kz">mail</a>',
      '<a href="tel:+77000000000">tel</a>',
      '<a href="https://example.org/x/">other host</a>',
      '<a href="https://kezdesu.kz/kk/">own host, fine</a>',
      '<a href="https://kezdesu.kz/kk/nope/">own host, broken</a>',
      '<a href="/kk/regions/abay">no slash</a>',
      '<a href="/kk/missing/?q=1#x">broken</a>',
      '<img src="/img/missing.png" alt="">',
      '<img srcset="/favicon.svg 1x, /img/2x.png 2x" alt="">',
      '<a href="/meetings/m-1.ics">ics</a>',
      '<script>const s = "<a href=\'/not-a-link/\'>";</script>',
      '<!-- <a href="/commented/"> -->',
    ].join(''),
  ),
  'kk/regions/abay/index.html': page('<a href="../../">up</a><a href="zharma/">down</a><a href="./x.html">broken</a>'),
  'kk/regions/abay/zharma/index.html': page(''),
  'kk/regions/abay/meetings/index.html': page(''),
  'kk/regions/abay/issues/2/index.html': page(''),
  'kk/regions/akmola/index.html': page(''),
  'kk/regions/akmola/meetings/index.html': page(''),
  'kk/regions/akmola/issues/2/index.html': page(''),
  'kk/regions/almaty/index.html': page(''),
  'kk/regions/almaty/meetings/index.html': page(''),
  'kk/regions/almaty/abay/index.html': page(''),
  'kk/issues/i-1/index.html': page(''),
  'ru/issues/i-1/index.html': page(''),
  'meetings/m-1/notice/index.html': page(''),
  'meetings/m-2/notice/index.html': page(''),
};

let dir: string;
let server: Served;
beforeAll(async () => {
  dir = tempFolder('kezdesu-support-');
  for (const [file, text] of Object.entries(fixture)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  server = await serveDir(dir);
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('serveDir', () => {
  it('serves /x/ as x/index.html, files with their content type, and 404.html for anything else', async () => {
    const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });
    let response = await get('/kk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(fixture['kk/index.html']);
    for (const [path, type] of [
      ['/_astro/a.css', 'text/css'],
      ['/favicon.svg', 'image/svg+xml'],
      ['/meetings/m-1.ics', 'text/calendar'],
    ] as const) {
      response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(new RegExp(`^${type.replace('+', '\\+')}`));
    }
    response = await get('/kk/nope/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(fixture['404.html']);
    response = await get('/kk/regions/abay');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/kk/regions/abay/');
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/_astro/')).status).toBe(404);
  });
});

describe('checkLinks', () => {
  it('reports exactly the references that lead to no emitted file', () => {
    const { broken } = checkLinks(dir, 'https://kezdesu.kz');
    expect(broken).toEqual([
      '/kk/ → https://kezdesu.kz/kk/nope/ (a[href]: no such file)',
      '/kk/ → /kk/regions/abay (a[href]: no such file; /kk/regions/abay/ exists (missing trailing slash))',
      '/kk/ → /kk/missing/?q=1#x (a[href]: no such file)',
      '/kk/ → /img/missing.png (img[src]: no such file)',
      '/kk/ → /img/2x.png (img[srcset]: no such file)',
      '/kk/regions/abay/ → ./x.html (a[href]: no such file)',
    ]);
  });

  it('reads a meta refresh target as a reference', () => {
    expect(references(fixture['index.html']!)).toEqual([{ where: 'meta[http-equiv=refresh]', value: '/kk/' }]);
  });
});

describe('pageTypes', () => {
  it('tells kinds of pages apart by the shape of their URLs', () => {
    const urls = Object.keys(fixture)
      .filter((file) => file.endsWith('.html'))
      .map(pageUrl);
    expect(Object.fromEntries(pageTypes(urls))).toEqual({
      '/': ['/'],
      '/404.html': ['/404.html'],
      '/meetings/{slug}/notice/': ['/meetings/m-1/notice/', '/meetings/m-2/notice/'],
      '/{lang}/': ['/kk/'],
      '/{lang}/issues/{slug}/': ['/kk/issues/i-1/', '/ru/issues/i-1/'],
      '/{lang}/regions/{slug}/': ['/kk/regions/abay/', '/kk/regions/akmola/', '/kk/regions/almaty/'],
      '/{lang}/regions/{slug}/{slug}/': ['/kk/regions/abay/zharma/', '/kk/regions/almaty/abay/'],
      '/{lang}/regions/{slug}/issues/{n}/': ['/kk/regions/abay/issues/2/', '/kk/regions/akmola/issues/2/'],
      '/{lang}/regions/{slug}/meetings/': ['/kk/regions/abay/meetings/', '/kk/regions/akmola/meetings/', '/kk/regions/almaty/meetings/'],
    });
  });
});
