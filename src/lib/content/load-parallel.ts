/**
 * Loads content like `loadContent`, but checks the minutes (MDX parsing, most
 * of the work) in processes of their own while this one reads and checks the
 * JSON. Used by `npm run validate` and `npm run build`; the result is the
 * same as `loadContent`'s, in the same order. Given a cache file (the build
 * keeps one in its work folder), a minutes file checked before with the same
 * text, code and allow-list is not checked again: its result is taken from
 * there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ContactAllowList } from '../privacy/personal-data.ts';
import { loadSteps, type CheckedMinutesFile, type LoadOptions, type LoadResult } from './load.ts';
import { writeJsonFile } from '../json-file.ts';

/** What a minutes worker is given: the content root, its share of the files, the allow-list. */
export interface MinutesJob {
  root: string;
  files: string[];
  allowList: ContactAllowList;
}

/**
 * Checks a share of the minutes in a process of its own (minutes-worker.ts), started with none of this process's
 * Node options (a probe a benchmark loads into it, say, is not loaded again there).
 */
function checkOnWorker(job: MinutesJob): Promise<CheckedMinutesFile[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./minutes-worker.ts', import.meta.url)), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const results: CheckedMinutesFile[] = [];
    let complete = false;
    child.on('message', (batch: { results: CheckedMinutesFile[]; last: boolean }) => {
      for (const result of batch.results) results.push(result);
      complete = batch.last;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0 && complete) resolve(results);
      else reject(new Error(`the minutes check stopped with exit code ${code ?? signal} after ${results.length} of ${job.files.length} files`));
    });
    child.send(job);
  });
}

/** Checked minutes by the hash of their text, valid for one version of the code and allow-list. */
interface MinutesCache {
  version: string;
  checked: Record<string, CheckedMinutesFile>;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function readCache(file: string, version: string): Map<string, CheckedMinutesFile> {
  if (!existsSync(file)) return new Map();
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as MinutesCache;
    return cache.version === version ? new Map(Object.entries(cache.checked)) : new Map();
  } catch {
    // A cache cut short (a build stopped while writing it) is no cache.
    return new Map();
  }
}

/**
 * Loads and checks the content tree at `root`, minutes on `workers` threads
 * (default: one per core). With `cache` — its file and the version of the code
 * that checks — the minutes whose text was checked before are taken from the
 * cache, and the cache is written anew with this tree's minutes.
 */
export async function loadContentInParallel(root: string, options: LoadOptions, workers = availableParallelism(), cache?: { file: string; code: string }): Promise<LoadResult> {
  const steps = loadSteps(root, options);
  let pending: Promise<CheckedMinutesFile[]> = Promise.resolve([]);
  let step = steps.next();
  while (!step.done) {
    if (step.value.kind === 'start') {
      const { files, allowList } = step.value;
      const version = cache === undefined ? '' : sha(`${cache.code}\0${JSON.stringify(allowList)}`);
      const known = cache === undefined ? new Map<string, CheckedMinutesFile>() : readCache(cache.file, version);
      const hashes = cache === undefined ? [] : files.map((rel) => sha(readFileSync(join(root, rel), 'utf8')));
      const toCheck = files.filter((_, i) => !known.has(hashes[i] ?? ''));
      const shares = Array.from({ length: Math.max(1, Math.min(workers, toCheck.length)) }, (_, w) => toCheck.filter((_, i) => i % workers === w));
      pending = Promise.all(shares.map((share) => (share.length === 0 ? Promise.resolve([]) : checkOnWorker({ root, files: share, allowList })))).then((checked) => {
        // Worker w checked files w, w + n, w + 2n, …: put them back in order.
        const fresh = checked.flatMap((share, w) => share.map((result, k) => ({ result, at: w + k * checked.length }))).sort((a, b) => a.at - b.at).map((x) => x.result);
        let next = 0;
        const results = files.map((_, i) => known.get(hashes[i] ?? '') ?? fresh[next++]!);
        if (cache !== undefined && (toCheck.length > 0 || known.size !== files.length)) {
          const kept: MinutesCache = { version, checked: Object.fromEntries(results.map((result, i) => [hashes[i] ?? '', result])) };
          mkdirSync(dirname(cache.file), { recursive: true });
          writeJsonFile(cache.file, kept);
        }
        return results;
      });
      step = steps.next();
    } else {
      step = steps.next(await pending);
    }
  }
  return step.value;
}
