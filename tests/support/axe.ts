/**
 * Accessibility checks with axe-core, run in the page itself.
 *
 * axe is put into every page of a browser context once, before the page's own
 * scripts (`withAxe`), and each check only calls it. A wrapper that injects
 * axe's 560 KB source again for every check (as `@axe-core/playwright` does)
 * spent about 1.2 s a page on that here, more than most checks take; and only
 * violations are asked for, so axe does not describe every node that passes.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.1, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type Violation = axe.Result;

/** Gives every page the context opens from now on axe, ready before the page's own scripts run. */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: axe.source });
  return context;
}

/** The rules of `tags` that the page breaks, as it is now (of a page whose context went through `withAxe`). */
export async function axeViolations(page: Page, tags: readonly string[] = wcagTags): Promise<Violation[]> {
  return page.evaluate(async (values) => {
    const inPage = (window as unknown as { axe?: typeof axe }).axe;
    if (inPage === undefined) throw new Error('axe is not in this page: open it in a browser context given to withAxe');
    const results = await inPage.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations;
  }, [...tags]);
}

/** Violations as a reader can act on them: the rule, what it asks, where to read more, and each element that breaks it. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`),
      ].join('\n'),
    )
    .join('\n');
}
