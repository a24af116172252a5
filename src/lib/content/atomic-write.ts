/**
 * Writes a set of files as one change: either every file of the set holds
 * its new bytes, or the tree is left as it was. The import, the inbox and the
 * demo generator write content only through it, so a full disk, a folder
 * that cannot be written or a stopped process never leaves a truncated JSON
 * file or half an import behind.
 *
 * How: (1) every folder needed is made, and every file is written to a
 * temporary file beside it (`.NAME.PID-N.tmp`, in the same folder, so a
 * rename cannot cross file systems), flushed to disk (fsync) and, when asked,
 * read back and compared with what was meant; each file that will be
 * replaced gets a second name (a hard link, or a copy) to put it back from.
 * (2) Only then is each temporary renamed over its file, one after another,
 * and each file to delete renamed aside. (3) The folders are flushed and the
 * second names deleted.
 *
 * What is guaranteed:
 * - An error before step (2) — a write that fails, a disk that fills, a
 *   path that is blocked, a read-back that differs — removes every
 *   temporary and every folder made, and leaves the tree byte for byte as it
 *   was; the error names the file.
 * - An error during step (2) (rare: every target was checked beforehand) puts
 *   back every file already replaced or deleted from its second name, so
 *   the tree is again as it was; if even that fails, the error says
 *   `restored: false` and lists the files.
 * - A file is never seen half-written: a reader, or the tree after a crash,
 *   finds each file whole, old or new (rename replaces a file in one step
 *   on POSIX file systems).
 *
 * What is not guaranteed: if the process is killed or the machine loses
 * power during step (2), the files renamed by then are new and the rest old —
 * a mix, though each file whole. Everything slow happens in step (1), so
 * step (2) is only renames, a few milliseconds for an import. A crash may
 * also leave temporaries or second names (`.*.tmp`): `git status` shows
 * them with what changed, and `npm run validate` refuses one among issues,
 * meetings, districts or settlements as an unexpected file.
 */
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The part of `node:fs/promises` this module uses; tests pass one that fails on purpose. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'mkdir' | 'rename' | 'link' | 'copyFile' | 'unlink' | 'rmdir' | 'stat' | 'readFile'>;

export interface FileToWrite {
  /** Where the file goes (absolute, or relative to the working folder). */
  path: string;
  text: string | Uint8Array;
}

export interface AtomicWriteOptions {
  /** Files to delete in the same change (absent ones are ignored). */
  remove?: readonly string[];
  /** Read every temporary back and compare it with what was meant before anything is replaced. */
  verify?: boolean;
  /** How many files are written and flushed at once (the disk batches the flushes). */
  concurrency?: number;
  fs?: AtomicFs;
}

/** Why a change was not made; `path` is the file it stopped at. */
export class AtomicWriteError extends Error {
  readonly path: string;
  /** False only when a failure while renaming could not be put back: then `changed` lists the files left new or deleted. */
  readonly restored: boolean;
  readonly changed: readonly string[];
  constructor(path: string, cause: unknown, restored = true, changed: readonly string[] = []) {
    super(`${path}: ${cause instanceof Error ? cause.message : String(cause)}${restored ? '' : ` (could not be put back: ${changed.join(', ')})`}`, { cause });
    this.name = 'AtomicWriteError';
    this.path = path;
    this.restored = restored;
    this.changed = changed;
  }
}

let counter = 0;
/** A name beside `path` that no other writer uses: a dot file, so listings and the loader see it as what it is. */
const besideName = (path: string, what: string) => join(dirname(path), `.${basename(path)}.${process.pid}-${++counter}${what}.tmp`);

const bytesOf = (text: string | Uint8Array) => (typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text));

async function exists(fs: AtomicFs, path: string): Promise<'file' | 'dir' | undefined> {
  try {
    return (await fs.stat(path)).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Runs `work` over `items`, at most `limit` at once; stops taking new items after the first failure and rethrows it. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure !== undefined) throw failure.error;
}

/** Writes every file of `files` (and deletes every file of `remove`) as one change; see the module comment for what that promises. */
export async function writeFilesAtomically(files: readonly FileToWrite[], options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new AtomicWriteError(f.path, new Error('the same file is written twice in one change'));
    seen.add(f.path);
  }
  const removals = (options.remove ?? []).filter((path) => !seen.has(path));

  /** Folders made by this change, outermost first. */
  const madeDirs: string[] = [];
  /** Temporaries written, by target. */
  const temps = new Map<string, string>();
  /** Second names of files that will be replaced or deleted, by target. */
  const keeps = new Map<string, string>();
  /** Where a failure happened, for the error. */
  let at = files[0]?.path ?? '';

  const undoPreparation = async () => {
    for (const path of [...temps.values(), ...keeps.values()]) await fs.unlink(path).catch(() => undefined);
    for (const dir of [...madeDirs].reverse()) await fs.rmdir(dir).catch(() => undefined);
  };

  /** Writes one file's temporary beside it, flushed (and read back), and gives a file it replaces a second name. */
  const prepare = async (f: FileToWrite) => {
    const kind = await exists(fs, f.path);
    if (kind === 'dir') throw new Error('a folder is in the way of the file');
    const temp = besideName(f.path, '');
    const bytes = bytesOf(f.text);
    const handle = await fs.open(temp, 'wx');
    temps.set(f.path, temp);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.verify) {
      const back = await fs.readFile(temp);
      if (!back.equals(bytes)) throw new Error('the file read back is not what was written');
    }
    if (kind === 'file') {
      const keep = besideName(f.path, '.was');
      await fs.link(f.path, keep).catch(() => fs.copyFile(f.path, keep));
      keeps.set(f.path, keep);
    }
  };

  // (1) Prepare everything: folders, temporaries, second names.
  try {
    const dirs = [...new Set(files.map((f) => dirname(f.path)))].sort();
    for (const dir of dirs) {
      at = dir;
      const missing: string[] = [];
      let up = dir;
      for (;;) {
        const kind = await exists(fs, up);
        if (kind === 'dir') break;
        if (kind === 'file') throw new Error(`${up} is a file where a folder is needed`);
        missing.unshift(up);
        const parent = dirname(up);
        if (parent === up) break;
        up = parent;
      }
      for (const m of missing) {
        await fs.mkdir(m);
        madeDirs.push(m);
      }
    }
    await eachLimited(files, options.concurrency ?? 16, async (f) => {
      try {
        await prepare(f);
      } catch (error) {
        throw new AtomicWriteError(f.path, error);
      }
    });
    for (const path of removals) {
      at = path;
      const kind = await exists(fs, path);
      if (kind === 'dir') throw new Error('a folder, not a file, is to be deleted');
      if (kind === 'file') keeps.set(path, besideName(path, '.was'));
    }
  } catch (error) {
    await undoPreparation();
    throw error instanceof AtomicWriteError ? error : new AtomicWriteError(at, error);
  }

  // (2) Put everything in place: renames only.
  const done: string[] = [];
  try {
    for (const f of files) {
      at = f.path;
      await fs.rename(temps.get(f.path) as string, f.path);
      temps.delete(f.path);
      done.push(f.path);
    }
    for (const path of removals) {
      const keep = keeps.get(path);
      if (keep === undefined) continue;
      at = path;
      await fs.rename(path, keep);
      done.push(path);
    }
  } catch (error) {
    const left: string[] = [];
    for (const path of done.reverse()) {
      const keep = keeps.get(path);
      try {
        if (keep !== undefined) {
          await fs.rename(keep, path);
          keeps.delete(path);
        } else await fs.unlink(path);
      } catch {
        left.push(path);
      }
    }
    if (left.length === 0) {
      await undoPreparation();
      throw new AtomicWriteError(at, error);
    }
    for (const path of temps.values()) await fs.unlink(path).catch(() => undefined);
    throw new AtomicWriteError(at, error, false, left);
  }

  // (3) Make the renames durable, then let go of the second names. A failure here changes nothing that was written.
  const touched = new Set([...madeDirs.map((d) => dirname(d)), ...files.map((f) => dirname(f.path)), ...removals.map((p) => dirname(p))]);
  for (const dir of touched) {
    try {
      const handle = await fs.open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Some systems (Windows) cannot open a folder to flush it; the renames are then as durable as the system makes them.
    }
  }
  for (const keep of keeps.values()) await fs.unlink(keep).catch(() => undefined);
}
