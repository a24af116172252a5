/** One thread of `validatePages`: validates its share of pages and posts the findings back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createValidator, type Finding, type WorkerInput } from './validate-html.ts';

const { dist, pages, config } = workerData as WorkerInput;
const validate = createValidator(config);
const findings: Finding[] = [];
for (const page of pages) findings.push(...validate(readFileSync(join(dist, page), 'utf8'), page));
parentPort!.postMessage(findings);
