/**
 * `npm run bench:stem [-- --runs 2] [--site DIR]`: Kazakh search by word
 * forms, on the content the build reads (KEZDESU_CONTENT, else `content/`).
 *
 * Builds the Kazakh search index (one per month and the general one, exactly
 * as `npm run build` writes them) twice over: from the text as written, as
 * before the site stemmed Kazakh, and stemmed (src/lib/search/query-words.ts);
 * prints the seconds and bytes of each. Then, in Chromium, asks both for 20
 * base words common in the content and three inflected forms of each, over
 * every month, and prints each form's results that the base word also finds,
 * as a share of the base word's (goal: at least 95% with stemming), and what
 * a first query and a next one download from each, as the search page asks
 * (the general index and the recent months, then ten results). With --site
 * (a site built by `npm run build -- --out DIR`), also the bytes the Kazakh
 * search page itself downloads for a first query and a next one.
 * Indexes go to .cache/bench-stem/.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { indexContent } from '../src/lib/content/indexes.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { minutesByMeeting, writeSearch } from '../src/lib/build/work.ts';
import { generalPeriod, periodPath, recentPeriods } from '../src/lib/search/periods.ts';
import { searchedWords } from '../src/lib/search/query-words.ts';
import { recordPeriod, searchRecords, type SearchRecord } from '../src/lib/search/records.ts';
import { asOfDay } from '../src/lib/time.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2' }, site: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of 1 or more, not ${values.runs}`);
  process.exit(2);
}

/** 20 base words common in the committed content, each with three forms a sentence gives it: case, possessive, plural and chains. */
const words: [base: string, forms: [string, string, string]][] = [
  ['жол', ['жолдың', 'жолдары', 'жолға']],
  ['су', ['судың', 'суды', 'суға']],
  ['газ', ['газға', 'газды', 'газдың']],
  ['газдандыру', ['газдандыруды', 'газдандыруға', 'газдандыруы']],
  ['аудан', ['ауданының', 'ауданда', 'аудандағы']],
  ['тұрғын', ['тұрғындар', 'тұрғындардың', 'тұрғындарға']],
  ['мектеп', ['мектебі', 'мектепке', 'мектептің']],
  ['ауыл', ['ауылда', 'ауылдың', 'ауылдағы']],
  ['көше', ['көшесі', 'көшелерге', 'көшенің']],
  ['үй', ['үйлер', 'үйдің', 'үйлерге']],
  ['мәселе', ['мәселені', 'мәселенің', 'мәселелер']],
  ['жұмыс', ['жұмыстар', 'жұмысын', 'жұмыстың']],
  ['қала', ['қаласының', 'қалаға', 'қаласы']],
  ['көлік', ['көлігі', 'көліктер', 'көлікпен']],
  ['құбыр', ['құбыры', 'құбырының', 'құбырларға']],
  ['интернет', ['интернетке', 'интернеті', 'интернеттің']],
  ['жарық', ['жарығы', 'жарықтың', 'жарықтар']],
  ['өтініш', ['өтініштер', 'өтініші', 'өтінішпен']],
  ['балабақша', ['балабақшаны', 'балабақшасы', 'балабақшада']],
  ['ғимарат', ['ғимараты', 'ғимаратқа', 'ғимараттар']],
];

const work = resolve('.cache', 'bench-stem');
const root = process.env.KEZDESU_CONTENT ?? 'content';
const asOf = asOfDay();
const { content, problems } = loadContent(root, { asOf });
if (problems.length > 0) {
  console.error(`${problems.length} problems in ${root}: run npm run validate`);
  process.exit(1);
}
const minutes = minutesByMeeting(content.minutes);
const records = searchRecords(indexContent(content, asOf), 'kk', minutes);
const byPeriod = new Map<string, SearchRecord[]>();
for (const r of records) (byPeriod.get(recordPeriod(r)) ?? byPeriod.set(recordPeriod(r), []).get(recordPeriod(r))!).push(r);
const months = [...byPeriod.keys()].filter((p) => p !== generalPeriod).sort();

/** The bytes of the files under `dir` (those whose name `only` matches, if given). */
function sizes(dir: string, only = /./): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => only.test(f))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .reduce((sum, f) => sum + statSync(f).size, 0);
}

const modes = ['as written', 'stemmed'] as const;
type Mode = (typeof modes)[number];
const seconds: Record<Mode, number[]> = { 'as written': [], stemmed: [] };
const site = (mode: Mode) => join(work, mode === 'stemmed' ? 'stemmed' : 'written');
for (let run = 0; run < runs; run++) {
  for (const mode of modes) {
    rmSync(site(mode), { recursive: true, force: true });
    const started = performance.now();
    for (const [period, list] of byPeriod) await writeSearch(list, 'kk', period, join(site(mode), periodPath(period)), mode === 'stemmed');
    seconds[mode].push((performance.now() - started) / 1000);
  }
}
await pagefind.close();
for (const mode of modes) writeFileSync(join(site(mode), 'index.html'), '<!doctype html><html lang="kk"><title>bench</title></html>');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const bytes = Object.fromEntries(modes.map((m) => [m, sizes(join(site(m), 'pagefind'))])) as Record<Mode, number>;
// The word index alone (the rest is mostly the pages' text, the same in both).
const wordBytes = Object.fromEntries(modes.map((m) => [m, sizes(join(site(m), 'pagefind'), /\.pf_index$/)])) as Record<Mode, number>;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`Kazakh search index of ${records.length} records (${months.length} months and the general index), ${runs} runs each:`);
// The fastest run is the one least disturbed by other work on the machine.
const fastest = (mode: Mode) => Math.min(...seconds[mode]);
for (const mode of modes) console.log(`  ${mode.padEnd(10)} fastest ${fastest(mode).toFixed(1)} s (runs ${seconds[mode].map((s) => s.toFixed(1)).join(', ')}), ${(bytes[mode] / 2 ** 20).toFixed(2)} MB, of which the word index ${kb(wordBytes[mode])}`);
const change = (after: number, before: number) => `${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(0)}%`;
console.log(`  change: ${change(fastest('stemmed'), fastest('as written'))} time (fastest runs), ${change(bytes.stemmed, bytes['as written'])} bytes, ${change(wordBytes.stemmed, wordBytes['as written'])} word index bytes`);

const { launchBrowser } = await import('../tests/support/browser.ts');
const { serveDir } = await import('../tests/support/serve.ts');
const browser = await launchBrowser();
try {
  const found: Record<Mode, Map<string, string[]>> = { 'as written': new Map(), stemmed: new Map() };
  const downloads: Record<Mode, { first: number; next: number }> = { 'as written': { first: 0, next: 0 }, stemmed: { first: 0, next: 0 } };
  for (const mode of modes) {
    const server = await serveDir(site(mode), { gzip: true });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}/`);
      const all = words.flatMap(([base, forms]) => [base, ...forms]);
      const queries = all.map((w) => (mode === 'stemmed' ? searchedWords('kk', w) : w));
      const ids = await page.evaluate(
        async ({ queries, months }) => {
          const url = '/pagefind/pagefind.js';
          const module = (await import(url)) as { createInstance(o: object): { mergeIndex(p: string): Promise<void>; search(q: string): Promise<{ results: { id: string }[] }> } };
          const pf = module.createInstance({ basePath: '/pagefind/', baseUrl: '/', noWorker: true });
          for (const m of months) await pf.mergeIndex(`/pagefind/${m}/`);
          const out: string[][] = [];
          for (const q of queries) out.push((await pf.search(q)).results.map((r) => r.id));
          return out;
        },
        { queries, months },
      );
      all.forEach((w, i) => found[mode].set(w, ids[i] ?? []));

      // What the search page downloads: a first query over the general index and the recent months, then a next one; ten results each.
      const fresh = await (await browser.newContext()).newPage();
      let wire = 0;
      const readings: Promise<unknown>[] = [];
      fresh.on('requestfinished', (request) => readings.push(request.sizes().then((s) => (wire += s.responseBodySize), () => undefined)));
      await fresh.goto(`${server.url}/`);
      await fresh.waitForLoadState('networkidle');
      while (readings.length > 0) await Promise.all(readings.splice(0));
      const recent = recentPeriods(months, asOf);
      const query = async (word: string) => {
        const before = wire;
        await fresh.evaluate(
          async ({ q, recent }) => {
            const w = window as unknown as { pf?: { mergeIndex(p: string): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } };
            if (w.pf === undefined) {
              const url = '/pagefind/pagefind.js';
              const module = (await import(url)) as { createInstance(o: object): NonNullable<typeof w.pf> };
              w.pf = module.createInstance({ basePath: '/pagefind/', baseUrl: '/', noWorker: true });
              for (const m of recent) await w.pf.mergeIndex(`/pagefind/${m}/`);
            }
            const search = await w.pf.search(q);
            await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
          },
          { q: mode === 'stemmed' ? searchedWords('kk', word) : word, recent },
        );
        await fresh.waitForLoadState('networkidle');
        while (readings.length > 0) await Promise.all(readings.splice(0));
        return wire - before;
      };
      downloads[mode].first = await query('жолдың');
      downloads[mode].next = await query('газдандыруды');
    } finally {
      await server.close();
    }
  }

  const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(4);
  console.log(`\nResults of each inflected form that the base word also finds, as a share of the base word's, over every month (goal with stemming: at least 95%):`);
  console.log(`  ${'base word'.padEnd(12)} ${'results'.padStart(16)}   forms: as written → stemmed`);
  const shares: Record<Mode, number[]> = { 'as written': [], stemmed: [] };
  for (const [base, forms] of words) {
    const line: string[] = [];
    for (const form of forms) {
      const parts = modes.map((mode) => {
        const baseIds = new Set(found[mode].get(base));
        const formIds = found[mode].get(form) ?? [];
        const share = baseIds.size === 0 ? 1 : formIds.filter((id) => baseIds.has(id)).length / baseIds.size;
        shares[mode].push(share);
        return pct(share);
      });
      line.push(`${form} ${parts.join(' → ')}`);
    }
    const counts = modes.map((m) => String(found[m].get(base)?.length ?? 0)).join(' → ');
    console.log(`  ${base.padEnd(12)} ${counts.padStart(16)}   ${line.join('; ')}`);
  }
  for (const mode of modes) {
    const s = shares[mode];
    console.log(`  ${mode}: median ${pct(median(s))}, lowest ${pct(Math.min(...s))}, ${s.filter((x) => x >= 0.95).length} of ${s.length} forms at 95% or more`);
  }
  console.log(`\nDownloaded (gzip as GitHub Pages serves it), the general index and the recent months (${recentPeriods(months, asOf).join(', ')}), ten results:`);
  for (const mode of modes) console.log(`  ${mode.padEnd(10)} first query «жолдың» ${kb(downloads[mode].first)}, next «газдандыруды» ${kb(downloads[mode].next)} (goals: under 300 KB, under 100 KB)`);

  if (values.site !== undefined) {
    const server = await serveDir(values.site, { gzip: true });
    try {
      const page = await (await browser.newContext()).newPage();
      let wire = 0;
      const readings: Promise<unknown>[] = [];
      page.on('requestfinished', (request) => readings.push(request.sizes().then((s) => (wire += s.responseBodySize), () => undefined)));
      const settle = async () => {
        await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
        await page.waitForLoadState('networkidle');
        while (readings.length > 0) await Promise.all(readings.splice(0));
      };
      await page.goto(`${server.url}/kk/search/`);
      await settle();
      const shown = wire;
      const query = async (q: string) => {
        const before = wire;
        await page.fill('#q', q);
        await settle();
        return wire - before;
      };
      const first = await query('жолдың');
      const next = await query('газдандыруды');
      console.log(`\nThe Kazakh search page of ${values.site}: the page ${kb(shown)}, first query «жолдың» ${kb(first)}, next «газдандыруды» ${kb(next)}`);
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
