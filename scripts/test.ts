/**
 * `npm test`: the type check, then Vitest's two projects side by side, each
 * in a process of its own and one file at a time: `site` (the build of the
 * committed content, then the tests that read it, browsers included) and
 * `unit` (the tests that need no build). On two cores a test file mostly
 * keeps one core busy — a build of one shard, a browser, its own work — and
 * with one file at a time in all (Vitest's default on two cores: one worker)
 * the second core sat idle for half of `npm test`.
 *
 * The site project's report is shown as it runs; the unit project's whole
 * when it ends, so that the two never mix line by line. It fails when either
 * fails. With arguments (`npm test -- tests/unit/dates.test.ts`), one Vitest
 * run is given them, as `vitest run` would be.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/${name}`, import.meta.url));

interface Ended {
  code: number;
  output: string;
}

/** Runs a Node program of the project; its output shown as it comes (`live`) or kept for the caller. */
function run(args: string[], live: boolean): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === null ? 1 : 128), output }));
  });
}

const vitest = [bin('vitest/vitest.mjs'), 'run'];
const given = process.argv.slice(2);

const typecheck = await run([bin('typescript/bin/tsc'), '--noEmit', '-p', '.'], true);
if (typecheck.code !== 0) process.exit(typecheck.code);

if (given.length > 0) process.exit((await run([...vitest, ...given], true)).code);

const unit = run([...vitest, '--project', 'unit'], false).then((ended) => {
  process.stdout.write(`\n--- the unit project (tests that need no build) ---\n${ended.output}\n--- end of the unit project ---\n\n`);
  return ended;
});
const site = run([...vitest, '--project', 'site'], true);
const [u, s] = await Promise.all([unit, site]);
if (u.code !== 0) console.error(`npm test: the unit project failed (exit ${u.code}); its report is above.`);
if (s.code !== 0) console.error(`npm test: the site project failed (exit ${s.code}).`);
process.exit(u.code !== 0 ? u.code : s.code);
