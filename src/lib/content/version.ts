/**
 * The dataset version: a hash of every content file's path and bytes, so the
 * same content always shows the same version and any edit changes it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Twelve hex digits identifying the content tree at root. */
export function contentVersion(root: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .map((p) => p.split(sep).join('/'))
    .sort()
    .filter((p) => statSync(join(root, p)).isFile());
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
