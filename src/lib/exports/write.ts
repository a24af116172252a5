/** Writes every dataset, for the country and for each region, under `data/` of a built site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIndex } from '../content/indexes.ts';
import type { SiteFigures } from '../stats/site-figures.ts';
import { datasets } from './datasets.ts';
import { checksums, toCsv, toJson, toJsonSchema, type FileMeta } from './files.ts';

/** Writes `data/{name}.csv|json|schema.json`, `data/regions/{region}/…` and `data/SHA256SUMS`; returns the file count. */
export function writeDataFiles(outDir: string, model: ContentIndex & { figures: SiteFigures }, meta: FileMeta): number {
  const files: { name: string; text: string }[] = [];
  for (const d of datasets(model)) {
    files.push({ name: `${d.name}.csv`, text: toCsv(d, meta) }, { name: `${d.name}.json`, text: toJson(d, meta) }, { name: `${d.name}.schema.json`, text: toJsonSchema(d, meta) });
  }
  for (const region of model.content.regions) {
    for (const d of datasets(model, region.slug)) {
      files.push({ name: `regions/${region.slug}/${d.name}.csv`, text: toCsv(d, meta) }, { name: `regions/${region.slug}/${d.name}.json`, text: toJson(d, meta) });
    }
  }
  const dir = join(outDir, 'data');
  for (const f of files) {
    mkdirSync(join(dir, f.name, '..'), { recursive: true });
    writeFileSync(join(dir, f.name), f.text);
  }
  writeFileSync(join(dir, 'SHA256SUMS'), checksums(files));
  return files.length + 1;
}
