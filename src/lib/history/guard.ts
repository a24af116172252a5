/**
 * The history guard: what was published stays published. Comparing the
 * content with an earlier revision, it refuses a change that deletes an
 * issue, a meeting or its minutes; removes, rewrites or reorders an entry of
 * an issue's status history or change log, a meeting's log or its
 * announcements; changes an issue's deadline, financing, title, description,
 * category, responsible body, district, settlement or measure, or a
 * meeting's time, venue, address, district, settlement, format, stream,
 * office, ministry or calendar entry (or its reason to be outside the
 * calendar), as first published — or adds one where none was published
 * (later ones are log entries); edits published minutes
 * without a correction entry; or reuses an id for something else. A region's
 * calendar is published too: deleting it, changing its approval, removing,
 * rewriting or adding among its approved entries, and removing, rewriting or
 * reordering its corrections are refused; so are removing, rewriting or
 * reordering a version of the rules table. Appending entries, corrections
 * and rules versions, and adding issues, meetings, minutes and calendars are
 * accepted.
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
import { problem, type ContentProblem } from '../content/problems.ts';
import { correctableFieldLabels, issueChangeKindLabels, label, labels, labelTable, meetingChangeKindLabels } from '../i18n/labels.ts';
import { inEach, msg, type MessageValue } from '../i18n/messages.ts';
import { t } from '../i18n/translations.ts';
import { statusTable } from '../issues/status.ts';
import { contactKey } from '../privacy/contacts.ts';
import type { Language, StatusId } from '../../vocabularies.ts';

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
  /** Issue and meeting files now, by id (and the allow-list, by its path). */
  after: ReadonlyMap<string, StoredEntry>;
  /** Ids that existed at some revision up to the base and were deleted before it. */
  deletedBefore: ReadonlySet<string>;
  /** How the content root is shown in messages, e.g. `content`. */
  root: string;
}

/** The allow-list of official contacts, kept in both revisions by its path. */
export const allowListFile = 'privacy/allow-list.json';
/** The rules table, kept in both revisions by its path. */
export const rulesFile = 'obligations/rules.json';
/** A region's calendar for a year, kept in both revisions by its path (`calendars/abay/2026.json`). */
export const calendarFile = /^calendars\/[^/]+\/\d{4}\.json$/;
/** Files kept by their path rather than an id: the allow-list, the rules table and the calendars. */
const keptByPath = (key: string): boolean => key === allowListFile || key === rulesFile || calendarFile.test(key);

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const regionOf = (v: unknown): unknown => asObject(asObject(v).place).region;

/** An append-only list of an issue: its status history or its change log. */
interface Log {
  /** The field that holds it. */
  field: 'history' | 'changes' | 'announcements' | 'contacts' | 'corrections';
  /** The field that holds an entry's date. */
  date: 'date' | 'published';
  /** The field that, with the date, names an entry: `status`, `kind` or `outlet`. */
  key: 'status' | 'kind' | 'outlet';
  /** The label of a value of `key` in each language, when it is a word of the site's vocabulary. */
  label: (value: string) => Readonly<Record<Language, string>> | undefined;
}
const labelIn = <T extends string>(table: Record<T, Readonly<Record<Language, string>>>) => (value: string) => (Object.hasOwn(table, value) ? table[value as T] : undefined);
const statusLog: Log = { field: 'history', date: 'date', key: 'status', label: labelIn(labelTable('status')) };
const issueChangeLog: Log = { field: 'changes', date: 'date', key: 'kind', label: labelIn(issueChangeKindLabels) };
const meetingChangeLog: Log = { field: 'changes', date: 'date', key: 'kind', label: labelIn(meetingChangeKindLabels) };
const announcementLog: Log = { field: 'announcements', date: 'published', key: 'outlet', label: () => undefined };
/** The allow-list's log of official contacts added and removed. */
const contactLog: Log = { field: 'contacts', date: 'date', key: 'kind', label: labelIn(labelTable('contactChange')) };
/** A calendar's corrections, named with the entry each adds, moves or drops. */
const correctionLog: Log = { field: 'corrections', date: 'date', key: 'kind', label: labelIn(labelTable('calendarCorrection')) };

/**
 * How an entry is named in messages: `2026-03-20 in-review` in English; in
 * Kazakh and Russian with the site's word for its status or kind,
 * `2026-03-20 «Қаралуда» (in-review)`, and an outlet in quotes.
 */
function describeEntry(entry: unknown, log: Log = statusLog): Record<Language, string> {
  const e = asObject(entry);
  const date = String(e[log.date] ?? '?');
  const key = String(e[log.key] ?? '?');
  const label = log.label(key);
  // An entry of the allow-list is named with its contact as well.
  const contact =
    log.field === 'contacts'
      ? ` ${String(e.phone ?? e.email ?? '?')}`
      : log.field === 'corrections'
        ? ` ${String(typeof e.entry === 'string' ? e.entry : (asObject(e.entry).id ?? '?'))}`
        : '';
  const shown = (lang: Language) => (label !== undefined ? `${date} «${label[lang]}» (${key})` : log.key === 'outlet' ? `${date} «${key}»` : `${date} ${key}`) + contact;
  return inEach((lang) => (lang === 'en' ? `${date} ${key}${contact}` : shown(lang)));
}

/** An issue's or meeting's identity in words: region, and where an issue was first raised. */
function identityWords(id: string, value: unknown): MessageValue {
  const v = asObject(value);
  const first = Array.isArray(v.meetings) ? String(v.meetings[0]) : '';
  return id.startsWith('i-') ? msg('guard.identity.issue', { region: String(regionOf(v)), meeting: first }) : msg('guard.identity.meeting', { region: String(regionOf(v)) });
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
        problems.push(problem(file, path, msg('guard.rewritten', { entry: describeEntry(entry, log), fields: fields.join(', '), base })));
      } else {
        problems.push(problem(file, path, msg('guard.removed', { entry: describeEntry(entry, log), base, appendOnly: msg(`guard.appendOnly.${log.field}`) })));
      }
      return;
    }
    if (j < lastFound) {
      problems.push(problem(file, path, msg('guard.moved', { entry: describeEntry(entry, log), to: `${log.field}[${j}]` })));
      return;
    }
    lastFound = j;
  });
  const lastPublished = Math.max(-1, ...position);
  is.forEach((entry, j) => {
    if (!used.has(j) && j < lastPublished) {
      problems.push(problem(file, `${log.field}[${j}]`, msg('guard.placedBefore', { entry: describeEntry(entry, log), end: msg(`guard.endOf.${log.field}`) })));
    }
  });
  return problems;
}

/** The statuses that close an issue instead of deleting it: codes in English, the site's words with the code in Kazakh and Russian. */
const closing = ['explained', 'declined', 'duplicate'] as const satisfies readonly StatusId[];
const closingStatuses = inEach((lang) =>
  closing.map((s) => (lang === 'en' ? s : `${label(lang, 'status', s)} (${s})`)).reduce((list, s, i, all) => `${list}${i === 0 ? '' : i === all.length - 1 ? t(lang, 'list.or') : ', '}${s}`, ''),
);

/** A meeting's time and place as editors see them on the page (`meetingField.*`); in English the field's name, as messages have always said. */
const meetingFieldLabels = labelTable('meetingField');

/**
 * A meeting's or issue's other published facts, each with its path in the
 * file, the field a correction entry gives it by, and its name as editors
 * see it on the site (in English the field's name, as messages have always
 * said). They stay as first published: a wrong one is corrected by a
 * `corrected` entry (meeting) or a `details` entry (issue), never in place.
 */
interface Fact {
  path: string;
  field: string;
  get: (v: unknown) => unknown;
  what: Readonly<Record<Language, string>>;
  /** What a correction gives when the value is no longer there: null for a fact that can be none, else a placeholder. */
  none?: 'null';
}
const valueAt = (...keys: string[]) => (v: unknown): unknown => keys.reduce<unknown>((o, k) => asObject(o)[k], v);
const meetingFacts: readonly Fact[] = [
  { path: 'format', field: 'format', get: valueAt('format'), what: labels('meetingFact', 'format') },
  { path: 'stream', field: 'stream', get: valueAt('stream'), what: labels('meetingFact', 'stream'), none: 'null' },
  { path: 'holder.office', field: 'office', get: valueAt('holder', 'office'), what: labels('meetingFact', 'office') },
  { path: 'holder.body', field: 'body', get: valueAt('holder', 'body'), what: labels('meetingFact', 'body') },
  { path: 'place.district', field: 'district', get: valueAt('place', 'district'), what: labels('meetingFact', 'district') },
  { path: 'place.settlement', field: 'settlement', get: valueAt('place', 'settlement'), what: labels('meetingFact', 'settlement'), none: 'null' },
  { path: 'calendarEntry', field: 'calendarEntry', get: valueAt('calendarEntry'), what: labels('meetingFact', 'calendarEntry') },
  { path: 'outsideCalendar', field: 'outsideCalendar', get: valueAt('outsideCalendar'), what: labels('meetingFact', 'outsideCalendar') },
];
const issueFacts: readonly Fact[] = [
  { path: 'category', field: 'category', get: valueAt('category'), what: labels('issueFact', 'category') },
  { path: 'body', field: 'body', get: valueAt('body'), what: labels('issueFact', 'body') },
  { path: 'place.district', field: 'district', get: valueAt('place', 'district'), what: labels('issueFact', 'district') },
  { path: 'place.settlement', field: 'settlement', get: valueAt('place', 'settlement'), what: labels('issueFact', 'settlement'), none: 'null' },
  { path: 'measure', field: 'measure', get: valueAt('measure'), what: labels('issueFact', 'measure'), none: 'null' },
];

/**
 * The published facts of a meeting or an issue changed, added or removed in
 * place, each refused with the correction entry that does it instead, its
 * new value filled in. A value added where none was published is refused
 * too: linking a meeting to a calendar entry, giving a reason to be outside
 * the calendar, or an issue's measure afterwards changes the figures (the
 * calendar kept, the action plan's progress), so it is a dated entry the
 * page shows, like any other correction.
 */
function compareFacts(id: string, was: unknown, is: unknown, base: string, report: (path: string, message: ReturnType<typeof msg>) => void): void {
  const meeting = !id.startsWith('i-');
  for (const fact of meeting ? meetingFacts : issueFacts) {
    const before = fact.get(was);
    const after = fact.get(is);
    if (canonical(before) === canonical(after)) continue;
    // The correction that gives the value now in the file; for a value removed, what the entry gives instead.
    let field = fact.field;
    let value = after === undefined ? (fact.none === 'null' ? 'null' : '…') : JSON.stringify(after);
    if (after === undefined && fact.field === 'calendarEntry') [field, value] = ['outsideCalendar', '{ "ru": "…" }'];
    if (after === undefined && fact.field === 'outsideCalendar') {
      const entry = asObject(is).calendarEntry;
      [field, value] = ['calendarEntry', entry === undefined ? '…' : JSON.stringify(entry)];
    }
    const entry = `{ "kind": "${meeting ? 'corrected' : 'details'}", "date": …, "${field}": ${value}, "reason": … }`;
    const what = fact.what;
    if (before === undefined) {
      report(fact.path, meeting && fact.field === 'calendarEntry' ? msg('guard.calendarLinked', { base, entry }) : msg('guard.factAdded', { what, kind: msg(meeting ? 'guard.kind.meeting' : 'guard.kind.issue'), base, entry }));
    } else {
      report(fact.path, msg('guard.factChanged', { what, how: msg(after === undefined ? 'guard.how.removed' : 'guard.how.changed'), base, entry }));
    }
  }
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
      problems.push(problem(file(old.path), '(file)', msg('guard.minutesDeleted', { base, file: file(old.path), entry, meetingFile: file(meetingFile) })));
    } else if (now.value !== old.value && corrections(after.get(meetingId)?.value, lang) <= corrections(before.get(meetingId)?.value, lang)) {
      problems.push(problem(file(now.path), '(file)', msg('guard.minutesEdited', { base, entry, meetingFile: file(meetingFile) })));
    }
  }

  for (const [id, old] of [...before].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (id.includes('.minutes.') || keptByPath(id)) continue;
    const now = after.get(id);
    if (now === undefined) {
      problems.push(
        problem(
          file(old.path),
          '(file)',
          kind(id) === 'issue'
            ? msg('guard.deleted.issue', { id, base, file: file(old.path), statuses: closingStatuses })
            : msg('guard.deleted.meeting', { id, base, file: file(old.path) }),
        ),
      );
      continue;
    }
    if (now.value === undefined) {
      problems.push(problem(file(now.path), '(file)', msg('guard.notJson')));
      continue;
    }
    if (old.value === undefined) continue;
    if (identity(id, old.value) !== identity(id, now.value)) {
      problems.push(problem(file(now.path), 'id', msg(`guard.reused.${kind(id)}`, { id, was: identityWords(id, old.value), base, now: identityWords(id, now.value) })));
      continue;
    }
    if (kind(id) !== 'issue') {
      // A meeting's announcements are only ever added, and its log only appended to.
      for (const log of [announcementLog, meetingChangeLog]) {
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
        const field = path.replace('place.', '') as keyof typeof meetingFieldLabels;
        problems.push(problem(file(now.path), path, msg('guard.meetingChanged', { what: { ...meetingFieldLabels[field], en: field }, base, field })));
      }
      // So do its other facts: format, stream, office, ministry, district, settlement and calendar standing.
      compareFacts(id, old.value, now.value, base, (path, message) => problems.push(problem(file(now.path), path, message)));
      continue;
    }
    for (const log of [statusLog, issueChangeLog]) {
      const was = asObject(old.value)[log.field];
      const is = asObject(now.value)[log.field];
      problems.push(...compareHistory(Array.isArray(was) ? was : [], Array.isArray(is) ? is : [], file(now.path), base, log));
    }
    // The deadline and financing first published stay as they were: later ones are entries in the change log.
    for (const field of ['deadline', 'financing'] as const) {
      const was = asObject(old.value)[field];
      const is = asObject(now.value)[field];
      if (canonical(was) === canonical(is)) continue;
      const what = { ...issueChangeKindLabels[field], en: field };
      const entry =
        field === 'deadline'
          ? '{ "kind": "deadline", "date": …, "deadline": …, "reason": … }'
          : '{ "kind": "financing", "date": …, "amountKzt": …, "source": …, "decision": … }';
      problems.push(
        problem(
          file(now.path),
          field,
          was === undefined
            ? msg('guard.fieldAdded', { what, entry })
            : msg('guard.fieldChanged', { what, how: msg(is === undefined ? 'guard.how.removed' : 'guard.how.changed'), base, entry }),
        ),
      );
    }
    // So do the title and description first published: a corrected wording is an entry in the change log, and the page shows both.
    for (const field of ['title', 'description'] as const) {
      const is = asObject(now.value)[field];
      if (canonical(asObject(old.value)[field]) === canonical(is)) continue;
      problems.push(
        problem(file(now.path), field, msg('guard.textChanged', { what: { ...correctableFieldLabels[field], en: field }, how: msg(is === undefined ? 'guard.how.removed' : 'guard.how.changed'), base, field })),
      );
    }
    // And its category, responsible body, place and measure: a correction is a `details` entry.
    compareFacts(id, old.value, now.value, base, (path, message) => problems.push(problem(file(now.path), path, message)));
  }

  problems.push(...compareAllowList(before.get(allowListFile), after.get(allowListFile), file, base));
  for (const [key, old] of [...before].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (calendarFile.test(key)) problems.push(...compareCalendar(old, after.get(key), file, base));
  }
  problems.push(...compareRules(before.get(rulesFile), after.get(rulesFile), file, base));

  for (const [id, now] of after) {
    if (!before.has(id) && !id.includes('.minutes.') && !keptByPath(id) && sides.deletedBefore.has(id)) {
      problems.push(problem(file(now.path), 'id', msg(`guard.deletedBefore.${kind(id)}`, { id, base })));
    }
  }
  return problems;
}

/**
 * The allow-list of official contacts is a published fact too: its log of
 * contacts added and removed is only appended to, and a contact of the older
 * bare `phones` and `emails` leaves them only for the log (moved there, or
 * taken off by a `removed` entry), never by being deleted.
 */
function compareAllowList(old: StoredEntry | undefined, now: StoredEntry | undefined, file: (path: string) => string, base: string): ContentProblem[] {
  if (old?.value === undefined) return [];
  const path = file(allowListFile);
  if (now !== undefined && now.value === undefined) return [problem(path, '(file)', msg('guard.notJson'))];
  const was = asObject(old.value);
  const is = asObject(now?.value);
  const list = (v: Json, field: string): unknown[] => (Array.isArray(v[field]) ? (v[field] as unknown[]) : []);
  const problems = compareHistory(list(was, 'contacts'), list(is, 'contacts'), path, base, contactLog);
  const inLog = new Set(list(is, 'contacts').map((e) => contactKey(asObject(e) as { phone?: string; email?: string })));
  for (const field of ['phones', 'emails'] as const) {
    const kept = new Set(list(is, field).map(String));
    list(was, field).forEach((value, i) => {
      const contact = String(value);
      const key = contactKey(field === 'phones' ? { phone: contact } : { email: contact });
      if (!kept.has(contact) && !inLog.has(key)) problems.push(problem(path, `${field}[${i}]`, msg('guard.contactDropped', { contact, base, field })));
    });
  }
  return problems;
}


/**
 * A published calendar stays as approved: its region, year and approval,
 * and every entry as planned, unchanged and none added among them; its
 * corrections are only appended to. A meeting planned later, moved or
 * dropped is a correction at the end.
 */
function compareCalendar(old: StoredEntry, now: StoredEntry | undefined, file: (path: string) => string, base: string): ContentProblem[] {
  const path = file(old.path);
  if (now === undefined) return old.value === undefined ? [] : [problem(path, '(file)', msg('guard.calendar.deleted', { base, file: path }))];
  if (now.value === undefined) return [problem(path, '(file)', msg('guard.notJson'))];
  if (old.value === undefined) return [];
  const was = asObject(old.value);
  const is = asObject(now.value);
  const problems: ContentProblem[] = [];
  for (const field of ['region', 'year', 'approved'] as const) {
    if (canonical(was[field]) === canonical(is[field])) continue;
    problems.push(problem(path, field, msg('guard.calendar.fieldChanged', { what: msg(`guard.calendar.field.${field}`), base })));
  }
  const list = (v: Json, field: string): unknown[] => (Array.isArray(v[field]) ? (v[field] as unknown[]) : []);
  const idOf = (e: unknown) => String(asObject(e).id ?? '?');
  const wasEntries = list(was, 'entries');
  const isEntries = list(is, 'entries');
  const published = new Set(wasEntries.map(idOf));
  wasEntries.forEach((entry, i) => {
    const id = idOf(entry);
    const j = isEntries.findIndex((e) => idOf(e) === id);
    if (j < 0) {
      problems.push(problem(path, `entries[${i}]`, msg('guard.calendar.entryRemoved', { id, base })));
      return;
    }
    const fields = [...new Set([...Object.keys(asObject(entry)), ...Object.keys(asObject(isEntries[j]))])].filter((k) => canonical(asObject(entry)[k]) !== canonical(asObject(isEntries[j])[k])).sort();
    if (fields.length > 0) problems.push(problem(path, `entries[${j}]`, msg('guard.calendar.entryRewritten', { id, fields: fields.join(', '), base })));
  });
  isEntries.forEach((entry, j) => {
    if (!published.has(idOf(entry))) problems.push(problem(path, `entries[${j}]`, msg('guard.calendar.entryAdded', { id: idOf(entry) })));
  });
  problems.push(...compareHistory(list(was, 'corrections'), list(is, 'corrections'), path, base, correctionLog));
  return problems;
}

/**
 * The rules table is a published fact too: each version stays as it was,
 * where it was; an amendment is a new version at the end.
 */
function compareRules(old: StoredEntry | undefined, now: StoredEntry | undefined, file: (path: string) => string, base: string): ContentProblem[] {
  if (old?.value === undefined) return [];
  const path = file(rulesFile);
  if (now === undefined) return [problem(path, '(file)', msg('guard.rules.deleted', { base, file: path }))];
  if (now.value === undefined) return [problem(path, '(file)', msg('guard.notJson'))];
  const list = (v: unknown): unknown[] => (Array.isArray(asObject(v).versions) ? (asObject(v).versions as unknown[]) : []);
  const was = list(old.value);
  const is = list(now.value);
  const idOf = (e: unknown) => String(asObject(e).id ?? '?');
  const problems: ContentProblem[] = [];
  was.forEach((version, i) => {
    if (canonical(version) === canonical(is[i])) return;
    const id = idOf(version);
    const j = is.findIndex((v) => idOf(v) === id);
    if (j < 0) {
      problems.push(problem(path, `versions[${i}]`, msg('guard.rules.removed', { id, base })));
      return;
    }
    const fields = [...new Set([...Object.keys(asObject(version)), ...Object.keys(asObject(is[j]))])].filter((k) => canonical(asObject(version)[k]) !== canonical(asObject(is[j])[k])).sort();
    if (fields.length > 0) problems.push(problem(path, `versions[${j}]`, msg('guard.rules.rewritten', { id, fields: fields.join(', '), base })));
    else problems.push(problem(path, `versions[${j}]`, msg('guard.rules.moved', { id, at: `versions[${i}]` })));
  });
  return problems;
}
