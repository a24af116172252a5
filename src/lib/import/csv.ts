/**
 * Reading the CSV a spreadsheet exports: UTF-8 with or without a BOM, comma
 * or semicolon separated (Russian-locale spreadsheets use `;`), with a header
 * row whose cells may be the bilingual template heading ("Күні / Дата"), its
 * Kazakh or Russian half, or the column's key. Rows are numbered as the
 * spreadsheet shows them: the header is row 1.
 */
import { parse } from 'csv-parse/sync';

/** One column of an import template. */
export interface ColumnSpec<K extends string = string> {
  /** Key used in code and accepted as a heading, e.g. `date`. */
  key: K;
  /** Kazakh heading. */
  kk: string;
  /** Russian heading. */
  ru: string;
  /** True when the column must be present and filled in every row. */
  required: boolean;
  /** The value of the template's example row. */
  example: string;
}

/** The heading a template writes: Kazakh and Russian, so one file serves both. */
export function heading(column: ColumnSpec): string {
  return `${column.kk} / ${column.ru}`;
}

/** A spreadsheet row: its number as the spreadsheet shows it and its cells by column key. */
export interface CsvRow<K extends string = string> {
  row: number;
  cells: Partial<Record<K, string>>;
}

/** A problem with the file itself or its header, before any row is read. */
export interface FileProblem {
  /** `row 1, column NAME` or `line N`, or `(file)`. */
  where: string;
  message: string;
}

export interface ParsedCsv<K extends string> {
  /** The heading each present column has in the file, as the editor wrote it. */
  headings: Partial<Record<K, string>>;
  rows: CsvRow<K>[];
  problems: FileProblem[];
  /** Cells with a value in a column without a heading (often a `;` typed inside a text), by row and column letter. */
  stray: { row: number; column: string }[];
}

/** The spreadsheet's name of a column: A, B, …, Z, AA, … */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Decodes the bytes of a CSV file; spreadsheets on Windows may save in a legacy code page, which is refused. */
export function decodeCsv(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      problem: {
        where: '(file)',
        message: 'is not UTF-8 text — save it from the spreadsheet as "CSV UTF-8" (Excel: File → Save As → CSV UTF-8; LibreOffice: Character set: Unicode (UTF-8))',
      },
    };
  }
}

const normalize = (s: string): string => s.replace(/^\uFEFF/, '').replace(/\s*\/\s*/g, ' / ').replace(/\s+/g, ' ').trim().toLowerCase().replaceAll('ё', 'е');

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses CSV text against a template's columns. */
export function parseCsv<K extends string>(text: string, columns: readonly ColumnSpec<K>[], template: string): ParsedCsv<K> {
  const problems: FileProblem[] = [];
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message.replace(/^Invalid Record Length: |^Invalid Closing Quote: /, '') : String(error);
    problems.push({
      where: line === undefined ? '(file)' : `line ${line}`,
      message: `is not valid CSV (${reason}) — check the quotes in this line, or export the file from the spreadsheet again`,
    });
    return { headings: {}, rows: [], problems, stray: [] };
  }
  const header = records[0];
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    problems.push({ where: 'row 1', message: `has no headings — copy the header row from ${template}` });
    return { headings: {}, rows: [], problems, stray: [] };
  }
  const byName = new Map<string, ColumnSpec<K>>();
  for (const column of columns) {
    for (const name of [heading(column), column.kk, column.ru, column.key]) byName.set(normalize(name), column);
  }
  const headings: Partial<Record<K, string>> = {};
  const positions: { index: number; key: K }[] = [];
  header.forEach((cell, index) => {
    const name = cell.replace(/^\uFEFF/, '').trim();
    if (name === '') return;
    const column = byName.get(normalize(name));
    if (column === undefined) {
      problems.push({ where: `row 1, column ${name}`, message: `is not a column of ${template} — correct the heading (copy it from ${template}) or delete the column` });
    } else if (headings[column.key] !== undefined) {
      problems.push({ where: `row 1, column ${name}`, message: `repeats the column ${headings[column.key]} — keep one of the two` });
    } else {
      headings[column.key] = name;
      positions.push({ index, key: column.key });
    }
  });
  for (const column of columns) {
    if (column.required && headings[column.key] === undefined) {
      problems.push({ where: 'row 1', message: `has no column ${heading(column)} — add it (copy the header row from ${template})` });
    }
  }
  const rows: CsvRow<K>[] = [];
  const stray: { row: number; column: string }[] = [];
  const used = new Set(positions.map((p) => p.index));
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    if (isExampleRow(record)) {
      problems.push({ where: `row ${i + 2}`, message: `is the template's example row (it starts with "${exampleMark.trim()}") — delete it and write your own rows` });
      return;
    }
    const cells: Partial<Record<K, string>> = {};
    for (const { index, key } of positions) {
      const value = (record[index] ?? '').trim();
      if (value !== '') cells[key] = value;
    }
    record.forEach((cell, index) => {
      if (!used.has(index) && cell.trim() !== '') stray.push({ row: i + 2, column: columnLetter(index) });
    });
    rows.push({ row: i + 2, cells });
  });
  return { headings, rows, problems, stray };
}

/**
 * What the example row of every template starts with, so that it shows how
 * to fill the columns but can never be imported as data: a row that starts
 * with it is refused.
 */
export const exampleMark = 'Үлгі / Пример: ';

function isExampleRow(record: readonly string[]): boolean {
  const first = record.find((cell) => cell.trim() !== '')?.trim().toLowerCase() ?? '';
  return first.startsWith('үлгі') || first.startsWith('пример');
}

/** The template file of a set of columns: the bilingual header and one marked example row, UTF-8 with BOM so spreadsheets read Cyrillic. */
export function templateCsv(columns: readonly ColumnSpec[]): string {
  const cell = (s: string): string => (/[",\n\r;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const example = columns.map((c, i) => cell(i === 0 ? `${exampleMark}${c.example}` : c.example));
  return `\uFEFF${columns.map((c) => cell(heading(c))).join(',')}\r\n${example.join(',')}\r\n`;
}
