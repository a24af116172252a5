/**
 * `npm run build [-- --out DIR] [--shards N] [--jobs J]`: validates the
 * content, splits the build into N shards (pages by region, the pages that
 * cut across regions, search by language and month, open data and API; see
 * src/lib/build/shards.ts), runs them J at a time, each its own process, then
 * merges them into DIR and proves every entry got its page, its search record
 * and its API document.
 *
 * The same shards run separately, on one machine or several:
 *   npm run build -- --shard K/N [--work W] [--prune]   one shard's units, into W/units/
 *   npm run build -- --merge --shards N [--work W] [--out DIR]
 * each checking the content first; or with the content checked once, and what
 * each shard and the merge read handed on to them (the publishing workflow):
 *   npm run build -- --prepare --shards N [--work W]     checks, writes every shard's inputs into W
 *   npm run build -- --inputs K/N | merge [--work W]     lists the files of W that shard K (or the merge) reads
 *   npm run build -- --shard K/N --prepared [--work W]   shard K from those files only
 *   npm run build -- --merge --shards N --prepared [--work W] [--out DIR] [--move]
 * --move moves the units' files into DIR rather than linking them, and uses up
 * W's units: for a merge's runner, which keeps no cache.
 * A unit whose inputs (its content, the code, the build day) are those it was
 * last built from is reused from W (by default .cache/shards/<out>); --prune
 * drops the units of other shards from W, for a runner that builds one shard.
 * KEZDESU_CONTENT=DIR builds another tree; SOURCE_DATE_EPOCH fixes the build date.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { indexContent, type ContentIndex } from '../src/lib/content/indexes.ts';
import { contentRoot, minutesWithoutText, type ContentSnapshot, type Minutes } from '../src/lib/content/load.ts';
import { loadContentInParallel, minutesJsonWithText } from '../src/lib/content/load-parallel.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { expectationsFor, reconcileApiPaths, reconcileDataRows, reconcileIndexedPages, reconcilePages, type Expectations } from '../src/lib/content/reconcile.ts';
import { sitemapFiles } from '../src/lib/feeds/sitemap.ts';
import { JsonText, writeSnapshotFile } from '../src/lib/json-file.ts';
import { codeHash, contentHashes, regionVersion, type ContentHashes } from '../src/lib/build/inputs.ts';
import { astroStart, coreKey, crossKeys, keyDepth, pageKeys, parseShard, planShards, regionsContent, runsAlone, shardsFor, unitCosts, unitName, type Shard, type Unit, type Where } from '../src/lib/build/shards.ts';
import { rowKeys, writeListRows } from '../src/lib/build/list-rows.ts';
import { issueWithoutText, issuesShownAcross } from '../src/lib/issues/across.ts';
import type { Issue } from '../src/schemas/issue.ts';
import { runPool, type Running } from '../src/lib/build/pool.ts';
import { searchUnits } from '../src/lib/build/search-units.ts';
import { builtUnit, minutesByMeeting, pagesFolder, Placer, preparationHeapMb, pruneUnits, recordsFile, jsonBytes, unitRecord, runShard, type Placement, type UnitFiles, shardDir, unitDir, type Plan, type ShardDone, type UnitDone } from '../src/lib/build/work.ts';
import { generalPeriod, periodPath } from '../src/lib/search/periods.ts';
import { asOfDay } from '../src/lib/time.ts';
import { languages } from '../src/vocabularies.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    work: { type: 'string' },
    shards: { type: 'string' },
    shard: { type: 'string' },
    jobs: { type: 'string' },
    merge: { type: 'boolean', default: false },
    prepared: { type: 'boolean', default: false },
    prune: { type: 'boolean', default: false },
    // With --merge: move the units' files into the site rather than link them, using up the work folder's units
    // (the publishing workflow's merge runner, which keeps no cache).
    move: { type: 'boolean', default: false },
    prepare: { type: 'boolean', default: false },
    inputs: { type: 'string' },
    // With --prepare: write only what shard K reads (a runner of its own); 0 for none (the merge's runner).
    'for-shard': { type: 'string' },
    // With --prepare: the plan of npm run build, whose shards run together on this machine (see Where in shards.ts).
    // Without it, the preparation plans for runners of their own, as --shard K/N and --merge are run.
    together: { type: 'boolean', default: false },
  },
});
// Where the shards run: npm run build's own preparation plans for one machine, every step run by hand for runners.
const where: Where = values.together ? 'together' : 'apart';
const outDir = values.out;
const work = resolve(values.work ?? join('.cache', 'shards', basename(resolve(outDir))));
const snapshotPath = join(work, 'snapshot.json');
// What the merge checks the site against, written by the preparation.
const expectationsPath = join(work, 'expected.json');
const rowsFolder = join(work, 'rows');
// Each search unit's records, written by the preparation for the shard that indexes them.
const recordsFolder = join(work, 'records');
// How many shards the preparation wrote the inputs of.
const preparedPath = join(work, 'prepared.json');
const preparedShards = (): number | undefined => (existsSync(preparedPath) ? (JSON.parse(readFileSync(preparedPath, 'utf8')) as { shards: number }).shards : undefined);
// The steps of one build count their seconds from the moment it started.
const started = Number(process.env.KEZDESU_BUILD_STARTED ?? Date.now());
process.env.KEZDESU_BUILD_STARTED = String(started);
const seconds = (from = started) => ((Date.now() - from) / 1000).toFixed(1);
const log = (line: string) => console.log(`[kezdesu] ${line}`);
const fail = (message: string): never => {
  console.error(`[kezdesu] ${message}`);
  process.exit(1);
};
const count = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(text)) fail(`--${name} ${text}: expected a whole number of 1 or more, e.g. --${name} 4`);
  return Number(text);
};
const jobs = count('jobs', values.jobs) ?? availableParallelism();
if (values.move && !values.merge) fail('--move goes with --merge (npm run build -- --merge --shards N --prepared --move): it moves the units of a merge\'s runner into the site. npm run build links them, to keep them as its cache.');

let hashesRead: ContentHashes | undefined;

/** Loads and checks the content, or stops with every problem. */
async function loaded(): Promise<ContentSnapshot> {
  const root = contentRoot();
  const asOf = asOfDay();
  // Each minutes file's HTML and text are kept in the work folder, not held here, and put back as each snapshot is
  // written; minutes checked by an earlier build (same text, same code) are not parsed again.
  rmSync(join(work, 'checked-minutes.json'), { force: true });
  const { content, problems } = await loadContentInParallel(root, { asOf }, undefined, { folder: join(work, 'checked-minutes'), code: codeHash(projectRoot) });
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    fail(`${problems.length} problems in ${root}: nothing was built. Fix them and build again.`);
  }
  log(`${root} is valid (${content.issues.length} issues, ${content.meetings.length} meetings) as of ${asOf}; ${seconds()} s`);
  // The content's hashes in one more reading of its files: the dataset version and, for the plan, each region's.
  hashesRead = contentHashes(root);
  return { content, asOf, version: hashesRead.dataset, root };
}

const projectRoot = resolve(import.meta.dirname, '..');

/**
 * The plan of N shards: their units, the inputs each unit is built from (the
 * code, the build day, and the content it shows: a region's own files with the
 * shared ones for its pages, the whole dataset for the rest), and the version
 * of the data each page shows.
 */
function planFor(snapshot: ContentSnapshot, model: ContentIndex, shards: Shard[], records?: (name: string, inputs: string, lines: string[]) => void): { plan: Plan; versions: Record<string, string> } {
  const hashes = hashesRead ?? contentHashes(snapshot.root);
  if (hashes.dataset !== snapshot.version) fail(`${snapshot.root} changed while it was being built: build again.`);
  const code = codeHash(projectRoot);
  const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);
  const versions: Record<string, string> = { [coreKey]: snapshot.version };
  for (const region of snapshot.content.regions) versions[region.slug] = regionVersion(hashes, region.slug);
  const inputs: Record<string, string> = {};
  const searched = searchUnits(model, minutesByMeeting(snapshot.content.minutes), (name, recordsHash, lines) => records?.(name, hash(code, recordsHash, name), lines));
  for (const shard of shards) {
    for (const unit of shard.units) {
      const region = (unit.kind === 'pages' || unit.kind === 'api') && !crossKeys.includes(unit.key) ? unit.key : undefined;
      inputs[unitName(unit)] =
        unit.kind === 'search'
          ? hash(code, searched.get(unitName(unit)) ?? '', unitName(unit))
          : hash(code, snapshot.asOf, region === undefined ? snapshot.version : (versions[region] ?? ''), unitName(unit));
    }
  }
  return { plan: { shards, inputs, regions: snapshot.content.regions.map((r) => ({ kato: r.kato, slug: r.slug })) }, versions };
}

/**
 * Writes the snapshot the open data and the pages across regions are made
 * from, the plan of N shards, what the site must hold (for the merge's
 * checks), and what the units to build read: each search unit its records
 * (`recordsFile`, made a unit at a time: see search-units.ts), each shard of regions' pages its part of the
 * content. A unit built already for the same inputs needs neither. With
 * `only` (a runner of its own: `--shard K/N`), only shard K's; 0 for none
 * (the merge's runner).
 */
function prepare(snapshot: ContentSnapshot, asked: number | undefined, only?: number): Plan {
  const phase = { started: Date.now(), took: [] as string[] };
  const took = (what: string) => {
    phase.took.push(`${what} ${seconds(phase.started)} s`);
    phase.started = Date.now();
  };
  const model = indexContent(snapshot.content, snapshot.asOf);
  // The number of shards: as asked, else as `shardsFor` counts them for the jobs run at once.
  const n = asked ?? shardsFor(unitCosts(model), jobs);
  // On a runner of its own, only its shard's units are built there: the others' inputs are not written.
  const forShard = (k: number) => only === undefined || only === k;
  const shards = planShards(model, n, where);
  const wanted = only === undefined ? undefined : new Set((shards[only - 1]?.units ?? []).map(unitName));
  rmSync(recordsFolder, { recursive: true, force: true });
  mkdirSync(recordsFolder, { recursive: true });
  const stale = (name: string, inputs: string) => builtUnit(work, name, inputs) === undefined;
  const { plan, versions } = planFor(snapshot, model, shards, (name, inputs, lines) => {
    if ((wanted === undefined || wanted.has(name)) && stale(name, inputs)) writeFileSync(recordsFile(recordsFolder, name), `[${lines.join(',\n')}]\n`);
  });
  took('the plan and the search records');
  for (const file of readdirSync(work)) if (/^pages-\d+-of-\d+\.json$/.test(file)) rmSync(join(work, file));
  const full = { ...snapshot, versions };
  writeSnapshotFile(snapshotPath, full, withText);
  writeFileSync(planPath(n), `${JSON.stringify(plan, null, 1)}\n`);
  writeFileSync(expectationsPath, JSON.stringify(expectationsFor(snapshot.content, snapshot.asOf)));
  took('the snapshot and what the site must hold');
  // A shard of regions' pages gets only those regions' issues, meetings and minutes, for its pages and API documents,
  // and the rows of the lists by category and measure it renders (list-rows.ts). Core's pages, in a shard of their
  // own, get every issue without its text and the few whose text they show (across.ts); in one shard with every
  // page, the whole snapshot. The pages across regions read theirs without the minutes' text (siteIndex).
  rmSync(rowsFolder, { recursive: true, force: true });
  for (const shard of plan.shards) {
    const keys = new Set(pageKeys(shard));
    const isStale = (unit: Unit) => (unit.kind === 'pages' || unit.kind === 'api') && stale(unitName(unit), plan.inputs[unitName(unit)] ?? '');
    if (keys.size === 0 || !forShard(shard.number) || !shard.units.some(isStale)) continue;
    if (keys.has(coreKey)) {
      // The minutes without their text too, which core's pages never read: at 100,000 issues its snapshot fell from 325 MB to 142 MB.
      const slim = (list: string, member: unknown) => (list === 'issues' ? issueWithoutText(member as Issue) : list === 'minutes' ? minutesWithoutText(member as Minutes) : member);
      if (keys.size === 1) writeSnapshotFile(pagesSnapshotPath(shard.number, n), { ...full, shownIssues: issuesShownAcross(snapshot.content.issues) }, slim);
      continue;
    }
    const lists = shard.units.flatMap((unit) => (unit.kind === 'pages' && rowKeys.includes(unit.key) && isStale(unit) ? [unit.key] : []));
    const rows = lists.length > 0 ? writeListRows(join(rowsFolder, `${shard.number}-of-${n}`), model, lists) : undefined;
    // The rows' folder as the snapshot's own folder sees it: a runner handed both may keep them anywhere.
    const part = { ...full, content: regionsContent(snapshot.content, keys), ...(rows === undefined ? {} : { rows: { ...rows, folder: relative(work, rows.folder) } }) };
    writeSnapshotFile(pagesSnapshotPath(shard.number, n), part, withText);
  }
  took("the shards' parts of the content");
  log(`prepared: ${phase.took.join(', ')}`);
  return plan;
}

/** A member of the content as a snapshot holds it: minutes with the HTML and text the checking kept in the work folder. */
function withText(list: string, member: unknown): unknown {
  return list === 'minutes' ? new JsonText(minutesJsonWithText(member as Minutes)) : member;
}

/** The snapshot the Astro process of shard K renders from: its regions' part, or core's; the whole content for a shard with every page. */
function pagesSnapshotPath(k: number, n: number): string {
  return join(work, `pages-${k}-of-${n}.json`);
}

function planPath(n: number): string {
  return join(work, `plan-${n}.json`);
}

/**
 * The files of the work folder (relative paths, folders ending in `/`) that shard K reads once the preparation has
 * written them, or with K = 0 those the merge reads: what a runner of its own is handed. Shard K reads the plan,
 * the part of the content its pages show, the rows of the lists it renders, its search units' records, and the
 * whole snapshot when a unit of it reads the whole content; the merge, the plan and what the site must hold.
 */
function inputsOf(plan: Plan, k: number): string[] {
  const n = plan.shards.length;
  const files = [relative(work, planPath(n))];
  if (k === 0) return [...files, relative(work, expectationsPath)];
  const shard = plan.shards[k - 1] ?? fail(`the plan has no shard ${k} of ${n}`);
  const keys = pageKeys(shard);
  const pages = pagesSnapshotPath(k, n);
  const hasPages = existsSync(pages);
  if (hasPages) files.push(relative(work, pages));
  const readsFull = shard.units.some((unit) => unit.kind === 'data' || ((unit.kind === 'pages' || unit.kind === 'api') && (!hasPages || !keys.includes(unit.key))));
  if (readsFull) files.push(relative(work, snapshotPath));
  if (existsSync(join(rowsFolder, `${k}-of-${n}`))) files.push(`${relative(work, join(rowsFolder, `${k}-of-${n}`))}/`);
  for (const unit of shard.units) {
    const records = recordsFile(recordsFolder, unitName(unit));
    if (unit.kind === 'search' && existsSync(records)) files.push(relative(work, records));
  }
  return files;
}

/** Runs shard K of N in this process, from the snapshot and plan already written. */
async function shardHere(k: number, n: number): Promise<ShardDone> {
  const plan = JSON.parse(readFileSync(planPath(n), 'utf8')) as Plan;
  const pages = pagesSnapshotPath(k, n);
  // Run from the command line (a runner of its own), not by npm run build's pool beside other shards: the shard
  // makes its search indexes and files on the cores Astro leaves free, while Astro renders its pages.
  const alone = process.env.KEZDESU_STEP !== '1' && jobs > 1;
  // What starting an Astro run costs, in pages' worth, to decide whether to render the pages in two runs (splitPages).
  const given = process.env.KEZDESU_ASTRO_START;
  const start = given === undefined || given === '' ? astroStart : Number(given);
  if (!Number.isFinite(start) || start < 0) fail(`KEZDESU_ASTRO_START=${given}: expected the pages' worth an Astro run costs to start, a number of 0 or more (by default ${astroStart}).`);
  return runShard({ full: snapshotPath, pages: existsSync(pages) ? pages : snapshotPath, records: recordsFolder }, plan, k, work, log, alone, start);
}

/**
 * Runs shards 1…N, J at a time, each in a process of its own, in the order
 * given; a shard in `alone` runs with no other beside it (it holds the whole
 * content). Each unit a shard has ready (built, or found in the cache) is
 * handed to `ready` here as the shard says so, while it and the others go
 * on; when a shard ends, `ended` gets its number. Once one fails, no other
 * starts and those running are stopped (`pool.ts`).
 */
function runAll(n: number, order: number[], alone: ReadonlySet<number>, ready: (unit: string) => void, ended: (k: number) => void): Promise<void> {
  return runPool({ order, alone, jobs, start: (k) => startStep(['--shard', `${k}/${n}`, '--work', work, '--prepared'], `shard ${k}/${n}`, ready), ended });
}

/**
 * The folders of a unit's cached output and where each goes in the site (a search unit's under its period's
 * folder); a pages unit's files as its record lists them, in the folder of the Astro run that rendered them.
 */
function unitFiles(name: string, inputs: string): UnitFiles {
  const dir = unitDir(work, name);
  const [, , period] = /^search:([^:]+):(.+)$/.exec(name) ?? [];
  const pages = name.startsWith('pages:') ? unitRecord(work, name)?.pages : undefined;
  // The folder of an Astro run holds the files of each page key it rendered: only a folder three levels deep is one key's.
  if (pages !== undefined) return { unit: name, inputs, folders: [{ from: pagesFolder(work, pages), files: pages.files, owned: keyDepth }] };
  const folders: UnitFiles['folders'] = [{ from: join(dir, 'site') }, { from: join(dir, 'files') }];
  if (period !== undefined) folders.push({ from: join(dir, 'search'), under: periodPath(period).slice(1), skip: (file) => file === 'pagefind-entry.json' });
  return { unit: name, inputs, folders };
}

const placedPath = join(work, 'placed.json');
const entryFile = (out: string) => join(out, 'pagefind', 'pagefind-entry.json');

/**
 * The placement of the last merge into `out`, taken (the file is removed: a
 * build that stops half-way leaves none, and the next one starts from
 * nothing), when the folder still holds what it says; else undefined.
 */
function takePlacement(out: string): Placement | undefined {
  const previous = existsSync(placedPath) ? (JSON.parse(readFileSync(placedPath, 'utf8')) as Placement) : undefined;
  rmSync(placedPath, { force: true });
  if (previous === undefined || previous.out !== resolve(out)) return undefined;
  // Placed by this build's shards a moment ago, or assembled by a merge and still there.
  return previous.progress !== undefined || existsSync(entryFile(out)) ? previous : undefined;
}

/** Empties `out` unless a placement is kept in it. */
function startOutput(out: string, kept: Placement | undefined): void {
  if (kept !== undefined) return;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
}

/**
 * Runs a step of the build in a process of its own, so that the memory it takes is given back when it ends;
 * `ready` gets the name of each unit the step says is ready.
 */
function step(args: string[], what: string, ready?: (unit: string) => void): Promise<void> {
  return startStep(args, what, ready).ended;
}

function startStep(args: string[], what: string, ready?: (unit: string) => void): Running {
  // The checking of the content holds all of it but the minutes' text: its heap is capped for the size of the JSON
  // files, so that V8 collects before it grows far past what is live (`preparationHeapMb`).
  const node = args[0] === '--prepare' && existsSync(contentRoot()) ? [`--max-old-space-size=${preparationHeapMb(jsonBytes(contentRoot()))}`] : [];
  const child = spawn(process.execPath, [...node, fileURLToPathOf('build.ts'), ...args], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, KEZDESU_STEP: '1' } });
  child.on('message', (message: { ready?: string }) => {
    if (typeof message.ready === 'string') ready?.(message.ready);
  });
  const ended = new Promise<void>((done, reject) => {
    child.on('close', (code, signal) => (code === 0 ? done() : reject(new StepFailed(`${what} failed (exit ${code ?? signal})`))));
  });
  return { ended, stop: () => child.kill() };
}

/** A step that failed has said why already. */
class StepFailed extends Error {}

function fileURLToPathOf(script: string): string {
  return join(import.meta.dirname, script);
}

/**
 * Assembles `outDir` from the units of the N shards, then proves it complete against what the preparation worked out
 * from the content (`Expectations`): the merge reads no content.
 */
function merge(expected: Expectations, plan: Plan): void {
  const { asOf } = expected;
  const mergeStarted = Date.now();
  const n = plan.shards.length;
  const units: UnitDone[] = [];
  for (const shard of plan.shards) {
    for (const unit of shard.units) {
      const name = unitName(unit);
      const done = builtUnit(work, name, plan.inputs[name] ?? '') ?? fail(`${name} (shard ${shard.number}/${n}) is not built for this content, code and day: run npm run build -- --shard ${shard.number}/${n} first.`);
      units.push(done);
    }
  }
  const rebuilt: string[] = [];
  for (let k = 1; k <= n; k++) {
    const file = join(shardDir(work, k, n), 'done.json');
    if (existsSync(file)) rebuilt.push(...(JSON.parse(readFileSync(file, 'utf8')) as ShardDone).rebuilt);
  }
  // A merge into the folder the last merge filled only replaces the units whose inputs changed: the others'
  // files are there already, the same files (hard links to the cache). Any other folder is filled from nothing.
  // Within npm run build the shards' units were placed as each shard ended: this merge finds them placed.
  // Moved, the units go into an empty folder, and are used up: a later merge finds none of them built.
  let previous: Placement | undefined;
  if (values.move) rmSync(placedPath, { force: true });
  else previous = takePlacement(outDir);
  startOutput(outDir, previous);
  const progress = previous?.progress ?? { replaced: 0, fresh: previous === undefined };
  type Entry = { languages: Record<string, unknown> } & Record<string, unknown>;
  // The entry file of each period's index, by period and language.
  const parts = new Map<string, Map<string, Entry>>();
  const records = new Map<string, number>();
  // Metadata bytes of the general index and of the largest month, by language.
  const metaBytes = new Map<string, { general: number; month: number }>();
  const toPlace: UnitFiles[] = [];
  for (const unit of units) {
    const dir = unitDir(work, unit.unit);
    const [, lang, period] = /^search:([^:]+):(.+)$/.exec(unit.unit) ?? [];
    if (lang !== undefined && period !== undefined) {
      if (!parts.has(period)) parts.set(period, new Map());
      parts.get(period)?.set(lang, JSON.parse(readFileSync(join(dir, 'search', 'pagefind-entry.json'), 'utf8')) as Entry);
      records.set(lang, (records.get(lang) ?? 0) + (unit.records ?? 0));
      const meta = metaBytes.get(lang) ?? { general: 0, month: 0 };
      if (period === generalPeriod) meta.general = unit.metaBytes ?? 0;
      else meta.month = Math.max(meta.month, unit.metaBytes ?? 0);
      metaBytes.set(lang, meta);
    }
    toPlace.push(unitFiles(unit.unit, unit.inputs));
  }
  const placer = new Placer(outDir, toPlace, previous, values.move);
  placer.place(toPlace);
  const { placement } = placer;
  const replaced = progress.replaced + placer.replaced;
  // One entry file for the languages of each period's index, in the site's order of languages whichever shard wrote each.
  if (!parts.has(generalPeriod)) fail('no shard wrote the general search index');
  for (const [period, byLanguage] of parts) {
    const entry: Entry = { languages: {} };
    for (const lang of languages) {
      const part = byLanguage.get(lang) ?? fail(`no shard wrote the ${lang} search index of ${period}`);
      Object.assign(entry, part, { languages: { ...entry.languages, ...part.languages } });
    }
    writeFileSync(join(outDir, periodPath(period), 'pagefind-entry.json'), JSON.stringify(entry));
  }
  const reused = units.map((u) => u.unit).filter((u) => !rebuilt.includes(u));
  const fileCount = Object.values(placement.units).reduce((sum, u) => sum + u.files.length, 0);
  log(`merged ${n} shards: ${fileCount} files, ${progress.fresh ? 'all placed' : `${replaced} units replaced in the last output`} in ${seconds(mergeStarted)} s; built ${rebuilt.length} units${rebuilt.length > 0 ? ` (${rebuilt.join(', ')})` : ''}, reused ${reused.length}${reused.length > 0 ? ` (${reused.join(', ')})` : ''}`);

  const searchBytes = readdirSync(join(outDir, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  const kb = (n: number | undefined) => `${((n ?? 0) / 1024).toFixed(0)} KB`;
  log(
    `search: ${languages.map((lang) => `${records.get(lang) ?? 0} ${lang}`).join(', ')} records in ${parts.size} indexes per language (${parts.size - 1} months and the general one), ` +
      `${(searchBytes / 2 ** 20).toFixed(1)} MB, metadata of the largest month ${languages.map((lang) => `${kb(metaBytes.get(lang)?.month)} ${lang}`).join(', ')}, ` +
      `of the general index ${languages.map((lang) => `${kb(metaBytes.get(lang)?.general)} ${lang}`).join(', ')}`,
  );

  // Sitemap of every page (not the 404 page, nor the redirect at /), robots.txt and llms.txt.
  const pagePaths = Object.values(placement.units)
    .flatMap((u) => u.files)
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('/index.html') && !f.startsWith('pagefind/'))
    .sort()
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
  for (const file of sitemapFiles(pagePaths, expected.siteUrl, asOf, expected.demo)) writeFileSync(join(outDir, file.name), file.text);

  // Nothing lost: every entry has its page in every language, and its search record.
  const check = reconcilePages(expected.permalinks, outDir);
  if (check.missing.length > 0 || check.orphaned.length > 0) {
    for (const p of check.missing.slice(0, 20)) console.error(`missing page: ${p}`);
    for (const p of check.orphaned.slice(0, 20)) console.error(`page without content: ${p}`);
    fail(`${check.missing.length} pages missing, ${check.orphaned.length} without content: the site does not match its content.`);
  }
  // Every issue, meeting, region, district and measure page is in the search index as written, in its language.
  const searchCheckStarted = Date.now();
  const searchCheck = reconcileIndexedPages(
    new Map(Object.entries(expected.searchPages)),
    units.flatMap((u) => (u.indexed === undefined ? [] : [{ pages: new Map(Object.entries(u.indexed.pages)), broken: u.indexed.broken }])),
  );
  if (searchCheck.missing.length > 0 || searchCheck.orphaned.length > 0) {
    for (const p of searchCheck.missing.slice(0, 20)) console.error(`missing from search: ${p}`);
    for (const p of searchCheck.orphaned.slice(0, 20)) console.error(`in search without content: ${p}`);
    fail(`${searchCheck.missing.length} pages missing from search, ${searchCheck.orphaned.length} in search without content: the search index does not match the content.`);
  }
  const searchCheckSeconds = seconds(searchCheckStarted);
  // Every issue, meeting and region has its API document, listed once in the API index.
  const apiCheck = reconcileApiPaths(expected.apiPaths, outDir);
  if (apiCheck.missing.length > 0 || apiCheck.orphaned.length > 0) {
    for (const p of apiCheck.missing.slice(0, 20)) console.error(`missing API document: ${p}`);
    for (const p of apiCheck.orphaned.slice(0, 20)) console.error(`API document without content: ${p}`);
    fail(`${apiCheck.missing.length} API documents missing, ${apiCheck.orphaned.length} without content: the API does not match its content.`);
  }
  // Every calendar entry and correction is a row of the open-data files, nationally and in its region's.
  const dataCheck = reconcileDataRows({ entries: new Map(expected.calendarRows.entries), corrections: new Map(expected.calendarRows.corrections) }, expected.regions, outDir);
  if (dataCheck.missing.length > 0 || dataCheck.orphaned.length > 0) {
    for (const p of dataCheck.missing.slice(0, 20)) console.error(`missing from open data: ${p}`);
    for (const p of dataCheck.orphaned.slice(0, 20)) console.error(`in open data without content: ${p}`);
    fail(`${dataCheck.missing.length} calendar rows missing from open data, ${dataCheck.orphaned.length} without content: the open data does not match the calendars.`);
  }
  if (values.move) rmSync(join(work, 'units'), { recursive: true, force: true });
  else writeFileSync(placedPath, JSON.stringify(placement));
  log(`built ${outDir}: all ${check.expected} content pages present, none without content, all ${searchCheck.expected} in search (as each index read back when written; checked in ${searchCheckSeconds} s); ${seconds()} s`);
}

try {
  if (values.shard !== undefined) {
    const { k, n } = parseShard(values.shard);
    // On a runner of its own: the content is checked and the shard's inputs written in a process of their own, whose
    // memory (the whole content) is given back before the shard's Astro run starts.
    if (!values.prepared) await step(['--prepare', '--work', work, '--jobs', String(jobs), '--shards', String(n), '--for-shard', String(k)], 'checking the content');
    else if (!existsSync(planPath(n))) fail(`${work} holds no plan of ${n} shards: unpack there the files that npm run build -- --inputs ${k}/${n} lists in the prepared folder, or leave out --prepared to check the content here.`);
    await shardHere(k, n);
    // On a runner of its own, the shard keeps (in its cache) and hands on (to the merge) only its own units.
    if (values.prune) {
      const plan = JSON.parse(readFileSync(planPath(n), 'utf8')) as Plan;
      pruneUnits(work, (plan.shards[k - 1]?.units ?? []).map(unitName));
    }
  } else if (values.prepare && process.env.KEZDESU_STEP !== '1') {
    // From the command line (the publishing workflow's first job): in a process of its own, with its heap capped.
    await step(process.argv.slice(2), 'checking the content');
  } else if (values.prepare) {
    const snapshot = await loaded();
    const plan = prepare(snapshot, count('shards', values.shards), values['for-shard'] === undefined ? undefined : Number(values['for-shard']));
    writeFileSync(preparedPath, `${JSON.stringify({ shards: plan.shards.length })}\n`);
    const placed = where === 'together' ? 'to run together on this machine' : 'to run on machines of their own';
    log(`prepared ${plan.shards.length} ${plan.shards.length === 1 ? 'shard' : 'shards'} ${placed} in ${work}; ${seconds()} s`);
  } else if (values.inputs !== undefined) {
    const prepared = preparedShards();
    if (prepared === undefined) fail(`${work} holds no prepared build: run npm run build -- --prepare --shards N --work ${values.work ?? work} first.`);
    const asked = values.inputs === 'merge' ? { k: 0, n: prepared as number } : parseShard(values.inputs);
    if (asked.n !== prepared) fail(`${work} was prepared for ${prepared} shards, not ${asked.n}: prepare it again with --shards ${asked.n}.`);
    for (const file of inputsOf(JSON.parse(readFileSync(planPath(asked.n), 'utf8')) as Plan, asked.k)) console.log(file);
  } else if (values.merge) {
    const n = count('shards', values.shards) ?? fail('--merge needs --shards N: the number of shards that were built.');
    // Within npm run build the content was checked by the step that wrote the plan and what the site must hold; else
    // (a runner of its own, after the shards' runners) that step runs first, in a process of its own.
    if (!values.prepared) await step(['--prepare', '--work', work, '--jobs', String(jobs), '--shards', String(n), '--for-shard', '0'], 'checking the content');
    else if (!existsSync(planPath(n)) || !existsSync(expectationsPath)) fail(`${work} holds no plan of ${n} shards and what the site must hold: unpack there the files that npm run build -- --inputs merge lists in the prepared folder, or leave out --prepared to check the content here.`);
    merge(JSON.parse(readFileSync(expectationsPath, 'utf8')) as Expectations, JSON.parse(readFileSync(planPath(n), 'utf8')) as Plan);
  } else {
    // Each step in a process of its own: this one only starts them, and stays small.
    rmSync(preparedPath, { force: true });
    await step(['--prepare', '--together', '--work', work, '--jobs', String(jobs), ...(values.shards === undefined ? [] : ['--shards', values.shards])], 'checking the content');
    const n = preparedShards() ?? fail(`checking the content wrote no ${preparedPath}`);
    log(`${n} ${n === 1 ? 'shard' : 'shards'}, ${Math.min(jobs, n)} at a time`);
    // Each shard's files go into the site as it ends, while the next ones render: the merge finds them placed.
    const plan = JSON.parse(readFileSync(planPath(n), 'utf8')) as Plan;
    const kept = takePlacement(outDir);
    startOutput(outDir, kept);
    const placer = new Placer(outDir, Object.entries(plan.inputs).map(([unit, inputs]) => ({ unit, inputs })), kept);
    let placing = 0;
    const place = (units: string[]) => {
      const started = Date.now();
      placer.place(units.map((unit) => unitFiles(unit, plan.inputs[unit] ?? '')));
      placing += Date.now() - started;
    };
    // The shards with the most to build first (a cached build may have little to do in most of them), so the
    // last to end is a short one.
    const toBuild = (shard: Plan['shards'][number]) =>
      shard.units.reduce((sum, unit, i) => sum + (builtUnit(work, unitName(unit), plan.inputs[unitName(unit)] ?? '') === undefined ? (shard.costs[i] ?? 0) : 0), 0);
    // A shard that holds the whole content of a record past a small one runs alone, first, while nothing else has started.
    const alone = new Set(plan.shards.filter((shard) => n > 1 && runsAlone(shard, plan.shards) && toBuild(shard) > 0).map((shard) => shard.number));
    const order = plan.shards
      .map((shard) => ({ k: shard.number, cost: toBuild(shard) }))
      .sort((a, b) => Number(alone.has(b.k)) - Number(alone.has(a.k)) || b.cost - a.cost || a.k - b.k)
      .map((s) => s.k);
    if (alone.size > 0) log(`shard ${[...alone].join(', ')}/${n} holds the whole content: it runs alone`);
    await runAll(
      n,
      order,
      alone,
      (unit) => place([unit]),
      // Whatever a shard did not say was ready (none, when all goes well) is placed when it ends.
      (k) => place((plan.shards[k - 1]?.units ?? []).map(unitName)),
    );
    writeFileSync(placedPath, JSON.stringify({ ...placer.placement, progress: { replaced: placer.replaced, fresh: kept === undefined } } satisfies Placement));
    log(`placing the shards' files took ${(placing / 1000).toFixed(1)} s while they ran`);
    await step(['--merge', '--shards', String(n), '--prepared', '--work', work, '--out', outDir], 'the merge');
  }
} catch (error) {
  if (error instanceof StepFailed) process.exit(1);
  fail(error instanceof Error ? error.message : String(error));
}
