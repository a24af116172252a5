/**
 * Puts a generated demonstration tree into its folder as one change
 * (`src/lib/content/atomic-write.ts`): every file is written and flushed
 * beside its place first, and only then are they renamed into place and the
 * files of an earlier demo tree that the new one lacks deleted. A failure
 * part-way (a full disk, a blocked path) leaves the folder as it was.
 */
import { existsSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { writeFilesAtomically, type AtomicFs } from '../../src/lib/content/atomic-write.ts';
import type { DemoFile } from './generate.ts';

/** The folders a demo tree owns: whatever else is in them is from an earlier tree and goes. */
export const demoFolders = ['geo', 'meetings', 'issues', 'plan', 'privacy', 'calendars', 'obligations'] as const;

/** Every file under `dir`, relative to it with `/`. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((rel) => statSync(join(dir, rel)).isFile()).map((rel) => rel.split(sep).join('/'));
}

/** Folders under `dir` left empty, deepest first, removed. */
function pruneEmpty(dir: string): void {
  if (!existsSync(dir)) return;
  const dirs = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((rel) => statSync(join(dir, rel)).isDirectory());
  for (const rel of dirs.sort((a, b) => b.length - a.length)) {
    if (readdirSync(join(dir, rel)).length === 0) rmdirSync(join(dir, rel));
  }
}

export async function writeDemoTree(out: string, files: readonly DemoFile[], fs?: AtomicFs): Promise<void> {
  const made = new Set(files.map((f) => f.path));
  const stale = demoFolders.flatMap((folder) => filesUnder(join(out, folder)).map((rel) => `${folder}/${rel}`)).filter((rel) => !made.has(rel));
  await writeFilesAtomically(
    files.map((f) => ({ path: join(out, f.path), text: f.text })),
    { remove: stale.map((rel) => join(out, rel)), concurrency: 32, fs },
  );
  for (const folder of demoFolders) pruneEmpty(join(out, folder));
}
