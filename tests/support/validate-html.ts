/**
 * html-validate over many built pages, on worker threads: about 10 ms a page
 * on one core once its configuration is resolved, so thousands of pages are
 * worth both cores.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

export interface Finding {
  page: string;
  rule: string;
  message: string;
  line: number;
  column: number;
  selector: string | null;
}

/**
 * html-validate resolves its configuration again for every document (a
 * fresh element table each time), which is half its time on pages this
 * size. The configuration is the same for every page here, so resolve it
 * once; checked to give identical reports for every page of the site.
 */
class ResolveOnceLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride !== undefined) return super.getConfigFor(handle, configOverride);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

/** A validator for `config` (the contents of `.htmlvalidate.json`). */
export function createValidator(config: ConfigData): (html: string, page: string) => Finding[] {
  const validator = new HtmlValidate(new ResolveOnceLoader(config));
  return (html, page) =>
    validator.validateStringSync(html, page).results.flatMap((result) =>
      result.messages.map((m) => ({ page, rule: m.ruleId, message: m.message, line: m.line, column: m.column, selector: m.selector })),
    );
}

export interface WorkerInput {
  dist: string;
  pages: string[];
  config: ConfigData;
}

/** Validates `pages` (relative to `dist`) on up to `threads` worker threads; findings in page order. */
export async function validatePages(dist: string, pages: readonly string[], config: ConfigData, threads = Math.min(2, availableParallelism())): Promise<Finding[]> {
  const count = Math.max(1, Math.min(threads, pages.length));
  // Interleave, so each thread gets a like mix of page kinds.
  const shares = Array.from({ length: count }, (_, i) => pages.filter((_, j) => j % count === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Finding[]>((done, fail) => {
          const worker = new Worker(new URL('./validate-html.worker.ts', import.meta.url), {
            workerData: { dist, pages: share, config } satisfies WorkerInput,
          });
          let findings: Finding[] | undefined;
          worker.once('message', (message: Finding[]) => (findings = message));
          worker.once('error', fail);
          worker.once('exit', (code) => (findings && code === 0 ? done(findings) : fail(new Error(`html-validate worker exited with ${code}`))));
        }),
    ),
  );
  const order = new Map(pages.map((page, i) => [page, i]));
  return results.flat().sort((a, b) => order.get(a.page)! - order.get(b.page)! || a.line - b.line || a.column - b.column);
}
