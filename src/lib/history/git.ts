/**
 * Reads what the history guard compares: the issue and meeting files of an
 * earlier git revision (one `git cat-file --batch` for all of them), the ids
 * deleted before it, and the same files in the working tree. Uses the git
 * command line, so it needs no dependency and works in any checkout with
 * enough history (in CI: `fetch-depth: 0`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowListFile, calendarFile, rulesFile, type StoredEntry } from './guard.ts';

const entryFile = /^(meetings|issues)\/[^/]+\/((?:m-\d{2}-\d{4})|(?:i-\d{2}-\d{5}))\.json$/;
/** Published minutes: kept by the key `m-10-0001.minutes.kk`, their value the text itself. */
const minutesFile = /^meetings\/[^/]+\/(m-\d{2}-\d{4}\.minutes\.(?:kk|ru|en))\.mdx$/;
/** Files kept by their path: the allow-list, the rules table, the calendars. */
const keptByPath = (path: string): boolean => path === allowListFile || path === rulesFile || calendarFile.test(path);
const keyOf = (path: string): string | undefined => (keptByPath(path) ? path : (entryFile.exec(path)?.[2] ?? minutesFile.exec(path)?.[1]));
const valueOf = (path: string, text: string): unknown => (minutesFile.test(path) ? text : parse(text));

function git(root: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['-C', root, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** Thrown when the revision cannot be read; the message says what to do. */
export class RevisionError extends Error {}

/** The issue and meeting files (and meetings' minutes) of revision `rev` under the content tree at `root`, by id, and the ids deleted before it. */
export function readRevision(root: string, rev: string): { before: Map<string, StoredEntry>; deletedBefore: Set<string> } {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    throw new RevisionError(`${rev} is not a revision of this repository — fetch it first (git fetch origin; in GitHub Actions check out with fetch-depth: 0)`);
  }
  const prefix = git(root, ['rev-parse', '--show-prefix']).toString('utf8').trim();
  const paths = git(root, ['ls-tree', '-r', '-z', '--name-only', rev, '--', 'meetings', 'issues', 'calendars', allowListFile, rulesFile])
    .toString('utf8')
    .split('\0')
    .filter((p) => keyOf(p) !== undefined);
  const before = new Map<string, StoredEntry>();
  if (paths.length > 0) {
    // One process for every file: `<sha> blob <size>\n<bytes>\n` per requested object.
    const out = git(root, ['cat-file', '--batch'], paths.map((p) => `${rev}:${prefix}${p}`).join('\n') + '\n');
    let at = 0;
    for (const path of paths) {
      const headerEnd = out.indexOf(0x0a, at);
      const header = out.subarray(at, headerEnd).toString('utf8');
      const size = Number(header.split(' ')[2]);
      if (!header.includes(' blob ') || !Number.isFinite(size)) throw new RevisionError(`git could not read ${prefix}${path} at ${rev} (${header})`);
      const text = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
      at = headerEnd + 1 + size + 1;
      before.set(keyOf(path) ?? '', { path, value: valueOf(path, text) });
    }
  }
  const deletedBefore = new Set<string>();
  const deleted = git(root, ['log', '--diff-filter=D', '--name-only', '--relative', '--format=', '-z', rev, '--', 'meetings', 'issues']).toString('utf8');
  for (const path of deleted.split(/[\0\n]/)) {
    const id = entryFile.exec(path)?.[2];
    if (id !== undefined && !before.has(id)) deletedBefore.add(id);
  }
  return { before, deletedBefore };
}

/** The issue and meeting files (and meetings' minutes) in the working tree at `root`, by id. */
export function readWorkingTree(root: string): Map<string, StoredEntry> {
  const after = new Map<string, StoredEntry>();
  for (const kind of ['meetings', 'issues']) {
    const dir = join(root, kind);
    if (!existsSync(dir)) continue;
    const regions = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    for (const region of regions) {
      for (const name of readdirSync(join(dir, region)).sort()) {
        const path = `${kind}/${region}/${name}`;
        const key = keyOf(path);
        if (key !== undefined) after.set(key, { path, value: valueOf(path, readFileSync(join(root, path), 'utf8')) });
      }
    }
  }
  const calendars = join(root, 'calendars');
  if (existsSync(calendars)) {
    for (const region of readdirSync(calendars, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      for (const name of readdirSync(join(calendars, region)).sort()) {
        const path = `calendars/${region}/${name}`;
        if (calendarFile.test(path)) after.set(path, { path, value: parse(readFileSync(join(root, path), 'utf8')) });
      }
    }
  }
  for (const path of [allowListFile, rulesFile]) {
    if (existsSync(join(root, path))) after.set(path, { path, value: parse(readFileSync(join(root, path), 'utf8')) });
  }
  return after;
}

/**
 * Every issue and meeting id that the repository holding `root` ever had
 * under it, on any branch, deleted ones included; empty outside a git
 * checkout. Import numbers new entries past all of them.
 */
export function idsEverUsed(root: string): Set<string> {
  const ids = new Set<string>();
  let out: string;
  try {
    out = git(root, ['log', '--all', '--name-only', '--relative', '--format=', '-z', '--', 'meetings', 'issues']).toString('utf8');
  } catch {
    return ids;
  }
  for (const path of out.split(/[\0\n]/)) {
    const id = entryFile.exec(path)?.[2];
    if (id !== undefined) ids.add(id);
  }
  return ids;
}
