/**
 * The built pages (every page of each kind, or of the largest kinds a tenth,
 * see `selectPages`) are valid, well-formed HTML by html-validate's recommended
 * rules (`.htmlvalidate.json` lists the few rules switched off on purpose).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages, pageTypes, pageUrl, urlLanguage } from '../support/site.ts';
import { validatePages, type Finding } from '../support/validate-html.ts';
import { testDist } from './global-setup.ts';
import { languages } from '../../src/vocabularies.ts';

/**
 * Pages are validated by kind (`pageTypes`: the pages of one template). A kind
 * of at most `wholeKind` pages is validated whole; of a larger kind (issues,
 * meetings, districts and their accountability pages), every 10th page, each
 * language a different tenth, and in each language its largest page, which
 * shows the most of its template. html-validate needs 5–110 ms of CPU a page
 * (about 2 ms a KB): every page of the committed content (12,211) took 133 s
 * inside `npm test` on a slow day, and about 200 s of CPU; the sample is
 * about a fifth of that.
 */
const wholeKind = 100;
const sample = 10;
function selectPages(): string[] {
  const selected = new Set<string>();
  const byUrl = new Map(listPages(testDist).map((page) => [pageUrl(page), page]));
  const size = (url: string) => statSync(join(testDist, byUrl.get(url)!)).size;
  for (const urls of pageTypes([...byUrl.keys()]).values()) {
    if (urls.length <= wholeKind) {
      for (const url of urls) selected.add(byUrl.get(url)!);
      continue;
    }
    [undefined, ...languages].forEach((lang, l) => {
      const inLanguage = urls.filter((url) => urlLanguage(url) === lang);
      inLanguage.forEach((url, i) => (i + l * 3) % sample === 0 && selected.add(byUrl.get(url)!));
      const largest = inLanguage.reduce<string | undefined>((best, url) => (best === undefined || size(url) > size(best) ? url : best), undefined);
      if (largest !== undefined) selected.add(byUrl.get(largest)!);
    });
  }
  return [...byUrl.values()].filter((page) => selected.has(page));
}

/** Findings grouped by rule and message, each with the pages it is on (up to 25 named), for a readable failure. */
function report(findings: Finding[], pageCount: number): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `[${f.rule}] ${f.message}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const lines = [`${findings.length} problems in ${new Set(findings.map((f) => f.page)).size} of ${pageCount} pages validated:`];
  for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    lines.push('', `${key} — ${list.length}×`);
    for (const f of list.slice(0, 25)) lines.push(`  ${pageUrl(f.page)} ${f.line}:${f.column}${f.selector ? ` ${f.selector}` : ''}`);
    if (list.length > 25) lines.push(`  … and ${list.length - 25} more`);
  }
  return lines.join('\n');
}

describe('HTML of the built pages', () => {
  it('passes html-validate', { timeout: 300_000 }, async () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
    const pages = selectPages();
    expect(pages.length).toBeGreaterThan(0);
    const findings = await validatePages(testDist, pages, config);
    expect(findings.length, report(findings, pages.length)).toBe(0);
  });
});
