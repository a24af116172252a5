/**
 * Writes the static API under `api/` of a folder. At 30,000 issues that is
 * some 35,000 files, so writing is kept to the least the disk must do: three
 * folders made once, one compact `JSON.stringify` per document, each file
 * written once and never read back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentIndex } from '../content/indexes.ts';
import type { SiteFigures } from '../stats/site-figures.ts';
import { apiDocuments, type ApiScope } from './api.ts';
import type { FileMeta } from './files.ts';

/** Writes the API documents of `scope` (all by default) into `outDir` (`/api/issues/x.json` → `outDir/api/issues/x.json`); returns files and bytes. */
export function writeApiFiles(outDir: string, model: ContentIndex & { figures: SiteFigures }, meta: FileMeta, scope: ApiScope = 'all'): { files: number; bytes: number } {
  for (const folder of ['issues', 'meetings', 'regions']) mkdirSync(join(outDir, 'api', folder), { recursive: true });
  const made = new Set(['/api/issues', '/api/meetings', '/api/regions']);
  let files = 0;
  let bytes = 0;
  for (const doc of apiDocuments(model, meta, scope)) {
    // Calendars and accountability documents sit in nested folders (`api/accountability/regions/abay/`): each made once.
    const folder = dirname(doc.path);
    if (!made.has(folder)) {
      mkdirSync(join(outDir, folder), { recursive: true });
      made.add(folder);
    }
    const data = Buffer.from(`${JSON.stringify(doc.body)}\n`);
    writeFileSync(join(outDir, doc.path), data);
    files += 1;
    bytes += data.length;
  }
  return { files, bytes };
}
