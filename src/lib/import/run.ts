/**
 * One spreadsheet imported into a content tree, start to end: read (CSV or
 * Excel), recognise which template it was filled from when not told, check
 * the whole tree, plan (the planned tree is checked as a whole in memory),
 * write, read every written file back and put everything back if one is not
 * what was checked. `npm run import` runs it on one file; `npm run inbox` on every
 * file an editor uploaded.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContentInParallel } from '../content/load-parallel.ts';
import { Issue } from '../../schemas/issue.ts';
import { MeetingRecord } from '../../schemas/meeting.ts';
import { importKinds, templateColumns, type ImportKind } from './columns.ts';
import { decodeCsv, heading } from './csv.ts';
import { planImport } from './import.ts';
import { workbookToCsv } from './xlsx.ts';

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
}

export interface ImportOutcome {
  /** True when the file was imported (or had nothing new); false when nothing was written because of problems. */
  ok: boolean;
  kind?: ImportKind;
  /** One line per problem, `FILE: row N, column NAME: what is wrong — how to fix it`. */
  problems: string[];
  /** What each row became, or that it was already there. */
  added: string[];
  skipped: string[];
  /** Files written, relative to the content root. */
  written: string[];
  /** The closing line. */
  summary: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
  const refused = (problems: string[], summary: string, kind?: ImportKind): ImportOutcome => ({ ok: false, kind, problems, added: [], skipped: [], written: [], summary });
  if (!existsSync(file)) return refused([`${file}: (file): does not exist — check the path`], `${file}: nothing was written.`);
  const workbook = /\.xlsx$/i.test(file);
  const decoded = workbook ? await workbookToCsv(readFileSync(file), run.sheet) : decodeCsv(readFileSync(file));
  if ('problem' in decoded) return refused([`${file}: ${decoded.problem.where}: ${decoded.problem.message}`], `${file}: nothing was written.`);
  const kind = run.kind ?? recogniseKind(decoded.text);
  if (kind === undefined) {
    return refused(
      [`${file}: row 1: its headings are not those of any template — copy the header row from one of templates/meetings.csv, meeting-changes.csv, issues.csv, status.csv or changes.csv`],
      `${file}: nothing was written.`,
    );
  }
  // Ids once used, even by files deleted since, are never handed out again.
  // Minutes are checked on worker threads: at 30,000 issues a load takes 14 s instead of 20.
  const plan = planImport({ root, file, text: decoded.text, kind, asOf, usedIds: run.usedIds, loaded: await loadContentInParallel(root, { asOf }) });
  if (plan.problems.length > 0) {
    return refused(plan.problems, `${plural(plan.problems.length, 'problem')} in ${file}: nothing was written. Fix them and import again.`, kind);
  }

  // Keep what was there, so the tree can be put back exactly if a write goes wrong.
  const before = new Map<string, string | undefined>();
  for (const f of plan.files) {
    const path = join(root, f.path);
    before.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  // The whole tree was checked before planning, and the planned tree as a whole (schemas and integrity)
  // in memory; what remains to prove is that each file on disk now holds exactly what was checked.
  const unwritten = plan.files.filter((f) => {
    const path = join(root, f.path);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (text !== f.text) return true;
    const schema = f.path.startsWith('meetings/') ? MeetingRecord : Issue;
    return !schema.safeParse(JSON.parse(text)).success;
  });
  if (unwritten.length > 0) {
    for (const [path, text] of before) {
      if (text === undefined) rmSync(path, { force: true });
      else writeFileSync(path, text);
    }
    return refused(
      unwritten.map((f) => `${join(root, f.path)}: (file): was not written as planned — check the disk space and permissions of ${root}`),
      `${file}: the import could not be written, so it was undone; nothing changed.`,
      kind,
    );
  }
  return {
    ok: true,
    kind,
    problems: [],
    added: plan.added,
    skipped: plan.skipped,
    written: plan.files.map((f) => f.path),
    summary:
      `${file}: ${plural(plan.added.length, 'row')} added, ${plan.skipped.length} already in the content; ` +
      `${plural(plan.files.length, 'file')} written; ${root} is valid as of ${asOf}.`,
  };
}
