/**
 * `npm run import -- FILE.csv|FILE.xlsx [--kind contacts|meetings|meeting-changes|issues|status|changes] [--sheet NAME] [--lang kk|ru|en]`:
 * adds the rows of a spreadsheet filled in from templates/*.csv to the
 * content tree. The template is recognised from the headings when --kind is
 * not given; an Excel workbook is read from its first sheet, or the one named
 * with --sheet. Every bad row is reported at once and then nothing is
 * written; rows already in the content are skipped, so importing a file
 * twice changes nothing. The whole tree is checked before planning and the
 * planned tree as a whole in memory; after writing, every written file is
 * read back and the import is undone if one is not what was checked (a full
 * disk, say). Problems and the closing line are in the editor's language:
 * --lang, or else the language of the headings the editor kept (only the
 * Russian halves: Russian; only the Kazakh halves, or the template's
 * bilingual headings: Kazakh). KEZDESU_CONTENT=DIR imports
 * into another tree; SOURCE_DATE_EPOCH sets the day against which "in the
 * future" is judged.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/load.ts';
import { idsEverUsed } from '../src/lib/history/git.ts';
import { editorLanguages, say } from '../src/lib/i18n/messages.ts';
import { importFile } from '../src/lib/import/run.ts';
import { asOfDay } from '../src/lib/time.ts';
import { type ImportKind, importKinds } from '../src/vocabularies.ts';

const usage = 'usage: npm run import -- FILE.csv|FILE.xlsx [--kind contacts|meetings|meeting-changes|issues|status|changes] [--sheet NAME] [--lang kk|ru|en]';
const { values, positionals } = parseArgs({ options: { kind: { type: 'string' }, sheet: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true });
const fail = (message: string, code = 2): never => {
  console.error(message);
  if (code === 2) console.error(usage);
  process.exit(code);
};
const file = positionals[0];
if (file === undefined || positionals.length > 1) fail('give exactly one CSV or Excel (.xlsx) file to import');
if (values.kind !== undefined && !importKinds.includes(values.kind as ImportKind)) fail(`--kind must be one of ${importKinds.join(', ')}, not ${values.kind}`);
const lang = values.lang as (typeof editorLanguages)[number] | undefined;
if (lang !== undefined && !editorLanguages.includes(lang)) fail(`--lang must be one of ${editorLanguages.join(', ')}, not ${values.lang}`);
if (!/\.xlsx$/i.test(file as string) && values.sheet !== undefined) fail('--sheet is for Excel workbooks (.xlsx); a CSV file has one sheet');

const root = contentRoot();
const outcome = await importFile({
  root,
  file: file as string,
  kind: values.kind as ImportKind | undefined,
  sheet: values.sheet,
  lang,
  asOf: asOfDay(),
  usedIds: idsEverUsed(root),
});
if (!outcome.ok) {
  for (const line of outcome.problems) console.error(line);
  fail(`\n${outcome.summary}`, 1);
}
for (const line of [...outcome.addedSays, ...outcome.skippedSays]) console.log(`${file}: ${say(line, outcome.lang)}`);
console.log(outcome.summary);
