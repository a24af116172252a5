/**
 * `npm run bench:import [-- --issues 30000 --rows 1000]`: how long an
 * editor waits for `npm run import` of an update spreadsheet on a large
 * record. Generates a demo tree of that many issues (in .cache/bench-import/),
 * writes a changes spreadsheet with one progress row for each of ROWS open
 * issues, imports it exactly as `npm run import` does and prints the seconds
 * and the peak memory. Goal: 1,000 rows into 30,000 issues in under 30 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { templateColumns } from '../src/lib/import/columns.ts';
import { heading } from '../src/lib/import/csv.ts';

const { values } = parseArgs({ options: { issues: { type: 'string', default: '30000' }, rows: { type: 'string', default: '1000' } } });
const issues = Number(values.issues);
const wanted = Number(values.rows);
const work = join('.cache', 'bench-import');
const tree = join(work, 'content');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const demo = spawnSync(process.execPath, ['scripts/demo.ts', '--issues', String(issues), '--seed', 'bench', '--out', tree], { encoding: 'utf8' });
if (demo.status !== 0) throw new Error(demo.stderr);

// One progress note for each of the first ROWS issues still open: what an akimat sends after a month of work.
const rows: string[] = [];
for (const region of readdirSync(join(tree, 'issues'))) {
  for (const file of readdirSync(join(tree, 'issues', region))) {
    if (rows.length >= wanted) break;
    const issue = JSON.parse(readFileSync(join(tree, 'issues', region, file), 'utf8')) as { id: string; history: { status: string }[] };
    const status = issue.history.at(-1)?.status;
    if (status === 'in-progress' || status === 'planned') rows.push(`${issue.id},27.11.2026,Ход работ,Работы продолжаются`);
  }
}
const columns = ['issue', 'date', 'kind', 'noteRu'].map((key) => heading(templateColumns.changes.find((c) => c.key === key)!));
const sheet = join(work, 'updates.csv');
writeFileSync(sheet, `\uFEFF${columns.join(',')}\n${rows.join('\n')}\n`);

// GNU time, where the machine has it, also reports the peak memory.
const gnuTime = existsSync('/usr/bin/time');
const command = [process.execPath, 'scripts/import.ts', sheet];
const started = performance.now();
const run = spawnSync(gnuTime ? '/usr/bin/time' : command[0]!, gnuTime ? ['-f', '%M', ...command] : command.slice(1), {
  encoding: 'utf8',
  env: { ...process.env, KEZDESU_CONTENT: tree, SOURCE_DATE_EPOCH: String(Date.parse('2026-11-28T12:00:00+05:00') / 1000) },
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) throw new Error(`import failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
const peak = gnuTime ? `, peak ${Math.round(Number(run.stderr.trim().split('\n').at(-1)) / 1024)} MB` : '';
console.log(`import of ${rows.length} update rows into ${issues} issues: ${seconds.toFixed(1)} s (goal under 30 s)${peak}`);
