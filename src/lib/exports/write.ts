/** Writes every dataset, for the country and for each region, under `data/` of a built site. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIndex } from '../content/indexes.ts';
import { openInParts, writeInParts, type FileInParts } from '../json-file.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { SiteFigures } from '../stats/site-figures.ts';
import { datasets, issueDatasets, type Dataset } from './datasets.ts';
import { csvFile, csvParts, jsonFile, jsonParts, toJsonSchema, type FileParts, type FileMeta } from './files.ts';

/** Characters a file of the issues' datasets holds before writing them, when some 130 are written at once. */
const streamedChunk = 1 << 16;

/**
 * Writes `data/{name}.csv|json|schema.json`, `data/regions/{region}/…` and `data/SHA256SUMS`; returns the file count.
 * Each file is written part by part as it is made (a megabyte at a time) and only its checksum kept: at 30,000
 * issues the files come to some 335 MB, which held together until the checksums were written took a gigabyte
 * of the build's memory, and the largest alone (issues.json, 40 MB) was a string of twice its size.
 *
 * `wholeIssue`, when given, gives an issue of the model whole, for a model whose issues were read without their
 * text (`issueWithoutText`): the datasets made of the issues themselves (issues, status history, issue changes)
 * are then written an issue at a time, each issue made whole as it comes and its rows put in the country's files
 * and its region's, and the model serves every other dataset. At 100,000 issues that step held 471 MB of whole
 * issues; it now holds one at a time.
 */
export function writeDataFiles(outDir: string, model: ContentIndex & { figures: SiteFigures }, meta: FileMeta, wholeIssue?: (issue: Issue) => Issue): number {
  const dir = join(outDir, 'data');
  const made = new Set<string>();
  // Each file's checksum line by its name; SHA256SUMS lists them in the order below, whatever order they were written in.
  const sums = new Map<string, string>();
  const names: string[] = [];
  const open = (name: string, chunk?: number): FileInParts => {
    const folder = join(dir, name, '..');
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const hash = createHash('sha256');
    const file = openInParts(join(dir, name), (text) => hash.update(text), chunk);
    return {
      put: file.put,
      close: () => {
        file.close();
        sums.set(name, `${hash.digest('hex')}  ${name}`);
      },
    };
  };
  const write = (name: string, parts: Iterable<string>) => {
    const file = open(name);
    try {
      for (const part of parts) file.put(part);
    } finally {
      file.close();
    }
  };
  const streamed = new Set(wholeIssue === undefined ? [] : issueDatasets(model.content.site.siteUrl, model.asOf).sets.map((d) => d.name));
  for (const d of datasets(model)) {
    names.push(`${d.name}.csv`, `${d.name}.json`, `${d.name}.schema.json`);
    if (!streamed.has(d.name)) {
      write(`${d.name}.csv`, csvParts(d, meta));
      write(`${d.name}.json`, jsonParts(d, meta));
    }
    write(`${d.name}.schema.json`, [toJsonSchema(d, meta)]);
  }
  for (const region of model.content.regions) {
    for (const d of datasets(model, region.slug)) {
      names.push(`regions/${region.slug}/${d.name}.csv`, `regions/${region.slug}/${d.name}.json`);
      if (streamed.has(d.name)) continue;
      write(`regions/${region.slug}/${d.name}.csv`, csvParts(d, meta));
      write(`regions/${region.slug}/${d.name}.json`, jsonParts(d, meta));
    }
  }
  if (wholeIssue !== undefined) writeIssueDatasets(model, meta, wholeIssue, open);
  // `sha256  name` lines, as `sha256sum -c` reads them.
  writeFileSync(join(dir, 'SHA256SUMS'), `${names.map((name) => sums.get(name)).join('\n')}\n`);
  return names.length + 1;
}

/**
 * Writes the country's and every region's files of the issues' datasets an issue at a time, in the model's order
 * (`issueById`, which `datasets` lists too): each issue's rows of each dataset, as CSV and JSON, to the country's
 * file and to its region's. The same text as `csvParts` and `jsonParts` of `datasets`.
 */
function writeIssueDatasets(model: ContentIndex, meta: FileMeta, wholeIssue: (issue: Issue) => Issue, open: (name: string, chunk?: number) => FileInParts): void {
  const { sets, rowsOf } = issueDatasets(model.content.site.siteUrl, model.asOf);
  type Writing = { parts: FileParts; file: FileInParts; empty: boolean };
  const start = (name: string, parts: FileParts): Writing => {
    const file = open(name, streamedChunk);
    file.put(parts.head);
    return { parts, file, empty: true };
  };
  const put = (writing: Writing, text: string) => {
    writing.file.put(writing.empty ? text : `${writing.parts.between}${text}`);
    writing.empty = false;
  };
  const filesOf = (prefix: string) => (sets as readonly Dataset[]).map((d) => [start(`${prefix}${d.name}.csv`, csvFile(d, meta)), start(`${prefix}${d.name}.json`, jsonFile(d, meta))] as const);
  const national = filesOf('');
  const byRegion = new Map(model.content.regions.map((r) => [r.slug, filesOf(`regions/${r.slug}/`)]));
  for (const issue of model.issueById.values()) {
    const regional = byRegion.get(issue.place.region);
    if (regional === undefined) throw new Error(`issue ${issue.id} is in region "${issue.place.region}", which the content does not have`);
    rowsOf(wholeIssue(issue)).forEach((rows, k) => {
      const [csv, json] = national[k]!;
      const [regionCsv, regionJson] = regional[k]!;
      for (const row of rows) {
        const line = csv.parts.row(row);
        put(csv, line);
        put(regionCsv, line);
        const record = json.parts.row(row);
        put(json, record);
        put(regionJson, record);
      }
    });
  }
  for (const files of [national, ...byRegion.values()]) {
    for (const pair of files) {
      for (const writing of pair) {
        writing.file.put(writing.parts.end);
        writing.file.close();
      }
    }
  }
}
