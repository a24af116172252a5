/** The demo generator: reproducible, complete, and valid by the same rules as real content. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as realFs from 'node:fs/promises';
import { generateDemo } from '../../scripts/demo/generate.ts';
import { writeDemoTree } from '../../scripts/demo/write.ts';
import type { AtomicFs } from '../../src/lib/content/atomic-write.ts';
import { leftovers, snapshot } from '../support/tree-snapshot.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { currentStatus } from '../../src/lib/content/indexes.ts';
import { localDay, zoneOf } from '../../src/lib/time.ts';

const today = '2026-11-27';
const demo = (args: string[]) => spawnSync(process.execPath, ['scripts/demo.ts', ...args], { encoding: 'utf8' });

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    const path = join(dir, f);
    try {
      hash.update(f).update(readFileSync(path));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

describe('npm run demo', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', () => {
    const base = mkdtempSync(join(tmpdir(), 'kezdesu-demo-'));
    for (const [dir, seed] of [['a', 's1'], ['b', 's1'], ['c', 's2']] as const) {
      const result = demo(['--issues', '120', '--seed', seed, '--out', join(base, dir)]);
      expect(result.status, result.stderr).toBe(0);
    }
    expect(treeHash(join(base, 'a'))).toBe(treeHash(join(base, 'b')));
    expect(treeHash(join(base, 'a'))).not.toBe(treeHash(join(base, 'c')));
  });

  it('refuses to overwrite a folder that is not a demo tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kezdesu-real-'));
    writeFileSync(join(dir, 'site.json'), '{"demo": false, "timelyAnnouncementDays": 3}');
    const result = demo(['--issues', '10', '--seed', 'x', '--out', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a demo tree');
    expect(readFileSync(join(dir, 'site.json'), 'utf8')).toContain('"demo": false');
  });
});

describe('writing a demo tree over an earlier one', () => {
  const earlier = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kezdesu-demo-')), 'content');
    const made = demo(['--issues', '120', '--seed', 's1', '--out', dir]);
    expect(made.status, made.stderr).toBe(0);
    return dir;
  };

  it('gives the same bytes as a new folder: files the new tree lacks are gone', () => {
    const dir = earlier();
    const base = mkdtempSync(join(tmpdir(), 'kezdesu-demo-'));
    expect(demo(['--issues', '40', '--seed', 's2', '--out', dir]).status).toBe(0);
    expect(demo(['--issues', '40', '--seed', 's2', '--out', join(base, 'fresh')]).status).toBe(0);
    expect(snapshot(dir)).toEqual(snapshot(join(base, 'fresh')));
  });

  it('leaves the earlier tree byte for byte as it was, with no temporary, when the 50th file cannot be written', async () => {
    const dir = earlier();
    const before = snapshot(dir);
    let opened = 0;
    const fs: AtomicFs = { ...realFs, open: (async (path: string, flags: string) => {
      if (flags === 'wx' && ++opened === 50) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return realFs.open(path, flags);
    }) as AtomicFs['open'] };
    const files = generateDemo({ issues: 40, seed: 's2', today, geoDir: 'content/geo' });
    await expect(writeDemoTree(dir, files, fs)).rejects.toThrow('no space left on device');
    expect(opened).toBeGreaterThan(50);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('npm run demo leaves the earlier tree as it was when the disk quota ends part-way, and says so', () => {
    const dir = earlier();
    const before = snapshot(dir);
    // `ulimit -f 8`: files up to 8 KiB are written, the first longer one stops there.
    const run = spawnSync('bash', ['-c', 'ulimit -f 8 && exec "$0" "$@"', process.execPath, 'scripts/demo.ts', '--issues', '40', '--seed', 's2', '--out', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dir} was left as it was.`);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('npm run demo into a new folder leaves no folder behind when it fails', () => {
    const base = mkdtempSync(join(tmpdir(), 'kezdesu-demo-'));
    const run = spawnSync('bash', ['-c', 'ulimit -f 8 && exec "$0" "$@"', process.execPath, 'scripts/demo.ts', '--issues', '40', '--seed', 's2', '--out', join(base, 'new', 'content')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(readdirSync(base)).toEqual([]);
  });
});

describe('a generated tree', () => {
  let content: Content;
  let problems: string[];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'kezdesu-demo-'));
    for (const file of generateDemo({ issues: 700, seed: 'properties', today, geoDir: 'content/geo' })) {
      const path = join(dir, file.path);
      spawnSync('mkdir', ['-p', join(path, '..')]);
      writeFileSync(path, file.text);
    }
    const result = loadContent(dir, { asOf: today });
    content = result.content;
    problems = result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  });

  it('validates, is labelled demonstration data, and has exactly the issues asked for', () => {
    expect(problems).toEqual([]);
    expect(content.site.demo).toBe(true);
    expect(content.issues).toHaveLength(700);
  });

  it('covers all 20 regions with meetings at every level', () => {
    expect(new Set(content.meetings.map((m) => m.place.region)).size).toBe(20);
    expect(new Set(content.meetings.map((m) => m.holder.level))).toEqual(new Set(['region', 'city', 'district', 'rural-okrug']));
  });

  it('has minutes for every held meeting', () => {
    const withMinutes = new Set(content.minutes.map((m) => m.meeting));
    expect(content.meetings.filter((m) => m.status === 'held' && !withMinutes.has(m.id))).toEqual([]);
  });

  it('has meetings announced late or not at all, postponed and cancelled ones, and upcoming ones', () => {
    const lead = (m: Content['meetings'][number]) =>
      Math.min(...m.announcements.map((a) => (Date.parse(localDay(m.start, zoneOf(m.place.region))) - Date.parse(a.published)) / 86_400_000));
    expect(content.meetings.some((m) => m.announcements.length === 0)).toBe(true);
    expect(content.meetings.some((m) => m.announcements.length > 0 && lead(m) < content.site.timelyAnnouncementDays)).toBe(true);
    for (const status of ['held', 'scheduled', 'postponed', 'cancelled'] as const) expect(content.meetings.some((m) => m.status === status)).toBe(true);
  });

  it('has a believable mix of statuses, deadlines, financing and maslikhat decisions in Kazakh and Russian', () => {
    const statuses = new Set(content.issues.map(currentStatus));
    for (const s of ['received', 'in-review', 'planned', 'in-progress', 'resolved', 'explained', 'declined', 'referred', 'duplicate'] as const) {
      expect(statuses, s).toContain(s);
    }
    const resolved = content.issues.filter((i) => currentStatus(i) === 'resolved').length / content.issues.length;
    expect(resolved).toBeGreaterThan(0.1);
    expect(resolved).toBeLessThan(0.5);
    expect(content.issues.some((i) => i.deadline !== undefined && i.deadline < today && !['resolved', 'explained', 'declined', 'duplicate'].includes(currentStatus(i)))).toBe(true);
    expect(content.issues.some((i) => i.financing?.decision !== undefined)).toBe(true);
    expect(content.issues.some((i) => i.measure !== undefined)).toBe(true);
    expect(content.issues.some((i) => i.title.kk !== undefined && i.title.ru === undefined)).toBe(true);
    expect(content.issues.some((i) => i.title.ru !== undefined && i.title.kk === undefined)).toBe(true);
    expect(content.measures.length).toBeGreaterThan(0);
  });

  it('corrects the title or description of a few issues, each correction appended after the issue\'s other changes', () => {
    const corrected = content.issues.filter((i) => i.changes.some((c) => c.kind === 'correction'));
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.length / content.issues.length).toBeLessThan(0.05);
    const fields = new Set(corrected.flatMap((i) => i.changes.flatMap((c) => (c.kind === 'correction' ? [c.field] : []))));
    expect(fields).toEqual(new Set(['title', 'description']));
    for (const issue of corrected) {
      const first = issue.changes.findIndex((c) => c.kind === 'correction');
      expect(issue.changes.slice(first).every((c) => c.kind === 'correction'), issue.id).toBe(true);
    }
  });
});
