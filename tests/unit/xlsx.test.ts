/** Cells of an Excel workbook as the import reads them (src/lib/import/xlsx.ts). */
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages.ts';
import { fileProblemLine } from '../../src/lib/import/csv.ts';
import { cellText, workbookToCsv } from '../../src/lib/import/xlsx.ts';

describe('Excel cells', () => {
  it('reads dates, times, numbers and empty cells as an editor sees them', () => {
    expect(cellText(new Date(Date.UTC(2026, 5, 15)))).toBe('2026-06-15');
    // Excel keeps a time of day as a date on 30 December 1899.
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 11, 0)))).toBe('11:00');
    expect(cellText(new Date(Date.UTC(2026, 5, 15, 15, 30)))).toBe('2026-06-15 15:30');
    expect(cellText(12500000)).toBe('12500000');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(null)).toBe('');
    expect(cellText('Срок')).toBe('Срок');
  });

  it('says what to do with a file that is not a workbook', async () => {
    expect(await workbookToCsv(Buffer.from('issue,date\n'))).toEqual({
      problem: { where: '(file)', message: 'cannot be read as an Excel workbook — save it from the spreadsheet as "Excel Workbook (.xlsx)" or as "CSV UTF-8" and import that' },
    });
  });

  it('says it in Kazakh and Russian too', async () => {
    const read = await workbookToCsv(Buffer.from('issue,date\n'));
    if (!('problem' in read)) throw new Error('read as a workbook');
    const line = fileProblemLine('кітап.xlsx', read.problem);
    expect(say(line, 'kk')).toBe('кітап.xlsx: (файл): Excel кітабы ретінде оқылмайды — кестені «Excel кітабы (.xlsx)» немесе «CSV UTF-8» түрінде сақтап, соны импорттаңыз');
    expect(say(line, 'ru')).toBe('кітап.xlsx: (файл): не читается как книга Excel — сохраните таблицу как «Книга Excel (.xlsx)» или «CSV UTF-8» и импортируйте её');
    expect(say(line, 'en')).toBe('кітап.xlsx: (file): cannot be read as an Excel workbook — save it from the spreadsheet as "Excel Workbook (.xlsx)" or as "CSV UTF-8" and import that');
  });
});
