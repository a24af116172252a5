/** A folder as bytes: every file with its contents, every folder by name, to prove that a failed change left it exactly as it was. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Every entry under `dir` (relative path with `/`): a folder as `(folder)`, a file as its bytes in hex. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    const path = join(dir, rel);
    out[rel.split(sep).join('/')] = statSync(path).isDirectory() ? '(folder)' : readFileSync(path).toString('hex');
  }
  return out;
}

/** Temporaries and second names the atomic writer leaves only if it is stopped part-way. */
export function leftovers(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((rel) => /(^|[/\\])\.[^/\\]*\.tmp$/.test(rel)).sort();
}
