/**
 * Process of `loadContentInParallel`: checks its share of the minutes files
 * and hands back the results a few hundred files at a time, so that what it
 * holds stays small whatever the number of minutes. A process, not a worker
 * thread: the memory the checking took goes back to the system when it ends
 * (a thread's stayed with the build, about 380 MB at 30,000 issues).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMinutesFile, type CheckedMinutesFile } from './load.ts';
import { keepChecked, type MinutesJob } from './load-parallel.ts';

const batch = 200;

process.once('message', (job: MinutesJob) => {
  let at = 0;
  const next = () => {
    const results: CheckedMinutesFile[] = job.files.slice(at, at + batch).map((rel, i) => {
      const checked = checkMinutesFile(readFileSync(join(job.root, rel), 'utf8'), job.allowList);
      // Kept whole in the build's store, handed back without the HTML and text.
      const keep = job.keep?.[at + i];
      return keep === undefined ? checked : keepChecked(keep, checked);
    });
    at += batch;
    // The next batch is checked once this one is sent; the last one ends the process.
    process.send?.({ results, last: at >= job.files.length }, () => (at >= job.files.length ? process.disconnect() : next()));
  };
  next();
});
