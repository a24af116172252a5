/**
 * Reproducible builds: the same content and SOURCE_DATE_EPOCH give a
 * byte-identical site, however the build is split. A small demo tree is
 * built twice, into folders of different names and with different temporary
 * folders: once in one run (`npm run build`), once as three shards run one by
 * one (`--shard K/3`, as three machines would) and merged (`--merge`); every
 * file of the two outputs is compared by its SHA-256.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testSourceDateEpoch } from '../support/clock.ts';

const work = mkdtempSync(join(tmpdir(), 'kezdesu-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Path → SHA-256 of every file under dir. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((p) => p.split(sep).join('/')).sort()) {
    const path = join(dir, f);
    if (statSync(path).isFile()) out[f] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** Runs `npm run build -- ...args --out work/out --work work/out-shards`. */
function build(content: string, out: string, ...args: string[]): string {
  const temp = join(work, `tmp-${out}-${args.join('').replace(/\W/g, '')}`);
  mkdirSync(temp);
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args, '--out', join(work, out), '--work', join(work, `${out}-shards`)], {
    encoding: 'utf8',
    env: { ...process.env, KEZDESU_CONTENT: content, SOURCE_DATE_EPOCH: testSourceDateEpoch, TMPDIR: temp },
  });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} of ${content} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  return result.stdout;
}

describe('reproducible build', () => {
  it('gives byte-identical files for the same content and SOURCE_DATE_EPOCH, in one run or in three shards merged', { timeout: 600_000 }, () => {
    const content = join(work, 'content');
    const demo = spawnSync(process.execPath, ['scripts/demo.ts', '--issues', '60', '--seed', 'repro', '--today', '2026-11-27', '--out', content], { encoding: 'utf8' });
    expect(demo.status, demo.stderr).toBe(0);
    expect(build(content, 'first', '--shards', '1')).toContain('1 shard, 1 at a time');
    for (const k of [1, 2, 3]) build(content, 'second', '--shard', `${k}/3`);
    expect(build(content, 'second', '--merge', '--shards', '3')).toContain('merged 3 shards');
    const first = hashes(join(work, 'first'));
    const second = hashes(join(work, 'second'));
    expect(Object.keys(first).length).toBeGreaterThan(1000);
    expect(Object.keys(first).some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  });
});
