/**
 * `npm run bench:lighthouse [-- --dist DIR]`: Lighthouse (mobile, its
 * default) on the overview, an issue, a meeting, a region, a district and the
 * search page, in Kazakh, the site's default language: of a built site (DIR),
 * else of the committed content, built into .cache/lighthouse/dist. The site
 * is served with gzip as the host serves it, to the machine's Chromium as the
 * browser tests find it (CHROME_PATH, Debian's, or @sparticuz/chromium).
 * Lighthouse comes from the npm registry through npx, at the version named
 * here: it is a measuring tool, not a dependency of the site. Prints each
 * page's scores and the lowest of each category.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../tests/support/browser.ts';
import { serveDir } from '../tests/support/serve.ts';

const lighthouse = 'lighthouse@13.5.0';
const { values } = parseArgs({ options: { dist: { type: 'string' } } });

let dist = values.dist;
if (dist === undefined) {
  dist = join('.cache', 'lighthouse', 'dist');
  const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(join(dist, 'kk', 'index.html'))) {
  console.error(`${dist} holds no built site (kk/index.html is missing): build it with npm run build -- --out ${dist}`);
  process.exit(2);
}

/** The first sub-folder of `dir` (in name order) that holds a page and is not one of `except`. */
const first = (dir: string, except: readonly string[] = []): string => {
  const name = readdirSync(join(dist, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !except.includes(e.name) && existsSync(join(dist, dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
  if (name === undefined) throw new Error(`no page under ${dir}/`);
  return `${dir}/${name}`;
};
const region = first('kk/regions');
const pages: [string, string][] = [
  ['overview', 'kk/'],
  ['issue', `${first('kk/issues')}/`],
  ['meeting', `${first('kk/meetings')}/`],
  ['region', `${region}/`],
  ['district', `${first(region, ['issues', 'meetings', 'accountability', 'report', 'feeds', 'calendar'])}/`],
  ['search', 'kk/search/'],
];

/** Runs a command to its end without blocking this process, which serves the site meanwhile. */
const lighthouseRun = (command: string, args: string[], options: { encoding: 'utf8'; maxBuffer: number; env: NodeJS.ProcessEnv }) =>
  new Promise<{ stdout: string; stderr: string; error?: Error }>((done) => {
    execFile(command, args, options, (error, stdout, stderr) => done({ stdout, stderr, ...(error === null ? {} : { error }) }));
  });

const chromium = await findChromium();
const served = await serveDir(dist, { gzip: true });
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const lowest = new Map<string, number>();
try {
  console.log(`${lighthouse}, mobile, Chromium from ${chromium.source}; ${served.url}`);
  console.log(['page'.padEnd(10), ...categories.map((c) => c.padStart(15)), '  address'].join(''));
  for (const [what, path] of pages) {
    const url = `${served.url}/${path}`;
    // Asynchronous: the site is served by this very process, which a synchronous child would stall.
    const run = await lighthouseRun(
      'npx',
      ['--yes', lighthouse, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${categories.join(',')}`, `--chrome-flags=${[...new Set([...chromium.args, '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'])].join(' ')}`],
      { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { ...process.env, CHROME_PATH: chromium.executablePath } },
    );
    if (run.error !== undefined) throw new Error(`lighthouse failed on ${url}: ${run.error.message}\n${run.stderr.slice(-2000)}`);
    const report = JSON.parse(run.stdout) as { categories: Record<string, { score: number | null }> };
    const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    scores.forEach((s, i) => lowest.set(categories[i]!, Math.min(lowest.get(categories[i]!) ?? 100, s)));
    console.log([what.padEnd(10), ...scores.map((s) => String(s).padStart(15)), `  /${path}`].join(''));
  }
  console.log(['lowest'.padEnd(10), ...categories.map((c) => String(lowest.get(c)).padStart(15))].join(''));
} finally {
  await served.close();
}
