/**
 * No dead ends: every internal link, stylesheet, script and image that any
 * built page refers to is a file the build emitted. Read offline, straight
 * from the built files, as a static host would answer them.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links.ts';
import { testDist } from './global-setup.ts';

/** The site's own origin, whose absolute URLs (canonical links) are internal too: `site` in astro.config.mjs. */
async function siteOrigin(): Promise<string | undefined> {
  const { default: config } = (await import('../../astro.config.mjs')) as { default: { site?: string } };
  return config.site ? new URL(config.site).origin : undefined;
}

describe('links in the built site', () => {
  it('point only at files the build emitted', async () => {
    const { pages, checked, broken } = checkLinks(testDist, await siteOrigin());
    expect(pages).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(pages);
    expect(broken.length, `${broken.length} broken links in ${pages} pages (page → target):\n${broken.join('\n')}`).toBe(0);
  });
});
