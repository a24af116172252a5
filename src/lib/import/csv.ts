/**
 * Reading the CSV a spreadsheet exports: UTF-8 with or without a BOM, comma
 * or semicolon separated (Russian-locale spreadsheets use `;`), with a header
 * row whose cells may be the bilingual template heading ("Күні / Дата"), its
 * Kazakh or Russian half, or the column's key. Rows are numbered as the
 * spreadsheet shows them: the header is row 1.
 */
import { parse } from 'csv-parse/sync';
import { msg, say, type Message } from '../i18n/messages.ts';
import type { Language } from '../../vocabularies.ts';

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
  /** What is wrong — how to fix it, in English. */
  message: string;
}

/** Where each file problem made by `fileProblem` is and what it says as a message, for the editor's language. */
const told = new WeakMap<FileProblem, { says: Message; at: FileAt | undefined }>();

/** Where in a file: a row (and a column as the editor headed it) or a line of the file; the whole file when undefined. */
type FileAt = { row: number; column?: string } | { line: number } | undefined;

/** A file problem from where it is and what it says (its English words are `where` and `message`). */
export function fileProblem(at: FileAt, says: Message): FileProblem {
  const where = at === undefined ? '(file)' : 'line' in at ? `line ${at.line}` : at.column === undefined ? `row ${at.row}` : `row ${at.row}, column ${at.column}`;
  const p = { where, message: say(says, 'en') };
  told.set(p, { says, at });
  return p;
}

/** The line an editor reads for a file problem: `FILE: row 1, column NAME: …`, `FILE: line 3: …` or `FILE: (file): …`, in any language. */
export function fileProblemLine(file: string, p: FileProblem): Message {
  const known = told.get(p);
  if (known === undefined) return msg('problem.line', { file, path: p.where, message: p.message });
  const { says, at } = known;
  if (at !== undefined && 'row' in at) {
    return at.column === undefined ? msg('problem.rowOnly', { file, row: at.row, message: says }) : msg('problem.row', { file, row: at.row, column: at.column, message: says });
  }
  const path = at === undefined ? msg('import.where.file') : msg('import.where.line', { line: at.line });
  return msg('problem.line', { file, path, message: says });
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
    return { problem: fileProblem(undefined, msg('import.file.notUtf8')) };
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
    problems.push(fileProblem(line === undefined ? undefined : { line }, msg('import.file.badCsv', { reason })));
    return { headings: {}, rows: [], problems, stray: [] };
  }
  const header = records[0];
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    problems.push(fileProblem({ row: 1 }, msg('import.file.noHeadings', { template })));
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
      problems.push(fileProblem({ row: 1, column: name }, msg('import.file.unknownColumn', { template })));
    } else if (headings[column.key] !== undefined) {
      problems.push(fileProblem({ row: 1, column: name }, msg('import.file.repeatedColumn', { heading: headings[column.key] ?? '' })));
    } else {
      headings[column.key] = name;
      positions.push({ index, key: column.key });
    }
  });
  for (const column of columns) {
    if (column.required && headings[column.key] === undefined) {
      problems.push(fileProblem({ row: 1 }, msg('import.file.missingColumn', { heading: heading(column), template })));
    }
  }
  const rows: CsvRow<K>[] = [];
  const stray: { row: number; column: string }[] = [];
  const used = new Set(positions.map((p) => p.index));
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    if (isExampleRow(record)) {
      problems.push(fileProblem({ row: i + 2 }, msg('import.file.exampleRow', { mark: exampleMark.trim() })));
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

/**
 * The language an editor works in, told by the headings they kept: only the
 * Kazakh halves → kk, only the Russian halves → ru; the template's bilingual
 * headings (or the columns' keys) → kk, the site's default.
 */
export function headingLanguage(text: string, columns: readonly ColumnSpec[]): Extract<Language, 'kk' | 'ru'> {
  let header: string[];
  try {
    header = ((parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, to_line: 1 }) as string[][])[0] ?? []).map(normalize);
  } catch {
    return 'kk';
  }
  let kk = false;
  let ru = false;
  for (const name of header) {
    for (const column of columns) {
      if (normalize(column.kk) === normalize(column.ru)) continue;
      if (name === normalize(heading(column))) kk = ru = true;
      else if (name === normalize(column.kk)) kk = true;
      else if (name === normalize(column.ru)) ru = true;
    }
  }
  return ru && !kk ? 'ru' : 'kk';
}
