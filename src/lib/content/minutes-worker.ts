/** Worker thread of `loadContentInParallel`: checks its share of the minutes files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkMinutesFile } from './load.ts';
import type { MinutesJob } from './load-parallel.ts';

const job = workerData as MinutesJob;
parentPort?.postMessage(job.files.map((rel) => checkMinutesFile(readFileSync(join(job.root, rel), 'utf8'), job.allowList)));
