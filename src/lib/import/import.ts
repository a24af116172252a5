/**
 * Import of a spreadsheet (CSV) into the content tree: new meetings, new
 * issues, or status updates and other changes (progress, deadlines,
 * financing, corrected titles and descriptions) appended to issues' logs. Every row is
 * checked with the same zod schemas, integrity rules, status transition
 * table and personal-data check as `npm run validate`, and every problem is
 * reported at once as `FILE.csv: row N, column NAME: what is wrong — how to
 * fix it`, in the editor's language (`FILE.csv: строка N, столбец «Дата»: …`,
 * `FILE.csv: N-жол, «Күні» бағаны: …`, the column named by its heading in
 * that language); every problem in a cell is listed, and a mistyped value is
 * answered with the one meant. Nothing is returned to write unless every row is good, and a row
 * already in the content is skipped, so importing a file twice changes
 * nothing. Files are written exactly as the demo generator writes them.
 *
 * This module plans the import and writes nothing; `scripts/import.ts`
 * writes the planned files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { Issue, IssueChange, StatusEvent, type IssueRecord } from '../../schemas/issue.ts';
import { issueView } from '../issues/changes.ts';
import { Announcement, MeetingChange, MeetingRecord, type Meeting } from '../../schemas/meeting.ts';
import { meetingView } from '../meetings/log.ts';
import type { District } from '../../schemas/district.ts';
import { canonicalJson as canonical } from '../content/canonical.ts';
import { checkIntegrity } from '../content/integrity.ts';
import { holderWords } from '../content/calendar-checks.ts';
import { entryHolder, meetingHolder } from '../accountability/holders.ts';
import { Calendar, type CalendarEntry, type MaslikhatReference } from '../../schemas/calendar.ts';
import type { Region } from '../../schemas/region.ts';
import { loadContent, type Content, type EntrySource, type LoadResult } from '../content/load.ts';
import { formatFieldPath, zodIssueSays, type ContentProblem } from '../content/problems.ts';
import { inEach, msg, orList, placeWords, say, type Message, type MessageValue } from '../i18n/messages.ts';
import { pickText } from '../i18n/text.ts';
import { textsOf } from '../i18n/translations.ts';
import { channelLabels, correctableFieldLabels, correctionKindLabels, entryKindLabels, maslikhatActLabels, financingSourceLabels, holderLevelLabels, issueChangeKindLabels, label, labels, meetingChangeKindLabels, meetingFormatLabels, meetingStatusLabels } from '../i18n/labels.ts';
import { statusTable } from '../issues/status.ts';
import { checkContacts, contactKey, contactShown } from '../privacy/contacts.ts';
import { findPersonalData, normalizePhone, personalDataSays } from '../privacy/personal-data.ts';
import { AllowList, contactEmail, ContactEntry } from '../../schemas/site.ts';
import { bodies } from '../taxonomy/bodies.ts';

/** A planned meeting of a region's calendars, approved or added by a correction. */
function plannedEntry(content: Content, region: string, id: string): CalendarEntry | undefined {
  for (const calendar of content.calendars) {
    if (calendar.region !== region) continue;
    const found = [...calendar.entries, ...calendar.corrections.flatMap((k) => (k.kind === 'added' ? [k.entry] : []))].find((e) => e.id === id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The bodies a minister's meeting can be held by: the ministries of the bodies list. */
const ministryIds = bodyIds.filter((id) => bodies[id].kind === 'ministry');
import { instantAt, localDay, zoneOf } from '../time.ts';
import { calendarColumns, type CalendarColumn, issueColumns, meetingColumns, statusColumns, templateColumns, templateFiles } from './columns.ts';
import { fileProblemLine, heading, parseCsv, type ColumnSpec, type CsvRow } from './csv.ts';
import { editDistance, issueLookalike, meetingLookalike } from './lookalike.ts';
import { matchRegion, placeKey, retype, withoutLookalikes } from './places.ts';
import { announcementChannels, bodyIds, calendarCorrectionKinds, type CalendarCorrectionKind, calendarEntryKinds, maslikhatActs, categoryIds, type CorrectableField, correctableFields, financingSources, holderLevels, type ImportKind, issueChangeKinds, type Language, languages, meetingChangeKinds, meetingFormats, meetingStatuses, statusIds } from '../../vocabularies.ts';

export interface ImportOptions {
  /** Content tree to import into, e.g. `content`. */
  root: string;
  /** The CSV file as the editor named it; every message starts with it. */
  file: string;
  /** The file's text (already decoded; a BOM is allowed). */
  text: string;
  kind: ImportKind;
  /** The build day (`YYYY-MM-DD`, Asia/Almaty): nothing but meetings and deadlines may be dated after it. */
  asOf: string;
  /**
   * Every issue and meeting id the repository ever held, deleted ones
   * included (`idsEverUsed`): new ids are numbered past all of them, so an
   * id once published never names anything else.
   */
  usedIds?: ReadonlySet<string>;
  /** The tree as already loaded and checked (by the parallel loader, say); loaded here when not given. */
  loaded?: LoadResult;
  /** The language of the problem lines (`problems`): the editor's; English when not given. */
  lang?: Language;
}

/** A file to write, relative to the content root, with its complete text. */
export interface PlannedFile {
  path: string;
  text: string;
}

export interface ImportPlan {
  /** Every problem, one line each, in the language asked for; when there is any, `files` is empty. */
  problems: string[];
  /** The same lines as messages, to be told in any language (the inbox report gives them in Kazakh and Russian). */
  lines: Message[];
  files: PlannedFile[];
  /** What each good row became, e.g. `row 2: i-10-00004`. */
  added: string[];
  /** Rows already in the content, e.g. `row 3: already in i-10-00002 history[3]`. */
  skipped: string[];
  /** The same as `added` and `skipped`, as messages to be told in the editor's language. */
  addedSays: Message[];
  skippedSays: Message[];
}

/** What is wrong with a cell — how to fix it: a message, or English words where no translation exists yet. */
export type Told = string | Message;

/** Told in one language (English words stay English). */
export const tell = (told: Told, lang: Language): string => (typeof told === 'string' ? told : say(told, lang));

/** A problem found by the validator's rules, as it is told: its message when it has one, else its English words. */
const toldOf = (p: ContentProblem): Told => p.says ?? p.message;

interface RowProblem {
  row: number;
  column: string;
  /** English words, to tell one problem from another. */
  message: string;
  says: Told;
}

/** A column without a heading, named by its letter: `C (no heading)`. */
const strayColumn = (letter: string): string => `\u0000stray ${letter}`;

/** The JSON text of a content file, exactly as the demo generator and earlier imports write it. */
function contentJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}


const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase().replaceAll('ё', 'е');

/**
 * Words the site once used for a value and has since replaced (after the
 * Kazakh review of 2026-11-30), still accepted in a spreadsheet so that an
 * editor's older file imports: the value's code by its former word. Only
 * codes are listed here; what a value is called is in the translation files.
 */
const formerWords: Readonly<Record<string, string>> = {
  'қабылданды': 'received',
  'принято': 'received',
  'күндізгі': 'in-person',
  'аралас (күндізгі және трансляция)': 'hybrid',
  'смешанный (очно и трансляция)': 'hybrid',
  'шегерілді': 'postponed',
  'жоспарланған': 'scheduled',
};

/** A closed-set value given as its code, as its label in any language, or as a label the site used before. */
function choose<T extends string>(value: string, ids: readonly T[], label: (id: T) => Record<Language, string>): T | undefined {
  const wanted = normalize(value);
  return ids.find((id) => id === wanted || Object.values(label(id)).some((l) => normalize(l) === wanted) || formerWords[wanted] === id);
}

/** The values a closed-set cell accepts, as each language lists them: the editor's own words (English keeps both labels and the code). */
function choices<T extends string>(ids: readonly T[], label: (id: T) => Record<Language, string>): Record<Language, string> {
  return inEach((lang) => (lang === 'en' ? ids.map((id) => `${label(id).kk} / ${label(id).ru} (${id})`).join('; ') : ids.map((id) => `«${label(id)[lang]}»`).join(', ')));
}

/** What a closed-set cell holds, as its problems name it (ru in the genitive plural: «нет среди статусов вопроса»). */
const what = {
  level: textsOf('import.what.level'),
  ministry: textsOf('import.what.ministry'),
  format: textsOf('import.what.format'),
  meetingStatus: textsOf('import.what.meetingStatus'),
  channel: textsOf('import.what.channel'),
  category: textsOf('import.what.category'),
  body: textsOf('import.what.body'),
  status: textsOf('import.what.status'),
  changeKind: textsOf('import.what.changeKind'),
  source: textsOf('import.what.source'),
  field: textsOf('import.what.field'),
  entryKind: textsOf('import.what.entryKind'),
  language: textsOf('import.what.language'),
  calendarCorrection: textsOf('import.what.calendarCorrection'),
  meetingKind: textsOf('import.what.meetingKind'),
  maslikhatAct: textsOf('import.what.maslikhatAct'),
};

/** A zod issue of a built entry as the import tells it; the schema's own message in the editor's language once it has one. */
function zodTold(issue: z.core.$ZodIssue): Told {
  // The schema's own message, or zod's with "— correct the value": in the editor's language, its English as ever.
  return zodIssueSays(issue) ?? issue.message;
}

/** `YYYY-MM-DD` or `DD.MM.YYYY` (how Russian-locale spreadsheets write dates) → `YYYY-MM-DD`. */
function parseDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (dotted) return `${dotted[3]}-${(dotted[2] ?? '').padStart(2, '0')}-${(dotted[1] ?? '').padStart(2, '0')}`;
  return undefined;
}

function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

function parseTime(value: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`;
}

/** Text in Kazakh when it has letters only Kazakh uses, else Russian. */
const languageOf = (text: string): 'kk' | 'ru' => (/[әғқңөұүһі]/i.test(text) ? 'kk' : 'ru');

const localized = (kk: string | undefined, ru: string | undefined) => (kk === undefined && ru === undefined ? undefined : { ...(kk !== undefined ? { kk } : {}), ...(ru !== undefined ? { ru } : {}) });

/** Maps a field path of a built entry (`place.district`, `history[3].status`) to the template column it came from. */
type ColumnOf = (fieldPath: string) => string;

function columnByPrefix(table: Record<string, string>, fallback: string): ColumnOf {
  const prefixes = Object.keys(table).sort((a, b) => b.length - a.length);
  return (fieldPath) => {
    const p = fieldPath.replace(/\[\d+\]/g, '');
    const hit = prefixes.find((k) => p === k || p.startsWith(`${k}.`));
    return hit === undefined ? fallback : (table[hit] ?? fallback);
  };
}

const meetingColumnOf = columnByPrefix(
  {
    id: 'region',
    'holder.level': 'level',
    'holder.body': 'body',
    calendarEntry: 'calendarEntry',
    outsideCalendar: 'outsideCalendar',
    'holder.office': 'officeKk',
    'holder.office.ru': 'officeRu',
    'place.region': 'region',
    'place.district': 'district',
    'place.settlement': 'settlementName',
    'place.settlement.kato': 'settlementKato',
    'place.venue': 'venueKk',
    'place.venue.ru': 'venueRu',
    'place.address': 'addressKk',
    'place.address.ru': 'addressRu',
    start: 'date',
    end: 'endTime',
    format: 'format',
    stream: 'stream',
    changes: 'status',
    'changes.reason': 'reasonKk',
    'changes.reason.ru': 'reasonRu',
    'changes.attendance': 'attendance',
    announcements: 'announcementUrl',
    'announcements.channel': 'announcementChannel',
    'announcements.outlet': 'announcementOutlet',
    'announcements.issueNumber': 'announcementIssue',
    'announcements.published': 'announcementDate',
  },
  'region',
);

const issueColumnOf = columnByPrefix(
  {
    id: 'meeting',
    meetings: 'meeting',
    raised: 'raised',
    'place.region': 'meeting',
    'place.district': 'district',
    'place.settlement': 'settlementName',
    'place.settlement.kato': 'settlementKato',
    category: 'category',
    title: 'titleKk',
    'title.ru': 'titleRu',
    description: 'descriptionKk',
    'description.ru': 'descriptionRu',
    body: 'body',
    history: 'raised',
    deadline: 'deadline',
    measure: 'measure',
  },
  'meeting',
);

const statusColumnOf = columnByPrefix(
  {
    date: 'date',
    status: 'status',
    note: 'noteKk',
    'note.ru': 'noteRu',
    evidence: 'evidence',
    decision: 'decision',
    referredTo: 'referredTo',
  },
  'status',
);

const changeColumnOf = columnByPrefix(
  {
    kind: 'kind',
    date: 'date',
    deadline: 'deadline',
    reason: 'reasonKk',
    'reason.ru': 'reasonRu',
    note: 'noteKk',
    'note.ru': 'noteRu',
    evidence: 'evidence',
    decision: 'decision',
    amountKzt: 'amount',
    source: 'source',
    'decision.session': 'maslikhatSession',
    'decision.date': 'maslikhatDate',
    'decision.number': 'maslikhatNumber',
    'decision.url': 'maslikhatUrl',
    field: 'field',
    text: 'textKk',
    'text.ru': 'textRu',
  },
  'kind',
);

const meetingChangeColumnOf = columnByPrefix(
  {
    kind: 'kind',
    date: 'date',
    reason: 'reasonKk',
    'reason.ru': 'reasonRu',
    start: 'newDate',
    end: 'endTime',
    venue: 'venueKk',
    'venue.ru': 'venueRu',
    address: 'addressKk',
    'address.ru': 'addressRu',
    attendance: 'attendance',
    video: 'video',
    documents: 'documents',
    coverage: 'coverageUrl',
    'coverage.outlet': 'coverageOutlet',
    'coverage.title': 'coverageTitle',
    'coverage.published': 'date',
    lang: 'minutesLang',
    channel: 'announcementChannel',
    outlet: 'announcementOutlet',
    url: 'announcementUrl',
    issueNumber: 'announcementIssue',
    published: 'date',
  },
  'kind',
);

/** A marker file name for entries built from rows, so integrity problems can be traced back to their row. */
const rowSource = (row: number): EntrySource => ({ file: `\u0000row ${row}`, prefix: '' });

interface Draft {
  row: number;
  raw: Record<string, unknown>;
}

/** Plans the import of one CSV file into the content tree at `options.root`. */
export function planImport(options: ImportOptions): ImportPlan {
  const { root, file, kind, asOf } = options;
  const template = templateFiles[kind];
  const lang = options.lang ?? 'en';
  const loaded = options.loaded ?? loadContent(root, { asOf });
  const refused = (lines: Message[]): ImportPlan => ({ problems: lines.map((line) => say(line, lang)), lines, files: [], added: [], skipped: [], addedSays: [], skippedSays: [] });
  if (loaded.problems.length > 0) {
    return refused([
      ...loaded.problems.map((p) => msg('problem.line', { file: p.file, path: p.path, message: toldOf(p) })),
      msg('problem.line', { file, path: msg('import.where.file'), message: msg('import.file.treeHasProblems', { root, count: loaded.problems.length }) }),
    ]);
  }
  const { content, sources } = loaded;
  const columns: readonly ColumnSpec[] = templateColumns[kind];
  const parsed = parseCsv(options.text, columns, template);
  if (parsed.problems.length > 0) return refused(parsed.problems.map((p) => fileProblemLine(file, p)));
  /** A column as the editor reads it: in English the heading as written; in Kazakh or Russian that language's half. */
  const columnName = (key: string): Message | Record<Language, string> => {
    if (key.startsWith(strayColumn(''))) return msg('import.column.stray', { letter: key.slice(strayColumn('').length) });
    const spec = columns.find((c) => c.key === key);
    const en = parsed.headings[key] ?? (spec ? heading(spec) : key);
    return inEach((lang) => (lang === 'en' ? en : pickText({ kk: spec?.kk ?? en, ru: spec?.ru ?? en }, lang).text));
  };
  const problems: RowProblem[] = [];
  const report = (row: number, column: string, says: Told): void => {
    const message = tell(says, 'en');
    if (!problems.some((p) => p.row === row && p.column === column && p.message === message)) problems.push({ row, column, message, says });
  };

  for (const { row, column } of parsed.stray) report(row, strayColumn(column), msg('import.cell.stray'));
  // Personal data in any cell, every finding reported with its value masked. A contacts sheet's
  // phone and e-mail cells are the official contacts it puts on the allow-list, so they are not
  // personal data, and its other cells may give them too; every other cell is still checked.
  const contactCells = kind === 'contacts' ? new Set(['phone', 'email']) : new Set<string>();
  const allow =
    kind !== 'contacts'
      ? content.allowList
      : {
          phones: [...content.allowList.phones, ...parsed.rows.flatMap((r) => (r.cells.phone === undefined ? [] : [r.cells.phone]))],
          emails: [...content.allowList.emails, ...parsed.rows.flatMap((r) => (r.cells.email === undefined ? [] : [r.cells.email.trim()]))],
        };
  for (const { row, cells } of parsed.rows) {
    for (const [key, value] of Object.entries(cells) as [string, string][]) {
      if (contactCells.has(key)) continue;
      for (const finding of findPersonalData(value, allow)) report(row, key, personalDataSays(finding));
    }
  }
  // Required cells.
  for (const { row, cells } of parsed.rows) {
    for (const column of columns) {
      if (column.required && cells[column.key] === undefined) report(row, column.key, msg('import.cell.required', { example: column.example || msg('import.cell.asInTemplate') }));
    }
  }

  const ctx: Context = { content, asOf, usedIds: options.usedIds ?? new Set(), report, hasProblems: (row) => problems.some((p) => p.row === row) };
  const result =
    kind === 'contacts'
      ? planContacts(ctx, parsed.rows as CsvRow<string>[], root)
      : kind === 'calendar'
      ? planCalendar(ctx, parsed.rows as CsvRow<string>[], root)
      : kind === 'meetings'
      ? planMeetings(ctx, parsed.rows as CsvRow<string>[])
      : kind === 'issues'
        ? planIssues(ctx, parsed.rows as CsvRow<string>[])
        : planAppend(ctx, parsed.rows as CsvRow<string>[], root, kind === 'status' ? statusLog : kind === 'changes' ? changeLog : meetingLog);

  // The same rules as `npm run validate`, on the content as it would be after the import (of the rows
  // that passed the checks above, so one bad cell is not reported again as a knock-on problem).
  for (const [entry, source] of result.sources) sources.set(entry, source);
  const merged: Content = { ...content, meetings: result.meetings, issues: result.issues, calendars: result.calendars ?? content.calendars };
  const untraced: ContentProblem[] = [];
  for (const p of checkIntegrity(merged, sources, { asOf, minutesRefs: [], invalidIds: new Set() })) {
    const traced = result.trace(p.file, p.path);
    if (traced === undefined) untraced.push(p);
    else if (traced !== 'told') report(traced.row, traced.column, toldOf(p));
  }

  if (problems.length > 0 || untraced.length > 0) {
    problems.sort((a, b) => a.row - b.row || columns.findIndex((c) => c.key === a.column) - columns.findIndex((c) => c.key === b.column));
    return refused([
      ...untraced.map((p) => msg('problem.line', { file: p.file, path: p.path, message: toldOf(p) })),
      ...problems.map((p) => msg('problem.row', { file, row: p.row, column: columnName(p.column), message: p.says })),
    ]);
  }
  const english = (lines: Message[]) => lines.map((line) => say(line, 'en'));
  return { problems: [], lines: [], files: result.files, added: english(result.added), skipped: english(result.skipped), addedSays: result.added, skippedSays: result.skipped };
}

interface Context {
  content: Content;
  /** The build day: what a new row's status is recorded on. */
  asOf: string;
  /** Ids used before, in the working tree or in the repository's history. */
  usedIds: ReadonlySet<string>;
  report: (row: number, column: string, says: Told) => void;
  /** True when a problem is already reported for the row: fields its bad cells left out are then not reported again. */
  hasProblems: (row: number) => boolean;
}

interface KindResult {
  meetings: Meeting[];
  issues: Issue[];
  /** The calendars, where the kind changes them. */
  calendars?: Calendar[];
  /** Sources of the entries built or changed, for integrity messages. */
  sources: Map<object, EntrySource>;
  /** Traces an integrity problem back to a row and column; undefined when it is not about a row, `told` when another message already says it. */
  trace: (file: string, path: string) => { row: number; column: string } | 'told' | undefined;
  files: PlannedFile[];
  added: Message[];
  skipped: Message[];
}

/** Reads a date cell; reports and returns undefined when it is not a date. */
function dateCell(ctx: Context, row: number, column: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = parseDate(value);
  if (day === undefined) {
    ctx.report(row, column, msg('import.cell.notDate', { value }));
    return undefined;
  }
  if (!isRealDay(day)) {
    ctx.report(row, column, msg('import.cell.notRealDate', { value }));
    return undefined;
  }
  return day;
}

function choiceCell<T extends string>(ctx: Context, row: number, column: string, value: string | undefined, what: Record<Language, string>, ids: readonly T[], label: (id: T) => Record<Language, string>): T | undefined {
  if (value === undefined) return undefined;
  const id = choose(value, ids, label);
  if (id !== undefined) return id;
  // Latin look-alike letters in a right value, or a typo or two: say which value it should be.
  const { text, letters } = withoutLookalikes(value);
  if (letters.length > 0 && choose(text, ids, label) !== undefined) {
    ctx.report(row, column, retype(value, letters, text));
    return undefined;
  }
  const nearest = nearestChoice(value, ids, label);
  ctx.report(row, column, msg(nearest === undefined ? 'import.cell.notChoice' : 'import.cell.notChoiceNear', { value, what, choices: choices(ids, label), ...(nearest !== undefined ? { nearest } : {}) }));
  return undefined;
}

/** The accepted value a mistyped one is nearest to, as written in the language it is nearest in: within one typo, or one in four letters. */
function nearestChoice<T extends string>(value: string, ids: readonly T[], label: (id: T) => Record<Language, string>): string | undefined {
  const wanted = normalize(value);
  let best: { text: string; distance: number } | undefined;
  for (const id of ids) {
    for (const text of [label(id).kk, label(id).ru, label(id).en]) {
      const distance = editDistance(wanted, normalize(text));
      if (best === undefined || distance < best.distance) best = { text, distance };
    }
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(wanted.length / 4)) ? best.text : undefined;
}

/** Reports the schema problems of a built entry against the columns its fields came from. */
function schemaCheck<T>(ctx: Context, row: number, schema: z.ZodType<T>, raw: unknown, columnOf: ColumnOf): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const rowHadProblems = ctx.hasProblems(row);
  for (const issue of result.error.issues) {
    if (rowHadProblems && valueAt(raw, issue.path) === undefined) continue;
    ctx.report(row, columnOf(formatFieldPath(issue.path)), zodTold(issue));
  }
  return undefined;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

function nextNumber(ids: readonly string[], prefix: string): number {
  let max = 0;
  for (const id of ids) if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)));
  return max + 1;
}

function findDistrict(content: Content, region: string, value: string): District | undefined {
  // "Абайский р-н", "Абай ауданы", "Abay District": the same district (placeKey folds the words for district, city, region).
  const wanted = placeKey(value);
  return content.districts.find(
    (d) => d.region === region && (d.slug === normalize(value) || [...Object.values(d.name), ...Object.values(d.shortName)].some((n) => placeKey(n) === wanted)),
  );
}

function districtCell(ctx: Context, row: number, region: string, value: string | undefined, column = 'district'): string | undefined {
  if (value === undefined) return undefined;
  const district = findDistrict(ctx.content, region, value);
  const { text, letters } = withoutLookalikes(value);
  if (district === undefined && letters.length > 0 && findDistrict(ctx.content, region, text) !== undefined) {
    ctx.report(row, column, retype(value, letters, text));
  } else if (district === undefined) {
    const examples = ctx.content.districts.filter((d) => d.region === region).slice(0, 3);
    const name = ctx.content.regions.find((r) => r.slug === region)?.name;
    const names = inEach((lang) => examples.map((d) => placeWords(d.name)[lang]).join(', '));
    ctx.report(
      row,
      column,
      msg('import.cell.notDistrict', {
        value,
        region: name === undefined ? region : inEach((lang) => (lang === 'en' ? region : placeWords(name)[lang])),
        examples: examples.length ? msg('import.cell.examples', { names }) : '',
      }),
    );
  }
  return district?.slug;
}

function settlementOf(ctx: Context, row: number, cells: Record<string, string | undefined>): Record<string, unknown> | undefined {
  const kato = cells.settlementKato;
  const name = cells.settlementName;
  if (kato === undefined && name === undefined) return undefined;
  if (name === undefined) {
    const known = ctx.content.settlements.find((s) => s.kato === kato);
    if (known === undefined) {
      ctx.report(row, 'settlementName', msg('import.cell.settlementName'));
      return undefined;
    }
    return { kato, name: known.name };
  }
  return { ...(kato !== undefined ? { kato } : {}), name: { [languageOf(name)]: name } };
}

function tracer(byFile: Map<string, { row: number; columnOf: ColumnOf }>): KindResult['trace'] {
  return (file, path) => {
    const hit = byFile.get(file);
    return hit === undefined ? undefined : { row: hit.row, column: hit.columnOf(path) };
  };
}

/** Rows repeating an earlier row of the same file are refused: they would add the same thing twice. */
function repeats(ctx: Context, keys: Map<string, number>, row: number, key: string, column: string): boolean {
  const first = keys.get(key);
  if (first !== undefined) {
    ctx.report(row, column, msg('import.cell.repeatsRow', { row: first }));
    return true;
  }
  keys.set(key, row);
  return false;
}

/**
 * New meetings or issues from their drafts: a row that repeats another, or an
 * entry already in the content, is skipped; every other good row gets the next
 * free id of its region (`m-RR-NNNN`, `i-RR-NNNNN`) and its file.
 */
function allocate<T extends { id: string }>(
  ctx: Context,
  drafts: (Draft & { region: string; parsed: T | undefined; key: string })[],
  o: {
    existing: T[];
    keyOf: (entry: T) => string;
    /** A published entry the new one looks like (so it is refused), with the column and message that say so. */
    lookalike: (draft: T) => { column: string; message: Message } | undefined;
    prefix: 'm' | 'i';
    digits: number;
    folder: 'meetings' | 'issues';
    repeatColumn: string;
    columnOf: ColumnOf;
  },
) {
  const existing = new Map(o.existing.map((e) => [o.keyOf(e), e.id]));
  const keys = new Map<string, number>();
  const entries = [...o.existing];
  const ids = [...o.existing.map((e) => e.id), ...ctx.usedIds];
  const sources = new Map<object, EntrySource>();
  const byFile = new Map<string, { row: number; columnOf: ColumnOf }>();
  const files: PlannedFile[] = [];
  const added: Message[] = [];
  const skipped: Message[] = [];
  for (const draft of drafts) {
    if (repeats(ctx, keys, draft.row, draft.key, o.repeatColumn)) continue;
    const already = existing.get(draft.key);
    if (already !== undefined) {
      skipped.push(msg('import.row.imported', { row: draft.row, id: already }));
      continue;
    }
    if (draft.parsed === undefined || ctx.hasProblems(draft.row)) continue;
    const lookalike = o.lookalike(draft.parsed);
    if (lookalike !== undefined) {
      ctx.report(draft.row, lookalike.column, lookalike.message);
      continue;
    }
    const code = ctx.content.regions.find((r) => r.slug === draft.region)?.kato.slice(0, 2) ?? '00';
    const id = `${o.prefix}-${code}-${String(nextNumber(ids, `${o.prefix}-${code}-`)).padStart(o.digits, '0')}`;
    ids.push(id);
    const entry = { ...draft.parsed, id };
    entries.push(entry);
    sources.set(entry, rowSource(draft.row));
    byFile.set(rowSource(draft.row).file, { row: draft.row, columnOf: o.columnOf });
    files.push({ path: `${o.folder}/${draft.region}/${id}.json`, text: contentJson({ ...draft.raw, id }) });
    added.push(msg('import.row.added', { row: draft.row, id }));
  }
  return { entries, sources, byFile, files, added, skipped };
}

function planMeetings(ctx: Context, rows: CsvRow<string>[]): KindResult {
  const { content } = ctx;
  const drafts: (Draft & { region: string; parsed: Meeting | undefined; key: string })[] = [];
  for (const { row, cells } of rows) {
    const regionValue = cells.region;
    const match = regionValue === undefined ? undefined : matchRegion(regionValue, content.regions);
    const region = match !== undefined && 'region' in match ? match.region : undefined;
    if (match !== undefined && 'problem' in match) ctx.report(row, 'region', match.says);
    const slug = region?.slug ?? '';
    const district = region ? districtCell(ctx, row, slug, cells.district) : undefined;
    const level = choiceCell(ctx, row, 'level', cells.level, what.level, holderLevels, (id) => holderLevelLabels[id]);
    // A minister's meeting names the ministry, by its name on the site or its code; an akim's names none.
    const body = choiceCell(ctx, row, 'body', cells.body, what.ministry, ministryIds, (id) => labels('body', id));
    if (level === 'minister' && cells.body === undefined) {
      const energy = labels('body', 'min-energy');
      ctx.report(row, 'body', msg('import.cell.ministerBody', { example: inEach((lang) => (lang === 'en' ? `${energy.ru} (min-energy)` : `«${energy[lang]}»`)), minister: { ...holderLevelLabels.minister, en: holderLevelLabels.minister.ru } }));
    }
    if (level !== undefined && level !== 'minister' && cells.body !== undefined) {
      ctx.report(row, 'body', msg('import.cell.bodyNotMinister', { minister: { ...holderLevelLabels.minister, en: holderLevelLabels.minister.ru } }));
    }
    // The calendar entry the meeting fulfils: one of its region's calendars (ministers' meetings are in none).
    if (cells.calendarEntry !== undefined && level === 'minister') ctx.report(row, 'calendarEntry', msg('import.cell.ministerCalendar'));
    else if (cells.calendarEntry !== undefined && region !== undefined && /^c-\d{2}-\d{4}-\d{3,4}$/.test(cells.calendarEntry)) {
      if (plannedEntry(content, region.slug, cells.calendarEntry) === undefined) ctx.report(row, 'calendarEntry', msg('import.cell.calendarEntryUnknown', { id: cells.calendarEntry, region: placeWords(region.name) }));
    }
    const outsideCalendar = cells.outsideCalendar === undefined ? undefined : { [languageOf(cells.outsideCalendar)]: cells.outsideCalendar };
    const format = choiceCell(ctx, row, 'format', cells.format, what.format, meetingFormats, (id) => meetingFormatLabels[id]);
    const status = choiceCell(ctx, row, 'status', cells.status, what.meetingStatus, meetingStatuses, (id) => meetingStatusLabels[id]);
    const channel = choiceCell(ctx, row, 'announcementChannel', cells.announcementChannel, what.channel, announcementChannels, (id) => channelLabels[id]);
    const day = dateCell(ctx, row, 'date', cells.date);
    const published = dateCell(ctx, row, 'announcementDate', cells.announcementDate);
    const time = (column: 'startTime' | 'endTime'): string | undefined => {
      const value = cells[column];
      if (value === undefined) return undefined;
      const t = parseTime(value);
      if (t === undefined) ctx.report(row, column, msg('import.cell.notTime', { value }));
      return t;
    };
    const start = time('startTime');
    const end = time('endTime');
    let attendance: number | undefined;
    if (cells.attendance !== undefined) {
      attendance = /^\d+$/.test(cells.attendance.replace(/\s/g, '')) ? Number(cells.attendance.replace(/\s/g, '')) : undefined;
      if (attendance === undefined) ctx.report(row, 'attendance', msg('import.cell.notHeadCount', { value: cells.attendance }));
    }
    const announced = [cells.announcementChannel, cells.announcementOutlet, cells.announcementUrl, cells.announcementIssue, cells.announcementDate].some((v) => v !== undefined);
    const settlement = settlementOf(ctx, row, cells);
    const raw: Record<string, unknown> = {
      id: '',
      holder: { level, ...(body !== undefined && level === 'minister' ? { body } : {}), office: localized(cells.officeKk, cells.officeRu) },
      place: {
        region: slug,
        ...(district !== undefined ? { district } : {}),
        ...(settlement !== undefined ? { settlement } : {}),
        venue: localized(cells.venueKk, cells.venueRu),
        address: localized(cells.addressKk, cells.addressRu),
      },
      // The time as the row writes it, local to the region, with the offset the region kept that day.
      start: day && start ? instantAt(day, start, zoneOf(slug)) : undefined,
      end: day && end ? instantAt(day, end, zoneOf(slug)) : undefined,
      format,
      ...(cells.stream !== undefined ? { stream: cells.stream } : {}),
      ...(cells.calendarEntry !== undefined ? { calendarEntry: cells.calendarEntry } : {}),
      ...(outsideCalendar !== undefined ? { outsideCalendar } : {}),
      announcements: announced
        ? [
            {
              channel,
              outlet: cells.announcementOutlet,
              ...(cells.announcementUrl !== undefined ? { url: cells.announcementUrl } : {}),
              ...(cells.announcementIssue !== undefined ? { issueNumber: cells.announcementIssue } : {}),
              published,
            },
          ]
        : [],
    };
    // What already happened to the meeting becomes the first entry of its log, dated the day it is recorded.
    const reason = localized(cells.reasonKk, cells.reasonRu);
    if (status === 'held') raw.changes = [{ kind: 'held', date: ctx.asOf, ...(attendance !== undefined ? { attendance } : {}) }];
    else if (status === 'postponed' || status === 'cancelled') raw.changes = [{ kind: status, date: ctx.asOf, reason }];
    if ((status === 'postponed' || status === 'cancelled') && reason === undefined) ctx.report(row, 'reasonRu', msg(status === 'postponed' ? 'import.cell.reasonPostponed' : 'import.cell.reasonCancelled'));
    if (attendance !== undefined && status !== 'held') ctx.report(row, 'attendance', msg('import.cell.attendanceNotHeld', { held: { ...meetingStatusLabels.held, en: meetingStatusLabels.held.ru } }));
    if ((raw.holder as { office?: unknown }).office === undefined) ctx.report(row, 'officeKk', msg('import.cell.officeEmpty'));
    const placeRaw = raw.place as Record<string, unknown>;
    if (placeRaw.venue === undefined) ctx.report(row, 'venueKk', msg('import.cell.venueEmpty'));
    if (placeRaw.address === undefined) ctx.report(row, 'addressKk', msg('import.cell.addressEmpty'));
    if (announced && cells.announcementOutlet === undefined) ctx.report(row, 'announcementOutlet', msg('import.cell.outletEmpty'));
    if (announced && cells.announcementChannel === undefined) ctx.report(row, 'announcementChannel', msg('import.cell.channelEmpty', { choices: choices(announcementChannels, (id) => channelLabels[id]) }));
    if (announced && cells.announcementDate === undefined) ctx.report(row, 'announcementDate', msg('import.cell.announcementDateEmpty'));
    const record = schemaCheck<MeetingRecord>(ctx, row, MeetingRecord, { ...raw, id: 'm-00-0000' }, meetingColumnOf);
    // The entry must be planned for this meeting's own akim.
    const planned = record?.calendarEntry === undefined || region === undefined || level === 'minister' ? undefined : plannedEntry(content, region.slug, record.calendarEntry);
    if (record !== undefined && region !== undefined && planned !== undefined) {
      const theirs = entryHolder(planned.holder, region.slug, region.kind);
      if (theirs !== undefined && theirs.key !== meetingHolder(record, region.kind)?.key) {
        ctx.report(row, 'calendarEntry', msg('import.cell.calendarEntryHolder', { id: planned.id, holder: holderWords(theirs, content) }));
      }
    }
    drafts.push({ row, raw, region: slug, parsed: record && meetingView(record), key: canonical([slug, raw.start, (raw.holder as { office?: unknown }).office]) });
  }

  const made = allocate(ctx, drafts, {
    existing: content.meetings,
    keyOf: (m) => canonical([m.place.region, m.published?.start ?? m.start, m.published?.office ?? m.holder.office]),
    lookalike: (m) => {
      const twin = meetingLookalike(m, content.meetings);
      return twin === undefined
        ? undefined
        : {
            column: 'date',
            message: msg('import.cell.meetingLookalike', { id: twin.id }),
          };
    },
    prefix: 'm',
    digits: 4,
    folder: 'meetings',
    repeatColumn: 'date',
    columnOf: meetingColumnOf,
  });
  return { meetings: made.entries, issues: content.issues, sources: made.sources, trace: tracer(made.byFile), files: made.files, added: made.added, skipped: made.skipped };
}

function planIssues(ctx: Context, rows: CsvRow<string>[]): KindResult {
  const { content } = ctx;
  const meetingById = new Map(content.meetings.map((m) => [m.id, m]));
  const drafts: (Draft & { region: string; parsed: Issue | undefined; key: string })[] = [];
  for (const { row, cells } of rows) {
    const meeting = cells.meeting === undefined ? undefined : meetingById.get(cells.meeting);
    if (cells.meeting !== undefined && meeting === undefined) {
      ctx.report(row, 'meeting', msg('import.cell.noMeeting', { id: cells.meeting }));
    }
    const region = meeting?.place.region ?? '';
    const district = meeting ? districtCell(ctx, row, region, cells.district) : undefined;
    const settlement = settlementOf(ctx, row, cells);
    const samePlace = cells.district === undefined && settlement === undefined;
    const place = meeting
      ? samePlace
        ? { region, ...(meeting.place.district !== undefined ? { district: meeting.place.district } : {}), ...(meeting.place.settlement !== undefined ? { settlement: meeting.place.settlement } : {}) }
        : { region, ...(district !== undefined ? { district } : {}), ...(settlement !== undefined ? { settlement } : {}) }
      : { region };
    const raised = cells.raised !== undefined ? dateCell(ctx, row, 'raised', cells.raised) : meeting ? localDay(meeting.start, zoneOf(meeting.place.region)) : undefined;
    const category = choiceCell(ctx, row, 'category', cells.category, what.category, categoryIds, (id) => labels('category', id));
    const body = choiceCell(ctx, row, 'body', cells.body, what.body, bodyIds, (id) => labels('body', id));
    const deadline = dateCell(ctx, row, 'deadline', cells.deadline);
    const title = localized(cells.titleKk, cells.titleRu);
    const description = localized(cells.descriptionKk, cells.descriptionRu);
    if (title === undefined) ctx.report(row, 'titleKk', msg('import.cell.titleEmpty'));
    if (description === undefined) ctx.report(row, 'descriptionKk', msg('import.cell.descriptionEmpty'));
    const raw: Record<string, unknown> = {
      id: '',
      meetings: [cells.meeting],
      raised,
      place,
      category,
      title,
      description,
      body,
      history: [{ date: raised, status: 'received' }],
      ...(deadline !== undefined ? { deadline } : {}),
      ...(cells.measure !== undefined ? { measure: cells.measure } : {}),
    };
    const parsed = schemaCheck<Issue>(ctx, row, Issue, { ...raw, id: 'i-00-00000' }, issueColumnOf);
    drafts.push({ row, raw, region, parsed, key: canonical([cells.meeting, title, description]) });
  }

  const made = allocate(ctx, drafts, {
    existing: content.issues,
    keyOf: (i) => canonical([i.meetings[0], i.title, i.description]),
    lookalike: (i) => {
      const twin = issueLookalike(i, content.issues);
      return twin === undefined
        ? undefined
        : {
            column: twin.lang === 'kk' ? 'titleKk' : 'titleRu',
            message: msg('import.cell.issueLookalike', { id: twin.issue.id, title: twin.title }),
          };
    },
    prefix: 'i',
    digits: 5,
    folder: 'issues',
    repeatColumn: 'titleKk',
    columnOf: issueColumnOf,
  });
  // A new issue's history is its "received" entry on the day it was raised: problems with it are told about that day.
  const trace = tracer(made.byFile);
  return {
    meetings: content.meetings,
    issues: made.entries,
    sources: made.sources,
    trace: (f, path) => (path.startsWith('history') ? 'told' : trace(f, path)),
    files: made.files,
    added: made.added,
    skipped: made.skipped,
  };
}

type LogField = 'history' | 'changes' | 'announcements';

/** One of the append-only logs of an issue or a meeting as a spreadsheet fills it: which field, and how a row becomes an entry. */
interface AppendLog {
  /** Whose log: the template's id column is named after it. */
  of: 'issue' | 'meeting';
  /** The field of the file the rows append to. */
  field: LogField;
  /** The entry a row appends (bad cells are reported on `ctx`), how messages call it, and the field it goes to when not `field`; `target` is the issue or meeting it names, when it exists. */
  entry: (ctx: Context, row: number, cells: CsvRow<string>['cells'], target: Issue | Meeting | undefined) => { entry: Record<string, unknown>; label: string; field?: LogField };
  schema: z.ZodType;
  columnOf: ColumnOf;
  /** What an appended entry is, as Kazakh and Russian editors name it (`мәртебесі «Қаралуда»`, `статус «На рассмотрении»`), from its label. */
  named: (label: string) => Record<Language, string>;
}

/** An entry named by its kind of entry and its label in each language. */
const namedAs = (entry: 'import.where.status' | 'import.where.change' | 'import.where.meetingEntry', labels: Readonly<Record<string, Record<Language, string>>>) => (label: string) =>
  inEach((lang) => say(msg(entry, { label: labels[label]?.[lang] ?? label }), lang));

const statusLog: AppendLog = {
  of: 'issue',
  field: 'history',
  entry: (ctx, row, cells) => {
    const status = choiceCell(ctx, row, 'status', cells.status, what.status, statusIds, (s) => labels('status', s));
    const referredTo = choiceCell(ctx, row, 'referredTo', cells.referredTo, what.body, bodyIds, (b) => labels('body', b));
    const evidence = linksCell(cells.evidence);
    const note = localized(cells.noteKk, cells.noteRu);
    const entry: Record<string, unknown> = {
      date: dateCell(ctx, row, 'date', cells.date),
      status,
      ...(note !== undefined ? { note } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
      ...(cells.decision !== undefined ? { decision: cells.decision } : {}),
      ...(referredTo !== undefined ? { referredTo } : {}),
    };
    return { entry, label: String(status) };
  },
  schema: StatusEvent,
  columnOf: statusColumnOf,
  named: namedAs('import.where.status', Object.fromEntries(statusIds.map((s) => [s, labels('status', s)]))),
};

/** The kinds of change a spreadsheet row can be; a correction of the category, body, place or measure (`details`) has no columns yet and is written in the issue's file (docs/editing.md). */
const importedChangeKinds = issueChangeKinds.filter((k) => k !== 'details');

const changeLog: AppendLog = {
  of: 'issue',
  field: 'changes',
  entry: (ctx, row, cells) => {
    const kind = choiceCell(ctx, row, 'kind', cells.kind, what.changeKind, importedChangeKinds, (k) => issueChangeKindLabels[k]);
    const date = dateCell(ctx, row, 'date', cells.date);
    const reason = localized(cells.reasonKk, cells.reasonRu);
    const note = localized(cells.noteKk, cells.noteRu);
    let entry: Record<string, unknown> = { kind, date };
    // A spreadsheet row says what is missing in the editor's columns, not as a field of the file.
    const needs = (value: unknown, column: string, message: Message) => {
      if (value === undefined) ctx.report(row, column, message);
    };
    if (kind === 'progress') {
      needs(note, 'noteRu', msg('import.cell.noteEmpty'));
      const evidence = linksCell(cells.evidence);
      entry = { ...entry, note, ...(evidence.length > 0 ? { evidence } : {}) };
    } else if (kind === 'deadline') {
      needs(cells.deadline, 'deadline', msg('import.cell.deadlineEmpty'));
      needs(reason, 'reasonRu', msg('import.cell.reasonDeadline'));
      entry = { ...entry, deadline: dateCell(ctx, row, 'deadline', cells.deadline), reason, ...(cells.decision !== undefined ? { decision: cells.decision } : {}) };
    } else if (kind === 'financing') {
      needs(cells.amount, 'amount', msg('import.cell.amountEmpty'));
      const sources = inEach((lang) => financingSources.map((id) => financingSourceLabels[id][lang === 'en' ? 'ru' : lang]).join(', '));
      needs(cells.source, 'source', msg('import.cell.sourceEmpty', { sources }));
      const source = choiceCell(ctx, row, 'source', cells.source, what.source, financingSources, (id) => financingSourceLabels[id]);
      const decision =
        cells.maslikhatNumber === undefined && cells.maslikhatDate === undefined && cells.maslikhatSession === undefined
          ? undefined
          : {
              session: cells.maslikhatSession,
              date: dateCell(ctx, row, 'maslikhatDate', cells.maslikhatDate),
              number: cells.maslikhatNumber,
              ...(cells.maslikhatUrl !== undefined ? { url: cells.maslikhatUrl } : {}),
            };
      entry = { ...entry, amountKzt: amountCell(ctx, row, 'amount', cells.amount), source, ...(decision ? { decision } : {}), ...(reason ? { reason } : {}) };    } else if (kind === 'correction') {
      // The title or description first published stays; the row gives the corrected wording and why.
      const label = (id: CorrectableField) => `${correctableFieldLabels[id].kk} / ${correctableFieldLabels[id].ru}`;
      const fields = inEach((lang) => (lang === 'en' ? correctableFields.map(label).join(' or ') : orList(lang, correctableFields.map((id) => correctableFieldLabels[id][lang]))));
      needs(cells.field, 'field', msg('import.cell.fieldEmpty', { fields }));
      const field = choiceCell(ctx, row, 'field', cells.field, what.field, correctableFields, (id) => correctableFieldLabels[id]);
      const text = localized(cells.textKk, cells.textRu);
      needs(text, 'textRu', msg('import.cell.textEmpty'));
      needs(reason, 'reasonRu', msg('import.cell.reasonCorrection'));
      entry = { ...entry, field, text, reason };
    }
    return { entry, label: String(kind) };
  },
  schema: IssueChange,
  columnOf: changeColumnOf,
  named: namedAs('import.where.change', issueChangeKindLabels),
};

/** Web addresses in one cell, separated by spaces (a trailing comma or semicolon is dropped). */
function linksCell(value: string | undefined): { url: string }[] {
  return (value ?? '')
    .split(/\s+/)
    .map((u) => u.replace(/[,;]+$/, ''))
    .filter((u) => u !== '')
    .map((url) => ({ url }));
}

/** Reads an amount of tenge as spreadsheets write it ("12 500 000", "12500000,00"); reports and returns undefined otherwise. */
function amountCell(ctx: Context, row: number, column: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const plain = value.replace(/[\s\u00a0\u202f]/g, '').replace(/(,|\.)00$/, '').replace(/₸|тг\.?|тенге|теңге/gi, '');
  if (!/^\d+$/.test(plain)) {
    ctx.report(row, column, msg('import.cell.notAmount', { value }));
    return undefined;
  }
  return Number(plain);
}

/** A meeting's time from a date cell and a time cell, local to its region (zone), with the offset kept that day; reports a bad time. */
function timeOf(ctx: Context, row: number, column: string, day: string | undefined, value: string | undefined, zone: string): string | undefined {
  if (value === undefined) return undefined;
  const t = parseTime(value);
  if (t === undefined) ctx.report(row, column, msg('import.cell.notTime', { value }));
  return day !== undefined && t !== undefined ? instantAt(day, t, zone) : undefined;
}

/** An announcement row is not an entry of the log: it is added to the meeting's announcements. */
const announcementKind = 'announcement';
const announcementKindLabel = textsOf('import.kind.announcement');

const meetingLog: AppendLog = {
  of: 'meeting',
  field: 'changes',
  entry: (ctx, row, cells, target) => {
    const kinds = [...meetingChangeKinds, announcementKind] as const;
    const kind = choiceCell(ctx, row, 'kind', cells.kind, what.entryKind, kinds, (k) => (k === announcementKind ? announcementKindLabel : meetingChangeKindLabels[k]));
    const date = dateCell(ctx, row, 'date', cells.date);
    const reason = localized(cells.reasonKk, cells.reasonRu);
    const needs = (value: unknown, column: string, message: Message) => {
      if (value === undefined) ctx.report(row, column, message);
    };
    const newDay = dateCell(ctx, row, 'newDate', cells.newDate);
    // A new or corrected time is the meeting's region's local time on the new day.
    const zone = zoneOf(target?.place.region ?? '');
    const start = timeOf(ctx, row, 'startTime', newDay, cells.startTime, zone);
    const end = timeOf(ctx, row, 'endTime', newDay, cells.endTime, zone);
    if (newDay !== undefined && cells.startTime === undefined) ctx.report(row, 'startTime', msg('import.cell.startTimeEmpty'));
    if (newDay === undefined && (cells.startTime !== undefined || cells.endTime !== undefined) && cells.newDate === undefined) ctx.report(row, 'newDate', msg('import.cell.newDateEmpty'));
    const links = (column: 'video' | 'documents') => linksCell(cells[column]);
    const coverage =
      cells.coverageUrl === undefined && cells.coverageOutlet === undefined && cells.coverageTitle === undefined
        ? []
        : [{ outlet: cells.coverageOutlet, title: cells.coverageTitle === undefined ? undefined : { [languageOf(cells.coverageTitle)]: cells.coverageTitle }, url: cells.coverageUrl, published: date }];
    if (coverage.length > 0) {
      needs(cells.coverageOutlet, 'coverageOutlet', msg('import.cell.coverageOutletEmpty'));
      needs(cells.coverageUrl, 'coverageUrl', msg('import.cell.coverageUrlEmpty'));
      needs(cells.coverageTitle, 'coverageTitle', msg('import.cell.coverageTitleEmpty'));
    }
    let attendance: number | undefined;
    if (cells.attendance !== undefined) {
      attendance = /^\d+$/.test(cells.attendance.replace(/\s/g, '')) ? Number(cells.attendance.replace(/\s/g, '')) : undefined;
      if (attendance === undefined) ctx.report(row, 'attendance', msg('import.cell.notHeadCount', { value: cells.attendance }));
    }
    let entry: Record<string, unknown> = { kind, date };
    if (kind === 'postponed') {
      needs(reason, 'reasonRu', msg('import.cell.reasonPostponed'));
      entry = { ...entry, reason, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
    } else if (kind === 'cancelled') {
      needs(reason, 'reasonRu', msg('import.cell.reasonCancelled'));
      entry = { ...entry, reason };
    } else if (kind === 'held' || kind === 'materials') {
      const video = links('video').map((l) => l.url);
      const documents = links('documents');
      entry = { ...entry, ...(attendance !== undefined ? { attendance } : {}), ...(video.length ? { video } : {}), ...(documents.length ? { documents } : {}), ...(coverage.length ? { coverage } : {}) };
    } else if (kind === 'corrected') {
      needs(reason, 'reasonRu', msg('import.cell.reasonCorrected'));
      const venue = localized(cells.venueKk, cells.venueRu);
      const address = localized(cells.addressKk, cells.addressRu);
      if (start === undefined && end === undefined && venue === undefined && address === undefined && !ctx.hasProblems(row)) {
        ctx.report(row, 'newDate', msg('import.cell.correctedNothing'));
      }
      entry = { ...entry, reason, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}), ...(venue ? { venue } : {}), ...(address ? { address } : {}) };
    } else if (kind === 'minutes') {
      needs(cells.minutesLang, 'minutesLang', msg('import.cell.minutesLangEmpty'));
      needs(reason, 'reasonRu', msg('import.cell.reasonMinutes'));
      const lang = choiceCell(ctx, row, 'minutesLang', cells.minutesLang, what.language, languages, minutesLanguageLabels);
      entry = { ...entry, lang, reason };
    } else if (kind === announcementKind) {
      needs(cells.announcementOutlet, 'announcementOutlet', msg('import.cell.outletEmpty'));
      needs(cells.announcementChannel, 'announcementChannel', msg('import.cell.channelEmpty', { choices: choices(announcementChannels, (id) => channelLabels[id]) }));
      const channel = choiceCell(ctx, row, 'announcementChannel', cells.announcementChannel, what.channel, announcementChannels, (id) => channelLabels[id]);
      const announcement = {
        channel,
        outlet: cells.announcementOutlet,
        ...(cells.announcementUrl !== undefined ? { url: cells.announcementUrl } : {}),
        ...(cells.announcementIssue !== undefined ? { issueNumber: cells.announcementIssue } : {}),
        published: date,
      };
      return { entry: announcement, label: announcementKind, field: 'announcements' };
    }
    return { entry, label: String(kind) };
  },
  schema: MeetingChange,
  columnOf: meetingChangeColumnOf,
  named: namedAs('import.where.meetingEntry', { ...meetingChangeKindLabels, [announcementKind]: announcementKindLabel }),
};

/** Languages of minutes as an editor writes them: «қазақша» in Kazakh, «казахский» in Russian. */
const minutesLanguageLabels = (l: Language): Record<Language, string> => inEach((lang) => label(lang, lang === 'kk' ? 'inLanguage' : 'language', l));

/** Appends each row to the log of the issue or meeting it names: nothing published is touched, a row already there is skipped. */
function planAppend(ctx: Context, rows: CsvRow<string>[], root: string, log: AppendLog): KindResult {
  const { content } = ctx;
  const list: readonly (Issue | Meeting)[] = log.of === 'issue' ? content.issues : content.meetings;
  const index = new Map(list.map((entry, i) => [entry.id, i]));
  const updated: (Issue | Meeting)[] = [...list];
  type Raw = Record<string, unknown> & Partial<Record<LogField, unknown[]>>;
  /** Files being changed: as written, and for each log field its published length and which row each appended entry came from. */
  const changed = new Map<string, { raw: Raw; path: string; base: Map<LogField, number>; rows: Map<LogField, number[]>; last: number; duplicateRow?: number }>();
  const duplicateStatusRow = new Map<string, number>();
  const keys = new Map<string, number>();
  const skipped: Message[] = [];
  const added: Message[] = [];
  const folder = log.of === 'issue' ? 'issues' : 'meetings';
  for (const { row, cells } of rows) {
    const id = cells[log.of];
    const at = id === undefined ? undefined : index.get(id);
    if (id !== undefined && at === undefined) {
      ctx.report(row, log.of, msg(log.of === 'issue' ? 'import.cell.noIssue' : 'import.cell.noMeetingToUpdate', { id }));
    }
    const { entry: event, label, field = log.field } = log.entry(ctx, row, cells, at === undefined ? undefined : list[at]);
    schemaCheck(ctx, row, field === 'announcements' ? Announcement : log.schema, event, log.columnOf);
    // A bad row is left out; later rows of its issue or meeting are still checked, against the log without it.
    if (id === undefined || at === undefined || ctx.hasProblems(row)) continue;
    if (repeats(ctx, keys, row, canonical([id, field, event]), log.of)) continue;
    const current = list[at]!;
    let change = changed.get(id);
    if (change === undefined) {
      const path = `${folder}/${current.place.region}/${id}.json`;
      const raw = JSON.parse(readFileSync(join(root, path), 'utf8').replace(/^\uFEFF/, '')) as Raw;
      change = { raw, path, base: new Map(), rows: new Map(), last: row };
    }
    if (!change.base.has(field)) change.base.set(field, change.raw[field]?.length ?? 0);
    const entries = (change.raw[field] ??= []);
    const found = entries.slice(0, change.base.get(field)).findIndex((e) => canonical(e) === canonical(event));
    if (found >= 0) {
      skipped.push(msg('import.row.already', { row, id, at: inEach((lang) => (lang === 'en' ? `${field}[${found}]` : say(msg('import.where.logEntry', { n: found + 1 }), lang))) }));
      continue;
    }
    if (log === statusLog && cells.duplicateOf !== undefined) {
      if (change.raw.duplicateOf !== undefined && change.raw.duplicateOf !== cells.duplicateOf) {
        ctx.report(row, 'duplicateOf', msg('import.cell.alreadyRepeats', { id, other: String(change.raw.duplicateOf) }));
        continue;
      }
      change.raw.duplicateOf = cells.duplicateOf;
      change.duplicateRow = row;
    }
    if (log === statusLog && label === 'duplicate') duplicateStatusRow.set(id, row);
    entries.push(event);
    change.rows.set(field, [...(change.rows.get(field) ?? []), row]);
    change.last = row;
    changed.set(id, change);
    const named = log.named(label);
    added.push(msg('import.row.appended', { row, id, entry: inEach((lang) => (lang === 'en' ? `${field}[${entries.length - 1}] ${label}` : named[lang])) }));
  }

  const sources = new Map<object, EntrySource>();
  const byFile = new Map<string, { id: string; rowOf: (path: string) => { row: number; column: string } }>();
  const files: PlannedFile[] = [];
  for (const [id, change] of changed) {
    const rowOf = (path: string): { row: number; column: string } => {
      const m = /^(history|changes|announcements)\[(\d+)\]\.?(.*)$/.exec(path);
      const field = m?.[1] as LogField | undefined;
      const row = field === undefined ? undefined : change.rows.get(field)?.[Number(m?.[2]) - (change.base.get(field) ?? 0)];
      if (m && row !== undefined) return { row, column: log.columnOf(m[3] ?? '') };
      if (path.startsWith('duplicateOf')) return { row: change.duplicateRow ?? duplicateStatusRow.get(id) ?? change.last, column: 'duplicateOf' };
      return { row: change.last, column: log.of };
    };
    const file = `\u0000${log.of} ${id}`;
    byFile.set(file, { id, rowOf });
    const result = log.of === 'issue' ? Issue.safeParse(change.raw) : MeetingRecord.safeParse(change.raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const where = rowOf(formatFieldPath(issue.path));
        ctx.report(where.row, where.column, zodTold(issue));
      }
      continue;
    }
    const entry = log.of === 'issue' ? issueView(result.data as IssueRecord) : meetingView(result.data as MeetingRecord);
    updated[index.get(id) as number] = entry;
    sources.set(entry, { file, prefix: '' });
    files.push({ path: change.path, text: contentJson(change.raw) });
  }
  return {
    meetings: log.of === 'meeting' ? (updated as Meeting[]) : content.meetings,
    issues: log.of === 'issue' ? (updated as Issue[]) : content.issues,
    sources,
    trace: (file, path) => byFile.get(file)?.rowOf(path),
    files,
    added,
    skipped,
  };
}

/** The allow-list file, in the content tree. */
/** The column of a calendar sheet that a field of a planned meeting (relative to the entry) came from. */
const calendarEntryColumn = columnByPrefix(
  {
    id: 'entry',
    'holder.level': 'level',
    'holder.district': 'holderDistrict',
    'holder.settlement': 'holderOkrugKato',
    'place.district': 'district',
    'place.settlement': 'settlementName',
    'place.settlement.kato': 'settlementKato',
    'planned.from': 'from',
    'planned.to': 'to',
    kind: 'kind',
  },
  'level',
);

const maslikhatColumns = {
  maslikhat: 'maslikhatNumber',
  'maslikhat.act': 'maslikhatAct',
  'maslikhat.session': 'maslikhatSession',
  'maslikhat.date': 'maslikhatDate',
  'maslikhat.number': 'maslikhatNumber',
  'maslikhat.url': 'maslikhatUrl',
};

const correctionColumn = columnByPrefix({ ...maslikhatColumns, kind: 'correction', date: 'date', reason: 'reasonRu', 'reason.kk': 'reasonKk', entry: 'entry', 'planned.from': 'from', 'planned.to': 'to' }, 'correction');
/** The column of a calendar sheet that a field of a correction (relative to it) came from; an added meeting's fields as an entry's. */
const calendarCorrectionColumn = (path: string): string =>
  path.startsWith('entry.') ? calendarEntryColumn(path.slice('entry.'.length)) : correctionColumn(path);

/** The column of a calendar sheet that a field of the approval (relative to it) came from. */
const calendarApprovalColumn = columnByPrefix({ ...maslikhatColumns, date: 'approvedDate', by: 'approvedByRu', 'by.kk': 'approvedByKk', url: 'approvedUrl' }, 'approvedDate');

/**
 * A region's calendar of meetings from its sheet: the planned meetings as
 * approved (rows with no correction kind) make a new calendar, numbered
 * `c-RR-YYYY-NNN` in row order; a calendar already published keeps them, and
 * its rows that are already there are skipped. Corrections (added, moved,
 * dropped, each with its date, reason and maslikhat reference) are appended
 * in row order; one already in the calendar is skipped. The file is written
 * whole, its published part byte for byte as it was.
 */
function planCalendar(ctx: Context, rows: CsvRow<string>[], root: string): KindResult {
  const { content } = ctx;
  type RawEntry = { id: string; holder: Record<string, unknown>; place: Record<string, unknown>; planned: { from?: string; to?: string }; kind: string };
  interface Group {
    region: Region;
    year: number;
    firstRow: number;
    approval?: { row: number; cells: Record<string, string | undefined>; raw: Record<string, unknown> };
    approved: { row: number; entry: RawEntry; given?: string }[];
    corrections: { row: number; raw: Record<string, unknown> & { kind: CalendarCorrectionKind }; given?: string }[];
  }
  const groups = new Map<string, Group>();
  const approvalCells = ['approvedDate', 'approvedByKk', 'approvedByRu', 'approvedUrl', 'maslikhatAct', 'maslikhatSession', 'maslikhatDate', 'maslikhatNumber', 'maslikhatUrl'] as const;
  const required = (row: number, cells: Record<string, string | undefined>, keys: readonly CalendarColumn[]) => {
    for (const key of keys) {
      if (cells[key] !== undefined) continue;
      const example = calendarColumns.find((c) => c.key === key)?.example;
      ctx.report(row, key, msg('import.cell.required', { example: example || msg('import.cell.asInTemplate') }));
    }
  };
  const maslikhatOf = (row: number, cells: Record<string, string | undefined>) => ({
    act: choiceCell(ctx, row, 'maslikhatAct', cells.maslikhatAct, what.maslikhatAct, maslikhatActs, (id) => maslikhatActLabels[id]),
    session: cells.maslikhatSession,
    date: dateCell(ctx, row, 'maslikhatDate', cells.maslikhatDate),
    number: cells.maslikhatNumber,
    ...(cells.maslikhatUrl !== undefined ? { url: cells.maslikhatUrl } : {}),
  });
  const entryOf = (row: number, cells: Record<string, string | undefined>, region: Region): RawEntry => {
    required(row, cells, ['level', 'from']);
    const level = choiceCell(ctx, row, 'level', cells.level, what.level, holderLevels, (id) => holderLevelLabels[id]);
    if (level === 'minister') ctx.report(row, 'level', msg('import.cell.calendarMinister'));
    const holderDistrict = districtCell(ctx, row, region.slug, cells.holderDistrict, 'holderDistrict');
    let holderOkrug: Record<string, unknown> | undefined;
    if (cells.holderOkrugKato !== undefined) {
      const okrug = content.settlements.find((s) => s.kato === cells.holderOkrugKato && content.districts.some((d) => d.slug === s.district && d.region === region.slug));
      if (okrug === undefined) ctx.report(row, 'holderOkrugKato', msg('import.cell.holderOkrugUnknown', { kato: cells.holderOkrugKato, region: placeWords(region.name) }));
      else holderOkrug = { kato: okrug.kato, name: okrug.name };
    }
    const district = districtCell(ctx, row, region.slug, cells.district);
    const settlement = settlementOf(ctx, row, cells);
    const from = dateCell(ctx, row, 'from', cells.from);
    const to = cells.to === undefined ? from : dateCell(ctx, row, 'to', cells.to);
    const kind = choiceCell(ctx, row, 'kind', cells.kind, what.meetingKind, calendarEntryKinds, (id) => entryKindLabels[id]) ?? 'outreach';
    return {
      id: '',
      holder: { level, ...(holderDistrict !== undefined ? { district: holderDistrict } : {}), ...(holderOkrug !== undefined ? { settlement: holderOkrug } : {}) },
      place: { ...(district !== undefined ? { district } : {}), ...(settlement !== undefined ? { settlement } : {}) },
      planned: { from, to },
      kind,
    };
  };

  for (const { row, cells } of rows) {
    const match = cells.region === undefined ? undefined : matchRegion(cells.region, content.regions);
    if (match !== undefined && 'problem' in match) ctx.report(row, 'region', match.says);
    const region = match !== undefined && 'region' in match ? match.region : undefined;
    const year = cells.year === undefined ? undefined : /^\s*(20\d\d)\s*$/.exec(cells.year)?.[1];
    if (cells.year !== undefined && year === undefined) ctx.report(row, 'year', msg('import.cell.notYear', { value: cells.year }));
    const correction = choiceCell(ctx, row, 'correction', cells.correction, what.calendarCorrection, calendarCorrectionKinds, (id) => correctionKindLabels[id]);
    if (region === undefined || year === undefined || (cells.correction !== undefined && correction === undefined)) continue;
    const key = `${region.slug}/${year}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { region, year: Number(year), firstRow: row, approved: [], corrections: [] };
      groups.set(key, group);
    }
    const given = cells.entry;
    if (correction === undefined) {
      const entry = entryOf(row, cells, region);
      // The approval, written once: a later row may repeat it, not differ from it.
      if (approvalCells.some((c) => cells[c] !== undefined)) {
        if (group.approval === undefined) {
          required(row, cells, ['approvedDate', 'maslikhatAct', 'maslikhatSession', 'maslikhatDate', 'maslikhatNumber']);
          if (cells.approvedByKk === undefined && cells.approvedByRu === undefined) required(row, cells, ['approvedByRu']);
          const raw = {
            date: dateCell(ctx, row, 'approvedDate', cells.approvedDate),
            by: localized(cells.approvedByKk, cells.approvedByRu),
            maslikhat: maslikhatOf(row, cells),
            ...(cells.approvedUrl !== undefined ? { url: cells.approvedUrl } : {}),
          };
          group.approval = { row, cells, raw };
        } else {
          for (const c of approvalCells) {
            if (cells[c] !== undefined && cells[c] !== group.approval.cells[c]) ctx.report(row, c, msg('import.cell.calendarApprovalDiffers', { row: group.approval.row }));
          }
        }
      }
      group.approved.push({ row, entry, ...(given !== undefined ? { given } : {}) });
      continue;
    }
    required(row, cells, ['date', 'maslikhatAct', 'maslikhatSession', 'maslikhatDate', 'maslikhatNumber']);
    const reason = localized(cells.reasonKk, cells.reasonRu);
    if (reason === undefined) ctx.report(row, 'reasonRu', msg('import.cell.correctionReason'));
    const common = { kind: correction, date: dateCell(ctx, row, 'date', cells.date), maslikhat: maslikhatOf(row, cells), reason };
    if (correction === 'added') {
      group.corrections.push({ row, raw: { ...common, entry: entryOf(row, cells, region) }, ...(given !== undefined ? { given } : {}) });
    } else {
      required(row, cells, correction === 'moved' ? ['entry', 'from'] : ['entry']);
      const from = dateCell(ctx, row, 'from', cells.from);
      const to = cells.to === undefined ? from : dateCell(ctx, row, 'to', cells.to);
      group.corrections.push({ row, raw: { ...common, entry: given, ...(correction === 'moved' ? { planned: { from, to } } : {}) } });
    }
  }

  const calendars = [...content.calendars];
  const sources = new Map<object, EntrySource>();
  const traces = new Map<string, (path: string) => { row: number; column: string } | 'told' | undefined>();
  const files: PlannedFile[] = [];
  const added: Message[] = [];
  const skipped: Message[] = [];
  const keys = new Map<string, number>();
  /** What a planned meeting is, whatever its number: who, where, when, what kind. */
  const settled = (at: unknown) => {
    // a settlement by its KATO code where it has one: its names may have grown since (the geography-names sheet)
    const place = at as { settlement?: { kato?: string } } | undefined;
    return place?.settlement?.kato === undefined ? place : { ...place, settlement: place.settlement.kato };
  };
  const entryKey = (e: { holder: unknown; place: unknown; planned: unknown; kind?: unknown }) => canonical([settled(e.holder), settled(e.place), e.planned, e.kind ?? 'outreach']);
  const correctionKey = (c: Record<string, unknown>) => canonical({ ...c, entry: typeof c.entry === 'object' && c.entry !== null ? entryKey(c.entry as RawEntry) : c.entry });
  for (const group of groups.values()) {
    const { region, year } = group;
    const regionName = placeWords(region.name);
    const path = `calendars/${region.slug}/${year}.json`;
    const at = calendars.findIndex((c) => c.region === region.slug && c.year === year);
    const published = at < 0 ? undefined : calendars[at]!;
    const code = region.kato.slice(0, 2);
    const prefix = `c-${code}-${year}-`;
    const raw: { region: string; year: number; approved?: unknown; entries: RawEntry[]; corrections: Record<string, unknown>[] } = published
      ? (JSON.parse(readFileSync(join(root, path), 'utf8').replace(/^\uFEFF/, '')) as typeof raw)
      : { region: region.slug, year, entries: [], corrections: [] };
    raw.corrections ??= [];
    const base = { entries: raw.entries.length, corrections: raw.corrections.length };
    const entryRows: number[] = [];
    const correctionRows: number[] = [];
    const ids = [...raw.entries.map((e) => e.id), ...raw.corrections.flatMap((c) => (typeof c.entry === 'object' && c.entry !== null ? [(c.entry as RawEntry).id] : [])), ...ctx.usedIds];
    const newId = () => {
      const id = `${prefix}${String(nextNumber(ids, prefix)).padStart(3, '0')}`;
      ids.push(id);
      return id;
    };
    // Planned meetings as approved.
    if (published === undefined) {
      if (group.approved.length === 0) {
        for (const c of group.corrections) ctx.report(c.row, 'year', msg('import.cell.calendarNone', { region: regionName, year }));
        continue;
      }
      if (group.approval === undefined) required(group.approved[0]!.row, {}, ['approvedDate', 'approvedByRu', 'maslikhatAct', 'maslikhatSession', 'maslikhatDate', 'maslikhatNumber']);
      else raw.approved = group.approval.raw;
    } else if (group.approval !== undefined) {
      // A published approval is neither rewritten nor completed: a cell that gives it must give it as published.
      const { cells, row, raw: given } = group.approval;
      const was = published.approved;
      const givenMaslikhat = given.maslikhat as Partial<MaslikhatReference>;
      const act = (id: string) => maslikhatActLabels[id as keyof typeof maslikhatActLabels];
      const shown: [CalendarColumn, unknown, string | undefined, ((value: string) => MessageValue)?][] = [
        ['approvedDate', given.date, was.date],
        ['approvedByKk', cells.approvedByKk, was.by.kk],
        ['approvedByRu', cells.approvedByRu, was.by.ru],
        ['approvedUrl', cells.approvedUrl, was.url],
        ['maslikhatAct', givenMaslikhat.act, was.maslikhat.act, act],
        ['maslikhatSession', cells.maslikhatSession, was.maslikhat.session],
        ['maslikhatDate', givenMaslikhat.date, was.maslikhat.date],
        ['maslikhatNumber', cells.maslikhatNumber, was.maslikhat.number],
        ['maslikhatUrl', cells.maslikhatUrl, was.maslikhat.url],
      ];
      for (const [column, value, published, show] of shown) {
        // An empty cell repeats nothing; a cell that could not be read has been reported already.
        if (cells[column] === undefined || value === undefined || value === published) continue;
        ctx.report(
          row,
          column,
          published === undefined
            ? msg('import.cell.calendarApprovalNotPublished', { region: regionName, year })
            : msg('import.cell.calendarApprovalRewritten', { region: regionName, year, value: show === undefined ? published : show(published) }),
        );
      }
    }
    const publishedKeys = new Map(raw.entries.slice(0, base.entries).map((e) => [entryKey(e), e.id]));
    for (const { row, entry, given } of group.approved) {
      if (repeats(ctx, keys, row, canonical([path, entryKey(entry)]), 'from')) continue;
      const was = publishedKeys.get(entryKey(entry));
      if (given !== undefined && was === undefined && published !== undefined && raw.entries.some((e) => e.id === given)) {
        // the editor changed a published meeting's row: the calendar keeps it as approved, a correction moves it
        ctx.report(row, 'from', msg('import.cell.calendarEntryRewritten', { id: given, moved: { ...correctionKindLabels.moved, en: correctionKindLabels.moved.ru }, dropped: { ...correctionKindLabels.dropped, en: correctionKindLabels.dropped.ru } }));
        continue;
      }
      if (given !== undefined && given !== was) {
        ctx.report(row, 'entry', was === undefined ? msg('import.cell.calendarEntryNew') : msg('import.cell.calendarEntryIs', { id: was }));
        continue;
      }
      if (was !== undefined) {
        skipped.push(msg('import.row.imported', { row, id: was }));
        continue;
      }
      if (published !== undefined) {
        ctx.report(row, 'correction', msg('import.cell.calendarApproved', { region: regionName, year, date: published.approved.date, added: { ...correctionKindLabels.added, en: correctionKindLabels.added.ru } }));
        continue;
      }
      if (ctx.hasProblems(row)) continue;
      const id = newId();
      raw.entries.push({ ...entry, id });
      entryRows.push(row);
      added.push(msg('import.row.added', { row, id }));
    }
    // Corrections, appended in row order.
    const publishedCorrections = new Map(raw.corrections.slice(0, base.corrections).map((c) => [correctionKey(c), c]));
    for (const { row, raw: correction, given } of group.corrections) {
      if (repeats(ctx, keys, row, canonical([path, correctionKey(correction)]), 'date')) continue;
      const was = publishedCorrections.get(correctionKey(correction));
      const wasId = was === undefined ? undefined : typeof was.entry === 'object' && was.entry !== null ? (was.entry as RawEntry).id : String(was.entry);
      if (correction.kind === 'added' && given !== undefined && given !== wasId) {
        ctx.report(row, 'entry', wasId === undefined ? msg('import.cell.calendarEntryNew') : msg('import.cell.calendarEntryIs', { id: wasId }));
        continue;
      }
      if (was !== undefined) {
        skipped.push(msg('import.row.imported', { row, id: inEach((lang) => `${wasId ?? ''} (${correctionKindLabels[correction.kind][lang]})`) }));
        continue;
      }
      if (ctx.hasProblems(row)) continue;
      const entry = correction.kind === 'added' ? { ...(correction.entry as RawEntry), id: newId() } : correction.entry;
      raw.corrections.push({ ...correction, entry });
      correctionRows.push(row);
      const id = typeof entry === 'object' && entry !== null ? (entry as RawEntry).id : String(entry);
      added.push(msg('import.row.calendarCorrection', { row, id, kind: correctionKindLabels[correction.kind] }));
    }
    if (entryRows.length === 0 && correctionRows.length === 0) continue;
    // The calendar as it would be published, checked against its schema with each problem at its row.
    const rowOf = (path: string): { row: number; column: string } | 'told' | undefined => {
      const entryAt = /^entries\[(\d+)\]\.?(.*)$/.exec(path);
      if (entryAt !== null) {
        const row = entryRows[Number(entryAt[1]) - base.entries];
        return row === undefined ? undefined : { row, column: calendarEntryColumn(entryAt[2]!) };
      }
      const correctionAt = /^corrections\[(\d+)\]\.?(.*)$/.exec(path);
      if (correctionAt !== null) {
        const row = correctionRows[Number(correctionAt[1]) - base.corrections];
        return row === undefined ? undefined : { row, column: calendarCorrectionColumn(correctionAt[2]!) };
      }
      if (path.startsWith('approved')) return group.approval === undefined ? 'told' : { row: group.approval.row, column: calendarApprovalColumn(path.replace(/^approved\.?/, '')) };
      return { row: group.firstRow, column: path.startsWith('year') ? 'year' : 'region' };
    };
    const parsed = Calendar.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const traced = rowOf(formatFieldPath(issue.path));
        if (traced === 'told') continue;
        // A row with a bad cell already reported left its field empty: that is not told again.
        if (traced !== undefined && ctx.hasProblems(traced.row) && valueAt(raw, issue.path) === undefined) continue;
        if (traced !== undefined) ctx.report(traced.row, traced.column, zodTold(issue));
        else ctx.report(group.firstRow, 'region', zodTold(issue));
      }
      continue;
    }
    const marker = `\u0000calendar ${path}`;
    sources.set(parsed.data, { file: marker, prefix: '' });
    traces.set(marker, rowOf);
    if (at < 0) calendars.push(parsed.data);
    else calendars[at] = parsed.data;
    files.push({ path, text: contentJson(raw) });
  }
  return {
    meetings: content.meetings,
    issues: content.issues,
    calendars,
    sources,
    trace: (file, path) => traces.get(file)?.(path),
    files,
    added,
    skipped,
  };
}

const allowListPath = 'privacy/allow-list.json';

const contactColumnOf = columnByPrefix({ phone: 'phone', email: 'email', whose: 'whoseKk', 'whose.ru': 'whoseRu', body: 'body', region: 'region', date: 'date' }, 'phone');

/**
 * Official contacts appended to the allow-list's log, each with whose it is,
 * the body, the region and the day: a phone in the form the personal-data
 * check compares (`77132556677`), an e-mail in lower case. A contact already
 * on the list is skipped, so importing a sheet twice changes nothing.
 */
function planContacts(ctx: Context, rows: CsvRow<string>[], root: string): KindResult {
  const { content } = ctx;
  const at = join(root, allowListPath);
  const raw = (existsSync(at) ? JSON.parse(readFileSync(at, 'utf8').replace(/^\uFEFF/, '')) : {}) as Record<string, unknown>;
  const contacts: unknown[] = Array.isArray(raw.contacts) ? [...(raw.contacts as unknown[])] : [];
  const published = contacts.length;
  const listed = new Set([...content.allowList.phones.map((phone) => contactKey({ phone })), ...content.allowList.emails.map((email) => contactKey({ email }))]);
  const keys = new Map<string, number>();
  /** The row each appended entry came from. */
  const rowOf: number[] = [];
  const added: Message[] = [];
  const skipped: Message[] = [];
  for (const { row, cells } of rows) {
    let phone: string | undefined;
    let email: string | undefined;
    if (cells.phone !== undefined) {
      phone = normalizePhone(cells.phone) ?? undefined;
      if (phone === undefined) ctx.report(row, 'phone', msg('import.cell.notKzPhone', { value: cells.phone }));
    }
    if (cells.email !== undefined) {
      const lower = cells.email.trim().toLowerCase();
      if (contactEmail.test(lower)) email = lower;
      else ctx.report(row, 'email', msg('import.cell.notEmail', { value: cells.email }));
    }
    if (cells.phone === undefined && cells.email === undefined) ctx.report(row, 'phone', msg('import.cell.contactEmpty'));
    const whose = localized(cells.whoseKk, cells.whoseRu);
    if (whose === undefined) ctx.report(row, 'whoseKk', msg('import.cell.whoseEmpty'));
    const body = choiceCell(ctx, row, 'body', cells.body, what.body, bodyIds, (id) => labels('body', id));
    let region: string | undefined;
    if (cells.region !== undefined) {
      const match = matchRegion(cells.region, content.regions);
      if ('region' in match) region = match.region.slug;
      else ctx.report(row, 'region', match.says);
    }
    const date = dateCell(ctx, row, 'date', cells.date);
    if (date !== undefined && date > ctx.asOf) ctx.report(row, 'date', msg('check.future', { asOf: ctx.asOf, what: msg('check.what.entry') }));
    if (ctx.hasProblems(row)) continue;
    const fresh: string[] = [];
    const already: string[] = [];
    for (const contact of [...(phone !== undefined ? [{ phone }] : []), ...(email !== undefined ? [{ email }] : [])]) {
      const key = contactKey(contact);
      if (repeats(ctx, keys, row, key, 'phone' in contact ? 'phone' : 'email')) continue;
      if (listed.has(key)) {
        already.push(contactShown(contact));
        continue;
      }
      const entry = { kind: 'added', date, ...contact, whose, body, ...(region !== undefined ? { region } : {}) };
      if (schemaCheck(ctx, row, ContactEntry, entry, contactColumnOf) === undefined) continue;
      contacts.push(entry);
      rowOf.push(row);
      listed.add(key);
      fresh.push(contactShown(contact));
    }
    if (fresh.length > 0) added.push(msg('import.row.added', { row, id: fresh.join(', ') }));
    else if (already.length > 0) skipped.push(msg('import.row.contactListed', { row, contact: already.join(', ') }));
  }
  const files: PlannedFile[] = [];
  if (contacts.length > published) {
    const written = 'contacts' in raw ? { ...raw, contacts } : { contacts, ...raw };
    // The list as it would be, checked by the same rules as `npm run validate`, each problem on its row.
    const parsed = AllowList.safeParse(written);
    const entryRow = (path: readonly PropertyKey[]) => (path[0] === 'contacts' && typeof path[1] === 'number' ? rowOf[path[1] - published] : undefined);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const row = entryRow(issue.path);
        if (row !== undefined) ctx.report(row, contactColumnOf(formatFieldPath(issue.path.slice(2))), zodTold(issue));
      }
    } else {
      const regions = new Set(content.regions.map((r) => r.slug));
      for (const p of checkContacts(parsed.data, allowListPath, regions, ctx.asOf)) {
        const m = /^contacts\[(\d+)\]\.?(.*)$/.exec(p.path);
        const row = m ? rowOf[Number(m[1]) - published] : undefined;
        if (row !== undefined) ctx.report(row, contactColumnOf(m?.[2] ?? ''), toldOf(p));
      }
      files.push({ path: allowListPath, text: contentJson(written) });
    }
  }
  return { meetings: content.meetings, issues: content.issues, sources: new Map(), trace: () => undefined, files, added, skipped };
}
