/**
 * Datasets as files: CSV (RFC 4180, UTF-8 with a byte-order mark so
 * spreadsheets read Cyrillic, CRLF line ends), JSON, and a JSON Schema for
 * the JSON, generated with zod from the same column definitions. Every file
 * says its dataset version, as-of day and licence: the JSON once at the top,
 * the CSV in the last columns of every row, the JSON Schema as constants.
 */
import { z } from 'zod';
import { asKeywords, describes, type Meaning, meaningKeywords, meaningOf } from '../../schemas/common.ts';
import { SiteSettings } from '../../schemas/site.ts';
import type { Cell, Column, Dataset } from './datasets.ts';
import { type ColumnType, languages } from '../../vocabularies.ts';

export interface FileMeta {
  version: string;
  asOf: string;
  license: string;
  siteUrl: string;
}

/** The extension keywords the JSON Schemas use beside the standard ones; a validator in strict mode is told of them. */
export const schemaExtensionKeywords: readonly string[] = languages.filter((lang) => lang !== 'en').map((lang) => meaningKeywords[lang]);

const licenseMeaning = meaningOf(SiteSettings.shape.dataLicense);
if (licenseMeaning === undefined) throw new Error(`src/schemas/site.ts: dataLicense says nothing about itself — give it .meta(meaning('field.site.siteSettings.dataLicense')), its texts in translations/`);

/** What the fields around the records of a JSON file hold. */
export const fileFieldMeanings = {
  dataset: describes('dataset.file.dataset'),
  description: describes('dataset.file.description'),
  version: describes('dataset.file.version'),
  asOf: describes('dataset.file.asOf'),
  license: licenseMeaning,
  source: describes('dataset.file.source'),
  schema: describes('dataset.file.schema'),
  records: describes('dataset.file.records'),
} satisfies Record<string, Meaning>;

/** The columns every CSV row ends with, so that a file taken away still says which data it is and how it may be used. */
export const csvFileColumns: readonly { name: string; type: ColumnType; description: Meaning; value: (meta: FileMeta) => string }[] = [
  { name: 'dataset_version', type: 'string', description: fileFieldMeanings.version, value: (meta) => meta.version },
  { name: 'as_of', type: 'date', description: fileFieldMeanings.asOf, value: (meta) => meta.asOf },
  { name: 'license', type: 'string', description: fileFieldMeanings.license, value: (meta) => meta.license },
];

/**
 * A text a spreadsheet would take for a formula: it begins with =, +, -, @, a
 * tab or a carriage return (OWASP, "CSV Injection"). Numbers are numbers and
 * are written as they are.
 */
export const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: Cell): string {
  if (value === null) return '';
  const written = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  // A text that would start a formula is written with an apostrophe first, so a spreadsheet shows it as text and runs nothing.
  const s = typeof value === 'string' && formulaStart.test(written) ? `'${written}` : written;
  return /[",\r\n]/.test(s) || s !== written ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The dataset as CSV; every row also carries the dataset version, as-of day and licence. */
export function toCsv(dataset: Dataset, meta: FileMeta): string {
  return [...csvParts(dataset, meta)].join('');
}

/**
 * A dataset's file in its parts: what starts it, each row's text, what goes between two rows, what ends it. The
 * files are written from these whole (`csvParts`, `jsonParts`) or a row at a time as rows come (write.ts).
 */
export interface FileParts {
  head: string;
  row: (row: unknown) => string;
  between: string;
  end: string;
}

/** Yields a file's parts for the dataset's rows. */
function* partsOf(file: FileParts, rows: Iterable<unknown>): Generator<string> {
  yield file.head;
  let first = true;
  for (const row of rows) {
    yield first ? file.row(row) : `${file.between}${file.row(row)}`;
    first = false;
  }
  if (file.end !== '') yield file.end;
}

/** The CSV file of `toCsv`: a header line, then a line per row (each with its line end). */
export function csvFile(dataset: Dataset, meta: FileMeta): FileParts {
  const header = [...dataset.columns.map((c) => c.name), ...csvFileColumns.map((c) => c.name)];
  const tail = csvFileColumns.map((c) => csvCell(c.value(meta)));
  return { head: `\uFEFF${header.join(',')}\r\n`, row: (row) => `${[...dataset.columns.map((c) => csvCell(c.value(row as never))), ...tail].join(',')}\r\n`, between: '', end: '' };
}

/** The CSV of `toCsv` line by line (each with its line end), for a file written as it is made. */
export function csvParts(dataset: Dataset, meta: FileMeta): Generator<string> {
  return partsOf(csvFile(dataset, meta), dataset.rows);
}

/** The records of a dataset as plain objects, column by column. */
export function records(dataset: Dataset): Record<string, Cell>[] {
  return dataset.rows.map((row) => record(dataset, row));
}

function record(dataset: Dataset, row: unknown): Record<string, Cell> {
  return Object.fromEntries(dataset.columns.map((c) => [c.name, c.value(row as never)]));
}

/** Where a dataset's JSON Schema is published. */
export const schemaUrl = (dataset: Dataset, meta: FileMeta): string => `${meta.siteUrl}/data/${dataset.name}.schema.json`;

/** The dataset as JSON, with where it comes from and how it may be used. */
export function toJson(dataset: Dataset, meta: FileMeta): string {
  return [...jsonParts(dataset, meta)].join('');
}

/** The JSON file of `toJson`: the text of `JSON.stringify` of the whole, whose records come last. */
export function jsonFile(dataset: Dataset, meta: FileMeta): FileParts {
  const head = JSON.stringify({
    dataset: dataset.name,
    description: dataset.description,
    version: meta.version,
    asOf: meta.asOf,
    license: meta.license,
    source: meta.siteUrl,
    schema: schemaUrl(dataset, meta),
  });
  return { head: `${head.slice(0, -1)},"records":[`, row: (row) => JSON.stringify(record(dataset, row)), between: ',', end: ']}\n' };
}

/** The JSON of `toJson` in parts, record by record, for a file written as it is made. */
export function jsonParts(dataset: Dataset, meta: FileMeta): Generator<string> {
  return partsOf(jsonFile(dataset, meta), dataset.rows);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const cellSchemas: Record<ColumnType, () => z.ZodType> = {
  string: () => z.string(),
  integer: () => z.int(),
  number: () => z.number(),
  boolean: () => z.boolean(),
  date: () => z.string().regex(isoDate),
  datetime: () => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/),
  url: () => z.string().regex(/^https?:\/\//),
  list: () => z.string().regex(/^\S+( \S+)*$/),
};

/** A cell: an enumerated column allows only its values; any cell may be empty (null). */
function cellSchema(column: Column<unknown>): z.ZodType {
  const values = column.values?.map((v) => v.value) ?? [];
  const base = values.length > 0 ? z.enum(values as [string, ...string[]]) : cellSchemas[column.type]();
  return base.nullable().meta(asKeywords(column.description));
}

/** A zod schema of the JSON file of a dataset, with this build's version and licence as constants. */
export function fileSchema(dataset: Dataset, meta: FileMeta): z.ZodType {
  const record = z.strictObject(Object.fromEntries(dataset.columns.map((c) => [c.name, cellSchema(c)])));
  const m = fileFieldMeanings;
  return z
    .strictObject({
      dataset: z.literal(dataset.name).meta(asKeywords(m.dataset)),
      description: z.strictObject(Object.fromEntries(languages.map((lang) => [lang, z.string()]))).meta(asKeywords(m.description)),
      version: z.literal(meta.version).meta(asKeywords(m.version)),
      asOf: z.string().regex(isoDate).meta(asKeywords(m.asOf)),
      license: z.literal(meta.license).meta(asKeywords(m.license)),
      source: z.string().meta(asKeywords(m.source)),
      schema: z.string().meta(asKeywords(m.schema)),
      records: z.array(record).meta(asKeywords(m.records)),
    })
    .meta({ title: dataset.name, ...asKeywords(dataset.description) });
}

/** The JSON Schema (2020-12) of the JSON file of a dataset, for the country and every region alike. */
export function toJsonSchema(dataset: Dataset, meta: FileMeta): string {
  const { $schema, ...rest } = z.toJSONSchema(fileSchema(dataset, meta));
  const schema = {
    $schema,
    $id: schemaUrl(dataset, meta),
    $comment: `description is English; ${meaningKeywords.kk} and ${meaningKeywords.ru} say the same in Kazakh and Russian. Licence of the data: ${meta.license}.`,
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

