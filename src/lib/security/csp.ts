/**
 * The Content Security Policy of every page, sent as a `<meta http-equiv>`
 * because GitHub Pages sets no headers. Pages load only the site's own
 * stylesheet, favicon and images; no page runs script but the search page,
 * which loads Pagefind from the site itself and compiles its WebAssembly
 * (`'wasm-unsafe-eval'` allows that and not `eval`). No inline script runs
 * anywhere: the JSON in `<script type="application/json">` and
 * `application/ld+json` is data, never executed. Images in minutes may come
 * from other sites over https. Directives a `<meta>` cannot carry
 * (`frame-ancestors`, `report-uri`, `sandbox`) are left out: browsers ignore
 * them there and say so in the console. Every page may read from the site
 * itself (`connect-src 'self'`): pages without script cannot use it, and a
 * search engine's or an audit's reader that fetches the site's robots.txt
 * from the page (Lighthouse does) is not refused.
 */

export type PagePolicy = 'page' | 'search';

const common = ["default-src 'none'", "style-src 'self'", "img-src 'self' https:", "connect-src 'self'", "base-uri 'none'", "form-action 'self'"];

const policies: Record<PagePolicy, string> = {
  page: common.join('; '),
  search: [...common, "script-src 'self' 'wasm-unsafe-eval'"].join('; '),
};

/** The policy for a kind of page: `search` for the one page with script, `page` for all others. */
export function contentSecurityPolicy(kind: PagePolicy): string {
  return policies[kind];
}
