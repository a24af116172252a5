/**
 * The history guard: what was published stays published. Comparing the
 * content with an earlier revision, it refuses a change that deletes an
 * issue, a meeting or its minutes; removes, rewrites or reorders an entry of
 * an issue's status history or change log, a meeting's log or its
 * announcements; changes an issue's deadline, financing, title or description, or a
 * meeting's time or place, as first published (later ones are log entries); edits published minutes
 * without a correction entry; or reuses an id for something else. Appending
 * entries and adding issues, meetings and minutes are accepted.
 *
 * An id is reused when the issue that has it now is another issue than the
 * published one — another region, or first raised at another meeting (for a
 * meeting: another region) — or when it belonged to an issue or meeting that
 * was deleted before the earlier revision and appears again.
 *
 * Pure: the caller reads both revisions (see git.ts) and gets problems back
 * in the validator's form, `file: field.path: what is wrong — how to fix it`.
 */
import { canonicalJson as canonical } from '../content/canonical.ts';
import type { ContentProblem } from '../content/problems.ts';

/** One issue or meeting file as stored in a revision: its path in the content tree and its JSON value. */
export interface StoredEntry {
  /** Path inside the content tree, e.g. `issues/abay/i-10-00042.json`. */
  path: string;
  /** The parsed JSON; undefined when the file is not valid JSON. */
  value: unknown;
}

export interface HistorySides {
  /** The earlier revision's name, e.g. `origin/main`, used in messages. */
  base: string;
  /** Issue and meeting files in the earlier revision, by id; minutes by `m-10-0001.minutes.kk`, their value the text. */
  before: ReadonlyMap<string, StoredEntry>;
  /** Issue and meeting files now, by id. */
  after: ReadonlyMap<string, StoredEntry>;
  /** Ids that existed at some revision up to the base and were deleted before it. */
  deletedBefore: ReadonlySet<string>;
  /** How the content root is shown in messages, e.g. `content`. */
  root: string;
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const regionOf = (v: unknown): unknown => asObject(asObject(v).place).region;

/** An append-only list of an issue: its status history or its change log. */
interface Log {
  /** The field that holds it. */
  field: 'history' | 'changes' | 'announcements';
  /** The field that holds an entry's date. */
  date: 'date' | 'published';
  /** The field that, with the date, names an entry: `status`, `kind` or `outlet`. */
  key: 'status' | 'kind' | 'outlet';
  /** How messages call it. */
  words: string;
}
const statusLog: Log = { field: 'history', date: 'date', key: 'status', words: 'history' };
const changeLog: Log = { field: 'changes', date: 'date', key: 'kind', words: 'change log' };
const announcementLog: Log = { field: 'announcements', date: 'published', key: 'outlet', words: 'list of announcements' };

/** `2026-03-20 in-review`: how an entry is named in messages. */
function describeEntry(entry: unknown, log: Log = statusLog): string {
  const e = asObject(entry);
  return `${String(e[log.date] ?? '?')} ${String(e[log.key] ?? '?')}`;
}

/** What makes an issue or meeting the same one: its region, and for an issue the meeting where it was first raised. */
function identity(id: string, value: unknown): string {
  const v = asObject(value);
  const first = Array.isArray(v.meetings) ? String(v.meetings[0]) : '';
  return id.startsWith('i-') ? `region ${String(regionOf(v))}, raised at ${first}` : `region ${String(regionOf(v))}`;
}

/**
 * The published history `was` against the history now, `is`: every entry of
 * `was` must be in `is`, unchanged and in the same order, with new entries
 * only after the last of them.
 */
function compareHistory(was: readonly unknown[], is: readonly unknown[], file: string, base: string, log: Log = statusLog): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const isKeys = is.map(canonical);
  const used = new Set<number>();
  const position = was.map((entry) => {
    const key = canonical(entry);
    const j = isKeys.findIndex((k, at) => k === key && !used.has(at));
    if (j >= 0) used.add(j);
    return j;
  });
  const same = (a: unknown, b: unknown, field: string) => canonical(asObject(a)[field]) === canonical(asObject(b)[field]);
  let lastFound = -1;
  was.forEach((entry, i) => {
    const path = `${log.field}[${i}]`;
    const j = position[i] ?? -1;
    if (j < 0) {
      const rewrite = is.findIndex((e, at) => !used.has(at) && same(e, entry, log.date) && same(e, entry, log.key));
      if (rewrite >= 0) {
        used.add(rewrite);
        const fields = [...new Set([...Object.keys(asObject(entry)), ...Object.keys(asObject(is[rewrite]))])].filter((k) => !same(entry, is[rewrite], k)).sort();
        problems.push({ file, path, message: `the published entry ${describeEntry(entry, log)} was rewritten (${fields.join(', ')}) — restore it as it was in ${base}; to correct it, add a new entry at the end with a note` });
      } else {
        problems.push({ file, path, message: `the published entry ${describeEntry(entry, log)} was removed — restore it as it was in ${base}; ${log.field === 'history' ? 'history' : `the ${log.words}`} is append-only, so a correction is a new entry at the end` });
      }
      return;
    }
    if (j < lastFound) {
      problems.push({ file, path, message: `the published entry ${describeEntry(entry, log)} was moved to ${log.field}[${j}] — published entries keep their order; put it back and add new entries at the end` });
      return;
    }
    lastFound = j;
  });
  const lastPublished = Math.max(-1, ...position);
  is.forEach((entry, j) => {
    if (!used.has(j) && j < lastPublished) {
      problems.push({ file, path: `${log.field}[${j}]`, message: `the new entry ${describeEntry(entry, log)} is placed before published entries — move it to the end of the ${log.words}` });
    }
  });
  return problems;
}

/** Every change to published content that the history guard refuses, at once. */
export function checkHistory(sides: HistorySides): ContentProblem[] {
  const { base, before, after, root } = sides;
  const problems: ContentProblem[] = [];
  const file = (path: string) => `${root.replace(/\/+$/, '')}/${path}`;
  const kind = (id: string) => (id.startsWith('i-') ? 'issue' : 'meeting');

  /** How many corrections of one language's minutes a meeting's log holds. */
  const corrections = (value: unknown, lang: string): number => {
    const changes = asObject(value).changes;
    return Array.isArray(changes) ? changes.filter((c) => asObject(c).kind === 'minutes' && asObject(c).lang === lang).length : 0;
  };
  for (const [key, old] of [...before].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const minutes = /^(m-\d{2}-\d{4})\.minutes\.(kk|ru|en)$/.exec(key);
    if (minutes === null) continue;
    const [, meetingId = '', lang = ''] = minutes;
    const now = after.get(key);
    const meetingFile = after.get(meetingId)?.path ?? before.get(meetingId)?.path ?? `meetings/…/${meetingId}.json`;
    const entry = `{ "kind": "minutes", "date": …, "lang": "${lang}", "reason": … }`;
    if (now === undefined) {
      problems.push({
        file: file(old.path),
        path: '(file)',
        message: `was deleted, but these minutes are published — restore them (git checkout ${base} -- ${file(old.path)}); to correct them, edit the text and add ${entry} at the end of changes in ${file(meetingFile)}`,
      });
    } else if (now.value !== old.value && corrections(after.get(meetingId)?.value, lang) <= corrections(before.get(meetingId)?.value, lang)) {
      problems.push({
        file: file(now.path),
        path: '(file)',
        message: `was changed since ${base} with no correction entry — published minutes change only by a dated correction: add ${entry} at the end of changes in ${file(meetingFile)}, or restore the file as it was`,
      });
    }
  }

  for (const [id, old] of [...before].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (id.includes('.minutes.')) continue;
    const now = after.get(id);
    if (now === undefined) {
      problems.push({
        file: file(old.path),
        path: '(file)',
        message:
          `was deleted, but ${kind(id)} ${id} is published — restore it (git checkout ${base} -- ${file(old.path)}); ` +
          (kind(id) === 'issue' ? 'to close it, add a status entry (explained, declined or duplicate) instead' : 'to call it off, add a "cancelled" entry with the reason at the end of its changes'),
      });
      continue;
    }
    if (now.value === undefined) {
      problems.push({ file: file(now.path), path: '(file)', message: 'is not valid JSON, so its history cannot be compared — fix the syntax (npm run validate shows where)' });
      continue;
    }
    if (old.value === undefined) continue;
    if (identity(id, old.value) !== identity(id, now.value)) {
      problems.push({
        file: file(now.path),
        path: 'id',
        message:
          `${id} was ${identity(id, old.value)} in ${base}, now ${identity(id, now.value)} — ids are never reused: ` +
          `restore ${id} as it was and give the new ${kind(id)} the next free id`,
      });
      continue;
    }
    if (kind(id) !== 'issue') {
      // A meeting's announcements are only ever added, and its log only appended to.
      for (const log of [announcementLog, changeLog]) {
        const was = asObject(old.value)[log.field];
        const is = asObject(now.value)[log.field];
        problems.push(...compareHistory(Array.isArray(was) ? was : [], Array.isArray(is) ? is : [], file(now.path), base, log));
      }
      // The time and place first published stay as they were: a wrong one is corrected by an entry.
      const fixed: [string, (v: unknown) => unknown][] = [
        ['start', (v) => asObject(v).start],
        ['end', (v) => asObject(v).end],
        ['place.venue', (v) => asObject(asObject(v).place).venue],
        ['place.address', (v) => asObject(asObject(v).place).address],
      ];
      for (const [path, get] of fixed) {
        if (canonical(get(old.value)) === canonical(get(now.value))) continue;
        const field = path.replace('place.', '');
        problems.push({
          file: file(now.path),
          path,
          message:
            `the published ${field} was changed — restore it as it was in ${base}; to correct it, add an entry at the end of changes: ` +
            `{ "kind": "corrected", "date": …, "${field}": …, "reason": … }; to postpone the meeting: { "kind": "postponed", "date": …, "start": …, "reason": … }`,
        });
      }
      continue;
    }
    for (const log of [statusLog, changeLog]) {
      const was = asObject(old.value)[log.field];
      const is = asObject(now.value)[log.field];
      problems.push(...compareHistory(Array.isArray(was) ? was : [], Array.isArray(is) ? is : [], file(now.path), base, log));
    }
    // The deadline and financing first published stay as they were: later ones are entries in the change log.
    for (const field of ['deadline', 'financing'] as const) {
      const was = asObject(old.value)[field];
      const is = asObject(now.value)[field];
      if (canonical(was) === canonical(is)) continue;
      const what = field === 'deadline' ? 'deadline' : 'financing';
      const entry =
        field === 'deadline'
          ? '{ "kind": "deadline", "date": …, "deadline": …, "reason": … }'
          : '{ "kind": "financing", "date": …, "amountKzt": …, "source": …, "decision": … }';
      problems.push({
        file: file(now.path),
        path: field,
        message:
          was === undefined
            ? `was added after the issue was published — a ${what} set later is an entry at the end of changes: ${entry}; remove the field`
            : `the published ${what} was ${is === undefined ? 'removed' : 'changed'} — restore it as it was in ${base}; to move or change it, add an entry at the end of changes: ${entry}`,
      });
    }
    // So do the title and description first published: a corrected wording is an entry in the change log, and the page shows both.
    for (const field of ['title', 'description'] as const) {
      const is = asObject(now.value)[field];
      if (canonical(asObject(old.value)[field]) === canonical(is)) continue;
      problems.push({
        file: file(now.path),
        path: field,
        message:
          `the published ${field} was ${is === undefined ? 'removed' : 'changed'} — restore it as it was in ${base}; to correct it, add an entry at the end of changes: ` +
          `{ "kind": "correction", "date": …, "field": "${field}", "text": { "ru": "…" }, "reason": { "ru": "…" } } with the corrected wording and why`,
      });
    }
  }

  for (const [id, now] of after) {
    if (!before.has(id) && !id.includes('.minutes.') && sides.deletedBefore.has(id)) {
      problems.push({
        file: file(now.path),
        path: 'id',
        message: `${id} belonged to ${kind(id) === 'issue' ? 'an issue' : 'a meeting'} deleted before ${base} — ids are never reused; give this ${kind(id)} the next free id`,
      });
    }
  }
  return problems;
}
