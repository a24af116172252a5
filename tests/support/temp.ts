/**
 * Temporary folders for tests. Each is removed when the tests of the file
 * that made it end (`tests/support/cleanup.ts`, a setup file of every test
 * file), so a run leaves nothing behind in the temporary directory: the
 * content trees of the validation tests alone were some 440 folders a run.
 * Files and folders a test keeps beside one, named after it
 * (`<folder>-names.csv`, `<folder>-inbox`: an editor's sheet lies outside the
 * content tree), go with it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const made: string[] = [];

/** A new, empty folder in the temporary directory, named from `prefix`. */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/** Removes every folder `tempFolder` made so far, and what lies beside each named after it. */
export function removeTempFolders(): void {
  const folders = made.splice(0);
  const beside = new Map<string, string[]>();
  for (const folder of folders) {
    const parent = dirname(folder);
    const names = beside.get(parent) ?? readdirSync(parent);
    beside.set(parent, names);
    for (const name of names) if (name.startsWith(`${basename(folder)}-`)) rmSync(join(parent, name), { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}
