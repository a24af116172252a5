/**
 * `npm run demo -- --issues N --seed S --out DIR [--today YYYY-MM-DD]`:
 * writes a complete demonstration content tree to DIR. The same options give
 * the same bytes. DIR must be new, empty, hold only geo/, or be an earlier
 * demo tree (its site.json says "demo": true); a real content tree is never
 * overwritten.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDemo } from './demo/generate.ts';

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
for (const dir of ['geo', 'meetings', 'issues', 'plan', 'privacy']) rmSync(join(out, dir), { recursive: true, force: true });
const made = new Set<string>();
for (const file of files) {
  const path = join(out, file.path);
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(path, file.text);
}
const count = (prefix: string, suffix: string) => files.filter((f) => f.path.startsWith(prefix) && f.path.endsWith(suffix)).length;
console.log(
  `${out}: ${count('issues/', '.json')} issues, ${count('meetings/', '.json')} meetings, ${count('meetings/', '.mdx')} minutes; ` +
    `${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${values.seed}, today ${values.today}).`,
);
