/**
 * What each unit of the build is made from, as hashes: a unit whose inputs
 * hash the same as last time reuses its previous output.
 *
 * - The code: every file of the project that shapes the output (sources,
 *   translations, public files, configuration, the lock file).
 * - The content, in one pass: the dataset version (every file, as
 *   `contentVersion` computes it), each region's own files (its issues,
 *   meetings with their minutes, and calendars) and the rest (geography, plan, settings),
 *   which every page may show.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ContentHashes {
  /** The dataset version: every content file's path and bytes. */
  dataset: string;
  /** The files every page may show: geography, plan, settings, the allow-list. */
  shared: string;
  /** Each region's issues, meetings (with minutes) and calendars, by region key. */
  regions: Map<string, string>;
}

const hex = (h: ReturnType<typeof createHash>) => h.digest('hex');

/** Every file under root, relative to it with `/`, sorted; no file is stat'ed (the folder listing says what is a file). */
function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && statSync(join(entry.parentPath, entry.name)).isFile()))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Hashes the content tree at `root` in one reading of its files; `dataset` equals `contentVersion(root)` in full. */
export function contentHashes(root: string): ContentHashes {
  const dataset = createHash('sha256');
  const shared = createHash('sha256');
  const regions = new Map<string, ReturnType<typeof createHash>>();
  for (const file of filesOf(root)) {
    const bytes = readFileSync(join(root, file));
    dataset.update(file).update('\0').update(bytes).update('\0');
    const own = /^(?:issues|meetings|calendars)\/([^/]+)\//.exec(file)?.[1];
    let hash = shared;
    if (own !== undefined) {
      hash = regions.get(own) ?? createHash('sha256');
      regions.set(own, hash);
    }
    hash.update(file).update('\0').update(bytes).update('\0');
  }
  return { dataset: hex(dataset).slice(0, 12), shared: hex(shared), regions: new Map([...regions].map(([k, h]) => [k, hex(h)])) };
}

/** The project files that shape the output, relative to the project root. */
const codeInputs = ['src', 'scripts', 'translations', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** One hash of the code that builds the site. */
export function codeHash(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const input of codeInputs) {
    const path = join(projectRoot, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? filesOf(path).map((f) => `${input}/${f}`) : [input];
    for (const file of files) hash.update(file).update('\0').update(readFileSync(join(projectRoot, file))).update('\0');
  }
  return hex(hash);
}

/** The version of the data a region's pages show: its own files and the shared ones. */
export function regionVersion(hashes: ContentHashes, region: string): string {
  return createHash('sha256')
    .update(hashes.shared)
    .update('\0')
    .update(hashes.regions.get(region) ?? '')
    .digest('hex')
    .slice(0, 12);
}
