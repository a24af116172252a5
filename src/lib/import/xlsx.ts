/**
 * Excel workbooks (`.xlsx`) as editors keep them: the first sheet, or one
 * named by the editor, becomes the same CSV text the import reads from a
 * saved CSV file, row for row and column for column, so every message names
 * the same row and column the editor sees in Excel. Read with
 * read-excel-file, a maintained reader with no native code (the `xlsx`
 * package on npm is stale and has known vulnerabilities).
 */
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { msg } from '../i18n/messages.ts';
import { fileProblem, type FileProblem } from './csv.ts';

export type WorkbookRead = { text: string } | { problem: FileProblem };

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as an editor reads it: dates as `YYYY-MM-DD`, times (Excel keeps a
 * time as a date on 30 December 1899) as `HH:MM`, whole numbers without
 * ".0", everything else as written.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
    const time = `${two(value.getUTCHours())}:${two(value.getUTCMinutes())}`;
    if (value.getUTCFullYear() < 1901) return time;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return String(value);
}

const csvCell = (s: string): string => (/[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The sheet of a workbook (the first, or the one named `sheet`) as CSV text for the import. */
export async function workbookToCsv(bytes: Buffer, sheet?: string): Promise<WorkbookRead> {
  let rows: unknown[][];
  try {
    rows = (await readSheet(bytes, sheet ?? 1)) as unknown[][];
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'SheetNotFoundError' && sheet !== undefined) {
      const names = await readXlsxFile(bytes).then(
        (sheets) => sheets.map((s) => s.sheet),
        () => [] as string[],
      );
      return { problem: fileProblem(undefined, msg('import.file.noSheet', { sheet, sheets: names.join(', ') })) };
    }
    return { problem: fileProblem(undefined, msg('import.file.notWorkbook')) };
  }
  return { text: rows.map((row) => row.map((cell) => csvCell(cellText(cell))).join(',')).join('\r\n') + '\r\n' };
}
