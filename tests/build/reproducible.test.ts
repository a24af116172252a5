/**
 * Reproducible builds: the same content and SOURCE_DATE_EPOCH give a
 * byte-identical site, however the build is split. A small demo tree is
 * built twice, into folders of different names and with different temporary
 * folders: once in one run (`npm run build`), once as three shards run at
 * once, each in a work folder of its own (`--shard K/3 --prune`, as three
 * machines would), their units put together and merged (`--merge`, and
 * `--merge --move` from a copy of them, as the workflow's merge runner); every
 * file of the two outputs is compared by its SHA-256. The three runners work
 * as the publishing workflow runs them: a first job checks the content once
 * and prepares each shard's inputs, and each runner is handed only its own
 * (`--inputs K/3`); a fourth runner builds shard 3 checking the content
 * itself, as a runner with no first job would. Then one issue's status
 * changes: the build with the shards' cache rebuilds only what shows that
 * issue (its region's pages, the cross-cutting pages, the search index of
 * its month in each language, open data) and gives the same files as a build
 * from nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { planShards } from '../../src/lib/build/shards.ts';
import { recordsFile } from '../../src/lib/build/work.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { readSnapshotFile } from '../../src/lib/json-file.ts';
import { testSourceDateEpoch } from '../support/clock.ts';
import { tempFolder } from '../support/temp.ts';

const work = tempFolder('kezdesu-repro-');

/** Path → SHA-256 of every file under dir. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((p) => p.split(sep).join('/')).sort()) {
    const path = join(dir, f);
    if (statSync(path).isFile()) out[f] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** The command line, environment and description of `npm run build -- ...args --out work/out --work work/<work>`. */
function buildCommand(content: string, out: string, args: string[], workName = `${out}-shards`, env: Record<string, string> = {}) {
  const temp = mkdtempSync(join(work, `tmp-${out}-${args.join('').replace(/\W/g, '')}-`));
  return {
    args: ['scripts/build.ts', ...args, '--out', join(work, out), '--work', join(work, workName)],
    env: { ...process.env, KEZDESU_CONTENT: content, SOURCE_DATE_EPOCH: testSourceDateEpoch, TMPDIR: temp, ...env },
    failed: (stdout: string, stderr: string) => new Error(`build ${args.join(' ')} of ${content} failed:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`),
  };
}

/** Runs `npm run build -- ...args --out work/out --work work/out-shards` and returns what it printed. */
function build(content: string, out: string, ...args: string[]): string {
  const command = buildCommand(content, out, args);
  const result = spawnSync(process.execPath, command.args, { encoding: 'utf8', env: command.env });
  if (result.status !== 0) throw command.failed(result.stdout, result.stderr);
  return result.stdout;
}

/** As `build`, with a work folder of its own (`work/<workName>`), not waited for: builds that run at once, as on machines of their own. */
function buildApart(content: string, out: string, workName: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const command = buildCommand(content, out, args, workName, env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command.args, { env: command.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(command.failed(stdout, stderr))));
  });
}

/** The units a build says it built: `built N units (a, b, …)`. */
function builtUnits(log: string): string[] {
  const match = /built (\d+) units(?: \(([^)]*)\))?/.exec(log);
  if (match === null) throw new Error(`the build did not say which units it built:\n${log.slice(-2000)}`);
  return (match[2] ?? '').split(', ').filter((u) => u !== '').sort();
}

describe('reproducible build', () => {
  const content = join(work, 'content');

  it('gives byte-identical files for the same content and SOURCE_DATE_EPOCH, in one run or in three shards merged', { timeout: 600_000 }, async () => {
    const demo = spawnSync(process.execPath, ['scripts/demo.ts', '--issues', '60', '--seed', 'repro', '--today', '2026-11-27', '--out', content], { encoding: 'utf8' });
    expect(demo.status, demo.stderr).toBe(0);
    expect(build(content, 'first', '--shards', '1')).toContain('1 shard, 1 at a time');
    // The publishing workflow: a first job checks the content and prepares every shard's inputs; three runners at
    // once, each with a work folder of its own holding only the files it is handed (--inputs K/3) and its own units
    // (--prune); the merge's runner gets the plan, what the site must hold and every shard's units.
    const prepared = buildCommand(content, 'second', ['--prepare', '--shards', '3'], 'plan');
    const preparing = spawnSync(process.execPath, prepared.args, { encoding: 'utf8', env: prepared.env });
    if (preparing.status !== 0) throw prepared.failed(preparing.stdout, preparing.stderr);
    const inputs = (which: string) => {
      const listed = spawnSync(process.execPath, ['scripts/build.ts', '--inputs', which, '--work', join(work, 'plan')], { encoding: 'utf8' });
      expect(listed.status, listed.stderr).toBe(0);
      return listed.stdout.split('\n').filter((f) => f !== '');
    };
    const plan = JSON.parse(readFileSync(join(work, 'plan', 'plan-3.json'), 'utf8')) as { shards: { units: { kind: string; key?: string; lang?: string; period?: string }[] }[] };
    // Planned for runners of their own (shards.test.ts works the dealing out by hand), not as npm run build plans
    // shards that run together on one machine: the two deal this content's search indexes differently.
    const model = (() => {
      const snapshot = readSnapshotFile(join(work, 'plan', 'snapshot.json'));
      return indexContent(snapshot.content, snapshot.asOf);
    })();
    const unitsOf = (shards: { units: unknown[] }[]) => shards.map((shard) => shard.units);
    expect(unitsOf(plan.shards)).toEqual(unitsOf(planShards(model, 3, 'apart')));
    expect(unitsOf(plan.shards)).not.toEqual(unitsOf(planShards(model, 3, 'together')));
    expect(plan.shards[0]!.units.filter((u) => u.kind !== 'search')).toEqual([{ kind: 'pages', key: 'core' }, { kind: 'data' }]);
    const handed = new Map<number, string[]>();
    for (const k of [1, 2, 3]) {
      // Shard K reads the plan, its part of the content, the rows of the lists by category and measure when it
      // renders them, the whole snapshot only for the open data, and its own search units' records.
      const units = plan.shards[k - 1]!.units;
      const own = units.filter((u) => u.kind === 'search').map((u) => `records/${recordsFile('', `search:${u.lang}:${u.period}`)}`);
      const lists = units.some((u) => u.kind === 'pages' && (u.key === 'categories' || u.key === 'plan'));
      const whole = units.some((u) => u.kind === 'data');
      handed.set(k, inputs(`${k}/3`));
      expect([...handed.get(k)!].sort()).toEqual(['plan-3.json', `pages-${k}-of-3.json`, ...(whole ? ['snapshot.json'] : []), ...(lists ? [`rows/${k}-of-3/`] : []), ...own].sort());
    }
    // The first job's own script packs each runner's inputs (publish.yml, "Pack each shard's inputs"); each runner
    // unpacks its own into its work folder, and the merge's runner its own, as the workflow's next jobs do.
    const pack = (load(readFileSync('.github/workflows/publish.yml', 'utf8')) as { jobs: { plan: { steps: { name?: string; run?: string }[] } } }).jobs.plan.steps.find((step) => step.name === "Pack each shard's inputs")?.run;
    if (pack === undefined) throw new Error("publish.yml has no step «Pack each shard's inputs» in its first job");
    const packing = mkdtempSync(join(work, 'packing-'));
    symlinkSync(resolve('scripts'), join(packing, 'scripts'));
    const packed = spawnSync('bash', ['-euo', 'pipefail', '-c', pack], { cwd: packing, encoding: 'utf8', env: { ...process.env, WORK: join(work, 'plan'), SHARDS: '3', PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` } });
    expect(packed.status, packed.stderr).toBe(0);
    for (const k of [1, 2, 3]) {
      mkdirSync(join(work, `runner-${k}`));
      expect(spawnSync('tar', ['-xf', join(packing, 'prepared', 'shards', `shard-${k}.tar`), '-C', join(work, `runner-${k}`)]).status).toBe(0);
    }
    mkdirSync(join(work, 'second-shards'));
    expect(spawnSync('tar', ['-xf', join(packing, 'prepared', 'merge', 'merge.tar'), '-C', join(work, 'second-shards')]).status).toBe(0);
    expect(plan.shards.some((shard) => shard.units.some((u) => u.kind === 'pages' && u.key === 'categories'))).toBe(true);
    expect(inputs('merge').sort()).toEqual(['expected.json', 'plan-3.json']);
    // The first job's folder is gone before the runners start, as it is on machines of their own: each runner reads only what it was handed.
    rmSync(join(work, 'plan'), { recursive: true });
    // Beside them, shard 3 on a runner with no first job: it checks the content itself, and writes only what its own
    // shard reads (its part of the content and its search records), for the same units with the same inputs.
    // Runner 2 renders its pages in two Astro runs, the second once its search indexes and API documents are made, as
    // a runner does when that ends sooner (splitPages); told here that starting a run costs nothing, as the small tree
    // would not be worth a second start.
    const logs = await Promise.all([
      ...[1, 2, 3].map((k) => buildApart(content, 'second', `runner-${k}`, ['--shard', `${k}/3`, '--prepared', '--prune'], k === 2 ? { KEZDESU_ASTRO_START: '0' } : {})),
      buildApart(content, 'second', 'runner-3-alone', ['--shard', '3/3', '--prune']),
    ]);
    expect(logs[1]).toMatch(/shard 2\/3: pages of [^\n]+ in a second Astro run, once the rest is made/);
    expect(logs[0]).not.toMatch(/second Astro run/);
    expect(logs[2]).not.toMatch(/second Astro run/);
    const alone = join(work, 'runner-3-alone');
    expect(readdirSync(alone).filter((f) => /^pages-\d-of-3\.json$/.test(f))).toEqual(['pages-3-of-3.json']);
    expect(readdirSync(join(alone, 'records')).sort()).toEqual(handed.get(3)!.filter((f) => f.startsWith('records/')).map((f) => f.slice('records/'.length)).sort());
    const unitInputs = (folder: string) =>
      readdirSync(join(folder, 'units'))
        .filter((u) => existsSync(join(folder, 'units', u, 'unit.json')))
        .map((u) => `${u} ${(JSON.parse(readFileSync(join(folder, 'units', u, 'unit.json'), 'utf8')) as { inputs: string }).inputs}`)
        .sort();
    expect(unitInputs(alone)).toEqual(unitInputs(join(work, 'runner-3')));
    expect(unitInputs(alone).length).toBe(plan.shards[2]!.units.length);
    for (const k of [1, 2, 3]) {
      for (const folder of ['units', '3']) cpSync(join(work, `runner-${k}`, folder), join(work, 'second-shards', folder), { recursive: true });
    }
    // Merged twice: linked, keeping the units as a cache for the next build (the next test's), and moved from a copy of
    // them, as the workflow's merge runner does (publish.yml), which keeps no cache and uses the units up.
    cpSync(join(work, 'second-shards'), join(work, 'moved-shards'), { recursive: true });
    expect(build(content, 'second', '--merge', '--shards', '3', '--prepared')).toContain('merged 3 shards');
    // Without --merge, --move is refused before anything is touched: npm run build keeps its units as its cache.
    const moveAlone = spawnSync(process.execPath, ['scripts/build.ts', '--move', '--work', join(work, 'moved-shards')], { encoding: 'utf8' });
    expect(moveAlone.status).toBe(1);
    expect(moveAlone.stderr).toContain('--move goes with --merge');
    expect(existsSync(join(work, 'moved-shards', 'units'))).toBe(true);
    expect(build(content, 'moved', '--merge', '--shards', '3', '--prepared', '--move')).toContain('merged 3 shards');
    expect(existsSync(join(work, 'moved-shards', 'units'))).toBe(false);
    const first = hashes(join(work, 'first'));
    const second = hashes(join(work, 'second'));
    expect(hashes(join(work, 'moved'))).toEqual(second);
    expect(Object.keys(first).length).toBeGreaterThan(1000);
    expect(Object.keys(first).some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  });

  it('after one issue changes status, rebuilds only its region\'s pages and API documents, the pages across regions, the search index of its month and open data, and gives the files of a full build', { timeout: 600_000 }, () => {
    // An issue under review in Abay moves to «in progress» the day before the build.
    const folder = join(content, 'issues', 'abay');
    const file = readdirSync(folder)
      .sort()
      .map((f) => join(folder, f))
      .find((f) => (JSON.parse(readFileSync(f, 'utf8')) as { history: { status: string }[] }).history.at(-1)?.status === 'in-review');
    if (file === undefined) throw new Error('the demo tree has no Abay issue under review');
    const issue = JSON.parse(readFileSync(file, 'utf8')) as { id: string; raised: string; history: unknown[] };
    issue.history.push({ date: '2026-11-27', status: 'in-progress', note: { kk: 'Жұмыс басталды.', ru: 'Работы начаты.' } });
    writeFileSync(file, `${JSON.stringify(issue, null, 2)}\n`);

    // The cache of the three shards built above, then a build from nothing.
    const cached = build(content, 'second', '--shards', '3');
    // On one machine, shard 1 holds core's pages and the open data alone: both changed, and it has nothing to reuse.
    expect(cached).toMatch(/shard 1\/3: building pages:core, data\n/);
    // Search: only the index of the month the issue was raised in, in each language; the other months' are reused.
    const month = issue.raised.slice(0, 7);
    expect(builtUnits(cached)).toEqual(['api:abay', 'data', 'pages:abay', 'pages:categories', 'pages:core', 'pages:plan', `search:en:${month}`, `search:kk:${month}`, `search:ru:${month}`]);
    expect(cached).toContain(`search:kk:general`);
    // Into the folder the last merge filled, only those units' files are replaced.
    expect(cached).toContain('9 units replaced in the last output');
    build(content, 'full', '--shards', '1');
    const incremental = hashes(join(work, 'second'));
    const full = hashes(join(work, 'full'));
    const differing = Object.keys({ ...incremental, ...full }).filter((f) => incremental[f] !== full[f]);
    expect(differing).toEqual([]);
    // The change is there: the issue's page differs from the first build's.
    const page = `ru/issues/${issue.id}/index.html`;
    expect(readFileSync(join(work, 'second', page), 'utf8')).toContain('Работы начаты.');
    expect(readFileSync(join(work, 'first', page), 'utf8')).not.toContain('Работы начаты.');
  });

  it('after a district is renamed, a cached build in another number of shards replaces every unit that shows it, whatever order it meets them in, and gives the files of a full build', { timeout: 600_000 }, () => {
    // A district's Kazakh name is corrected: every region's pages, open data and every search index name districts.
    const file = join(content, 'geo', 'districts', 'abay.json');
    const districts = JSON.parse(readFileSync(file, 'utf8')) as { shortName: { kk: string } }[];
    districts[0]!.shortName.kk = `${districts[0]!.shortName.kk} (түзетілді)`;
    writeFileSync(file, `${JSON.stringify(districts, null, 2)}\n`);
    // Two shards now, not three: the merge meets the units in another order than the last merge placed them,
    // and files several units write (Pagefind's worker, the stylesheet) were placed by whichever came first then.
    const cached = build(content, 'second', '--shards', '2');
    expect(cached).toContain('merged 2 shards');
    // A build from nothing: no output, no cache.
    rmSync(join(work, 'full'), { recursive: true, force: true });
    rmSync(join(work, 'full-shards'), { recursive: true, force: true });
    build(content, 'full', '--shards', '1');
    const incremental = hashes(join(work, 'second'));
    const full = hashes(join(work, 'full'));
    const differing = Object.keys({ ...incremental, ...full }).filter((f) => incremental[f] !== full[f]);
    expect(differing).toEqual([]);
  });
});
