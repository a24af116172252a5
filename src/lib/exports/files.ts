/**
 * Datasets as files: CSV (RFC 4180, UTF-8 with a byte-order mark so
 * spreadsheets read Cyrillic, CRLF line ends), JSON with the dataset version,
 * as-of day and licence, and a JSON Schema for the JSON, generated with zod
 * from the same column definitions.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Cell, ColumnType, Dataset } from './datasets.ts';

export interface FileMeta {
  version: string;
  asOf: string;
  license: string;
  siteUrl: string;
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const s = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The dataset as CSV; every row also carries the dataset version and as-of day. */
export function toCsv(dataset: Dataset, meta: FileMeta): string {
  const header = [...dataset.columns.map((c) => c.name), 'dataset_version', 'as_of'];
  const lines = [header.join(',')];
  for (const row of dataset.rows) lines.push([...dataset.columns.map((c) => csvCell(c.value(row))), meta.version, meta.asOf].join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The records of a dataset as plain objects, column by column. */
export function records(dataset: Dataset): Record<string, Cell>[] {
  return dataset.rows.map((row) => Object.fromEntries(dataset.columns.map((c) => [c.name, c.value(row)])));
}

/** The dataset as JSON, with where it comes from and how it may be used. */
export function toJson(dataset: Dataset, meta: FileMeta): string {
  return `${JSON.stringify({
    dataset: dataset.name,
    description: dataset.description,
    version: meta.version,
    asOf: meta.asOf,
    license: meta.license,
    source: meta.siteUrl,
    schema: `${dataset.name}.schema.json`,
    records: records(dataset),
  })}\n`;
}

const cellSchemas: Record<ColumnType, () => z.ZodType> = {
  string: () => z.string(),
  integer: () => z.int(),
  number: () => z.number(),
  boolean: () => z.boolean(),
  date: () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  datetime: () => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/),
};

/** A zod schema of the JSON file of a dataset. */
export function fileSchema(dataset: Dataset): z.ZodType {
  const record = z.strictObject(Object.fromEntries(dataset.columns.map((c) => [c.name, cellSchemas[c.type]().nullable().describe(c.description)])));
  return z
    .strictObject({
      dataset: z.literal(dataset.name),
      description: z.string(),
      version: z.string().describe('Dataset version: a hash of the content files'),
      asOf: z.string().describe('Day the data is as of, YYYY-MM-DD, Asia/Almaty'),
      license: z.string().describe('Licence of the data, SPDX id'),
      source: z.string().describe('Site the data comes from'),
      schema: z.string(),
      records: z.array(record),
    })
    .describe(dataset.description);
}

/** The JSON Schema of the JSON file of a dataset. */
export function toJsonSchema(dataset: Dataset): string {
  return `${JSON.stringify(z.toJSONSchema(fileSchema(dataset)), null, 2)}\n`;
}

/** `sha256  name` lines, as `sha256sum -c` reads them. */
export function checksums(files: { name: string; text: string }[]): string {
  return files.map((f) => `${createHash('sha256').update(f.text).digest('hex')}  ${f.name}`).join('\n') + '\n';
}
