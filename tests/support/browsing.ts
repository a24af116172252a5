/** Helpers for the browser tests: the built site's map read offline, and a watch on what goes wrong in a page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { listPages, pageTypes, pageUrl, references } from './site.ts';

export interface Link {
  /** The `href` as written, to find the very link on the page. */
  href: string;
  /** The URL path it leads to. */
  path: string;
}

/** The built site as a map: its pages by kind, and where each page links. */
export class SiteMap {
  readonly dist: string;
  readonly kinds: Map<string, string[]>;
  readonly #files: Map<string, string>;
  readonly #links = new Map<string, Link[]>();
  constructor(dist: string) {
    this.dist = dist;
    this.#files = new Map(listPages(dist).map((file) => [pageUrl(file), file]));
    this.kinds = pageTypes([...this.#files.keys()]);
  }

  /** The URLs of one kind of page, e.g. `/{lang}/issues/{slug}/`, in one language if given. */
  urls(kind: string, lang?: string): string[] {
    return (this.kinds.get(kind) ?? []).filter((url) => lang === undefined || url.startsWith(`/${lang}/`));
  }

  /** The file behind a page URL. */
  file(url: string): string | undefined {
    return this.#files.get(url);
  }

  /** The `<a href>` links of a page to pages of this site, in document order. */
  links(url: string): Link[] {
    const cached = this.#links.get(url);
    if (cached) return cached;
    const file = this.#files.get(url);
    if (file === undefined) throw new Error(`no page at ${url} in ${this.dist}`);
    const links: Link[] = [];
    for (const { where, value } of references(readFileSync(join(this.dist, file), 'utf8'))) {
      if (where !== 'a[href]' || value.startsWith('#')) continue;
      const target = new URL(value, `http://site.invalid${url}`);
      if (target.origin === 'http://site.invalid') links.push({ href: value, path: target.pathname });
    }
    this.#links.set(url, links);
    return links;
  }

  /** Whether a page's HTML sends the reader on at once (`<meta http-equiv="refresh">`), like the root redirect. */
  redirects(url: string): boolean {
    const file = this.#files.get(url);
    return file !== undefined && references(readFileSync(join(this.dist, file), 'utf8')).some((r) => r.where === 'meta[http-equiv=refresh]');
  }
}

/** A CSS selector for the `<a>` whose `href` is written exactly `href`. */
export function linkSelector(href: string): string {
  return `a[href="${href.replace(/["\\]/g, '\\$&')}"]`;
}

/**
 * What a reader of the page would notice going wrong, the one rule every
 * browser test uses:
 * - a console error, an uncaught exception, a dialog (`alert()` and the
 *   like: no page of ours opens one), a response with an error status (a
 *   404 page, a missing stylesheet, script, image, font or index file);
 * - a breach of the page's Content Security Policy, counted from the
 *   browser's own `securitypolicyviolation` events;
 * - a request that failed on a page that stays: refused, reset, blocked
 *   (by the Content Security Policy, say) or aborted while the page that
 *   made it was still the one shown.
 * A request aborted (`net::ERR_ABORTED`) because the page navigated away
 * is not a problem: going Back quickly, or following a link, cancels the
 * favicon of the page being left, and no reader ever sees that. It is told
 * by the page having been left since the request was made, or by a
 * navigation under way when the request was aborted.
 */
export interface PageWatch {
  /** Everything that went wrong so far, each with the path of the page it happened on. */
  problems(): Promise<string[]>;
}

/** Chromium's word for a request it cancelled, whether by navigation, `window.stop()` or script. */
const aborted = 'net::ERR_ABORTED';

/** The page-side half of the watch: reports each policy violation to the test as it happens, on every document the page loads. */
const reportViolations = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__kezdesuViolation(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : ''));
}, true);`;

/** Starts recording, from now on, what goes wrong in `page` (see `PageWatch`). */
export async function watch(page: Page): Promise<PageWatch> {
  const problems: string[] = [];
  const at = () => {
    const url = new URL(page.url());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.pathname : page.url();
  };
  // Every main-frame navigation begun, counted (Playwright turns the back-forward cache off, so going
  // Back or Forward makes a request too); each request remembers the count when it was made.
  let navigations = 0;
  // The count when the main frame last showed a new document: a navigation is under way while `navigations` is more.
  let shown = 0;
  const madeDuring = new WeakMap<Request, number>();
  const abortedRequests: { request: Request; text: string; leaving: boolean }[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    madeDuring.set(request, navigations);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) shown = navigations;
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${at()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${at()}: uncaught ${error.name}: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`${at()}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    const text = `${at()}: request failed: ${request.url()} (${reason})`;
    // An abort is judged when the problems are read: by then we know whether the page was left after the request was
    // made. One that comes while the page is being left is that leaving's: Chromium may start the old page's favicon
    // just after the click that leaves it, and cancel it as the next page comes.
    if (reason === aborted && !request.isNavigationRequest()) abortedRequests.push({ request, text, leaving: navigations > shown });
    else problems.push(text);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${at()}: HTTP ${response.status()} for ${response.url()}`);
  });
  await page.exposeBinding('__kezdesuViolation', (_source, text: string) => {
    problems.push(`${at()}: Content Security Policy violation: ${text}`);
  });
  await page.addInitScript(reportViolations);
  return {
    problems: async () => {
      // One round trip to the page delivers every report it sent before.
      await page.evaluate(() => 0).catch(() => undefined);
      return [
        ...problems,
        ...abortedRequests.filter(({ request, leaving }) => !leaving && (madeDuring.get(request) ?? navigations) === navigations).map(({ text }) => text),
      ];
    },
  };
}
