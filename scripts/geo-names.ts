/**
 * The geography-names sheet, for editors to give rural okrugs, towns and
 * villages their Kazakh names (src/lib/import/geo-names.ts):
 *
 *   npm run geo-names -- sheet [--out FILE]                  writes the sheet (default geo-names.csv): every settlement without a Kazakh name
 *   npm run geo-names -- import FILE.csv|FILE.xlsx [--sheet NAME] [--lang kk|ru|en]
 *                                                            writes the names filled in into content/geo/settlements/*.json
 *
 * Every mistake of the file is told at once, with its row and column and the
 * fix, in the editor's language (--lang, or the language of the headings
 * kept), and then nothing is written. KEZDESU_CONTENT=DIR works on another
 * content tree.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentRoot, loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { editorLanguages, msg, say } from '../src/lib/i18n/messages.ts';
import { geoNamesSheet, geoNamesSheetName, importGeoNames, settlementsWithoutKazakh } from '../src/lib/import/geo-names.ts';
import { asOfDay } from '../src/lib/time.ts';

const usage = 'usage: npm run geo-names -- sheet [--out FILE] | import FILE.csv|FILE.xlsx [--sheet NAME] [--lang kk|ru|en]';
const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, sheet: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true });
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};
const lang = values.lang as (typeof editorLanguages)[number] | undefined;
if (lang !== undefined && !editorLanguages.includes(lang)) fail(`--lang must be one of ${editorLanguages.join(', ')}, not ${values.lang}`);
const root = contentRoot();
const [command, file, ...rest] = positionals;

if (command === 'sheet' && file === undefined) {
  const { content, problems } = loadContent(root, { asOf: asOfDay() });
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    process.exit(1);
  }
  const out = values.out ?? geoNamesSheetName;
  writeFileSync(out, geoNamesSheet(content));
  console.log(say(msg('geoNames.sheetWritten', { file: out, count: settlementsWithoutKazakh(content.settlements).length }), lang ?? 'kk'));
} else if (command === 'import' && file !== undefined && rest.length === 0) {
  const outcome = await importGeoNames({ root, file, asOf: asOfDay(), lang, sheet: values.sheet });
  for (const line of outcome.lines) console.error(say(line, outcome.lang));
  (outcome.ok ? console.log : console.error)(say(outcome.says, outcome.lang));
  if (!outcome.ok) process.exit(1);
} else {
  fail('give "sheet", or "import" and one CSV or Excel (.xlsx) file');
}
