/**
 * Reads a content tree from disk, checks every file against its schema and
 * the integrity rules, and returns what it read with every problem found.
 * The validator, the build and the tests all load content through here, so
 * what passes `npm run validate` is exactly what the site is built from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { z } from 'zod';
import { District } from '../../schemas/district.ts';
import { Issue, type IssueRecord } from '../../schemas/issue.ts';
import { issueView } from '../issues/changes.ts';
import { Measure } from '../../schemas/measure.ts';
import { Calendar } from '../../schemas/calendar.ts';
import { Obligations } from '../../schemas/obligations.ts';
import { MeetingRecord, type Meeting } from '../../schemas/meeting.ts';
import { meetingView } from '../meetings/log.ts';
import { Region } from '../../schemas/region.ts';
import { Settlement } from '../../schemas/settlement.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import { withGeographyNames } from '../geo/names.ts';
import { AllowList, SiteSettings } from '../../schemas/site.ts';
import { RegionTile } from '../../schemas/tile.ts';
import { checkMinutes } from '../minutes/mdx.ts';
import { allowedContacts, checkContacts, officialContacts, readableAllowList, type OfficialContact } from '../privacy/contacts.ts';
import { findPersonalData, personalDataSays, type ContactAllowList } from '../privacy/personal-data.ts';
import { msg, say, type Message } from '../i18n/messages.ts';
import { checkIntegrity } from './integrity.ts';
import { formatFieldPath, problem, problemsFromZod, type ContentProblem } from './problems.ts';
import type { Language } from '../../vocabularies.ts';
import type { ListRows } from '../build/list-rows.ts';

/** Minutes of one meeting in one language, checked and rendered. */
export interface Minutes {
  meeting: string;
  lang: Language;
  /** HTML rendered from the MDX. */
  html: string;
  /** Plain text, for search and checks. */
  text: string;
  /** Items of the agenda, as plain text (empty when the minutes have none). */
  agenda: string[];
  /**
   * Where the HTML and text are kept when they are not held (`html` and `text` are then empty): the file of the
   * build's store of checked minutes (load-parallel.ts). The build puts them back as it writes each snapshot.
   */
  kept?: string;
}

/**
 * Minutes as every step of the build but a meeting's own page reads them:
 * which meeting, in which language, and the agenda, without the text (40% of
 * the snapshot at 30,000 issues: 125 MB without it falls to 75 MB).
 */
export function minutesWithoutText(minutes: Minutes): Minutes {
  return { meeting: minutes.meeting, lang: minutes.lang, html: '', text: '', agenda: minutes.agenda };
}

export interface Content {
  site: SiteSettings;
  /** What the personal-data check lets through now: the contacts on the allow-list. */
  allowList: ContactAllowList;
  /** The official contacts on the allow-list now, with whose each is (content/privacy/allow-list.json played from the start). */
  contacts: OfficialContact[];
  regions: Region[];
  /** The regional map's squares, one per region. */
  tiles: RegionTile[];
  districts: District[];
  settlements: Settlement[];
  meetings: Meeting[];
  issues: Issue[];
  measures: Measure[];
  minutes: Minutes[];
  /** Each region's approved annual calendars of meetings, with their corrections (content/calendars/{region}/{year}.json). */
  calendars: Calendar[];
  /** The rules meetings are held against, versions oldest first (content/obligations/rules.json); none when the file is absent. */
  obligations: Obligations['versions'];
}

/** Checked content as the build hands it to the Astro process (KEZDESU_SNAPSHOT). */
export interface ContentSnapshot {
  root: string;
  asOf: string;
  /** Dataset version of the tree. */
  version: string;
  /** The version of the data each page key's pages show (see src/lib/build/inputs.ts); the dataset version when absent. */
  versions?: Record<string, string>;
  content: Content;
  /** The rows and figures of the lists across regions this snapshot's pages render, when they are not made from its content (src/lib/build/list-rows.ts). */
  rows?: ListRows;
  /**
   * Core's snapshot: `content.issues` are without text (src/lib/issues/across.ts), and these, whole, are the issues
   * whose text its pages show.
   */
  shownIssues?: Issue[];
}

export interface LoadResult {
  content: Content;
  problems: ContentProblem[];
  /** Where each entry came from, for messages: entry → file and field prefix. */
  sources: WeakMap<object, EntrySource>;
  /** Number of content files read. */
  files: number;
}

export interface EntrySource {
  file: string;
  /** Field-path prefix for entries that share a file with others, e.g. `[3]`. */
  prefix: string;
}

export interface LoadOptions {
  /** The build day, `YYYY-MM-DD` in Asia/Almaty: nothing may be dated after it but future meetings and deadlines. */
  asOf: string;
}

const minutesName = /^(m-\d{2}-\d{4})\.minutes\.(kk|ru|en)\.mdx$/;

/** Lists files under dir (relative paths with `/`), sorted, or [] when dir is absent. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((p) => p.split(sep).join('/'))
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort();
}

class Reader {
  readonly problems: ContentProblem[] = [];
  readonly sources = new WeakMap<object, EntrySource>();
  /** Ids of entries that exist but failed their schema: references to them are not reported again. */
  readonly invalidIds = new Set<string>();
  files = 0;
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /** The file as an editor would type it: the content root as given, then the path inside it. */
  display(rel: string): string {
    return `${this.root.replace(/\/+$/, '')}/${rel}`;
  }

  readJson(rel: string): unknown {
    const file = this.display(rel);
    this.files += 1;
    let text: string;
    try {
      text = readFileSync(join(this.root, rel), 'utf8');
    } catch {
      this.problems.push(problem(file, '(file)', msg('check.file.unreadable')));
      return undefined;
    }
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problems.push(problem(file, '(file)', msg('check.file.invalidJson', { reason })));
      return undefined;
    }
  }

  /** Parses one entry; records its problems and source; returns it only when valid. */
  parse<S extends z.ZodType>(schema: S, value: unknown, rel: string, prefix = ''): z.output<S> | undefined {
    const result = schema.safeParse(value, { reportInput: true });
    const file = this.display(rel);
    if (!result.success) {
      this.problems.push(...problemsFromZod(file, result.error.issues, prefix));
      const id = (value as { id?: unknown } | null)?.id;
      if (typeof id === 'string') this.invalidIds.add(id);
      return undefined;
    }
    this.sources.set(result.data as object, { file, prefix });
    return result.data;
  }

  /** A file holding a list of entries of one schema. */
  parseList<S extends z.ZodType>(schema: S, rel: string): z.output<S>[] {
    const value = this.readJson(rel);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push(problem(this.display(rel), '(file)', msg('check.file.notList')));
      return [];
    }
    const out: z.output<S>[] = [];
    value.forEach((entry, i) => {
      const parsed = this.parse(schema, entry, rel, `[${i}]`);
      if (parsed !== undefined) out.push(parsed);
    });
    return out;
  }

  /** A file where no content file belongs; `expected` says what does (`check.file.expect.*`). */
  unexpected(rel: string, expected: 'districts' | 'settlements' | 'meetings' | 'issues' | 'calendars'): void {
    this.problems.push(problem(this.display(rel), '(file)', msg('check.file.unexpected', { expected: msg(`check.file.expect.${expected}`) })));
  }
}

/**
 * Calls visit with every string inside a value and its field path. The path
 * array is the walker's own and changes as it goes: copy it to keep it.
 */
function eachString(value: unknown, visit: (text: string, path: readonly PropertyKey[]) => void, path: PropertyKey[] = []): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], visit, path);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      path.push(k);
      eachString(v, visit, path);
      path.pop();
    }
  }
}

/** One minutes file, checked: its problems (path = `line N`), the issues it cites, and its HTML and text. */
export interface CheckedMinutesFile {
  /** What is wrong, in English (`message`) and as a message of the translation files (`says`). */
  problems: { path: string; message: string; says?: Message }[];
  issueRefs: { id: string; line: number }[];
  html: string;
  text: string;
  agenda: string[];
  /** The file that holds the HTML and text, when they are kept there rather than here (`html` and `text` are then empty). */
  kept?: string;
}

/** Checks one minutes file's MDX and scans its text for residents' personal data. */
export function checkMinutesFile(source: string, allowList: ContactAllowList): CheckedMinutesFile {
  const checked = checkMinutes(source);
  const problems: CheckedMinutesFile['problems'] = checked.problems.map((p) => ({ path: `line ${p.line}`, message: p.message, ...(p.says === undefined ? {} : { says: p.says }) }));
  const seen = new Set<string>();
  for (const finding of findPersonalData(checked.text, allowList)) {
    if (seen.has(finding.value)) continue;
    seen.add(finding.value);
    const says = personalDataSays(finding);
    problems.push({ path: `line ${lineOfText(source, finding.value)}`, message: say(says, 'en'), says });
  }
  return { problems, issueRefs: checked.issueRefs, html: checked.html, text: checked.text, agenda: checked.agenda };
}

/**
 * What loading asks of its driver: first which minutes files there are (so
 * they can be checked elsewhere while the JSON is read), then their results.
 */
export type MinutesStep = { kind: 'start'; root: string; files: string[]; allowList: ContactAllowList } | { kind: 'results' };

/**
 * The loader's steps. Minutes are most of the work (MDX parsing), so they
 * are checked by whoever drives these steps: `loadContent` on this thread,
 * `loadContentInParallel` (load-parallel.ts) in processes of their own.
 */
export function* loadSteps(root: string, options: LoadOptions): Generator<MinutesStep, LoadResult, CheckedMinutesFile[] | undefined> {
  const r = new Reader(root);

  const siteValue = r.readJson('site.json');
  const site = siteValue === undefined ? undefined : r.parse(SiteSettings, siteValue, 'site.json');
  const allowValue = existsSync(join(root, 'privacy/allow-list.json')) ? r.readJson('privacy/allow-list.json') : {};
  const allowParsed = r.parse(AllowList, allowValue ?? {}, 'privacy/allow-list.json');
  const allowFile = allowParsed ?? readableAllowList(allowValue);
  const allowList = allowedContacts(allowFile);

  const meetingFiles = listFiles(join(root, 'meetings'));
  const minutesFiles: { rel: string; meeting: string; lang: Language; folder: string }[] = [];
  for (const f of meetingFiles) {
    const parts = f.split('/');
    const match = minutesName.exec(parts[1] ?? '');
    if (parts.length === 2 && match) minutesFiles.push({ rel: `meetings/${f}`, meeting: match[1] ?? '', lang: (match[2] ?? 'kk') as Language, folder: parts[0] ?? '' });
  }
  yield { kind: 'start', root, files: minutesFiles.map((m) => m.rel), allowList };

  const regions = r.parseList(Region, 'geo/regions.json');
  const regionSlugs = new Set(regions.map((region) => region.slug));
  // The regional map. Whether every region has a square is checked once every square could be read.
  let tiles: RegionTile[] = [];
  let tilesFile: string | undefined;
  if (existsSync(join(root, 'geo/tiles.json'))) {
    const before = r.problems.length;
    tiles = r.parseList(RegionTile, 'geo/tiles.json');
    if (r.problems.length === before) tilesFile = r.display('geo/tiles.json');
  } else {
    r.problems.push(problem(r.display('geo/tiles.json'), '(file)', msg('check.file.tilesMissing')));
  }
  const districts: District[] = [];
  for (const f of listFiles(join(root, 'geo/districts'))) {
    if (f.endsWith('.json') && !f.includes('/')) districts.push(...r.parseList(District, `geo/districts/${f}`));
    else r.unexpected(`geo/districts/${f}`, 'districts');
  }
  const settlements: Settlement[] = [];
  for (const f of listFiles(join(root, 'geo/settlements'))) {
    if (f.endsWith('.json') && !f.includes('/')) settlements.push(...r.parseList(Settlement, `geo/settlements/${f}`));
    else r.unexpected(`geo/settlements/${f}`, 'settlements');
  }

  const meetings: Meeting[] = [];
  /** Meetings as stored, for the checks that name a field of the file. */
  const meetingRecords: MeetingRecord[] = [];
  for (const f of meetingFiles) {
    const parts = f.split('/');
    const name = parts[1] ?? '';
    const folder = parts[0] ?? '';
    if (parts.length === 2 && minutesName.test(name)) {
      continue;
    } else if (parts.length === 2 && name.endsWith('.json')) {
      const rel = `meetings/${f}`;
      const value = r.readJson(rel);
      const record = value === undefined ? undefined : r.parse(MeetingRecord, value, rel);
      if (record === undefined) {
        r.invalidIds.add(name.replace(/\.json$/, ''));
        continue;
      }
      // Pages see the meeting as its log leaves it; messages still name the file.
      const meeting = meetingView(record);
      r.sources.set(meeting, r.sources.get(record)!);
      if (name !== `${meeting.id}.json`) {
        r.problems.push(problem(r.display(rel), 'id', msg('check.file.idName', { id: meeting.id, name })));
      }
      if (folder !== meeting.place.region && regionSlugs.has(meeting.place.region)) {
        r.problems.push(problem(r.display(rel), 'place.region', msg('check.file.folder', { region: meeting.place.region, dir: 'meetings', folder })));
      }
      meetingRecords.push(record);
      meetings.push(meeting);
    } else {
      r.unexpected(`meetings/${f}`, 'meetings');
    }
  }

  const issues: Issue[] = [];
  /** Issues as stored, for the checks that name a field of the file. */
  const issueRecords: IssueRecord[] = [];
  for (const f of listFiles(join(root, 'issues'))) {
    const parts = f.split('/');
    const name = parts[1] ?? '';
    const folder = parts[0] ?? '';
    const rel = `issues/${f}`;
    if (parts.length !== 2 || !name.endsWith('.json')) {
      r.unexpected(rel, 'issues');
      continue;
    }
    const value = r.readJson(rel);
    const record = value === undefined ? undefined : r.parse(Issue, value, rel);
    if (record === undefined) {
      r.invalidIds.add(name.replace(/\.json$/, ''));
      continue;
    }
    // Pages see the issue with its details as corrected; messages still name the file.
    const issue = issueView(record);
    r.sources.set(issue, r.sources.get(record)!);
    if (name !== `${issue.id}.json`) {
      r.problems.push(problem(r.display(rel), 'id', msg('check.file.idName', { id: issue.id, name })));
    }
    if (folder !== issue.place.region && regionSlugs.has(issue.place.region)) {
      r.problems.push(problem(r.display(rel), 'place.region', msg('check.file.folder', { region: issue.place.region, dir: 'issues', folder })));
    }
    issueRecords.push(record);
    issues.push(issue);
  }

  const measures = existsSync(join(root, 'plan/measures.json')) ? r.parseList(Measure, 'plan/measures.json') : [];

  const calendars: Calendar[] = [];
  for (const f of listFiles(join(root, 'calendars'))) {
    const parts = f.split('/');
    const rel = `calendars/${f}`;
    const match = /^(\d{4})\.json$/.exec(parts[1] ?? '');
    if (parts.length !== 2 || match === null) {
      r.unexpected(rel, 'calendars');
      continue;
    }
    const value = r.readJson(rel);
    const calendar = value === undefined ? undefined : r.parse(Calendar, value, rel);
    if (calendar === undefined) {
      // Meetings that link an entry of a calendar that failed its schema are not told the entry is unknown.
      for (const id of calendarEntryIds(value)) r.invalidIds.add(id);
      continue;
    }
    if (parts[0] !== calendar.region && regionSlugs.has(calendar.region)) {
      r.problems.push(problem(r.display(rel), 'region', msg('check.file.folder', { region: calendar.region, dir: 'calendars', folder: parts[0] ?? '' })));
    }
    if (match[1] !== String(calendar.year)) {
      r.problems.push(problem(r.display(rel), 'year', msg('check.calendar.fileYear', { year: calendar.year, name: parts[1] ?? '' })));
    }
    calendars.push(calendar);
  }
  const obligationsValue = existsSync(join(root, 'obligations/rules.json')) ? r.readJson('obligations/rules.json') : undefined;
  const obligations = obligationsValue === undefined ? undefined : r.parse(Obligations, obligationsValue, 'obligations/rules.json');

  const minutes: Minutes[] = [];
  const minutesRefs: { file: string; ids: { id: string; line: number }[]; meeting: string; folder: string }[] = [];
  const results = yield { kind: 'results' };
  if (results?.length !== minutesFiles.length) throw new Error(`loading ${root}: ${minutesFiles.length} minutes files but ${results?.length ?? 0} results`);
  minutesFiles.forEach((m, i) => {
    const checked = results[i] as CheckedMinutesFile;
    r.files += 1;
    const file = r.display(m.rel);
    for (const p of checked.problems) r.problems.push({ file, ...p });
    minutesRefs.push({ file, ids: checked.issueRefs, meeting: m.meeting, folder: m.folder });
    if (checked.problems.length === 0) minutes.push({ meeting: m.meeting, lang: m.lang, html: checked.html, text: checked.text, agenda: checked.agenda, ...(checked.kept === undefined ? {} : { kept: checked.kept }) });
  });

  // Personal data in every published text of every kind of content: every finding of every field.
  const scanned: object[] = [...regions, ...tiles, ...districts, ...settlements, ...meetingRecords, ...issueRecords, ...measures, ...calendars];
  if (site !== undefined) scanned.push(site);
  for (const entry of scanned) {
    const source = r.sources.get(entry);
    if (source === undefined) continue;
    eachString(entry, (text, path) => {
      for (const finding of findPersonalData(text, allowList)) {
        r.problems.push(problem(source.file, formatFieldPath(path, source.prefix), personalDataSays(finding)));
      }
    });
  }

  // A meeting's or issue's settlement carries the names the geography has for it, so a Kazakh name added there names them all.
  const settlementByKato = new Map(settlements.map((s) => [s.kato, s]));
  const named = <T extends { settlement?: { kato?: string | undefined; name: LocalizedText } | undefined }>(place: T): T =>
    place.settlement === undefined || withGeographyNames(place.settlement, settlementByKato) === place.settlement ? place : { ...place, settlement: withGeographyNames(place.settlement, settlementByKato) };
  for (const meeting of meetings) {
    meeting.place = named(meeting.place);
    if (meeting.published !== undefined) meeting.published = named(meeting.published);
  }
  for (const issue of issues) {
    issue.place = named(issue.place);
    if (issue.published !== undefined) issue.published = { ...issue.published, place: named(issue.published.place) };
  }

  const content: Content = {
    site: site ?? { demo: false, timelyAnnouncementDays: 3, reportingDays: 10, dataLicense: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' },
    allowList,
    contacts: officialContacts(allowFile),
    regions,
    tiles,
    districts,
    settlements,
    meetings,
    issues,
    measures,
    minutes,
    calendars,
    obligations: obligations?.versions ?? [],
  };
  // The log's own rules, once every entry has passed its schema (the paths are then the file's).
  if (allowParsed !== undefined) r.problems.push(...checkContacts(allowParsed, r.display('privacy/allow-list.json'), regionSlugs, options.asOf));
  r.problems.push(...checkIntegrity(content, r.sources, { asOf: options.asOf, minutesRefs, invalidIds: r.invalidIds, tilesFile }));
  return { content, problems: r.problems, sources: r.sources, files: r.files };
}

/** The entry ids a calendar file gives, approved or added by corrections, read from its JSON as it is. */
function calendarEntryIds(value: unknown): string[] {
  const v = (value !== null && typeof value === 'object' ? value : {}) as { entries?: unknown; corrections?: unknown };
  const idOf = (e: unknown): unknown => (e !== null && typeof e === 'object' ? (e as { id?: unknown }).id : undefined);
  const entries = Array.isArray(v.entries) ? v.entries : [];
  const added = (Array.isArray(v.corrections) ? v.corrections : []).map((c: unknown) => (c !== null && typeof c === 'object' ? (c as { entry?: unknown }).entry : undefined));
  return [...entries, ...added].map(idOf).filter((id): id is string => typeof id === 'string');
}

/** Loads and checks the content tree at `root` (e.g. `content`) on this thread. */
export function loadContent(root: string, options: LoadOptions): LoadResult {
  const steps = loadSteps(root, options);
  let files: string[] = [];
  let allowList: ContactAllowList = { phones: [], emails: [] };
  let step = steps.next();
  while (!step.done) {
    if (step.value.kind === 'start') {
      ({ files, allowList } = step.value);
      step = steps.next();
    } else {
      step = steps.next(files.map((rel) => checkMinutesFile(readFileSync(join(root, rel), 'utf8'), allowList)));
    }
  }
  return step.value;
}

/** The line of source where value is written; a value the Markdown broke up (bold, a line break) is looked for by its first part. */
function lineOfText(source: string, value: string): number {
  let at = source.indexOf(value);
  if (at < 0) {
    const part = value.split(/[\s*_~`]+/).find((p) => p.length >= 3);
    if (part !== undefined) at = source.indexOf(part);
  }
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}

/** The content tree to use: `KEZDESU_CONTENT` when set, else `content`. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.KEZDESU_CONTENT !== undefined && env.KEZDESU_CONTENT !== '' ? env.KEZDESU_CONTENT : 'content';
}
