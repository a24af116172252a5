/**
 * One spreadsheet imported into a content tree, start to end: read (CSV or
 * Excel), recognise which template it was filled from when not told, check
 * the whole tree, plan (the planned tree is checked as a whole in memory),
 * then write every file as one change (`../content/atomic-write.ts`): each
 * read back against what was checked before any is put in place, and
 * nothing changed if any write fails. `npm run import` runs it on one file; `npm run inbox` on every
 * file an editor uploaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicWriteError, writeFilesAtomically, type AtomicFs } from '../content/atomic-write.ts';
import { loadContentInParallel } from '../content/load-parallel.ts';
import { inEach, msg, say, type Message } from '../i18n/messages.ts';
import { templateColumns } from './columns.ts';
import { decodeCsv, fileProblemLine, heading, headingLanguage } from './csv.ts';
import { planImport } from './import.ts';
import { workbookToCsv } from './xlsx.ts';
import { type ImportKind, importKinds, type Language } from '../../vocabularies.ts';

export interface ImportRun {
  root: string;
  /** The file as the editor named it; every message starts with it. */
  file: string;
  /** The template it was filled from; recognised from its headings when not given. */
  kind?: ImportKind;
  /** For a workbook: the sheet to read (the first when not given). */
  sheet?: string;
  asOf: string;
  /** Every id the repository ever held (`idsEverUsed`). */
  usedIds: ReadonlySet<string>;
  /** The language the editor reads problems in; when not given, the one of the headings the editor kept (Kazakh for the template's bilingual ones). */
  lang?: Language;
  /** The file system the content is written through (tests pass one that fails part-way). */
  fs?: AtomicFs;
}

export interface ImportOutcome {
  /** True when the file was imported (or had nothing new); false when nothing was written because of problems. */
  ok: boolean;
  kind?: ImportKind;
  /** The language of `problems` and `summary`. */
  lang: Language;
  /** One line per problem, `FILE: row N, column NAME: what is wrong — how to fix it`, in `lang`. */
  problems: string[];
  /** The same lines as messages, to be told in any language. */
  lines: Message[];
  /** What each row became, or that it was already there. */
  added: string[];
  skipped: string[];
  /** The same as `added` and `skipped`, as messages (a skipped row's says that it was skipped). */
  addedSays: Message[];
  skippedSays: Message[];
  /** Files written, relative to the content root. */
  written: string[];
  /** The closing line, in `lang`. */
  summary: string;
  /** The closing line as a message. */
  says: Message;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A count as each language's sentence wants it: English "3 rows", Kazakh and Russian the number after their noun. */
const counted = (n: number, word: string) => inEach((lang) => (lang === 'en' ? plural(n, word) : String(n)));
/** What a file problem told at `(file)` reads like. */
const fileLine = (file: string, message: Message): Message => msg('problem.line', { file, path: msg('import.where.file'), message });

/** The language of a file's headings, against the template it was filled from (or every template, when not known). */
function languageOf(text: string, kind: ImportKind | undefined): Language {
  return headingLanguage(text, kind === undefined ? importKinds.flatMap((k) => templateColumns[k]) : templateColumns[kind]);
}

/** The template whose headings a file's header row uses: every required one present, the most of all matched. */
export function recogniseKind(text: string): ImportKind | undefined {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  let best: { kind: ImportKind; score: number } | undefined;
  for (const kind of importKinds) {
    const columns = templateColumns[kind];
    const has = (c: (typeof columns)[number]) => [heading(c), c.ru, c.kk].some((name) => header.includes(name.toLowerCase()));
    if (!columns.filter((c) => c.required).every(has)) continue;
    const score = columns.filter(has).length / columns.length;
    if (best === undefined || score > best.score) best = { kind, score };
  }
  return best?.kind;
}

/** Imports one file; writes nothing unless every row is good and the tree stays valid. */
export async function importFile(run: ImportRun): Promise<ImportOutcome> {
  const { root, file, asOf } = run;
  let lang: Language = run.lang ?? 'kk';
  const refused = (lines: Message[], says: Message, kind?: ImportKind): ImportOutcome => ({
    ok: false,
    kind,
    lang,
    problems: lines.map((line) => say(line, lang)),
    lines,
    added: [],
    skipped: [],
    addedSays: [],
    skippedSays: [],
    written: [],
    summary: say(says, lang),
    says,
  });
  const nothingWritten = msg('import.summary.nothingWritten', { file });
  if (!existsSync(file)) return refused([fileLine(file, msg('import.file.missing'))], nothingWritten);
  const workbook = /\.xlsx$/i.test(file);
  const decoded = workbook ? await workbookToCsv(readFileSync(file), run.sheet) : decodeCsv(readFileSync(file));
  if ('problem' in decoded) return refused([fileProblemLine(file, decoded.problem)], nothingWritten);
  const kind = run.kind ?? recogniseKind(decoded.text);
  lang = run.lang ?? languageOf(decoded.text, kind);
  if (kind === undefined) return refused([msg('problem.rowOnly', { file, row: 1, message: msg('import.file.unknownTemplate') })], nothingWritten);
  // Ids once used, even by files deleted since, are never handed out again.
  // Minutes are checked on worker threads: at 30,000 issues a load takes 14 s instead of 20.
  const plan = planImport({ root, file, text: decoded.text, kind, asOf, usedIds: run.usedIds, loaded: await loadContentInParallel(root, { asOf }), lang });
  if (plan.problems.length > 0) return refused(plan.lines, msg('import.summary.refused', { problems: counted(plan.problems.length, 'problem'), file }), kind);

  // The whole tree was checked before planning, and the planned tree as a whole (schemas and integrity)
  // in memory. The files are written as one change: each to a flushed temporary read back against what was
  // checked, then renamed into place; if anything fails, the tree is left as it was.
  try {
    await writeFilesAtomically(
      plan.files.map((f) => ({ path: join(root, f.path), text: f.text })),
      { verify: true, fs: run.fs },
    );
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    if (!error.restored) {
      return refused(
        error.changed.map((path) => fileLine(path, msg('import.file.leftChanged'))),
        msg('import.summary.partlyWritten', { file }),
        kind,
      );
    }
    return refused([fileLine(error.path, msg('import.file.notWritten', { root }))], msg('import.summary.undone', { file }), kind);
  }
  const says = msg('import.summary.done', { file, rows: counted(plan.added.length, 'row'), skipped: plan.skipped.length, files: counted(plan.files.length, 'file'), root, asOf });
  return {
    ok: true,
    kind,
    lang,
    problems: [],
    lines: [],
    added: plan.added,
    skipped: plan.skipped,
    addedSays: plan.addedSays,
    skippedSays: plan.skippedSays.map((line) => msg('import.row.skipped', { line })),
    written: plan.files.map((f) => f.path),
    summary: say(says, lang),
    says,
  };
}
