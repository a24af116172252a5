/**
 * The work of the build, split into shards (see `shards.ts`). Each unit of
 * work keeps its output in the cache with the hash of the inputs it was
 * built from (`inputs.ts`): a later build whose inputs for that unit are the
 * same reuses it, so a one-issue change rebuilds only the units it touches.
 * `runShard` builds a shard's stale units; the build script's merge places
 * every unit's files into `dist/` and proves it complete.
 *
 * Layout of the work folder (`--work`, by default `.cache/shards/<out>`):
 *   snapshot.json            the checked content, asOf, version and page versions
 *   plan-N.json              the units of each of N shards, their inputs, the regions
 *   pages-K-of-N.json        the part of the content shard K's pages and API documents show (regions' shards),
 *                            with the rows of the lists by category and measure it renders (`rows`)
 *   rows/K-of-N/<list>/P.json the rows of page P of a list by category or measure, for shard K (list-rows.ts)
 *   records/<unit>.json      the records of each search unit, as Pagefind gets them
 *   units/<unit>/            a unit's `unit.json`, and its output (`search/`, `files/`) but for pages
 *   units/pages-K-of-N-<t>/  the pages one Astro run rendered (`site/`), for the units that list them
 *   N/K/done.json            what shard K of N built and what it reused
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexContent, type ContentIndex } from '../content/indexes.ts';
import type { Minutes } from '../content/load.ts';
import { minutesText } from '../content/load-parallel.ts';
import { readSnapshotAndList, readSnapshotFile } from '../json-file.ts';
import { issueWithoutText } from '../issues/across.ts';
import type { Issue } from '../../schemas/issue.ts';
import { writeApiFiles } from '../exports/write-api.ts';
import { writeDataFiles } from '../exports/write.ts';
import { compactFiles } from '../search/compact.ts';
import { generalPeriod } from '../search/periods.ts';
import { stemKazakhText } from '../search/kazakh-stem.ts';
import { stemmedHere } from '../search/query-words.ts';
import type { SearchRecord } from '../search/records.ts';
import { showOriginalWords } from '../search/shown-words.ts';
import { computeSiteFigures, type SiteFigures } from '../stats/site-figures.ts';
import { astroStart, keyOfFile, pageKeys, regionsContent, splitPages, unitName, type Shard, type Unit } from './shards.ts';
import type { Language } from '../../vocabularies.ts';
import { once } from '../once.ts';

/** What a shard did: which of its units it built and which it found built already for the same inputs. */
export interface ShardDone {
  shard: string;
  rebuilt: string[];
  reused: string[];
}

/** What a unit's folder holds beside its output: the inputs it was built from, and what the merge reports. */
export interface UnitDone {
  unit: string;
  inputs: string;
  /** Search records written (search units). */
  records?: number;
  /** Metadata bytes of the search index after compaction (search units). */
  metaBytes?: number;
  /** What the search index holds, read back from its files as soon as they were written (search units; see indexed.ts). */
  indexed?: { pages: Record<string, string[]>; broken: string[] };
  /**
   * Pages units: the folder under `units/` that holds the pages (`site/`) of the Astro run that rendered them,
   * shared with the other units of that run, and this unit's files in it. One run's files stay where it wrote
   * them: sorting some 300,000 files into a folder per unit cost a rename and a folder each.
   */
  pages?: { batch: string; files: string[] };
  seconds: number;
}

/** The plan of a build as every shard reads it. */
export interface Plan {
  shards: Shard[];
  /** Inputs hash of every unit, by unit name. */
  inputs: Record<string, string>;
  /** Regions' KATO codes, to tell which region a page belongs to. */
  regions: { kato: string; slug: string }[];
}

export function shardDir(work: string, k: number, n: number): string {
  return join(work, String(n), String(k));
}

/** A unit's folder in the cache: its output (`site/`, `search/`, `files/`) and `unit.json`. */
export function unitDir(work: string, name: string): string {
  return join(work, 'units', name.replaceAll(':', '-'));
}

/** The unit's record as it was last built, else undefined. */
export function unitRecord(work: string, name: string): UnitDone | undefined {
  const file = join(unitDir(work, name), 'unit.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as UnitDone) : undefined;
}

/** The unit's record when it was built for exactly these inputs, else undefined. */
export function builtUnit(work: string, name: string, inputs: string): UnitDone | undefined {
  const done = unitRecord(work, name);
  return done?.inputs === inputs ? done : undefined;
}

/** The folder of a pages unit's files: its Astro run's `site/`. */
export function pagesFolder(work: string, pages: { batch: string }): string {
  return join(work, 'units', pages.batch, 'site');
}

/**
 * Removes a unit's last output before it is built again: its folder, and for
 * pages its files in the folder of the run that rendered them (the run's
 * folder goes when its last unit has gone).
 */
function dropUnit(work: string, name: string): void {
  const before = unitRecord(work, name)?.pages;
  if (before !== undefined) removePlaced(pagesFolder(work, before), before.files, join(work, 'units'));
  rmSync(unitDir(work, name), { recursive: true, force: true });
}

function finishUnit(work: string, done: UnitDone): void {
  writeFileSync(join(unitDir(work, done.unit), 'unit.json'), `${JSON.stringify(done, null, 1)}\n`);
}

const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

/**
 * The heap an Astro run may take, in MB, for a snapshot of `bytes`: eight times
 * the snapshot, and never less than 768 MB. Left to itself, V8 lets the heap
 * of a run that renders hundreds of thousands of pages grow far past what it
 * holds live before it collects; the cap makes it collect sooner. What a run
 * holds live after a full collection was measured at about 50 MB and four
 * times its snapshot: a shard of three regions at 30,000 issues (27 MB) 151 MB,
 * core's pages at 100,000 issues (142 MB) 584 MB (which failed with a cap of
 * 640 MB and rendered with 768 MB). Eight times leaves twice that; the floor
 * is room for Astro's own work on a small snapshot. Most of an Astro run's
 * memory is outside this heap (about 550 MB, whatever the content).
 */
export function astroHeapMb(bytes: number): number {
  return Math.max(768, Math.ceil((bytes * 8) / 2 ** 20));
}

/**
 * The heap the checking of the content may take, in MB, for a content tree
 * whose JSON files (`jsonBytes`: what the checking holds; the minutes' HTML
 * and text are kept on disk) take `bytes`: four times those, and never less
 * than 1 GB. Left to itself, V8 let the heap grow far past what is live while
 * the search records were made and dropped, one at a time, before it
 * collected. At 100,000 issues (296 MB of JSON) the checking holds 545 MB
 * live once loaded and at most 623 MB while it prepares: capped at 1,186 MB
 * it peaked at 1,366 MB in 126 s, capped at 1,620 MB at 1,626 MB in 119 s.
 */
export function preparationHeapMb(bytes: number): number {
  return Math.max(1024, Math.ceil((bytes * 4) / 2 ** 20));
}

/** The bytes of every JSON file under `root`. */
export function jsonBytes(root: string): number {
  let sum = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) if (entry.isFile() && entry.name.endsWith('.json')) sum += statSync(join(entry.parentPath, entry.name)).size;
  return sum;
}

/** The Astro runs under way in this process: a shard that fails stops them. */
const astroRuns = new Set<ChildProcess>();

/**
 * Renders the pages of `keys` with Astro into `outDir`, in a process of its own, its heap capped for the size of
 * the snapshot it reads (`astroHeapMb`).
 */
function renderPages(snapshot: string, keys: string[], outDir: string): Promise<void> {
  const astroBin = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${astroHeapMb(statSync(snapshot).size)}`, astroBin, 'build', '--outDir', outDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, KEZDESU_SNAPSHOT: snapshot, KEZDESU_SHARD_KEYS: keys.join(',') },
    });
    // Astro's own progress lines are many; keep its last ones for an error.
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    });
    // Stopped by the build (another shard failed): Astro is stopped with it, not left running.
    const stop = () => {
      child.kill();
      process.exit(143);
    };
    process.once('SIGTERM', stop);
    astroRuns.add(child);
    child.on('close', (code, signal) => {
      astroRuns.delete(child);
      process.off('SIGTERM', stop);
      if (code === 0) resolve();
      else reject(new Error(`astro build failed (exit ${code ?? signal}) for ${keys.join(', ')}:\n${tail}`));
    });
  });
}

/**
 * Writes the search index of one language and period into `outDir` and returns
 * its record count and metadata bytes. Only the general index keeps Pagefind's
 * script and WebAssembly: the search page loads them from there and merges the
 * months' indexes into it. A language the site stems itself (Kazakh; `stem`
 * says otherwise only for the benchmark's index as written) is indexed from
 * its stemmed text, and its fragments then get the text as written back, for
 * the excerpts (query-words.ts, shown-words.ts).
 */
export async function writeSearch(
  records: SearchRecord[],
  lang: Language,
  period: string,
  outDir: string,
  stem = stemmedHere[lang],
): Promise<{ records: number; metaBytes: number; urls: string[] }> {
  const { index: search, errors } = await pagefind.createIndex({});
  if (search === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (let i = 0; i < records.length; i += 500) {
    const responses = await Promise.all(records.slice(i, i + 500).map((r) => search.addCustomRecord(stem ? { ...r, content: stemKazakhText(r.content) } : r)));
    for (const response of responses) {
      if (response.errors.length > 0) throw new Error(`Pagefind refused a record: ${response.errors.join('; ')}`);
    }
  }
  // The files in memory — for a stemmed language their fragments given back the text as written —, their pages
  // renamed by date (compact.ts), then each written once. Only the search API is used: Pagefind's ready-made
  // interfaces are not published, and only the general index keeps its script and WebAssembly.
  const got = await search.getFiles();
  if (got.errors.length > 0) throw new Error(`Pagefind could not give its index: ${got.errors.join('; ')}`);
  await search.deleteIndex();
  const files = stem ? showOriginalWords(got.files, lang, new Map(records.map((r) => [r.url, r.content]))) : got.files;
  const compacted = compactFiles(files, lang, new Map(records.map((r) => [r.url, r.meta.date])));
  const unused = period === generalPeriod ? /^[^/]*(ui\.(js|css)|highlight\.js)$/ : /^[^/]*(\.js|\.css)$|^wasm\./;
  const made = new Set<string>();
  for (const file of compacted.files) {
    if (unused.test(file.path)) continue;
    const target = join(outDir, file.path);
    if (!made.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      made.add(dirname(target));
    }
    writeFileSync(target, file.content);
  }
  return { records: records.length, metaBytes: compacted.metaBytesAfter, urls: compacted.urls };
}

/**
 * Runs one shard: the units whose inputs changed since they were last built
 * (all of them on a first build), the others reused as they are. Its pages
 * in one Astro run whose files are then sorted into their units' folders;
 * its search indexes and files in this process. Beside other shards on one
 * machine, the indexes and files are made after Astro has ended and freed its
 * memory. With `overlap` (a shard on a machine of its own, with cores to
 * spare: Astro renders on one), they are made while Astro renders, and some
 * of the pages may be rendered in a second Astro run after them (`splitPages`,
 * with `start` the cost of starting a run).
 */
export async function runShard(snapshots: { full: string; pages: string; records: string }, plan: Plan, k: number, work: string, log: (line: string) => void, overlap = false, start = astroStart): Promise<ShardDone> {
  const n = plan.shards.length;
  const shard = plan.shards[k - 1];
  if (shard === undefined) throw new Error(`the plan has no shard ${k} of ${n}`);
  const name = `${k}/${n}`;
  const dir = shardDir(work, k, n);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const inputsOf = (unit: Unit) => plan.inputs[unitName(unit)] ?? '';
  const stale = shard.units.filter((u) => builtUnit(work, unitName(u), inputsOf(u)) === undefined);
  const done: ShardDone = { shard: name, rebuilt: stale.map(unitName), reused: shard.units.filter((u) => !stale.includes(u)).map(unitName) };
  log(`shard ${name}: ${done.rebuilt.length > 0 ? `building ${done.rebuilt.join(', ')}` : 'nothing to build'}${done.reused.length > 0 ? `; reusing ${done.reused.join(', ')}` : ''}`);
  // Within npm run build, the process that started this one places each unit's files in the site as soon as the unit is ready.
  const ready = (unit: string) => process.send?.({ ready: unit });
  for (const unit of done.reused) ready(unit);
  const keys = pageKeys({ ...shard, units: stale });
  /** Renders the pages of `keys` in one Astro run; `run` tells apart two runs of one shard. */
  const renderRun = async (keys: string[], run: string): Promise<void> => {
    if (keys.length === 0) return;
    const started = performance.now();
    // Rendered inside the project: for an output folder outside it, Astro keeps its intermediate
    // modules in the project's own .astro/, which two shards running at once would share.
    const rendered = fileURLToPath(new URL(`../../../.cache/render/${k}-of-${n}-${process.pid}${run}/`, import.meta.url));
    rmSync(rendered, { recursive: true, force: true });
    await renderPages(snapshots.pages, keys, rendered);
    // Each file belongs to its page key's unit and stays where Astro wrote it; what the run wrote for a key it was
    // not asked for (the stylesheet and public files every Astro run writes) is core's, and core keeps its own copy.
    const byKey = new Map<string, string[]>(keys.map((key) => [key, []]));
    for (const file of filesUnder(rendered)) {
      const list = byKey.get(keyOfFile(file.split(sep).join('/'), plan.regions));
      if (list === undefined) rmSync(join(rendered, file));
      else list.push(file);
    }
    for (const key of keys) dropUnit(work, `pages:${key}`);
    const batch = `pages-${k}-of-${n}-${Date.now().toString(36)}${run}`;
    const into = pagesFolder(work, { batch });
    mkdirSync(dirname(into), { recursive: true });
    moveFile(rendered, into);
    const took = seconds(started);
    for (const key of keys) {
      mkdirSync(unitDir(work, `pages:${key}`), { recursive: true });
      finishUnit(work, { unit: `pages:${key}`, inputs: plan.inputs[`pages:${key}`] ?? '', pages: { batch, files: byKey.get(key) ?? [] }, seconds: took });
      ready(`pages:${key}`);
    }
    log(`shard ${name}: pages of ${keys.join(', ')} in ${took} s`);
  };
  // Search units first, which read only their records; then what reads the content, the whole of it last: the
  // snapshot a unit reads stays in memory until the shard ends, and is not held while the others run.
  const order: Record<Unit['kind'], number> = { pages: 0, search: 1, api: 2, data: 3 };
  const others = stale.filter((u) => u.kind !== 'pages').sort((a, b) => order[a.kind] - order[b.kind]);
  const buildOthers = async (): Promise<void> => {
    if (others.length === 0) return;
    // Each kind of unit reads only what it needs, once: a search unit its records, a region's API documents the
    // part of the content this shard's pages show (the plan keeps them in one shard), open data the whole content
    // without the issues' text, and each issue whole one at a time.
    // API documents and open data say whether a meeting has minutes, and in which languages; not their text.
    const full = once(() => readSnapshotFile(snapshots.full, { minutesText: false }));
    const pages = once(() => readSnapshotFile(snapshots.pages, { minutesText: false }));
    for (const unit of others) {
      const started = performance.now();
      const folder = unitDir(work, unitName(unit));
      dropUnit(work, unitName(unit));
      mkdirSync(folder, { recursive: true });
      const result: UnitDone = { unit: unitName(unit), inputs: inputsOf(unit), seconds: 0 };
      if (unit.kind === 'search') {
        const records = JSON.parse(readFileSync(recordsFile(snapshots.records, unitName(unit)), 'utf8')) as SearchRecord[];
        // One month's index is small (Pagefind holds it whole in memory: 1.6 GB for a language's 35,000 records in one
        // index, tens of MB for a month's), so shards on one machine index at the same time.
        const written = await writeSearch(records, unit.lang, unit.period, join(folder, 'search'));
        // What the index holds, as its metadata lists it and its fragments say; the merge checks every unit's pages against the content.
        Object.assign(result, { records: written.records, metaBytes: written.metaBytes, indexed: { pages: { [unit.lang]: written.urls }, broken: [] } });
      } else if (unit.kind === 'api') {
        // A region's documents from its part of the content, carrying the version its pages show.
        // The plan puts a region's API documents in the shard of its pages; run on their own, they read the whole content.
        const snapshot = pageKeys(shard).includes(unit.key) ? pages() : full();
        const part = indexContent(regionsContent(snapshot.content, new Set([unit.key])), snapshot.asOf);
        const withFigures: ContentIndex & { figures: SiteFigures } = Object.assign(part, { figures: computeSiteFigures(part) });
        const meta = { version: snapshot.versions?.[unit.key] ?? snapshot.version, asOf: snapshot.asOf, license: snapshot.content.site.dataLicense, siteUrl: snapshot.content.site.siteUrl };
        writeApiFiles(join(folder, 'files'), withFigures, meta, { region: unit.key });
      } else {
        // Open data and the country's API documents read every issue without its text: figures, accountability,
        // the API's index and every dataset but the issues' own come from the issues' facts (across.ts). The
        // issues' datasets are written from each issue read whole again from the snapshot, one at a time, by the
        // place in the file that the first read noted.
        const { snapshot, list: whole } = readSnapshotAndList(snapshots.full, { minutesText: false, issues: issueWithoutText }, 'issues');
        try {
          const model = indexContent(snapshot.content, snapshot.asOf);
          const withFigures: ContentIndex & { figures: SiteFigures } = Object.assign(model, { figures: computeSiteFigures(model) });
          const meta = { version: snapshot.version, asOf: snapshot.asOf, license: snapshot.content.site.dataLicense, siteUrl: snapshot.content.site.siteUrl };
          writeApiFiles(join(folder, 'files'), withFigures, meta, 'national');
          const place = new Map(snapshot.content.issues.map((issue, i) => [issue.id, i]));
          writeDataFiles(join(folder, 'files'), withFigures, meta, (issue) => whole.at(place.get(issue.id) ?? -1) as Issue);
        } finally {
          whole.close();
        }
      }
      result.seconds = seconds(started);
      finishUnit(work, result);
      ready(result.unit);
      log(`shard ${name}: ${unitName(unit)} in ${result.seconds} s`);
    }
    await pagefind.close();
  };
  if (overlap) {
    // Two lanes: Astro renders on one core while the rest is made on the other, and then, when the split ends
    // sooner, renders the rest of the pages there (`splitPages`).
    const cost = (unit: Unit) => shard.costs[shard.units.indexOf(unit)] ?? 0;
    const { first, second } = splitPages(
      stale.flatMap((unit) => (unit.kind === 'pages' ? [{ key: unit.key, cost: cost(unit) }] : [])),
      others.reduce((sum, unit) => sum + cost(unit), 0),
      start,
    );
    if (second.length > 0) log(`shard ${name}: pages of ${second.join(', ')} in a second Astro run, once the rest is made`);
    try {
      await Promise.all([renderRun(first, ''), buildOthers().then(() => renderRun(second, '-2'))]);
    } catch (error) {
      // One lane failed: the shard fails, and no Astro run of the other is left running.
      for (const child of astroRuns) child.kill();
      throw error;
    }
  } else {
    await renderRun(keys, '');
    await buildOthers();
  }
  writeFileSync(join(dir, 'done.json'), `${JSON.stringify(done, null, 1)}\n`);
  return done;
}

/**
 * Keeps in the cache only the given units (a runner's own shard's) and the
 * pages their records list: every other unit's folder goes, and from the
 * folders of the Astro runs that rendered their pages, every other file.
 */
export function pruneUnits(work: string, own: readonly string[]): void {
  const units = join(work, 'units');
  const kept = new Set(own.map((u) => basename(unitDir(work, u))));
  const listed = new Map<string, Set<string>>();
  for (const unit of own) {
    const pages = unitRecord(work, unit)?.pages;
    if (pages === undefined) continue;
    kept.add(pages.batch);
    if (!listed.has(pages.batch)) listed.set(pages.batch, new Set());
    for (const file of pages.files) listed.get(pages.batch)?.add(file);
  }
  for (const folder of existsSync(units) ? readdirSync(units) : []) if (!kept.has(folder)) rmSync(join(units, folder), { recursive: true, force: true });
  for (const [batch, files] of listed) {
    const site = pagesFolder(work, { batch });
    removePlaced(site, filesUnder(site).filter((file) => !files.has(file)));
  }
}

/** The file of a search unit's records in the records folder the build's preparation wrote. */
export function recordsFile(folder: string, unit: string): string {
  return join(folder, `${unit.replaceAll(':', '-')}.json`);
}

/**
 * The text of a meeting's minutes, as search indexes it: each language's after a line break, in the content's
 * order; read when asked for from where the checking kept it, so that no more than a meeting's is held.
 */
export function minutesByMeeting(minutes: readonly Minutes[]): (meeting: string) => string {
  const byMeeting = new Map<string, Minutes[]>();
  for (const m of minutes) byMeeting.set(m.meeting, [...(byMeeting.get(m.meeting) ?? []), m]);
  return (meeting) => (byMeeting.get(meeting) ?? []).map((m) => `\n${minutesText(m)}`).join('');
}

/** Moves a file or folder, copying it when the two places are on different file systems. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true });
  }
}

/** Every file under root, relative to it; one directory read per folder, no file is stat'ed. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/**
 * Where a placed file came from: the folder it was placed from, and the folder of the site that folder went into
 * (one such object per folder placed, shared by all its files, so that the map of a merge's 300,000 files holds
 * only their paths in the site).
 */
export type PlacedFrom = { from: string; under?: string };

/**
 * Puts every file of `folder.from` at the same place under the site's folder
 * `folder.under` (the site itself if none) in `outDir`, as a hard link when
 * the file system allows (the unit's copy stays in the cache for the next
 * build; neither is ever written to again, a rebuilt unit gets new files),
 * else a copy. A file two units both wrote must have the same bytes in both;
 * a file already in `outDir` that no unit of this merge placed is an error.
 * `placed` maps each file placed so far, relative to the site, to where it came from.
 * `listed` names the files of `from` to place, when they are known (else every file there).
 * Returns the files placed, relative to the site.
 */
export function placeFiles(outDir: string, folder: PlacedFrom, placed: Map<string, PlacedFrom>, skip?: (file: string) => boolean, listed?: readonly string[]): string[] {
  const files: string[] = [];
  const made = new Set<string>();
  for (const file of listed ?? filesUnder(folder.from)) {
    if (skip?.(file) === true) continue;
    const inSite = folder.under === undefined ? file : join(folder.under, file);
    const target = join(outDir, inSite);
    const source = join(folder.from, file);
    const earlier = placed.get(inSite);
    if (earlier !== undefined) {
      const earlierSource = join(earlier.from, earlier.under === undefined ? inSite : relative(earlier.under, inSite));
      if (!readFileSync(earlierSource).equals(readFileSync(source))) throw new Error(`${inSite.split(sep).join('/')} differs between ${earlierSource} and ${source}: two shards rendered one page differently`);
      continue;
    }
    const into = dirname(target);
    if (!made.has(into)) {
      mkdirSync(into, { recursive: true });
      made.add(into);
    }
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${target} is there already: another unit placed it in an earlier merge`);
      copyFileSync(source, target);
    }
    placed.set(inSite, folder);
    files.push(inSite);
  }
  return files;
}

/**
 * As `placeFiles`, but moves each file rather than linking it, and a folder
 * whole (one rename for all its files) where the site has no folder of that
 * name yet and the folder holds only the unit's files: from `owned` levels
 * down (1 for a folder of the unit's own, 3 for that of an Astro run, which
 * holds the files of each page key it rendered: `keyDepth`). A file two units
 * both wrote must have the same bytes in both. `present` holds the folders of
 * the site made so far, relative to it. For a merge whose units are not kept
 * for another build: the folders they are moved from are used up.
 */
export function moveFiles(outDir: string, folder: PlacedFrom & { owned: number }, placed: Map<string, PlacedFrom>, present: Set<string>, skip?: (file: string) => boolean, listed?: readonly string[]): string[] {
  const files: string[] = [];
  const { from, under } = folder;
  const mark = (dir: string) => {
    for (let d = dir; d !== '.' && d !== '' && !present.has(d); d = dirname(d)) present.add(d);
  };
  if (under !== undefined && !present.has(under)) {
    mkdirSync(join(outDir, under), { recursive: true });
    mark(under);
  }
  // The folders of `from` moved whole: every file under one of them went with it.
  const moved = new Set<string>();
  for (const file of listed ?? filesUnder(from)) {
    if (skip?.(file) === true) continue;
    const inSite = under === undefined ? file : join(under, file);
    if (placed.has(inSite)) {
      if (!readFileSync(join(outDir, inSite)).equals(readFileSync(join(from, file)))) throw new Error(`${inSite.split(sep).join('/')} differs between ${join(outDir, inSite)} and ${join(from, file)}: two shards rendered one page differently`);
      continue;
    }
    const parts = file.split(sep);
    let taken = false;
    let rel = '';
    for (let depth = 1; depth < parts.length; depth++) {
      rel = depth === 1 ? (parts[0] as string) : `${rel}${sep}${parts[depth - 1] as string}`;
      if (moved.has(rel)) {
        taken = true;
        break;
      }
      const inSiteDir = under === undefined ? rel : join(under, rel);
      if (present.has(inSiteDir)) continue;
      if (depth >= folder.owned) {
        renameSync(join(from, rel), join(outDir, inSiteDir));
        moved.add(rel);
        taken = true;
        break;
      }
      mkdirSync(join(outDir, inSiteDir), { recursive: true });
      present.add(inSiteDir);
    }
    if (!taken) renameSync(join(from, file), join(outDir, inSite));
    mark(dirname(inSite));
    placed.set(inSite, folder);
    files.push(inSite);
  }
  return files;
}

/**
 * Removes files (relative to `root`) and each folder they leave empty, up to
 * `upTo` (by default `root`, which stays).
 */
export function removePlaced(root: string, files: readonly string[], upTo: string = root): void {
  const top = resolve(upTo);
  const folders = new Set<string>();
  for (const file of files) {
    const path = resolve(root, file);
    rmSync(path, { force: true });
    for (let folder = dirname(path); folder.length > top.length && folder.startsWith(top) && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: other units' files are there.
    }
  }
}

/** What a merge placed in its output folder: each unit's inputs and files (relative to the folder). */
export interface Placement {
  out: string;
  units: Record<string, { inputs: string; files: string[] }>;
  /**
   * Only while a build is under way: the shards' units are placed, the merge has not yet
   * written the search entry files and the sitemap. How many units were replaced, and
   * whether the folder was filled from nothing.
   */
  progress?: { replaced: number; fresh: boolean };
}

/** A unit's files to place: folders of its cached output, each put under `under` (relative to the output folder) if given. */
export interface UnitFiles {
  unit: string;
  inputs: string;
  /** `owned`: see `moveFiles`; 1 unless given. */
  folders: { from: string; under?: string; skip?: (file: string) => boolean; files?: readonly string[]; owned?: number }[];
}

/**
 * Places units' files in an output folder, a batch at a time (the units of
 * each shard as it ends, while the others still run). Given the placement of
 * the last merge into the same folder and every unit of this build with its
 * inputs, it first removes the files of every unit replaced or gone, and
 * counts those of every reused unit as placed; then each batch places the
 * replaced units. So a file several units write (Pagefind's worker, the
 * stylesheet) stays with the unit that placed it last time, in whatever
 * order this build meets the units.
 */
export class Placer {
  readonly placement: Placement;
  replaced = 0;
  private readonly placed = new Map<string, PlacedFrom>();
  private readonly done = new Set<string>();
  private readonly previous: Placement | undefined;
  private readonly outDir: string;
  /** With `move`, the folders of the site made so far (see `moveFiles`). */
  private readonly present: Set<string> | undefined;

  /**
   * With `move`, the units' files are moved into the site, not linked: into an empty folder only, from units
   * used up by it (a merge's runner, which keeps no cache).
   */
  constructor(outDir: string, units: readonly { unit: string; inputs: string }[], previous?: Placement, move = false) {
    if (move && previous !== undefined) throw new Error('the units are moved only into an empty folder, not into the last merge\'s');
    this.present = move ? new Set() : undefined;
    if (move) mkdirSync(outDir, { recursive: true });
    this.outDir = outDir;
    const out = resolve(outDir);
    this.placement = { out, units: {} };
    this.previous = previous;
    if (previous === undefined) return;
    const current = new Set(units.map((u) => u.unit));
    for (const [name, before] of Object.entries(previous.units)) if (!current.has(name)) removePlaced(out, before.files);
    for (const unit of units) {
      const before = previous.units[unit.unit];
      if (before === undefined) continue;
      if (before.inputs === unit.inputs) {
        const site: PlacedFrom = { from: outDir };
        for (const file of before.files) this.placed.set(file, site);
        this.placement.units[unit.unit] = before;
      } else removePlaced(out, before.files);
    }
  }

  /** Places the units not placed already (by the last merge with the same inputs, or by this placer); returns the files placed. */
  place(units: readonly UnitFiles[]): number {
    let count = 0;
    for (const unit of units) {
      const before = this.previous?.units[unit.unit];
      if (before !== undefined && before.inputs === unit.inputs) continue;
      if (this.done.has(unit.unit)) continue;
      this.done.add(unit.unit);
      this.replaced += 1;
      const files: string[] = [];
      for (const folder of unit.folders) {
        const placed =
          this.present === undefined
            ? placeFiles(this.outDir, { from: folder.from, under: folder.under }, this.placed, folder.skip, folder.files)
            : moveFiles(this.outDir, { from: folder.from, under: folder.under, owned: folder.owned ?? 1 }, this.placed, this.present, folder.skip, folder.files);
        for (const file of placed) files.push(file);
      }
      this.placement.units[unit.unit] = { inputs: unit.inputs, files };
      count += files.length;
    }
    return count;
  }
}

/** Places the units' files in `outDir` at once; see `Placer`. */
export function placeUnits(units: readonly UnitFiles[], outDir: string, previous?: Placement): { placement: Placement; replaced: number } {
  const placer = new Placer(outDir, units, previous);
  placer.place(units);
  return { placement: placer.placement, replaced: placer.replaced };
}
