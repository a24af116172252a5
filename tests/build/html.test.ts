/**
 * Every built page is valid, well-formed HTML by html-validate's recommended
 * rules (`.htmlvalidate.json` lists the few rules switched off on purpose).
 */
import { readFileSync } from 'node:fs';
import type { ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages, pageTypes, pageUrl } from '../support/site.ts';
import { validatePages, type Finding } from '../support/validate-html.ts';
import { testDist } from './global-setup.ts';

/**
 * Pages to validate: every page, except that of the issue pages, which are
 * three quarters of the site and all from one template, only every 10th is
 * validated (still hundreds, across every region, status and language).
 * Measured on 2 cores with the 2,000-issue demo content (8,135 pages):
 * every page took about 95 s of CPU; this selection (2,735 pages) about a third of that.
 */
const issueSample = 10;
function selectPages(): string[] {
  const selected = new Set<string>();
  const byUrl = new Map(listPages(testDist).map((page) => [pageUrl(page), page]));
  for (const [kind, urls] of pageTypes([...byUrl.keys()])) {
    const every = kind === '/{lang}/issues/{slug}/' ? issueSample : 1;
    urls.forEach((url, i) => i % every === 0 && selected.add(byUrl.get(url)!));
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
