/**
 * Loads content like `loadContent`, but checks the minutes (MDX parsing, most
 * of the work) in processes of their own while this one reads and checks the
 * JSON. Used by `npm run validate` and `npm run build`; the result is the
 * same as `loadContent`'s, in the same order. Given a store (the build keeps
 * one in its work folder), each minutes file's checked result is kept there,
 * one file each, and this process holds only what the checks need, without
 * the HTML and text (at 100,000 issues, 180 MB of the 460 MB content); a
 * minutes file checked before with the same text, code and allow-list is not
 * checked again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ContactAllowList } from '../privacy/personal-data.ts';
import { checkMinutesFile, loadSteps, type CheckedMinutesFile, type LoadOptions, type LoadResult, type Minutes } from './load.ts';

/**
 * What a minutes worker is given: the content root, its share of the files, the allow-list; with `keep`, for each
 * file where to keep its checked result (`keepChecked`).
 */
export interface MinutesJob {
  root: string;
  files: string[];
  allowList: ContactAllowList;
  keep?: string[];
}

/**
 * Writes a minutes file's checked result whole to `path` and gives it back without its HTML and text, which are
 * read again from there when needed (`minutesWithText`). Three lines: what the checks need, the text, the HTML
 * (JSON has no raw line break), so the text is read without decoding the HTML. Written beside and renamed, so a
 * build stopped halfway leaves no part of a file.
 */
export function keepChecked(path: string, checked: CheckedMinutesFile): CheckedMinutesFile {
  const { html, text } = checked;
  const rest = { problems: checked.problems, issueRefs: checked.issueRefs, agenda: checked.agenda };
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, `${JSON.stringify(rest)}\n${JSON.stringify(text)}\n${JSON.stringify(html)}\n`);
  renameSync(part, path);
  return { ...rest, html: '', text: '', kept: path };
}

/** The lines of a kept result: what the checks need, the text, the HTML; each line as written. */
function keptLines(path: string): [string, string, string] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.length !== 4 || lines[3] !== '') throw new Error(`${path}: not a checked minutes file; remove the build's work folder and build again`);
  return [lines[0] as string, lines[1] as string, lines[2] as string];
}

/** A result kept before, without its HTML and text; undefined when the file is absent or not whole. */
function readKept(path: string): CheckedMinutesFile | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const rest = JSON.parse(keptLines(path)[0]) as Omit<CheckedMinutesFile, 'html' | 'text'>;
    return { ...rest, html: '', text: '', kept: path };
  } catch {
    return undefined;
  }
}

/** The minutes with their HTML and text, read back from where the checking kept them; minutes held whole as they are. */
export function minutesWithText(minutes: Minutes): Minutes {
  if (minutes.kept === undefined) return minutes;
  const [, text, html] = keptLines(minutes.kept);
  return { meeting: minutes.meeting, lang: minutes.lang, html: JSON.parse(html) as string, text: JSON.parse(text) as string, agenda: minutes.agenda };
}

/**
 * The JSON text of the minutes with their HTML and text, as `JSON.stringify(minutesWithText(minutes))` writes it,
 * made from the kept lines as they are: the HTML and text (most of the content's bytes) are neither parsed nor
 * written again.
 */
export function minutesJsonWithText(minutes: Minutes): string {
  if (minutes.kept === undefined) return JSON.stringify(minutes);
  const [, text, html] = keptLines(minutes.kept);
  return `{"meeting":${JSON.stringify(minutes.meeting)},"lang":${JSON.stringify(minutes.lang)},"html":${html},"text":${text},"agenda":${JSON.stringify(minutes.agenda)}}`;
}

/** The text of the minutes, held or kept. */
export function minutesText(minutes: Minutes): string {
  return minutes.kept === undefined ? minutes.text : (JSON.parse(keptLines(minutes.kept)[1]) as string);
}

/**
 * Checks a share of the minutes in a process of its own (minutes-worker.ts), started with none of this process's
 * Node options (a probe a benchmark loads into it, say, is not loaded again there).
 */
function checkOnWorker(job: MinutesJob): Promise<CheckedMinutesFile[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./minutes-worker.ts', import.meta.url)), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const results: CheckedMinutesFile[] = [];
    let complete = false;
    child.on('message', (batch: { results: CheckedMinutesFile[]; last: boolean }) => {
      for (const result of batch.results) results.push(result);
      complete = batch.last;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0 && complete) resolve(results);
      else reject(new Error(`the minutes check stopped with exit code ${code ?? signal} after ${results.length} of ${job.files.length} files`));
    });
    child.send(job);
  });
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where the build keeps checked minutes: a folder, and the version of the code that checks them. */
export interface MinutesStore {
  folder: string;
  code: string;
}

/**
 * Loads and checks the content tree at `root`, minutes in `workers`
 * processes (default: one per core). With `store`, each minutes file's result
 * is kept in its folder under the hash of its text, the code and the
 * allow-list: a result found there is taken as it is, and the content's
 * minutes are without their HTML and text (`kept` says where they are); the
 * folder is left with this tree's results only.
 */
export async function loadContentInParallel(root: string, options: LoadOptions, workers = availableParallelism(), store?: MinutesStore): Promise<LoadResult> {
  const steps = loadSteps(root, options);
  let pending: Promise<CheckedMinutesFile[]> = Promise.resolve([]);
  let step = steps.next();
  while (!step.done) {
    if (step.value.kind === 'start') {
      const { files, allowList } = step.value;
      const version = store === undefined ? '' : sha(`${store.code}\0${JSON.stringify(allowList)}`);
      if (store !== undefined) mkdirSync(store.folder, { recursive: true });
      const keep = store === undefined ? [] : files.map((rel) => join(store.folder, `${sha(`${version}\0${readFileSync(join(root, rel), 'utf8')}`)}.checked`));
      const toCheck = files.flatMap((rel, i) => (store === undefined || !existsSync(keep[i] as string) ? [i] : []));
      const shares = Array.from({ length: Math.max(1, Math.min(workers, toCheck.length)) }, (_, w) => toCheck.filter((_, k) => k % workers === w));
      const job = (share: number[]): MinutesJob => ({ root, files: share.map((i) => files[i] as string), allowList, ...(store === undefined ? {} : { keep: share.map((i) => keep[i] as string) }) });
      pending = Promise.all(shares.map((share) => (share.length === 0 ? Promise.resolve([]) : checkOnWorker(job(share))))).then((checked) => {
        // Worker w checked the files toCheck[w], toCheck[w + n], …: put them back in order.
        const fresh = new Map(checked.flatMap((share, w) => share.map((result, k) => [toCheck[w + k * checked.length] as number, result] as const)));
        if (store === undefined) return files.map((_, i) => fresh.get(i) as CheckedMinutesFile);
        const results = files.map((rel, i) => {
          const path = keep[i] as string;
          // A kept file that cannot be read (cut short, changed by hand) is checked again here.
          return fresh.get(i) ?? readKept(path) ?? keepChecked(path, checkMinutesFile(readFileSync(join(root, rel), 'utf8'), allowList));
        });
        // The store keeps this tree's results only: those of minutes since changed or removed go.
        const used = new Set(keep.map((path) => basename(path)));
        for (const name of readdirSync(store.folder)) if (!used.has(name)) rmSync(join(store.folder, name), { force: true });
        return results;
      });
      step = steps.next();
    } else {
      step = steps.next(await pending);
    }
  }
  return step.value;
}
