/**
 * `npm run build [-- --out DIR]`: validates the content, builds the site
 * with Astro while Pagefind indexes the same content on the other core, then
 * writes the search index and proves every entry got its page and its search
 * records. KEZDESU_CONTENT=DIR builds another tree; SOURCE_DATE_EPOCH fixes
 * the build date.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { languages } from '../src/schemas/common.ts';
import { indexContent } from '../src/lib/content/indexes.ts';
import { contentRoot, type ContentSnapshot } from '../src/lib/content/load.ts';
import { loadContentInParallel } from '../src/lib/content/load-parallel.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { reconcile, reconcileApi, reconcileSearch } from '../src/lib/content/reconcile.ts';
import { contentVersion } from '../src/lib/content/version.ts';
import { compactIndex } from '../src/lib/search/compact.ts';
import { searchRecords } from '../src/lib/search/records.ts';
import { writeDataFiles } from '../src/lib/exports/write.ts';
import { writeApiFiles } from '../src/lib/exports/write-api.ts';
import { sitemapFiles } from '../src/lib/feeds/sitemap.ts';
import { computeSiteFigures } from '../src/lib/stats/site-figures.ts';
import { asOfDay } from '../src/lib/time.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = values.out;
const root = contentRoot();
const asOf = asOfDay();
const started = performance.now();
const seconds = (from = started) => ((performance.now() - from) / 1000).toFixed(1);
const fail = (message: string): never => {
  console.error(`[kezdesu] ${message}`);
  process.exit(1);
};

const { content, problems } = await loadContentInParallel(root, { asOf });
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  fail(`${problems.length} problems in ${root}: nothing was built. Fix them and build again.`);
}
console.log(`[kezdesu] ${root} is valid (${content.issues.length} issues, ${content.meetings.length} meetings) as of ${asOf}; ${seconds()} s`);

// Hand the checked content to the Astro process, so it is read and checked once per build, not twice.
const snapshot = join(mkdtempSync(join(tmpdir(), 'kezdesu-build-')), 'content.json');
const version = contentVersion(root);
writeFileSync(snapshot, JSON.stringify({ root, asOf, version, content } satisfies ContentSnapshot));

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astro = new Promise<void>((resolve, reject) => {
  const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], { stdio: 'inherit', env: { ...process.env, KEZDESU_SNAPSHOT: snapshot } });
  child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit ${code ?? signal})`))));
});

// Search records are built from the content, so Pagefind works while Astro renders. Each language is
// indexed and written on its own, so Pagefind holds one language in memory at a time.
const searchStarted = performance.now();
const searchRoot = mkdtempSync(join(tmpdir(), 'kezdesu-search-'));
const searchDir = join(searchRoot, 'pagefind');
const minutes = new Map<string, string>();
for (const m of content.minutes) minutes.set(m.meeting, `${minutes.get(m.meeting) ?? ''}\n${m.text}`);
const model = indexContent(content, asOf);
const indexed = new Map<string, number>();
const metaBytes = new Map<string, number>();
const indexing = (async () => {
  const entry: { languages: Record<string, unknown> } & Record<string, unknown> = { languages: {} };
  for (const lang of languages) {
    const { index: search, errors } = await pagefind.createIndex({});
    if (search === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const records = searchRecords(model, lang, (id) => minutes.get(id) ?? '');
    for (let i = 0; i < records.length; i += 500) {
      const responses = await Promise.all(records.slice(i, i + 500).map((r) => search.addCustomRecord(r)));
      for (const response of responses) {
        if (response.errors.length > 0) throw new Error(`Pagefind refused a record: ${response.errors.join('; ')}`);
      }
    }
    indexed.set(lang, records.length);
    // Written beside the build and moved in afterwards: Astro empties the output folder when it starts.
    const written = await search.writeFiles({ outputPath: join(searchRoot, lang) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await search.deleteIndex();
    const compacted = compactIndex(join(searchRoot, lang), lang, new Map(records.map((r) => [r.url, r.meta.date])));
    metaBytes.set(lang, compacted.metaBytesAfter);
    const part = JSON.parse(readFileSync(join(searchRoot, lang, 'pagefind-entry.json'), 'utf8')) as typeof entry;
    Object.assign(entry, part, { languages: { ...entry.languages, ...part.languages } });
    cpSync(join(searchRoot, lang), searchDir, { recursive: true });
    rmSync(join(searchRoot, lang), { recursive: true, force: true });
  }
  writeFileSync(join(searchDir, 'pagefind-entry.json'), JSON.stringify(entry));
  // Only the search API is used; Pagefind's ready-made interfaces are not published.
  for (const file of readdirSync(searchDir)) if (/ui\.(js|css)$|highlight\.js$/.test(file)) rmSync(join(searchDir, file));
  console.log(`[kezdesu] search index written in ${seconds(searchStarted)} s`);
})();

// The static API, from the same model and figures as the pages and the open data. Written once the search
// index is done, while Astro still renders on the other core, into a folder moved in after Astro has emptied
// and filled the output folder: at 30,000 issues its 35,000 files then cost the build no time.
const fileMeta = { version, asOf, license: content.site.dataLicense, siteUrl: content.site.siteUrl };
const withFigures = Object.assign(model, { figures: computeSiteFigures(model) });
const apiRoot = mkdtempSync(join(tmpdir(), 'kezdesu-api-'));
const apiWriting = indexing.then(() => {
  const apiStarted = performance.now();
  const { files, bytes } = writeApiFiles(apiRoot, withFigures, fileMeta);
  console.log(`[kezdesu] API: ${files} files, ${(bytes / 2 ** 20).toFixed(1)} MB written in ${seconds(apiStarted)} s`);
});

try {
  await Promise.all([astro, indexing, apiWriting]);
} catch (error) {
  await pagefind.close();
  rmSync(apiRoot, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(dirname(snapshot), { recursive: true, force: true });
}
await pagefind.close();
renameSync(searchDir, join(outDir, 'pagefind'));
rmSync(searchRoot, { recursive: true, force: true });
renameSync(join(apiRoot, 'api'), join(outDir, 'api'));
rmSync(apiRoot, { recursive: true, force: true });
const searchBytes = (readdirSync(join(outDir, 'pagefind'), { recursive: true, encoding: 'utf8' }) as string[])
  .map((f) => join(outDir, 'pagefind', f))
  .filter((f) => statSync(f).isFile())
  .reduce((sum, f) => sum + statSync(f).size, 0);
console.log(
  `[kezdesu] search: ${[...indexed].map(([lang, n]) => `${n} ${lang}`).join(', ')} records, ` +
    `${(searchBytes / 2 ** 20).toFixed(1)} MB index, metadata ${[...metaBytes].map(([lang, n]) => `${(n / 1024).toFixed(0)} KB ${lang}`).join(', ')}`,
);

// Open data: the same model the pages were built from.
const dataFiles = writeDataFiles(outDir, withFigures, fileMeta);
console.log(`[kezdesu] open data: ${dataFiles} files in ${outDir}/data`);

// Sitemap of every page (not the 404 page, nor the redirect at /) and robots.txt.
const pagePaths = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
  .map((f) => f.split(sep).join('/'))
  .filter((f) => f.endsWith('/index.html') && !f.startsWith('pagefind/'))
  .map((f) => `/${f.slice(0, -'index.html'.length)}`);
for (const file of sitemapFiles(pagePaths, content.site.siteUrl, asOf)) writeFileSync(join(outDir, file.name), file.text);

// Nothing lost: every entry has its page in every language, and its search record.
const check = reconcile(content, outDir);
if (check.missing.length > 0 || check.orphaned.length > 0) {
  for (const p of check.missing.slice(0, 20)) console.error(`missing page: ${p}`);
  for (const p of check.orphaned.slice(0, 20)) console.error(`page without content: ${p}`);
  fail(`${check.missing.length} pages missing, ${check.orphaned.length} without content: the site does not match its content.`);
}
// Every issue, meeting, region, district and measure page is in the search index as written, in its language.
const searchCheckStarted = performance.now();
const searchCheck = reconcileSearch(content, outDir);
if (searchCheck.missing.length > 0 || searchCheck.orphaned.length > 0) {
  for (const p of searchCheck.missing.slice(0, 20)) console.error(`missing from search: ${p}`);
  for (const p of searchCheck.orphaned.slice(0, 20)) console.error(`in search without content: ${p}`);
  fail(`${searchCheck.missing.length} pages missing from search, ${searchCheck.orphaned.length} in search without content: the search index does not match the content.`);
}
const searchCheckSeconds = seconds(searchCheckStarted);
// Every issue, meeting and region has its API document, listed once in the API index.
const apiCheck = reconcileApi(content, outDir);
if (apiCheck.missing.length > 0 || apiCheck.orphaned.length > 0) {
  for (const p of apiCheck.missing.slice(0, 20)) console.error(`missing API document: ${p}`);
  for (const p of apiCheck.orphaned.slice(0, 20)) console.error(`API document without content: ${p}`);
  fail(`${apiCheck.missing.length} API documents missing, ${apiCheck.orphaned.length} without content: the API does not match its content.`);
}
console.log(`[kezdesu] built ${outDir}: all ${check.expected} content pages present, none without content, all ${searchCheck.expected} in search (read back in ${searchCheckSeconds} s); ${seconds()} s`);
