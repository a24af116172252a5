/**
 * The offline link check: every internal URL that a built page refers to
 * must be a file the build emitted, as a static host would look it up
 * (`/x/` → `x/index.html`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, pageUrl, references } from './site.ts';

const here = 'http://site.invalid';

/**
 * Why `target`, written on a page whose base URL path is `from`, does not
 * lead to one of `files`; undefined when it does, or when it is not this
 * site's to check (fragment-only, `mailto:`, `tel:`, other hosts).
 */
export function brokenBecause(target: string, from: string, files: ReadonlySet<string>, origin?: string): string | undefined {
  if (target === '' || target.startsWith('#')) return undefined;
  if (/^(mailto|tel|sms|data|javascript|blob|about):/i.test(target)) return undefined;
  let url: URL;
  try {
    url = new URL(target, `${here}${from}`);
  } catch {
    return 'not a URL';
  }
  const internal = url.origin === here || (origin !== undefined && url.origin === origin);
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

export interface LinkCheck {
  pages: number;
  /** References looked at. */
  checked: number;
  /** `page → target (where: why)`, in page order. */
  broken: string[];
}

/** Checks every reference in every HTML page under `dist`; `origin` is the site's own (absolute URLs to it are internal). */
export function checkLinks(dist: string, origin?: string): LinkCheck {
  const all = listFiles(dist);
  const files = new Set(all);
  const pages = all.filter((file) => file.endsWith('.html'));
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const at = pageUrl(page);
    const html = readFileSync(join(dist, page), 'utf8');
    const refs = references(html);
    const base = refs.find((r) => r.where === 'base[href]')?.value;
    const from = base === undefined ? at : new URL(base, `${here}${at}`).pathname;
    for (const { where, value } of refs) {
      if (where === 'base[href]') continue;
      checked++;
      const why = brokenBecause(value, from, files, origin);
      if (why !== undefined) broken.push(`${at} → ${value} (${where}: ${why})`);
    }
  }
  return { pages: pages.length, checked, broken };
}
