/**
 * `npm run bench [-- --sizes 1000,10000,30000] [--runners 8] [--keep]`:
 * times the same fixed work on the processor and the disk, then generates demo trees of each size (with minutes for every held meeting),
 * builds each exactly as `npm run build` does, and prints issues, pages, build
 * seconds, pages per second and peak memory of the whole process tree. Then
 * one issue's status changes and the site is built again with the shards'
 * cache: its seconds, peak memory and the units it rebuilt. With --runners R,
 * the largest tree is also built as the publishing workflow builds it on R
 * runners, each step alone, one after another: the checking of the content
 * that prepares every shard's inputs, each shard from its own inputs, and the
 * merge; the preparation plus the slowest shard plus the merge is the wall
 * time on R runners. `npm run bench -- --runners R --tree DIR` does only that,
 * for the tree at DIR. Trees and sites go to .cache/bench/; --keep keeps them, and the runners' work folders (the
 * merge's without its units, which it moves into the site as the workflow's merge runner does).
 *
 * `npm run bench -- --validate [--issues 30000] [--tree DIR] [--runs 3]
 * [--against CHECKOUT]`: times `npm run validate` (the whole process, as an
 * editor waits for it) on one demo tree — DIR if given, else one generated
 * into .cache/bench/ — RUNS times, and prints every run, the median and peak
 * memory; with --against, the same with the validator of another checkout
 * of the repository (an earlier commit in a git worktree, say) on the same
 * tree, and how much longer this one takes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,30000' },
    seed: { type: 'string', default: 'bench' },
    keep: { type: 'boolean', default: false },
    runners: { type: 'string' },
    validate: { type: 'boolean', default: false },
    issues: { type: 'string', default: '30000' },
    tree: { type: 'string' },
    runs: { type: 'string', default: '3' },
    against: { type: 'string' },
  },
});
const runners = values.runners === undefined ? undefined : Number(values.runners);
if (runners !== undefined && (!Number.isInteger(runners) || runners < 1)) {
  console.error(`--runners must be a whole number of 1 or more, not ${values.runners}`);
  process.exit(2);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes must be whole numbers separated by commas, not ${values.sizes}`);
  process.exit(2);
}
const work = join('.cache', 'bench');

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(pid, pages * 4096);
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  seconds: number;
  peakBytes: number;
  output: string;
}

/**
 * Has the system write out what it holds back (the removal of a last run's million files, a tree just generated),
 * so that the step timed next does not share the disk with it.
 */
function writeOut(): void {
  spawnSync('sync');
}

/** Runs a command (in `cwd`, by default here), sampling the memory of its whole process tree every 100 ms. */
function run(args: string[], env: Record<string, string>, cwd?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakBytes = 0;
    const timer = setInterval(() => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakBytes, output });
    });
  });
}

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (entry.endsWith('index.html')) n += 1;
  return n;
}

/** Bytes of a typical page of each kind (the median of up to 200), of all CSS, and of all JavaScript. */
function pageBytes(dist: string): Record<string, number> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[];
  const median = (pattern: RegExp): number => {
    const sizes = files.filter((f) => pattern.test(f)).slice(0, 200).map((f) => statSync(join(dist, f)).size).sort((a, b) => a - b);
    return sizes[Math.floor(sizes.length / 2)] ?? 0;
  };
  const total = (suffix: string) => files.filter((f) => f.endsWith(suffix)).reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  const largest = (pattern: RegExp) => Math.max(0, ...files.filter((f) => pattern.test(f)).map((f) => statSync(join(dist, f)).size));
  return {
    'issue page': median(/^ru\/issues\/[^/]+\/index\.html$/),
    'meeting page': median(/^ru\/meetings\/[^/]+\/index\.html$/),
    'district page': median(/^ru\/regions\/[^/]+\/[^/]+-(district|city)\/index\.html$/),
    'region page': median(/^ru\/regions\/[^/]+\/index\.html$/),
    'overview page': median(/^ru\/index\.html$/),
    // The largest of every period's obligations page of a district (the district with most places and meetings), and of a region.
    'largest district obligations page': largest(/^ru\/regions\/[^/]+\/[^/]+\/accountability\/[^/]+\/index\.html$/),
    'largest region obligations page': largest(/^ru\/regions\/[^/]+\/accountability\/[^/]+\/index\.html$/),
    'all CSS': total('.css'),
    'all JS': total('.js'),
  };
}

/** Bytes over the wire, from Chromium's network events (the server compresses text as GitHub Pages does). */
interface Downloaded {
  page: number;
  first: number;
  second: number;
  /** The second query again over every month («Also search earlier months»). */
  earlier: number;
  /** The same, uncompressed: what a host that does not compress would send. */
  plain: { page: number; first: number; second: number; earlier: number };
}

/** Bytes Chromium downloads for the search page, a first query and a second one. */
async function searchBytes(dist: string): Promise<Downloaded> {
  const { launchBrowser } = await import('../tests/support/browser.ts');
  const { serveDir } = await import('../tests/support/serve.ts');
  const [browser, server] = await Promise.all([launchBrowser(), serveDir(dist, { gzip: true })]);
  try {
    const page = await (await browser.newContext()).newPage();
    let wire = 0;
    let plain = 0;
    // Sizes arrive after the request has finished: keep each reading, and wait for all of them before counting.
    const readings: Promise<unknown>[] = [];
    page.on('requestfinished', (request) => {
      readings.push(request.sizes().then((s) => (wire += s.responseBodySize), () => undefined));
      readings.push(request.response().then((r) => r?.body()).then((b) => (plain += b?.length ?? 0), () => undefined));
    });
    /** Waits until the results list is no longer busy and nothing more is loading, then for every size reading. */
    const settle = async () => {
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
      await page.waitForLoadState('networkidle');
      while (readings.length > 0) await Promise.all(readings.splice(0));
    };
    await page.goto(`${server.url}/ru/search/`);
    await settle();
    const pageBytes = [wire, plain] as const;
    const query = async (words: string) => {
      const before = [wire, plain] as const;
      await page.fill('#q', words);
      await settle();
      return [wire - before[0], plain - before[1]] as const;
    };
    const first = await query('вода');
    const second = await query('газ');
    const before = [wire, plain] as const;
    if (await page.isVisible('#f-earlier')) {
      await page.check('#f-earlier');
      await settle();
    }
    const earlier = [wire - before[0], plain - before[1]] as const;
    return {
      page: pageBytes[0],
      first: first[0],
      second: second[0],
      earlier: earlier[0],
      plain: { page: pageBytes[1], first: first[1], second: second[1], earlier: earlier[1] },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Row {
  issues: number;
  meetings: number;
  minutes: number;
  pages: number;
  generateSeconds: number;
  buildSeconds: number;
  peakMb: number;
  bytes: Record<string, number>;
  search?: Downloaded;
  searchLine?: string;
  /** The build after one issue's status changed, with the cache of the first. */
  cached: { seconds: number; peakMb: number; built: string };
  /** The workflow on R runners, each step alone (largest tree, with --runners). */
  runners?: Runners;
}

/** The publishing workflow on R runners, each step alone: seconds of the preparation, of each shard and of the merge. */
interface Runners {
  prepare: number;
  shards: number[];
  merge: number;
  peakMb: number;
  /** The most inputs (MB) the preparation hands to one runner. */
  handedMb: number;
}

/** Moves one issue under review in the tree to «in progress» on the build's eve, as an editor's status update would. */
function changeOneIssue(tree: string): string {
  const folder = join(tree, 'issues');
  for (const region of readdirSync(folder).sort()) {
    for (const file of readdirSync(join(folder, region)).sort()) {
      const path = join(folder, region, file);
      const issue = JSON.parse(readFileSync(path, 'utf8')) as { id: string; history: { date: string; status: string }[] };
      const last = issue.history.at(-1);
      if (last?.status !== 'in-review' || last.date > '2026-11-27') continue;
      issue.history.push({ date: '2026-11-27', status: 'in-progress', note: { kk: 'Жұмыс басталды.', ru: 'Работы начаты.' } } as never);
      writeFileSync(path, `${JSON.stringify(issue, null, 2)}\n`);
      return issue.id;
    }
  }
  throw new Error(`no issue under review in ${tree}`);
}

/** `--validate`: the validator's time on one tree, here and, with --against, in another checkout. */
async function benchValidate(): Promise<void> {
  const runs = Number(values.runs);
  const issues = Number(values.issues);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${values.runs}`);
  let tree = values.tree;
  if (tree === undefined) {
    if (!Number.isInteger(issues) || issues < 1) throw new Error(`--issues must be a whole number of at least 1, not ${values.issues}`);
    tree = join(work, `validate-${issues}`);
    rmSync(tree, { recursive: true, force: true });
    process.stdout.write(`[bench] generating ${issues} issues into ${tree}… `);
    console.log(`${(await run(['scripts/demo.ts', '--issues', String(issues), '--seed', values.seed, '--out', tree], {})).seconds.toFixed(1)} s`);
  }
  const content = resolve(tree);
  // One fixed day, so every run and every checkout judges the tree alike.
  const env = { KEZDESU_CONTENT: content, SOURCE_DATE_EPOCH: String(Date.parse('2026-11-28T00:00:00Z') / 1000) };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  // The processor time the validator used, user and system: every thread's, and that of the processes that checked
  // its minutes (cutime and cstime, fields 16 and 17 of /proc/self/stat, in ticks of 1/100 s); another process's
  // load disturbs it far less than the seconds waited.
  const cpuProbe = `data:text/javascript,import{readFileSync}from'node:fs';process.on('exit',()=>{const u=process.cpuUsage();const f=readFileSync('/proc/self/stat','utf8').split(')')[1].trim().split(' ');process.stderr.write('\\n[cpu] '+((u.user+u.system)/1e6+(Number(f[13])+Number(f[14]))/100)+'\\n')})`;
  const checkouts = [{ label: 'this checkout', dir: resolve('.') }, ...(values.against === undefined ? [] : [{ label: 'against', dir: resolve(values.against) }])];
  const wall = checkouts.map(() => [] as number[]);
  const cpu = checkouts.map(() => [] as number[]);
  const peaks = checkouts.map(() => 0);
  console.log(`[bench] validating ${content}, ${runs} runs each${checkouts.length > 1 ? ', taking turns so both see the same load' : ''}`);
  for (let i = 0; i < runs; i++) {
    for (const [k, checkout] of checkouts.entries()) {
      const r = await run(['--import', cpuProbe, 'scripts/validate.ts'], env, checkout.dir);
      const used = Number(/\[cpu\] ([\d.]+)/.exec(r.output)?.[1] ?? NaN);
      (wall[k] as number[]).push(r.seconds);
      (cpu[k] as number[]).push(used);
      peaks[k] = Math.max(peaks[k] as number, r.peakBytes);
      console.log(`[bench] validate, ${checkout.label}, run ${i + 1}: ${r.seconds.toFixed(1)} s, ${used.toFixed(1)} s of processor time`);
    }
  }
  const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  for (const [k, checkout] of checkouts.entries()) {
    console.log(
      `[bench] validate, ${checkout.label} (${checkout.dir}): ${list(wall[k] as number[])} s, median ${median(wall[k] as number[]).toFixed(1)} s; ` +
        `processor ${list(cpu[k] as number[])} s, median ${median(cpu[k] as number[]).toFixed(1)} s; peak ${((peaks[k] as number) / 2 ** 20).toFixed(0)} MB`,
    );
  }
  if (checkouts.length > 1) {
    const growth = (xs: number[][]) => median(xs[0] as number[]) / median(xs[1] as number[]) - 1;
    const say = (g: number) => `${Math.abs(g * 100).toFixed(0)}% ${g >= 0 ? 'more' : 'less'}`;
    console.log(`[bench] this checkout against the other: ${say(growth(wall))} time waited, ${say(growth(cpu))} processor time (goal: at most a third more)`);
  }
}

if (values.validate) {
  await benchValidate();
  process.exit(0);
}

/**
 * The same fixed work on every run, so that figures of different days can be compared: the machine here has been
 * twice as slow on one day as on another, running the same commit. Processor: hashing 1 GB and turning 500,000
 * small records into JSON and back, on one thread; disk: writing 10,000 files of 12 KB in 100 folders, as a
 * shard writes its pages, and removing them.
 */
function machineReference(): { processor: number; disk: number } {
  let from = performance.now();
  const hash = createHash('sha256');
  const block = Buffer.alloc(1 << 20, 7);
  for (let i = 0; i < 1024; i++) hash.update(block);
  hash.digest();
  const records = Array.from({ length: 500_000 }, (_, i) => ({ id: `i-10-${String(i).padStart(5, '0')}`, status: i % 4, title: { ru: `Ремонт дороги ${i}` } }));
  if ((JSON.parse(JSON.stringify(records)) as unknown[]).length !== records.length) throw new Error('JSON lost records');
  const processor = (performance.now() - from) / 1000;
  const folder = join(work, 'reference');
  rmSync(folder, { recursive: true, force: true });
  from = performance.now();
  const page = 'x'.repeat(12 * 1024);
  for (let d = 0; d < 100; d++) {
    mkdirSync(join(folder, String(d)), { recursive: true });
    for (let f = 0; f < 100; f++) writeFileSync(join(folder, String(d), `${f}.html`), page);
  }
  rmSync(folder, { recursive: true });
  return { processor, disk: (performance.now() - from) / 1000 };
}

/**
 * The publishing workflow on R runners, one after another on this machine: its first job checks the content and
 * prepares every shard's inputs (`--prepare`); each shard's runner builds from its own inputs only (`--inputs K/R`,
 * copied into a folder of its own, as the workflow hands them on), alone; the merge's runner gets the plan and what
 * the site must hold, and the shards' units. The wall time on R runners is the preparation, the slowest shard and
 * the merge, one after the other.
 */
async function simulateRunners(size: number, r: number, env: Record<string, string>): Promise<Runners> {
  const prepared = join(work, `runners-${size}-prepared`);
  const alone = join(work, `runners-${size}`);
  const mergeWork = join(work, `runners-${size}-merge`);
  const dist = join(work, `runners-${size}-dist`);
  // Each step's own log, to read where its time went.
  const logs = join(work, `runners-${size}-logs`);
  for (const folder of [prepared, alone, mergeWork, dist, logs]) rmSync(folder, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  writeOut();
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const prepare = await run(['scripts/build.ts', '--prepare', '--shards', String(r), '--work', prepared], env);
  writeFileSync(join(logs, 'prepare.log'), prepare.output);
  let peak = prepare.peakBytes;
  /** Copies what a runner is handed from the preparation into its folder; the bytes copied. */
  const handOn = async (which: string, into: string): Promise<number> => {
    const listed = (await run(['scripts/build.ts', '--inputs', which, '--work', prepared], env)).output.split('\n').filter((f) => f !== '');
    let bytes = 0;
    for (const file of listed) {
      cpSync(join(prepared, file), join(into, file), { recursive: true });
      for (const f of file.endsWith('/') ? (readdirSync(join(into, file), { recursive: true, encoding: 'utf8' }) as string[]).map((g) => join(file, g)) : [file]) {
        const stat = statSync(join(into, f));
        if (stat.isFile()) bytes += stat.size;
      }
    }
    return bytes;
  };
  const handed: number[] = [];
  console.log(`[bench] ${size} issues, ${r} runners: the content checked and every shard's inputs prepared in ${prepare.seconds.toFixed(1)} s, peak ${mb(prepare.peakBytes)}`);
  mkdirSync(join(mergeWork, 'units'), { recursive: true });
  const shardSeconds: number[] = [];
  for (let k = 1; k <= r; k++) {
    rmSync(alone, { recursive: true, force: true });
    mkdirSync(alone, { recursive: true });
    handed.push(await handOn(`${k}/${r}`, alone));
    writeOut();
    const shard = await run(['scripts/build.ts', '--shard', `${k}/${r}`, '--prepared', '--work', alone, '--prune'], env);
    shardSeconds.push(shard.seconds);
    writeFileSync(join(logs, `shard-${k}.log`), shard.output);
    peak = Math.max(peak, shard.peakBytes);
    console.log(`[bench] ${size} issues: shard ${k}/${r} alone ${shard.seconds.toFixed(1)} s, peak ${mb(shard.peakBytes)}, handed ${mb(handed[k - 1] as number)} of inputs`);
    // Keep this shard's units for the merge, as the workflow hands them on.
    const units = join(alone, 'units');
    for (const unit of readdirSync(units)) renameSync(join(units, unit), join(mergeWork, 'units', unit));
  }
  rmSync(alone, { recursive: true, force: true });
  const mergeHanded = await handOn('merge', mergeWork);
  writeOut();
  // As the workflow's merge runner does, which keeps no cache: the units are moved into the site (--move).
  const merged = await run(['scripts/build.ts', '--merge', '--shards', String(r), '--prepared', '--work', mergeWork, '--out', dist, '--move'], env);
  peak = Math.max(peak, merged.peakBytes);
  writeFileSync(join(logs, 'merge.log'), merged.output);
  console.log(`[bench] ${size} issues: merge of ${r} shards ${merged.seconds.toFixed(1)} s, peak ${mb(merged.peakBytes)}, handed ${mb(mergeHanded)}; each step's log in ${logs}`);
  // With --keep, the runners' folders stay, to profile a step again: the merge, say, into another output folder.
  if (!values.keep) for (const folder of [prepared, mergeWork, dist]) rmSync(folder, { recursive: true, force: true });
  return { prepare: prepare.seconds, shards: shardSeconds, merge: merged.seconds, peakMb: peak / 2 ** 20, handedMb: Math.max(...handed, mergeHanded) / 2 ** 20 };
}

/** The wall time on R runners, as `simulateRunners` measured it. */
function sayRunners(runs: Runners): string {
  const slowest = Math.max(...runs.shards);
  const total = runs.prepare + slowest + runs.merge;
  return (
    `on ${runs.shards.length} runners: preparation ${runs.prepare.toFixed(0)} s; shards alone ${runs.shards.map((s) => s.toFixed(0)).join(', ')} s; ` +
    `preparation + slowest shard + merge = ${runs.prepare.toFixed(0)} + ${slowest.toFixed(0)} + ${runs.merge.toFixed(0)} = ${total.toFixed(0)} s (goal at 100,000: under 300 s); ` +
    `peak of one runner ${runs.peakMb.toFixed(0)} MB; most inputs handed to one runner ${runs.handedMb.toFixed(0)} MB`
  );
}

mkdirSync(work, { recursive: true });
const reference = machineReference();
console.log(`[bench] this machine, the same fixed work every run: processor ${reference.processor.toFixed(2)} s, disk ${reference.disk.toFixed(2)} s (compare figures of different days against these)`);

if (values.tree !== undefined) {
  // --runners R --tree DIR: only the workflow on R runners, for a tree there is already.
  if (runners === undefined) throw new Error('--tree DIR is for --validate or --runners R');
  const tree = resolve(values.tree);
  const issues = readdirSync(join(tree, 'issues'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).length;
  console.log(sayRunners(await simulateRunners(issues, runners, { KEZDESU_CONTENT: tree, SOURCE_DATE_EPOCH: String(Date.parse('2026-11-28T00:00:00Z') / 1000) })));
  process.exit(0);
}

const rows: Row[] = [];
for (const size of sizes) {
  const tree = join(work, `tree-${size}`);
  const dist = join(work, `dist-${size}`);
  rmSync(tree, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  process.stdout.write(`[bench] ${size} issues: generating… `);
  const gen = await run(['scripts/demo.ts', '--issues', String(size), '--seed', values.seed, '--out', tree], {});
  const meetings = Number(/(\d+) meetings/.exec(gen.output)?.[1] ?? 0);
  const minutes = Number(/(\d+) minutes/.exec(gen.output)?.[1] ?? 0);
  process.stdout.write(`${gen.seconds.toFixed(1)} s; building… `);
  const env = { KEZDESU_CONTENT: tree, SOURCE_DATE_EPOCH: String(Date.parse('2026-11-28T00:00:00Z') / 1000) };
  const shardsWork = join(work, `shards-${size}`);
  rmSync(shardsWork, { recursive: true, force: true });
  writeOut();
  const build = await run(['scripts/build.ts', '--out', dist, '--work', shardsWork], env);
  const pages = countPages(dist);
  // The build's own log, with the seconds of each step, beside the tree.
  writeFileSync(join(work, `build-${size}.log`), build.output);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  // Each figure is printed as soon as it is measured: at 100,000 issues removing the folders afterwards can take longer than the build.
  console.log(`${build.seconds.toFixed(1)} s, ${((build.seconds * 1000) / pages).toFixed(2)} ms a page, peak over all processes ${mb(build.peakBytes)}`);
  const searchLine = /\[kezdesu\] search:.*/.exec(build.output)?.[0];
  const searchSeconds = [...build.output.matchAll(/: search:\S+ in ([\d.]+) s/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const bytes = pageBytes(dist);
  const search = size === sizes[sizes.length - 1] ? await searchBytes(dist) : undefined;
  if (search) console.log(`[bench] ${size} issues: search, gzip: first query ${(search.first / 1024).toFixed(1)} KB, next query ${(search.second / 1024).toFixed(1)} KB`);

  const changed = changeOneIssue(tree);
  process.stdout.write(`[bench] ${size} issues: ${changed} changed status; building with the cache… `);
  writeOut();
  const again = await run(['scripts/build.ts', '--out', dist, '--work', shardsWork], env);
  const built = /built \d+ units(?: \(([^)]*)\))?/.exec(again.output)?.[1] ?? '';
  writeFileSync(join(work, `build-${size}-cached.log`), again.output);
  console.log(`${again.seconds.toFixed(1)} s, peak ${mb(again.peakBytes)} (built ${built})`);

  const simulated = runners !== undefined && size === sizes[sizes.length - 1] ? await simulateRunners(size, runners, env) : undefined;
  rows.push({
    issues: size,
    meetings,
    minutes,
    pages,
    generateSeconds: gen.seconds,
    buildSeconds: build.seconds,
    peakMb: build.peakBytes / 2 ** 20,
    bytes,
    search,
    searchLine: searchLine ? `${searchLine.replace('[kezdesu] ', '')}; indexed and written in ${searchSeconds.toFixed(1)} s of the shards' time` : undefined,
    cached: { seconds: again.seconds, peakMb: again.peakBytes / 2 ** 20, built },
    runners: simulated,
  });
  if (!values.keep) {
    rmSync(tree, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    rmSync(shardsWork, { recursive: true, force: true });
  }
}

const header = ['issues', 'meetings', 'minutes', 'pages', 'build s', 'pages/s', 'ms/page', 'peak MB', 'cached s', 'cached MB'];
const table = rows.map((r) => [
  String(r.issues),
  String(r.meetings),
  String(r.minutes),
  String(r.pages),
  r.buildSeconds.toFixed(1),
  (r.pages / r.buildSeconds).toFixed(0),
  ((r.buildSeconds * 1000) / r.pages).toFixed(2),
  r.peakMb.toFixed(0),
  r.cached.seconds.toFixed(1),
  r.cached.peakMb.toFixed(0),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
console.log(`\n${line(header)}\n${table.map(line).join('\n')}`);
const first = rows[0];
const last = rows[rows.length - 1];
if (first && last && rows.length > 1) {
  const ratio = last.buildSeconds / last.pages / (first.buildSeconds / first.pages);
  console.log(`\ntime per page at ${last.issues} issues is ${ratio.toFixed(2)}× that at ${first.issues} (goal: at most 1.00, no more a page than at the smaller size)`);
}
if (last) {
  console.log(`build of ${last.issues} issues: ${last.buildSeconds.toFixed(0)} s (goal at 30,000: under 240 s), peak ${last.peakMb.toFixed(0)} MB (goal: under 3072 MB)`);
  console.log(`after one issue's status changed, with the cache: ${last.cached.seconds.toFixed(0)} s (goal at 30,000: under 60 s), peak ${last.cached.peakMb.toFixed(0)} MB; built ${last.cached.built}`);
  if (last.runners) console.log(sayRunners(last.runners));
}

if (last) {
  console.log(`\nbytes at ${last.issues} issues (Russian pages; goal: issue page under 20 KB of HTML, all CSS under 20 KB, no JS):`);
  for (const [what, bytes] of Object.entries(last.bytes)) console.log(`  ${what.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
}
if (last?.search) {
  console.log(`\nsearch at ${last.issues} issues: ${last.searchLine ?? ''}`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`  downloaded, gzip as GitHub Pages serves it: search page ${kb(last.search.page)}; first query ${kb(last.search.first)} (goal under 300 KB); next query ${kb(last.search.second)} (goal under 100 KB); that query over every month ${kb(last.search.earlier)}`);
  console.log(
    `  the same uncompressed: search page ${kb(last.search.plain.page)}; first query ${kb(last.search.plain.first)}; next query ${kb(last.search.plain.second)}; over every month ${kb(last.search.plain.earlier)}`,
  );
}
