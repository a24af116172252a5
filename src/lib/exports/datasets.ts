/**
 * The open-data tables: one row per issue, status change, meeting,
 * announcement, region, district and action-plan measure, and the
 * accountability tables of accountability-datasets.ts (calendar entries and
 * corrections, the rules table, compliance per office and period). The CSV and JSON
 * files, their JSON Schemas and the data dictionary page are all made from
 * these definitions, and the figures come from the same computation as the
 * pages. A column that holds a content field as it is takes its meaning, in
 * every language, from that field's `.meta()` in src/schemas/; only derived
 * columns (links, counts, figures) say what they hold here, by a `dataset.…`
 * key of the translation files.
 */
import { outcomeNotReported } from '../meetings/outcome.ts';
import type { z } from 'zod';
import { describes, inEvery, type Meaning, meaningOf } from '../../schemas/common.ts';
import { District } from '../../schemas/district.ts';
import { DeadlineChange, DetailsCorrection, FinancingChange, Issue, issueDetailsFields, MaslikhatDecision, ProgressNote, StatusEvent, TextCorrection, type IssueChange, type IssueDetailsField, type IssuePublished } from '../../schemas/issue.ts';
import { currentDeadline, currentFinancing, currentWording, deadlineMoves, detailsSteps, issueRecordOf, originalDeadline, replacedDeadlines, replacedWordings } from '../issues/changes.ts';
import { lastCorrecting } from '../meetings/log.ts';
import { Measure } from '../../schemas/measure.ts';
import { Announcement, Corrected, Held, meetingCorrectedFields, MeetingRecord, MeetingState, MinutesCorrected, Postponed, type Meeting, type MeetingChange } from '../../schemas/meeting.ts';
import { Region } from '../../schemas/region.ts';
import { statusTable } from '../issues/status.ts';
import { channelLabels, correctableFieldLabels, districtKindLabels, financingSourceLabels, holderLevelLabels, issueChangeKindLabels, label, labels, meetingChangeKindLabels, meetingFormatLabels, meetingStatusLabels, regionKindLabels } from '../i18n/labels.ts';
import { t, tf } from '../i18n/translations.ts';
import { bodies } from '../taxonomy/bodies.ts';
import { counted } from '../i18n/plural.ts';
import { currentEvent, currentStatus, districtKey, issueIsOverdue, type ContentIndex } from '../content/indexes.ts';
import { announcementLeadDays, leadTimeDays, type Figures } from '../stats/figures.ts';
import type { SiteFigures } from '../stats/site-figures.ts';
import { accountabilityOf } from '../accountability/of-model.ts';
import { accountabilityDatasets } from './accountability-datasets.ts';
import { announcementChannels, bodyIds, categoryIds, type ColumnType, correctableFields, districtKinds, financingSources, holderLevels, issueChangeKinds, type Language, languages, meetingChangeKinds, meetingFormats, meetingStatuses, regionKinds, statusIds } from '../../vocabularies.ts';
import { once } from '../once.ts';

/** The settlement column of the issue-changes and meeting-changes datasets: what a correction gave. */
const correctedSettlementMeaning = describes('dataset.corrected.settlement_kato');

export type Cell = string | number | boolean | null;

/** One value an enumerated column can hold, with its label. */
export interface AllowedValue {
  value: string;
  label: Meaning;
}

export interface Column<R> {
  name: string;
  type: ColumnType;
  /** What the column holds, in each language. */
  description: Meaning;
  /** Every value an enumerated column can hold (status, category, body, level, format…); empty cells aside. */
  values?: readonly AllowedValue[];
  value: (row: R) => Cell;
}

export interface Dataset<R = unknown> {
  /** File name without extension, e.g. `issues`. */
  name: string;
  description: Meaning;
  columns: Column<R>[];
  rows: R[];
}

export const allowed = <T extends string>(ids: readonly T[], label: (id: T) => Meaning): AllowedValue[] => ids.map((value) => ({ value, label: label(value) }));

/** The meaning of a content field; one without is a mistake in src/schemas/, found by the unit tests before any build. */
function fieldMeaning(schema: z.ZodType, column: string): Meaning {
  const found = meaningOf(schema);
  if (found === undefined) throw new Error(`open data column "${column}" holds a content field that says nothing about itself — add .meta(meaning('field.…')) to that field in src/schemas/, its texts in translations/`);
  return found;
}

/** A column that holds a content field as it is: what it means is the field's own meaning. */
export function field<R>(name: string, type: ColumnType, schema: z.ZodType, value: (row: R) => Cell, values?: readonly AllowedValue[]): Column<R> {
  return { name, type, description: fieldMeaning(schema, name), value, ...(values === undefined ? {} : { values }) };
}

const isMeaning = (what: z.ZodType | Meaning): what is Meaning => typeof (what as Partial<Meaning>).en === 'string';

/** A content text as pages show it: the wording first published with its corrections from the change log. */
const asCorrected = (what: Meaning): Meaning => describes('dataset.text.corrected', { what });

const emptyWithout: Meaning = describes('dataset.text.emptyWithout');

/**
 * One column per language for a text field; `written` says whether it is given in all three languages or in any of them.
 * What the text is comes from its content field, or is said here for a text the columns derive.
 */
export function text<R>(name: string, what: z.ZodType | Meaning, get: (row: R) => Partial<Record<Language, string>> | undefined, written: 'all' | 'any' = 'any'): Column<R>[] {
  const base = isMeaning(what) ? what : fieldMeaning(what, name);
  const say = (lang: Language, p: Language) => `${base[p]}, ${label(p, 'inLanguage', lang)}${written === 'any' ? `; ${emptyWithout[p]}` : ''}`;
  return languages.map((lang) => ({
    name: `${name}_${lang}`,
    type: 'string',
    description: inEvery((p) => say(lang, p)),
    value: (r: R) => get(r)?.[lang] ?? null,
  }));
}

/** A link to a page of the site, given in Russian. */
const pageLink = (what: Meaning): Meaning => describes('dataset.text.pageLink', { what });

const share = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);
const statusLabels = allowed(statusIds, (id) => labels('status', id));
const bodyLabels = allowed(bodyIds, (id) => labels('body', id));
/** Status labels in each language's quotation marks, joined with "or". */
const quoted = (ids: readonly (typeof statusIds)[number][]): Meaning =>
  inEvery((lang) => {
    const names = ids.map((id) => tf(lang, 'list.quoted', { text: label(lang, 'status', id) }));
    return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')}${t(lang, 'list.or')}${names[names.length - 1]}`;
  });
const closedStatuses = statusIds.filter((id) => statusTable[id].closed);

/** The figure columns of a region, district or measure: the same figures its page shows. */
function figureColumns<R>(get: (row: R) => Figures | undefined, meetings: boolean, timelyDays: number): Column<R>[] {
  const cols: Column<R>[] = [
    { name: 'issues', type: 'integer', description: describes('dataset.figures.issues'), value: (r) => get(r)?.issues ?? 0 },
    {
      name: 'resolved',
      type: 'integer',
      description: describes('dataset.figures.resolved', { status: quoted(['resolved']) }),
      value: (r) => get(r)?.resolved ?? 0,
    },
    {
      name: 'resolved_share',
      type: 'number',
      description: describes('dataset.figures.resolved_share'),
      value: (r) => share(get(r)?.resolvedShare ?? null),
    },
    {
      name: 'closed',
      type: 'integer',
      description: describes('dataset.figures.closed', { statuses: quoted(closedStatuses) }),
      value: (r) => get(r)?.closed ?? 0,
    },
    {
      name: 'overdue',
      type: 'integer',
      description: describes('dataset.figures.overdue'),
      value: (r) => get(r)?.overdue ?? 0,
    },
    {
      name: 'overdue_against_original',
      type: 'integer',
      description: describes('dataset.figures.overdue_against_original'),
      value: (r) => get(r)?.overdueAgainstOriginal ?? 0,
    },
    {
      name: 'deadline_moves',
      type: 'integer',
      description: describes('dataset.figures.deadline_moves'),
      value: (r) => get(r)?.deadlineMoves ?? 0,
    },
    {
      name: 'median_days_to_resolve',
      type: 'number',
      description: describes('dataset.figures.median_days_to_resolve', { status: quoted(['resolved']) }),
      value: (r) => get(r)?.medianDaysToResolve ?? null,
    },
    {
      name: 'money_decided_kzt',
      type: 'number',
      description: describes('dataset.figures.money_decided_kzt'),
      value: (r) => get(r)?.moneyDecidedKzt ?? 0,
    },
  ];
  if (meetings) {
    cols.push(
      { name: 'meetings_held', type: 'integer', description: describes('dataset.figures.meetings_held'), value: (r) => get(r)?.meetingsHeld ?? 0 },
      {
        name: 'meetings_upcoming',
        type: 'integer',
        description: describes('dataset.figures.meetings_upcoming'),
        value: (r) => get(r)?.meetingsUpcoming ?? 0,
      },
      {
        name: 'meetings_not_reported',
        type: 'integer',
        description: describes('dataset.figures.meetings_not_reported'),
        value: (r) => get(r)?.meetingsNotReported ?? 0,
      },
      {
        name: 'outside_centre_share',
        type: 'number',
        description: describes('dataset.figures.outside_centre_share'),
        value: (r) => share(get(r)?.meetingsOutsideCentreShare ?? null),
      },
      {
        name: 'timely_share',
        type: 'number',
        description: describes('dataset.figures.timely_share', { days: inEvery((lang) => counted(lang, timelyDays, 'days')) }),
        value: (r) => share(get(r)?.announcements.timelyShare ?? null),
      },
    );
  }
  return cols;
}

/** Every dataset for the content (or for one region when `region` is given). */
export function datasets(model: ContentIndex & { figures: SiteFigures }, region?: string): Dataset[] {
  if (region !== undefined) return makeDatasets(model, region);
  // The country's datasets are asked for by the open-data files, the API and the data page of one build: made once per model.
  let sets = nationalSets.get(model);
  if (sets === undefined) {
    sets = makeDatasets(model);
    nationalSets.set(model, sets);
  }
  return sets;
}
const nationalSets = new WeakMap<object, Dataset[]>();

type Event = { issue: Issue; n: number };
type Change = { issue: Issue; n: number; change: IssueChange; previous: string | undefined; replaced: Partial<Record<Language, string>> | undefined; before: IssuePublished | undefined };

/** The rows of the status-history dataset for one issue: one per status event. */
const eventsOf = (issue: Issue): Event[] => issue.history.map((_, n) => ({ issue, n }));

/** The rows of the issue-changes dataset for one issue: one per change, with the deadline and wording it replaced and the details before it. */
function changesOf(issue: Issue): Change[] {
  if (issue.changes.length === 0) return [];
  const previousOf = replacedDeadlines(issue);
  const replacedOf = replacedWordings(issue);
  const beforeOf = new Map<IssueChange, IssuePublished>(detailsSteps(issueRecordOf(issue)).map((step) => [step.change, step.before]));
  return issue.changes.map((change, n) => ({ issue, n, change, previous: change.kind === 'deadline' ? previousOf.get(change) : undefined, replaced: replacedOf.get(change), before: beforeOf.get(change) }));
}

/**
 * The three datasets made of the issues themselves — issues, status history, issue changes —, each with no rows,
 * and `rowsOf`, which gives one issue's rows of each. Every row of those datasets belongs to one issue and says
 * nothing of any other, so the files can be written an issue at a time, from issues read one at a time
 * (write.ts), as well as from a list (`datasets`).
 */
export interface IssueDatasets {
  sets: [Dataset<Issue>, Dataset<Event>, Dataset<Change>];
  rowsOf: (issue: Issue) => [Issue[], Event[], Change[]];
}

export function issueDatasets(site: string, asOf: string): IssueDatasets {
  const place = Issue.shape.place.shape;
  const settlement = place.settlement.unwrap().shape;
  const financing = Issue.shape.financing.unwrap().shape;
  const decision = MaslikhatDecision.shape;
  const issueSet: Dataset<Issue> = {
    name: 'issues',
    description: describes('dataset.issues'),
    rows: [],
    columns: [
      field('id', 'string', Issue.shape.id, (i) => i.id),
      { name: 'url', type: 'url', description: pageLink(describes('dataset.issues.url')), value: (i) => `${site}/ru/issues/${i.id}/` },
      field('region', 'string', place.region, (i) => i.place.region),
      field('district', 'string', place.district, (i) => i.place.district ?? null),
      field('settlement_kato', 'string', settlement.kato, (i) => i.place.settlement?.kato ?? null),
      field('settlement', 'string', settlement.name, (i) => (i.place.settlement ? (i.place.settlement.name.ru ?? i.place.settlement.name.kk ?? i.place.settlement.name.en ?? null) : null)),
      field('category', 'string', Issue.shape.category, (i) => i.category, allowed(categoryIds, (id) => labels('category', id))),
      field('body', 'string', Issue.shape.body, (i) => i.body, bodyLabels),
      {
        name: 'status',
        type: 'string',
        description: describes('dataset.issues.status'),
        values: statusLabels,
        value: (i) => currentStatus(i),
      },
      { name: 'status_date', type: 'date', description: describes('dataset.issues.status_date'), value: (i) => currentEvent(i).date },
      {
        name: 'overdue',
        type: 'boolean',
        description: describes('dataset.issues.overdue'),
        value: (i) => issueIsOverdue(i, asOf),
      },
      field('raised', 'date', Issue.shape.raised, (i) => i.raised),
      field('meetings', 'list', Issue.shape.meetings, (i) => i.meetings.join(' ')),
      {
        name: 'deadline',
        type: 'date',
        description: describes('dataset.issues.deadline'),
        value: (i) => currentDeadline(i) ?? null,
      },
      {
        name: 'original_deadline',
        type: 'date',
        description: describes('dataset.issues.original_deadline'),
        value: (i) => originalDeadline(i) ?? null,
      },
      {
        name: 'deadline_moves',
        type: 'integer',
        description: describes('dataset.issues.deadline_moves'),
        value: (i) => deadlineMoves(i),
      },
      ...text<Issue>('title', asCorrected(fieldMeaning(Issue.shape.title, 'title')), (i) => currentWording(i, 'title')),
      ...text<Issue>('description', asCorrected(fieldMeaning(Issue.shape.description, 'description')), (i) => currentWording(i, 'description')),
      field('financing_kzt', 'number', financing.amountKzt, (i) => currentFinancing(i)?.amountKzt ?? null),
      field('financing_source', 'string', financing.source, (i) => currentFinancing(i)?.source ?? null, allowed(financingSources, (id) => financingSourceLabels[id])),
      field('maslikhat_session', 'string', decision.session, (i) => currentFinancing(i)?.decision?.session ?? null),
      field('maslikhat_date', 'date', decision.date, (i) => currentFinancing(i)?.decision?.date ?? null),
      field('maslikhat_number', 'string', decision.number, (i) => currentFinancing(i)?.decision?.number ?? null),
      field('maslikhat_url', 'url', decision.url, (i) => currentFinancing(i)?.decision?.url ?? null),
      field('measure', 'string', Issue.shape.measure, (i) => i.measure ?? null),
      field('duplicate_of', 'string', Issue.shape.duplicateOf, (i) => i.duplicateOf ?? null),
    ],
  };

  const event = StatusEvent.shape;
  const historySet: Dataset<Event> = {
    name: 'status-history',
    description: describes('dataset.status-history'),
    rows: [],
    columns: [
      { name: 'issue_id', type: 'string', description: describes('dataset.status-history.issue_id'), value: (e) => e.issue.id },
      { name: 'seq', type: 'integer', description: describes('dataset.status-history.seq'), value: (e) => e.n + 1 },
      field('date', 'date', event.date, (e) => e.issue.history[e.n]?.date ?? null),
      field('status', 'string', event.status, (e) => e.issue.history[e.n]?.status ?? null, statusLabels),
      ...text<Event>('note', event.note, (e) => e.issue.history[e.n]?.note),
      field('evidence', 'list', event.evidence, (e) => (e.issue.history[e.n]?.evidence ?? []).map((l) => l.url).join(' ') || null),
      field('decision', 'string', event.decision, (e) => e.issue.history[e.n]?.decision ?? null),
      field('referred_to', 'string', event.referredTo, (e) => e.issue.history[e.n]?.referredTo ?? null, bodyLabels),
    ],
  };

  const deadlineShape = DeadlineChange.shape;
  const financingShape = FinancingChange.shape;
  const correctionShape = TextCorrection.shape;
  // A correction of the category, body, place or measure: which it corrected, the value it gave and the one it replaced.
  const detailsShape = DetailsCorrection.shape;
  const detailsOf = (c: Change) => (c.change.kind === 'details' ? c.change : undefined);
  const given = (c: Change, f: IssueDetailsField) => detailsOf(c)?.[f] !== undefined;
  const detailsColumns: Column<Change>[] = [
    {
      name: 'corrected_fields',
      type: 'list',
      description: describes('dataset.issue-changes.corrected_fields'),
      value: (c) => issueDetailsFields.filter((f) => given(c, f)).join(' ') || null,
    },
    field('category', 'string', detailsShape.category, (c) => detailsOf(c)?.category ?? null, allowed(categoryIds, (id) => labels('category', id))),
    {
      name: 'previous_category',
      type: 'string',
      description: describes('dataset.issue-changes.previous_category'),
      values: allowed(categoryIds, (id) => labels('category', id)),
      value: (c) => (given(c, 'category') ? (c.before?.category ?? null) : null),
    },
    field('body', 'string', detailsShape.body, (c) => detailsOf(c)?.body ?? null, bodyLabels),
    {
      name: 'previous_body',
      type: 'string',
      description: describes('dataset.issue-changes.previous_body'),
      values: bodyLabels,
      value: (c) => (given(c, 'body') ? (c.before?.body ?? null) : null),
    },
    field('district', 'string', detailsShape.district, (c) => detailsOf(c)?.district ?? null),
    {
      name: 'previous_district',
      type: 'string',
      description: describes('dataset.issue-changes.previous_district'),
      value: (c) => (given(c, 'district') ? (c.before?.place.district ?? null) : null),
    },
    {
      name: 'settlement_kato',
      type: 'string',
      description: correctedSettlementMeaning,
      value: (c) => detailsOf(c)?.settlement?.kato ?? null,
    },
    {
      name: 'previous_settlement_kato',
      type: 'string',
      description: describes('dataset.issue-changes.previous_settlement_kato'),
      value: (c) => (given(c, 'settlement') ? (c.before?.place.settlement?.kato ?? null) : null),
    },
    field('measure', 'string', detailsShape.measure, (c) => detailsOf(c)?.measure ?? null),
    {
      name: 'previous_measure',
      type: 'string',
      description: describes('dataset.issue-changes.previous_measure'),
      value: (c) => (given(c, 'measure') ? (c.before?.measure ?? null) : null),
    },
  ];
  const changeSet: Dataset<Change> = {
    name: 'issue-changes',
    description: describes('dataset.issue-changes'),
    rows: [],
    columns: [
      { name: 'issue_id', type: 'string', description: describes('dataset.issue-changes.issue_id'), value: (c) => c.issue.id },
      { name: 'seq', type: 'integer', description: describes('dataset.issue-changes.seq'), value: (c) => c.n + 1 },
      { name: 'kind', type: 'string', description: describes('dataset.issue-changes.kind'), values: allowed(issueChangeKinds, (k) => issueChangeKindLabels[k]), value: (c) => c.change.kind },
      field('date', 'date', deadlineShape.date, (c) => c.change.date),
      { name: 'previous_deadline', type: 'date', description: describes('dataset.issue-changes.previous_deadline'), value: (c) => c.previous ?? null },
      field('deadline', 'date', deadlineShape.deadline, (c) => (c.change.kind === 'deadline' ? c.change.deadline : null)),
      ...text<Change>(
        'reason',
        describes('dataset.issue-changes.reason'),
        (c) => (c.change.kind === 'progress' ? undefined : c.change.reason),
      ),
      ...text<Change>('note', ProgressNote.shape.note, (c) => (c.change.kind === 'progress' ? c.change.note : undefined)),
      field('financing_kzt', 'number', financingShape.amountKzt, (c) => (c.change.kind === 'financing' ? c.change.amountKzt : null)),
      field('financing_source', 'string', financingShape.source, (c) => (c.change.kind === 'financing' ? c.change.source : null), allowed(financingSources, (id) => financingSourceLabels[id])),
      field('maslikhat_number', 'string', decision.number, (c) => (c.change.kind === 'financing' ? (c.change.decision?.number ?? null) : null)),
      field('maslikhat_date', 'date', decision.date, (c) => (c.change.kind === 'financing' ? (c.change.decision?.date ?? null) : null)),
      field('evidence', 'list', ProgressNote.shape.evidence, (c) => (c.change.kind === 'progress' ? c.change.evidence.map((l) => l.url).join(' ') || null : null)),
      field('decision', 'string', deadlineShape.decision, (c) => (c.change.kind === 'deadline' ? (c.change.decision ?? null) : null)),
      field('field', 'string', correctionShape.field, (c) => (c.change.kind === 'correction' ? c.change.field : null), allowed(correctableFields, (id) => correctableFieldLabels[id])),
      ...text<Change>('corrected_text', correctionShape.text, (c) => (c.change.kind === 'correction' ? c.change.text : undefined)),
      ...text<Change>(
        'previous_text',
        describes('dataset.issue-changes.previous_text'),
        (c) => c.replaced,
      ),
      ...detailsColumns,
    ],
  };

  return { sets: [issueSet, historySet, changeSet], rowsOf: (issue) => [[issue], eventsOf(issue), changesOf(issue)] };
}

/** The dataset with its rows made the first time they are read, then kept. */
function withRowsWhenRead<R>(dataset: Dataset<R>, make: () => R[]): Dataset<R> {
  const rows = once(make);
  return Object.defineProperty({ ...dataset }, 'rows', { get: rows, enumerable: true });
}

function makeDatasets(model: ContentIndex & { figures: SiteFigures }, region?: string): Dataset[] {
  const { content, asOf, figures, meetingById } = model;
  const site = content.site.siteUrl;
  const timelyDays = content.site.timelyAnnouncementDays;
  const issues = region === undefined ? [...model.issueById.values()] : (model.issuesByRegion.get(region) ?? []);
  const meetings = region === undefined ? [...meetingById.values()] : (model.meetingsByRegion.get(region) ?? []);
  const regions = content.regions.filter((r) => region === undefined || r.slug === region);
  const districts = content.districts.filter((d) => region === undefined || d.region === region);
  const issueCount = new Map<string, number>();
  for (const [id, list] of model.issuesByMeeting) issueCount.set(id, list.length);
  const minutesLangs = new Map<string, string>();
  for (const m of content.minutes) minutesLangs.set(m.meeting, [minutesLangs.get(m.meeting), m.lang].filter(Boolean).join(' '));

  const [issueDefs, historyDefs, changeDefs] = issueDatasets(site, asOf).sets;
  const issueSet: Dataset<Issue> = { ...issueDefs, rows: issues };
  // Made when first read: the country's API documents (which list no event or change) and the files written an
  // issue at a time (write.ts) never read them.
  const historySet = withRowsWhenRead(historyDefs, () => issues.flatMap(eventsOf));
  const changeSet = withRowsWhenRead(changeDefs, () => issues.flatMap(changesOf));

  const where = MeetingRecord.shape.place.shape;
  const meetingSet: Dataset<Meeting> = {
    name: 'meetings',
    description: describes('dataset.meetings'),
    rows: meetings,
    columns: [
      field('id', 'string', MeetingRecord.shape.id, (m) => m.id),
      { name: 'url', type: 'url', description: pageLink(describes('dataset.meetings.url')), value: (m) => `${site}/ru/meetings/${m.id}/` },
      field('region', 'string', where.region, (m) => m.place.region),
      field('district', 'string', where.district, (m) => m.place.district ?? null),
      field('settlement_kato', 'string', where.settlement.unwrap().shape.kato, (m) => m.place.settlement?.kato ?? null),
      field('holder_level', 'string', MeetingRecord.shape.holder.shape.level, (m) => m.holder.level, allowed(holderLevels, (id) => holderLevelLabels[id])),
      ...text<Meeting>('office', MeetingRecord.shape.holder.shape.office, (m) => m.holder.office),
      {
        name: 'start',
        type: 'datetime',
        description: describes('dataset.meetings.start'),
        value: (m) => m.start,
      },
      {
        name: 'end',
        type: 'datetime',
        description: describes('dataset.meetings.end'),
        value: (m) => m.end,
      },
      field('published_start', 'datetime', MeetingRecord.shape.start, (m) => m.published?.start ?? m.start),
      field('new_start', 'datetime', MeetingState.shape.newStart, (m) => m.newStart ?? null),
      field('format', 'string', MeetingRecord.shape.format, (m) => m.format, allowed(meetingFormats, (id) => meetingFormatLabels[id])),
      field('stream', 'url', MeetingRecord.shape.stream, (m) => m.stream ?? null),
      field('status', 'string', MeetingState.shape.status, (m) => m.status, allowed(meetingStatuses, (id) => meetingStatusLabels[id])),
      {
        name: 'outcome_not_reported',
        type: 'boolean',
        description: describes('dataset.meetings.outcome_not_reported'),
        value: (m) => outcomeNotReported(m, asOf),
      },
      {
        name: 'schedule_changes',
        type: 'integer',
        description: describes('dataset.meetings.schedule_changes'),
        value: (m) => m.changes.filter((c) => c.kind === 'postponed' || (c.kind === 'corrected' && lastCorrecting({ changes: [c] }, ['start', 'end', 'venue', 'address', 'district', 'settlement']) === 0)).length,
      },
      field('attendance', 'integer', MeetingState.shape.attendance, (m) => m.attendance ?? null),
      {
        name: 'announcements',
        type: 'integer',
        description: describes('dataset.meetings.announcements'),
        value: (m) => m.announcements.length,
      },
      {
        name: 'lead_days',
        type: 'integer',
        description: describes('dataset.meetings.lead_days'),
        value: (m) => leadTimeDays(m) ?? null,
      },
      { name: 'issues_raised', type: 'integer', description: describes('dataset.meetings.issues_raised'), value: (m) => issueCount.get(m.id) ?? 0 },
      {
        name: 'minutes',
        type: 'list',
        description: describes('dataset.meetings.minutes'),
        value: (m) => minutesLangs.get(m.id) ?? null,
      },
    ],
  };

  type Announced = { meeting: Meeting; n: number };
  const announced = Announcement.shape;
  const announcementSet: Dataset<Announced> = {
    name: 'announcements',
    description: describes('dataset.announcements'),
    rows: meetings.flatMap((meeting) => meeting.announcements.map((_, n) => ({ meeting, n }))),
    columns: [
      { name: 'meeting_id', type: 'string', description: describes('dataset.announcements.meeting_id'), value: (a) => a.meeting.id },
      field('channel', 'string', announced.channel, (a) => a.meeting.announcements[a.n]?.channel ?? null, allowed(announcementChannels, (id) => channelLabels[id])),
      field('outlet', 'string', announced.outlet, (a) => a.meeting.announcements[a.n]?.outlet ?? null),
      field('url', 'url', announced.url, (a) => a.meeting.announcements[a.n]?.url ?? null),
      field('issue_number', 'string', announced.issueNumber, (a) => a.meeting.announcements[a.n]?.issueNumber ?? null),
      field('published', 'date', announced.published, (a) => a.meeting.announcements[a.n]?.published ?? null),
      {
        name: 'lead_days',
        type: 'integer',
        description: describes('dataset.announcements.lead_days'),
        value: (a) => {
          const published = a.meeting.announcements[a.n]?.published;
          return published === undefined ? null : announcementLeadDays(a.meeting, published);
        },
      },
    ],
  };

  type Entry = { meeting: Meeting; n: number; change: MeetingChange };
  const reasonOf = (c: MeetingChange) => (c.kind === 'postponed' || c.kind === 'cancelled' || c.kind === 'corrected' || c.kind === 'minutes' ? c.reason : undefined);
  const urls = (c: MeetingChange, what: 'video' | 'documents' | 'coverage'): string | null =>
    c.kind === 'held' || c.kind === 'materials' ? (what === 'video' ? c.video : c[what].map((l) => l.url)).join(' ') || null : null;
  const meetingChangeSet: Dataset<Entry> = {
    name: 'meeting-changes',
    description: describes('dataset.meeting-changes'),
    rows: meetings.flatMap((meeting) => meeting.changes.map((change, n) => ({ meeting, n, change }))),
    columns: [
      { name: 'meeting_id', type: 'string', description: describes('dataset.meeting-changes.meeting_id'), value: (e) => e.meeting.id },
      { name: 'seq', type: 'integer', description: describes('dataset.meeting-changes.seq'), value: (e) => e.n + 1 },
      field('date', 'date', Postponed.shape.date, (e) => e.change.date),
      { name: 'kind', type: 'string', description: describes('dataset.meeting-changes.kind'), values: allowed(meetingChangeKinds, (k) => meetingChangeKindLabels[k]), value: (e) => e.change.kind },
      ...text<Entry>('reason', Postponed.shape.reason, (e) => reasonOf(e.change)),
      {
        name: 'start',
        type: 'datetime',
        description: describes('dataset.meeting-changes.start'),
        value: (e) => (e.change.kind === 'postponed' || e.change.kind === 'corrected' ? (e.change.start ?? null) : null),
      },
      {
        name: 'end',
        type: 'datetime',
        description: describes('dataset.meeting-changes.end'),
        value: (e) => (e.change.kind === 'postponed' || e.change.kind === 'corrected' ? (e.change.end ?? null) : null),
      },
      ...text<Entry>('venue', Corrected.shape.venue, (e) => (e.change.kind === 'corrected' ? e.change.venue : undefined)),
      ...text<Entry>('address', Corrected.shape.address, (e) => (e.change.kind === 'corrected' ? e.change.address : undefined)),
      field('attendance', 'integer', Held.shape.attendance, (e) => (e.change.kind === 'held' ? (e.change.attendance ?? null) : null)),
      field('video', 'list', Held.shape.video, (e) => urls(e.change, 'video')),
      field('documents', 'list', Held.shape.documents, (e) => urls(e.change, 'documents')),
      field('coverage', 'list', Held.shape.coverage, (e) => urls(e.change, 'coverage')),
      field('minutes_lang', 'string', MinutesCorrected.shape.lang, (e) => (e.change.kind === 'minutes' ? e.change.lang : null)),
      {
        name: 'corrected_fields',
        type: 'list',
        description: describes('dataset.meeting-changes.corrected_fields'),
        value: (e) => (e.change.kind === 'corrected' ? meetingCorrectedFields.filter((f) => (e.change as Record<string, unknown>)[f] !== undefined).join(' ') || null : null),
      },
      field('district', 'string', Corrected.shape.district, (e) => (e.change.kind === 'corrected' ? (e.change.district ?? null) : null)),
      {
        name: 'settlement_kato',
        type: 'string',
        description: correctedSettlementMeaning,
        value: (e) => (e.change.kind === 'corrected' ? (e.change.settlement?.kato ?? null) : null),
      },
      field('format', 'string', Corrected.shape.format, (e) => (e.change.kind === 'corrected' ? (e.change.format ?? null) : null), allowed(meetingFormats, (id) => meetingFormatLabels[id])),
      field('stream', 'url', Corrected.shape.stream, (e) => (e.change.kind === 'corrected' ? (e.change.stream ?? null) : null)),
      ...text<Entry>('office', Corrected.shape.office, (e) => (e.change.kind === 'corrected' ? e.change.office : undefined)),
      field('body', 'string', Corrected.shape.body, (e) => (e.change.kind === 'corrected' ? (e.change.body ?? null) : null), bodyLabels),
      field('calendar_entry', 'string', Corrected.shape.calendarEntry, (e) => (e.change.kind === 'corrected' ? (e.change.calendarEntry ?? null) : null)),
      ...text<Entry>('outside_calendar', Corrected.shape.outsideCalendar, (e) => (e.change.kind === 'corrected' ? e.change.outsideCalendar : undefined)),
    ],
  };

  type RegionRow = (typeof regions)[number];
  const regionSet: Dataset<RegionRow> = {
    name: 'regions',
    description: describes('dataset.regions'),
    rows: regions,
    columns: [
      field('kato', 'string', Region.shape.kato, (r) => r.kato),
      field('slug', 'string', Region.shape.slug, (r) => r.slug),
      field('iso', 'string', Region.shape.iso, (r) => r.iso),
      field('kind', 'string', Region.shape.kind, (r) => r.kind, allowed(regionKinds, (id) => regionKindLabels[id])),
      ...text<RegionRow>('name', Region.shape.name, (r) => r.name, 'all'),
      ...figureColumns<RegionRow>((r) => figures.byRegion.get(r.slug), true, timelyDays),
    ],
  };

  type DistrictRow = (typeof districts)[number];
  const districtSet: Dataset<DistrictRow> = {
    name: 'districts',
    description: describes('dataset.districts'),
    rows: districts,
    columns: [
      field('kato', 'string', District.shape.kato, (d) => d.kato),
      field('region', 'string', District.shape.region, (d) => d.region),
      field('slug', 'string', District.shape.slug, (d) => d.slug),
      field('kind', 'string', District.shape.kind, (d) => d.kind, allowed(districtKinds, (id) => districtKindLabels[id])),
      ...text<DistrictRow>('name', District.shape.name, (d) => d.name, 'all'),
      ...figureColumns<DistrictRow>((d) => figures.byDistrict.get(districtKey(d.region, d.slug)), true, timelyDays),
    ],
  };

  const out: Dataset[] = [issueSet, historySet, changeSet, meetingSet, meetingChangeSet, announcementSet, regionSet, districtSet] as Dataset[];
  if (region === undefined) {
    type MeasureRow = (typeof content.measures)[number];
    const measureSet: Dataset<MeasureRow> = {
      name: 'measures',
      description: describes('dataset.measures'),
      rows: content.measures,
      columns: [
        field('id', 'string', Measure.shape.id, (m) => m.id),
        field('ministry', 'string', Measure.shape.ministry, (m) => m.ministry, bodyLabels),
        field('deadline', 'date', Measure.shape.deadline, (m) => m.deadline),
        ...text<MeasureRow>('title', Measure.shape.title, (m) => m.title),
        ...figureColumns<MeasureRow>((m) => figures.byMeasure.get(m.id), false, timelyDays),
      ],
    };
    out.push(measureSet as Dataset);
  }
  out.push(...accountabilityDatasets(content, accountabilityOf(model), region));
  return out;
}

/** Datasets written for the country only, not per region (they are not about one region). */
export const nationalOnlyDatasets: ReadonlySet<string> = new Set(['measures', 'obligations']);
