/** Writes every dataset, for the country and for each region, under `data/` of a built site. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIndex } from '../content/indexes.ts';
import { writeInParts } from '../json-file.ts';
import type { SiteFigures } from '../stats/site-figures.ts';
import { datasets } from './datasets.ts';
import { csvParts, jsonParts, toJsonSchema, type FileMeta } from './files.ts';

/**
 * Writes `data/{name}.csv|json|schema.json`, `data/regions/{region}/…` and `data/SHA256SUMS`; returns the file count.
 * Each file is written part by part as it is made (a megabyte at a time) and only its checksum kept: at 30,000
 * issues the files come to some 335 MB, which held together until the checksums were written took a gigabyte
 * of the build's memory, and the largest alone (issues.json, 40 MB) was a string of twice its size.
 */
export function writeDataFiles(outDir: string, model: ContentIndex & { figures: SiteFigures }, meta: FileMeta): number {
  const dir = join(outDir, 'data');
  const sums: string[] = [];
  const made = new Set<string>();
  const write = (name: string, parts: Iterable<string>) => {
    const folder = join(dir, name, '..');
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const hash = createHash('sha256');
    writeInParts(
      join(dir, name),
      (put) => {
        for (const part of parts) put(part);
      },
      (chunk) => hash.update(chunk),
    );
    sums.push(`${hash.digest('hex')}  ${name}`);
  };
  for (const d of datasets(model)) {
    write(`${d.name}.csv`, csvParts(d, meta));
    write(`${d.name}.json`, jsonParts(d, meta));
    write(`${d.name}.schema.json`, [toJsonSchema(d, meta)]);
  }
  for (const region of model.content.regions) {
    for (const d of datasets(model, region.slug)) {
      write(`regions/${region.slug}/${d.name}.csv`, csvParts(d, meta));
      write(`regions/${region.slug}/${d.name}.json`, jsonParts(d, meta));
    }
  }
  // `sha256  name` lines, as `sha256sum -c` reads them.
  writeFileSync(join(dir, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return sums.length + 1;
}
