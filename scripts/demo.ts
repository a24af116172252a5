/**
 * `npm run demo -- --issues N --seed S --out DIR [--today YYYY-MM-DD]`:
 * writes a complete demonstration content tree to DIR. The same options give
 * the same bytes. DIR must be new, empty, hold only geo/, or be an earlier
 * demo tree (its site.json says "demo": true); a real content tree is never
 * overwritten. The tree is written as one change: if writing fails part-way,
 * DIR is left as it was (see scripts/demo/write.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AtomicWriteError } from '../src/lib/content/atomic-write.ts';
import { generateDemo } from './demo/generate.ts';
import { writeDemoTree } from './demo/write.ts';

const usage = 'usage: npm run demo -- --issues N --seed S --out DIR [--today YYYY-MM-DD]';
const { values } = parseArgs({
  options: {
    issues: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    today: { type: 'string', default: '2026-11-27' },
  },
});
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};
const issues = Number(values.issues);
if (!Number.isInteger(issues) || issues < 1) fail(`--issues must be a whole number of at least 1, not ${values.issues ?? '(missing)'}`);
if (values.out === undefined) fail('--out DIR is missing: say where to write the tree');
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) fail(`--today must be YYYY-MM-DD, not ${values.today}`);
const out = values.out as string;

// A folder holding only geography (like a fresh checkout's content/) may be filled too.
if (existsSync(out) && readdirSync(out).some((name) => name !== 'geo')) {
  const site = join(out, 'site.json');
  const isDemo = existsSync(site) && (JSON.parse(readFileSync(site, 'utf8')) as { demo?: unknown }).demo === true;
  if (!isDemo) fail(`${out} is not empty and is not a demo tree (no site.json with "demo": true) — choose a new folder`);
}

const geoDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'geo');
const started = performance.now();
const files = generateDemo({ issues, seed: values.seed, today: values.today, geoDir });
try {
  await writeDemoTree(out, files);
} catch (error) {
  const undone = !(error instanceof AtomicWriteError) || error.restored;
  console.error(`${error instanceof Error ? error.message : String(error)}\n${undone ? `${out} was left as it was.` : `${out} is part old, part new: generate it again.`}`);
  process.exit(1);
}
const count = (prefix: string, suffix: string) => files.filter((f) => f.path.startsWith(prefix) && f.path.endsWith(suffix)).length;
console.log(
  `${out}: ${count('issues/', '.json')} issues, ${count('meetings/', '.json')} meetings, ${count('meetings/', '.mdx')} minutes, ${count('calendars/', '.json')} calendars; ` +
    `${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${values.seed}, today ${values.today}).`,
);
