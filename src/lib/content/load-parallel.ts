/**
 * Loads content like `loadContent`, but checks the minutes (MDX parsing, most
 * of the work) on worker threads while this thread reads and checks the
 * JSON. Used by `npm run validate` and `npm run build`; the result is the
 * same as `loadContent`'s, in the same order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContactAllowList } from '../privacy/personal-data.ts';
import { loadSteps, type CheckedMinutesFile, type LoadOptions, type LoadResult } from './load.ts';

/** What a minutes worker is given: the content root, its share of the files, the allow-list. */
export interface MinutesJob {
  root: string;
  files: string[];
  allowList: ContactAllowList;
}

function checkOnWorker(job: MinutesJob): Promise<CheckedMinutesFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./minutes-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (results: CheckedMinutesFile[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the minutes worker stopped with exit code ${code}`));
    });
  });
}

/** Loads and checks the content tree at `root`, minutes on `workers` threads (default: one per core). */
export async function loadContentInParallel(root: string, options: LoadOptions, workers = availableParallelism()): Promise<LoadResult> {
  const steps = loadSteps(root, options);
  let pending: Promise<CheckedMinutesFile[][]> = Promise.resolve([]);
  let step = steps.next();
  while (!step.done) {
    if (step.value.kind === 'start') {
      const { files, allowList } = step.value;
      const shares = Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, (_, w) => files.filter((_, i) => i % workers === w));
      pending = Promise.all(shares.map((share) => checkOnWorker({ root, files: share, allowList })));
      step = steps.next();
    } else {
      // Worker w checked files w, w + n, w + 2n, …: put them back in order.
      const shares = await pending;
      const results = shares.flatMap((share, w) => share.map((result, k) => ({ result, at: w + k * shares.length })));
      step = steps.next(results.sort((a, b) => a.at - b.at).map((x) => x.result));
    }
  }
  return step.value;
}
