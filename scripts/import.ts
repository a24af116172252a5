/**
 * `npm run import -- FILE.csv|FILE.xlsx --kind meetings|issues|status|changes [--sheet NAME]`:
 * adds the rows of a spreadsheet filled in from templates/*.csv to the
 * content tree; an Excel workbook is read from its first sheet, or the one
 * named with --sheet. Every
 * bad row is reported at once and then nothing is written; rows already in
 * the content are skipped, so importing a file twice changes nothing. After
 * writing, the whole tree is validated again, and the import is undone if it
 * is not valid. KEZDESU_CONTENT=DIR imports into another tree;
 * SOURCE_DATE_EPOCH sets the day against which "in the future" is judged.
 */
import { idsEverUsed } from '../src/lib/history/git.ts';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { importKinds, type ImportKind } from '../src/lib/import/columns.ts';
import { decodeCsv } from '../src/lib/import/csv.ts';
import { planImport } from '../src/lib/import/import.ts';
import { workbookToCsv } from '../src/lib/import/xlsx.ts';
import { buildInstant, localDay } from '../src/lib/time.ts';

const usage = 'usage: npm run import -- FILE.csv|FILE.xlsx --kind meetings|issues|status|changes [--sheet NAME]';
const { values, positionals } = parseArgs({ options: { kind: { type: 'string' }, sheet: { type: 'string' } }, allowPositionals: true });
const fail = (message: string, code = 2): never => {
  console.error(message);
  if (code === 2) console.error(usage);
  process.exit(code);
};
const file = positionals[0];
if (file === undefined || positionals.length > 1) fail('give exactly one CSV or Excel (.xlsx) file to import');
if (!importKinds.includes(values.kind as ImportKind)) fail(`--kind must be one of ${importKinds.join(', ')}, not ${values.kind ?? '(missing)'}`);
const csv = file as string;
if (!existsSync(csv)) fail(`${csv}: (file): does not exist — check the path`);

const root = contentRoot();
const asOf = localDay(buildInstant());
const workbook = /\.xlsx$/i.test(csv);
if (!workbook && values.sheet !== undefined) fail('--sheet is for Excel workbooks (.xlsx); a CSV file has one sheet');
const decoded = workbook ? await workbookToCsv(readFileSync(csv), values.sheet) : decodeCsv(readFileSync(csv));
if ('problem' in decoded) fail(`${csv}: ${decoded.problem.where}: ${decoded.problem.message}`, 1);
const text = 'text' in decoded ? decoded.text : '';

// Ids once used, even by files deleted since, are never handed out again.
const plan = planImport({ root, file: csv, text, kind: values.kind as ImportKind, asOf, usedIds: idsEverUsed(root) });
if (plan.problems.length > 0) {
  for (const line of plan.problems) console.error(line);
  fail(`\n${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} in ${csv}: nothing was written. Fix them and import again.`, 1);
}

// Keep what was there, so a tree that no longer validates can be put back exactly.
const before = new Map<string, string | undefined>();
for (const f of plan.files) {
  const path = join(root, f.path);
  before.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.text);
}
const check = loadContent(root, { asOf });
if (check.problems.length > 0) {
  for (const [path, text] of before) {
    if (text === undefined) rmSync(path);
    else writeFileSync(path, text);
  }
  for (const p of check.problems) console.error(formatProblem(p));
  fail(`\n${csv}: the imported rows left ${root} invalid, so the import was undone — fix the rows above and import again.`, 1);
}

for (const line of plan.added) console.log(`${csv}: ${line}`);
for (const line of plan.skipped) console.log(`${csv}: ${line} — skipped`);
console.log(
  `${csv}: ${plan.added.length} row${plan.added.length === 1 ? '' : 's'} added, ${plan.skipped.length} already in the content; ` +
    `${plan.files.length} file${plan.files.length === 1 ? '' : 's'} written; ${root} is valid as of ${asOf}.`,
);
