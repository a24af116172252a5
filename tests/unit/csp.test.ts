/**
 * The Content Security Policy, read as a browser reads it: no page may run
 * inline script or script from elsewhere; only the search page runs script
 * at all, its own, and may compile WebAssembly (Pagefind) without `eval`.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security/csp.ts';

/** Directive → its sources, as the browser splits them. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

describe('Content Security Policy', () => {
  it('lets content pages load the site\'s stylesheet and images, and run no script', () => {
    const page = directives(contentSecurityPolicy('page'));
    expect(page.get('default-src')).toEqual(["'none'"]);
    expect(page.has('script-src')).toBe(false); // so default-src 'none' forbids every script
    expect(page.get('style-src')).toEqual(["'self'"]);
    expect(page.get('img-src')).toEqual(["'self'", 'https:']);
    expect(page.get('base-uri')).toEqual(["'none'"]);
    expect(page.get('form-action')).toEqual(["'self'"]);
    // Readers of the page (Lighthouse reads robots.txt so) may fetch from the site alone.
    expect(page.get('connect-src')).toEqual(["'self'"]);
  });

  it('lets the search page run only the site\'s own scripts and Pagefind\'s WebAssembly, and fetch only from the site', () => {
    const search = directives(contentSecurityPolicy('search'));
    expect(search.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(search.get('connect-src')).toEqual(["'self'"]);
    expect(search.get('default-src')).toEqual(["'none'"]);
  });

  it('allows nothing inline and no eval anywhere, and nothing a <meta> cannot carry', () => {
    for (const kind of ['page', 'search'] as const) {
      const policy = contentSecurityPolicy(kind);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\bdata:|\*|frame-ancestors|report-uri|sandbox/);
    }
  });
});
