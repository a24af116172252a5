/**
 * The work of the build, split into shards (see `shards.ts`): `prepare`
 * loads and checks the content once and writes the snapshot every shard
 * reads; `runShard` renders its pages with Astro, writes its search indexes
 * and the open data and API; `mergeShards` assembles `dist/` from the
 * shards' folders and proves it complete.
 *
 * Layout of the work folder (`--work`, by default `.cache/shards/<out>`):
 *   snapshot.json              the checked content, asOf and version
 *   N/K/site/                  shard K of N: the pages Astro rendered
 *   N/K/search/{lang}/         its search indexes (Pagefind, compacted)
 *   N/K/files/                 the open data (`data/`) and API (`api/`)
 *   N/K/done.json              what the shard did, from which content version
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Language } from '../../schemas/common.ts';
import { indexContent, type ContentIndex } from '../content/indexes.ts';
import type { ContentSnapshot } from '../content/load.ts';
import { writeApiFiles } from '../exports/write-api.ts';
import { writeDataFiles } from '../exports/write.ts';
import { compactIndex } from '../search/compact.ts';
import { searchRecords } from '../search/records.ts';
import { computeSiteFigures, type SiteFigures } from '../stats/site-figures.ts';
import { pageKeys, unitName, type Shard } from './shards.ts';

export interface ShardDone {
  shard: string;
  version: string;
  asOf: string;
  units: string[];
  /** Search records written per language. */
  records: Partial<Record<Language, number>>;
  /** Metadata bytes of each language's search index after compaction. */
  metaBytes: Partial<Record<Language, number>>;
  seconds: Record<string, number>;
}

export function shardDir(work: string, k: number, n: number): string {
  return join(work, String(n), String(k));
}

const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

function readSnapshot(path: string): ContentSnapshot {
  return JSON.parse(readFileSync(path, 'utf8')) as ContentSnapshot;
}

/** Renders the pages of `keys` with Astro into `outDir`, in a process of its own. */
function renderPages(snapshot: string, keys: string[], outDir: string): Promise<void> {
  const astroBin = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, KEZDESU_SNAPSHOT: snapshot, KEZDESU_SHARD_KEYS: keys.join(',') },
    });
    // Astro's own progress lines are many; keep its last ones for an error.
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    });
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit ${code ?? signal}) for ${keys.join(', ')}:\n${tail}`))));
  });
}

/** Writes the search index of one language into `outDir` and returns its record count and metadata bytes. */
async function writeSearch(model: ContentIndex, lang: Language, minutes: Map<string, string>, outDir: string): Promise<{ records: number; metaBytes: number }> {
  const { index: search, errors } = await pagefind.createIndex({});
  if (search === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const records = searchRecords(model, lang, (id) => minutes.get(id) ?? '');
  for (let i = 0; i < records.length; i += 500) {
    const responses = await Promise.all(records.slice(i, i + 500).map((r) => search.addCustomRecord(r)));
    for (const response of responses) {
      if (response.errors.length > 0) throw new Error(`Pagefind refused a record: ${response.errors.join('; ')}`);
    }
  }
  const written = await search.writeFiles({ outputPath: outDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await search.deleteIndex();
  const compacted = compactIndex(outDir, lang, new Map(records.map((r) => [r.url, r.meta.date])));
  // Only the search API is used; Pagefind's ready-made interfaces are not published.
  for (const file of readdirSync(outDir)) if (/ui\.(js|css)$|highlight\.js$/.test(file)) rmSync(join(outDir, file));
  return { records: records.length, metaBytes: compacted.metaBytesAfter };
}

/**
 * Runs one shard: its pages, then (in this process, after Astro has ended and
 * freed its memory) its search indexes and files.
 */
export async function runShard(snapshots: { full: string; pages: string }, shard: Shard, n: number, work: string, log: (line: string) => void): Promise<ShardDone> {
  const dir = shardDir(work, shard.number, n);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const name = `${shard.number}/${n}`;
  const done: ShardDone = { shard: name, version: '', asOf: '', units: shard.units.map(unitName), records: {}, metaBytes: {}, seconds: {} };
  const keys = pageKeys(shard);
  if (keys.length > 0) {
    const started = performance.now();
    await renderPages(snapshots.pages, keys, join(dir, 'site'));
    done.seconds.pages = seconds(started);
    log(`shard ${name}: pages of ${keys.join(', ')} in ${done.seconds.pages} s`);
  }
  const snapshot = readSnapshot(snapshots.full);
  done.version = snapshot.version;
  done.asOf = snapshot.asOf;
  const others = shard.units.filter((u) => u.kind !== 'pages');
  if (others.length > 0) {
    const model = indexContent(snapshot.content, snapshot.asOf);
    for (const unit of others) {
      const started = performance.now();
      if (unit.kind === 'search') {
        const minutes = new Map<string, string>();
        for (const m of snapshot.content.minutes) minutes.set(m.meeting, `${minutes.get(m.meeting) ?? ''}\n${m.text}`);
        const result = await writeSearch(model, unit.lang, minutes, join(dir, 'search', unit.lang));
        done.records[unit.lang] = result.records;
        done.metaBytes[unit.lang] = result.metaBytes;
      } else if (unit.kind === 'data') {
        const withFigures: ContentIndex & { figures: SiteFigures } = Object.assign(model, { figures: computeSiteFigures(model) });
        const meta = { version: snapshot.version, asOf: snapshot.asOf, license: snapshot.content.site.dataLicense, siteUrl: snapshot.content.site.siteUrl };
        writeApiFiles(join(dir, 'files'), withFigures, meta);
        writeDataFiles(join(dir, 'files'), withFigures, meta);
      }
      done.seconds[unitName(unit)] = seconds(started);
      log(`shard ${name}: ${unitName(unit)} in ${done.seconds[unitName(unit)]} s`);
    }
    await pagefind.close();
  }
  writeFileSync(join(dir, 'done.json'), `${JSON.stringify(done, null, 1)}\n`);
  return done;
}

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(root, f)).isFile());
}

/**
 * Puts every file of `from` at the same place under `to`, as a hard link when
 * the file system allows (the shard's copy is kept for the next build), else a
 * copy. A file two shards both wrote (the stylesheet, the pages every Astro
 * run renders) must have the same bytes in both.
 */
export function placeFiles(from: string, to: string, placed: Map<string, string>): number {
  let count = 0;
  const made = new Set<string>();
  for (const file of filesUnder(from)) {
    const target = join(to, file);
    const source = join(from, file);
    const earlier = placed.get(target);
    if (earlier !== undefined) {
      if (!readFileSync(earlier).equals(readFileSync(source))) throw new Error(`${file.split(sep).join('/')} differs between ${earlier} and ${source}: two shards rendered one page differently`);
      continue;
    }
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
    placed.set(target, source);
    count += 1;
  }
  return count;
}
