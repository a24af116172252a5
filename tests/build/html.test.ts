/**
 * Every built page is valid, well-formed HTML by html-validate's recommended
 * rules (`.htmlvalidate.json` lists the few rules switched off on purpose).
 */
import { readFileSync } from 'node:fs';
import type { ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages, pageTypes, pageUrl, urlLanguage } from '../support/site.ts';
import { validatePages, type Finding } from '../support/validate-html.ts';
import { testDist } from './global-setup.ts';
import { languages } from '../../src/vocabularies.ts';

/**
 * Every page is validated. Measured on this 2-core machine with the demo
 * content (8,138 pages): html-validate needs about 10 ms of CPU a page, and
 * the whole site took about 50 s on two threads, alone or inside `npm test`.
 * Should that pass 90 s as content grows, set `issueSample` to 10: every page
 * but the issue pages (three quarters of the site, all from one template) is
 * still validated, and every 10th issue page, each language a different tenth.
 */
const issueSample = 1;
function selectPages(): string[] {
  const selected = new Set<string>();
  const byUrl = new Map(listPages(testDist).map((page) => [pageUrl(page), page]));
  for (const [kind, urls] of pageTypes([...byUrl.keys()])) {
    if (kind !== '/{lang}/issues/{slug}/') {
      for (const url of urls) selected.add(byUrl.get(url)!);
      continue;
    }
    languages.forEach((lang, l) => {
      const inLanguage = urls.filter((url) => urlLanguage(url) === lang);
      inLanguage.forEach((url, i) => (i + l * 3) % issueSample === 0 && selected.add(byUrl.get(url)!));
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
