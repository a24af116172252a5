/**
 * `npm run inbox [-- --dir inbox] [--report FILE]`: imports every
 * spreadsheet an editor put into the inbox folder (CSV or Excel), each
 * recognised from its headings, in the order the record needs them
 * (the geography-names sheet, whose Kazakh names need nothing else; official contacts, so texts may give them, then new meetings, then updates of meetings, then new issues, then status updates and
 * other changes). A file
 * whose rows are all good is imported and removed from the inbox, so the
 * pull request shows the content it became; a file with any problem writes
 * nothing and stays, with its problems in the report. The report gives
 * every problem line and closing line in Kazakh and in Russian (and, folded
 * away, in English), goes to stdout and to FILE: the inbox workflow posts it
 * on the pull request. Exits 1 when any file was refused.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFilesAtomically } from '../src/lib/content/atomic-write.ts';
import { contentRoot } from '../src/lib/content/load.ts';
import { labels } from '../src/lib/i18n/labels.ts';
import { say, type Message } from '../src/lib/i18n/messages.ts';
import { t, textsOf } from '../src/lib/i18n/translations.ts';
import { idsEverUsed } from '../src/lib/history/git.ts';
import { decodeCsv } from '../src/lib/import/csv.ts';
import { importFile, recogniseKind } from '../src/lib/import/run.ts';
import { importGeoNames, isGeoNamesSheet } from '../src/lib/import/geo-names.ts';
import { workbookToCsv } from '../src/lib/import/xlsx.ts';
import { asOfDay } from '../src/lib/time.ts';
import { importKinds } from '../src/vocabularies.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'inbox' }, report: { type: 'string' } } });
const dir = values.dir;
const root = contentRoot();
const asOf = asOfDay();

let names: string[];
try {
  names = readdirSync(dir).filter((name) => /\.(csv|xlsx)$/i.test(name));
} catch {
  names = [];
}

/** The order the record needs: a meeting before the issues raised at it, an issue before its updates. */
async function rank(name: string): Promise<number> {
  const bytes = readFileSync(join(dir, name));
  const decoded = /\.xlsx$/i.test(name) ? await workbookToCsv(bytes) : decodeCsv(bytes);
  if ('text' in decoded && isGeoNamesSheet(decoded.text)) return -1;
  const kind = 'text' in decoded ? recogniseKind(decoded.text) : undefined;
  return kind === undefined ? importKinds.length : importKinds.indexOf(kind);
}

/** What became of one file, as the report tells it. */
interface Outcome {
  name: string;
  ok: boolean;
  /** What the file was, in Kazakh and Russian, when recognised. */
  what: { kk: string; ru: string } | undefined;
  /** The line said when it was imported, in Kazakh · Russian. */
  done: string;
  lines: Message[];
  says: Message;
}
const ranked = await Promise.all(names.map(async (name) => ({ name, rank: await rank(name) })));
ranked.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));

const usedIds = idsEverUsed(root);
const outcomes: Outcome[] = [];
for (const { name, rank } of ranked) {
  const file = join(dir, name);
  if (rank === -1) {
    const outcome = await importGeoNames({ root, file, asOf });
    if (outcome.ok) rmSync(file);
    outcomes.push({
      name,
      ok: outcome.ok,
      what: textsOf('geoNames.inboxKind'),
      done: `${t('kk', 'geoNames.inboxDone')} · ${t('ru', 'geoNames.inboxDone')}`,
      lines: outcome.lines,
      says: outcome.says,
    });
    continue;
  }
  const outcome = await importFile({ root, file, asOf, usedIds });
  // Only now, with its content flushed to disk and in place, does the spreadsheet leave the inbox:
  // a run stopped before this point leaves the file to be imported again (its rows then skipped as already there).
  if (outcome.ok) rmSync(file);
  outcomes.push({
    name,
    ok: outcome.ok,
    what: outcome.kind === undefined ? undefined : labels('importKind', outcome.kind),
    done:
      `Қосылды: ${outcome.added.length} жол, бұрыннан бар: ${outcome.skipped.length}. Файл импортталды және қалтадан алынды. · ` +
      `Добавлено строк: ${outcome.added.length}, уже были: ${outcome.skipped.length}. Файл импортирован и убран из папки.`,
    lines: [...outcome.lines, ...outcome.addedSays, ...outcome.skippedSays],
    says: outcome.says,
  });
}

const lines: string[] = ['# Кестелерді импорттау · Импорт таблиц', ''];
if (outcomes.length === 0) lines.push(`\`${dir}/\` қалтасында CSV немесе Excel файлы жоқ. · В папке \`${dir}/\` нет файлов CSV или Excel.`);
for (const outcome of outcomes) {
  const { name, what } = outcome;
  lines.push(`## ${outcome.ok ? '✅' : '❌'} ${name}${what ? ` — ${what.kk} · ${what.ru}` : ''}`, '');
  if (outcome.ok) {
    lines.push(outcome.done);
  } else {
    lines.push(
      `Ештеңе жазылған жоқ: төмендегі әр жолды түзетіп, файлды қайта жүктеңіз. · Ничего не записано: исправьте каждую строку ниже и загрузите файл снова.`,
    );
  }
  // Every problem line in each language the editors read, then the same in English (what logs and maintainers compare), folded away.
  for (const [lang, name] of [['kk', 'Қазақша'], ['ru', 'Русский']] as const) {
    lines.push('', `**${name}**`);
    const told = outcome.lines;
    if (told.length > 0) lines.push('', '```', ...told.map((line) => say(line, lang)), '```');
    lines.push('', say(outcome.says, lang));
  }
  const english = outcome.lines.map((line) => say(line, 'en'));
  lines.push('', '<details><summary>English</summary>');
  if (english.length > 0) lines.push('', '```', ...english, '```');
  lines.push('', say(outcome.says, 'en'), '', '</details>', '');
}
const report = `${lines.join('\n').trimEnd()}\n`;
process.stdout.write(report);
if (values.report !== undefined) await writeFilesAtomically([{ path: values.report, text: report }]);
process.exit(outcomes.some((o) => !o.ok) ? 1 : 0);
