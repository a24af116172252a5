/**
 * The open-data tables of accountability: the regions' calendars (one row per
 * planned meeting as the corrections leave it, and one per correction), the
 * rules table (one row per version and frequency) and compliance (one row per
 * office and period). Every figure is read from the one `Accountability` of
 * the build (src/lib/accountability/compute.ts), never computed here: a
 * count is the length of the list the computation gives, a percentage is the
 * computation's `Share.percent`, empty where the share rests on fewer than 5
 * events.
 */
import type { Accountability, Coverage, HolderFigures, IssueHandling, Period, ScopeFigures, Share } from '../accountability/compute.ts';
import { type EntryResult } from '../accountability/calendar.ts';
import type { HolderRef } from '../accountability/holders.ts';
import { minimumForPercent } from '../accountability/share.ts';
import type { Meaning } from '../../schemas/common.ts';
import { Calendar, CalendarEntry, CalendarMoved, MaslikhatReference, PlannedWindow, type CalendarCorrection } from '../../schemas/calendar.ts';
import { RulesVersion, type Frequency } from '../../schemas/obligations.ts';
import { channelLabels, correctionKindLabels, coverageMeasureLabels, entryKindLabels, entryOutcomeLabels, holderLevelLabels, labels, maslikhatActLabels, obligationHolderLabels, obligationPlaceLabels, periodKindLabels } from '../i18n/labels.ts';
import { bodies } from '../taxonomy/bodies.ts';
import { counted } from '../i18n/plural.ts';
import type { Content } from '../content/load.ts';
import { allowed, field, text, type Cell, type Column, type Dataset } from './datasets.ts';
import { announcementChannels, type Language, bodyIds, calendarCorrectionKinds, calendarEntryKinds, coverageMeasures, entryOutcomes, holderLevels, maslikhatActs, type ObligationHolder, obligationHolders, obligationPeriods, obligationPlaces } from '../../vocabularies.ts';
import { describes, inEvery, sameInEvery } from '../../schemas/common.ts';

/** A meaning with more said after a semicolon, in every language. */
const say = (what: Meaning, more: Meaning): Meaning => inEvery((lang) => `${what[lang]}; ${more[lang]}`);

/** The percentage of a share as the computation gives it: 0–100 with one decimal, none under 5 events. */
const percentOf = (what: Meaning): Meaning => say(what, describes('dataset.share.percent', { minimum: minimumForPercent }));

/** Columns `{name}` (count), `{name}_of` (of how many) and `{name}_percent` of a share. */
function shareColumns<R>(name: string, what: Meaning, of: Meaning, get: (row: R) => Share | undefined): Column<R>[] {
  return [
    { name, type: 'integer', description: what, value: (r) => get(r)?.count ?? null },
    { name: `${name}_of`, type: 'integer', description: of, value: (r) => get(r)?.of ?? null },
    { name: `${name}_percent`, type: 'number', description: percentOf(sameInEvery(`${name} ÷ ${name}_of`)), value: (r) => get(r)?.percent ?? null },
  ];
}

/** The `_of` of a share that is another column's count. */
const ofAll = (column: string): Meaning => describes('dataset.share.ofAll', { column });

/** The channels' ids with their names, for a list column (a list cell cannot be an enumeration in the JSON Schema). */
const channelList = (lang: Language): string => announcementChannels.map((c) => `${c} (${channelLabels[c][lang]})`).join(', ');

const list = (ids: readonly string[] | undefined): Cell => (ids === undefined || ids.length === 0 ? null : ids.join(' '));

/** The calendar a correction or entry belongs to: `abay/2026`. */
export const calendarKey = (c: Pick<Calendar, 'region' | 'year'>): string => `${c.region}/${c.year}`;

/** One correction of a calendar, with its place in the calendar's list. */
export interface CorrectionRow {
  calendar: Calendar;
  seq: number;
  correction: CalendarCorrection;
}

/** One office in one period: its figures, the coverage of the rule period that is this period (if any) and, for an akimat, its issue handling. */
export interface ComplianceRow {
  holder: HolderRef;
  period: Period;
  figures: HolderFigures;
  coverage?: Coverage;
  handling?: IssueHandling;
}

/** The rows of compliance, office by office in the order the computation met them, each with every period of `acc.periods`. */
export function complianceRows(acc: Accountability, region?: string): ComplianceRow[] {
  const keys = region === undefined ? [...acc.byHolder.keys()] : (acc.holdersOfRegion.get(region) ?? []);
  const out: ComplianceRow[] = [];
  for (const key of keys) {
    const byPeriod = acc.byHolder.get(key);
    const holder = acc.holders.get(key);
    if (byPeriod === undefined || holder === undefined) continue;
    for (const period of acc.periods) {
      const figures = byPeriod.get(period.id);
      if (figures === undefined) continue;
      const coverage = acc.coverage.get(key)?.get(period.id);
      const handling = acc.handling.get(key)?.get(period.id);
      out.push({ holder, period, figures, ...(coverage === undefined ? {} : { coverage }), ...(handling === undefined ? {} : { handling }) });
    }
  }
  return out;
}

/** Every planned meeting's row of content: the entry as approved or added. */
function entriesOf(calendars: readonly Calendar[]): Map<string, CalendarEntry> {
  const out = new Map<string, CalendarEntry>();
  for (const c of calendars) {
    for (const e of c.entries) out.set(e.id, e);
    for (const k of c.corrections) if (k.kind === 'added' && !out.has(k.entry.id)) out.set(k.entry.id, k.entry);
  }
  return out;
}

/** The accountability datasets: calendar entries and corrections, the rules table (country only) and compliance. */
export function accountabilityDatasets(content: Pick<Content, 'calendars' | 'obligations' | 'site'>, acc: Accountability, region?: string): Dataset[] {
  const calendars = content.calendars.filter((c) => region === undefined || c.region === region);
  const raw = entriesOf(calendars);
  const entries = [...acc.entries.values()].filter((e) => region === undefined || e.region === region);
  const entryShape = CalendarEntry.shape;
  const window = PlannedWindow.shape;
  const place = entryShape.place.shape;
  const outcomes = allowed(entryOutcomes, (id) => entryOutcomeLabels[id]);

  const entrySet: Dataset<EntryResult> = {
    name: 'calendar-entries',
    description: describes('dataset.calendar-entries'),
    rows: entries,
    columns: [
      field('id', 'string', entryShape.id, (e) => e.id),
      field('region', 'string', Calendar.shape.region, (e) => e.region),
      { name: 'year', type: 'integer', description: describes('dataset.calendar-entries.year'), value: (e) => e.calendarYear },
      {
        name: 'holder',
        type: 'string',
        description: describes('dataset.calendar-entries.holder'),
        value: (e) => e.holder ?? null,
      },
      field('holder_level', 'string', entryShape.holder.shape.level, (e) => raw.get(e.id)?.holder.level ?? null, allowed(holderLevels, (id) => holderLevelLabels[id])),
      field('holder_district', 'string', entryShape.holder.shape.district, (e) => raw.get(e.id)?.holder.district ?? null),
      { name: 'district', type: 'string', description: describes('dataset.calendar-entries.district'), value: (e) => e.place.district ?? null },
      field('settlement_kato', 'string', place.settlement.unwrap().shape.kato, (e) => e.place.settlement?.kato ?? null),
      { name: 'planned_first_from', type: 'date', description: describes('dataset.calendar-entries.planned_first_from'), value: (e) => e.plannedFirst.from },
      { name: 'planned_first_to', type: 'date', description: describes('dataset.calendar-entries.planned_first_to'), value: (e) => e.plannedFirst.to },
      field('planned_from', 'date', window.from, (e) => e.planned.from),
      field('planned_to', 'date', window.to, (e) => e.planned.to),
      { name: 'kind', type: 'string', description: describes('dataset.calendar-entries.kind'), values: allowed(calendarEntryKinds, (id) => entryKindLabels[id]), value: (e) => e.kind },
      { name: 'added', type: 'date', description: describes('dataset.calendar-entries.added'), value: (e) => e.added ?? null },
      { name: 'moves', type: 'integer', description: describes('dataset.calendar-entries.moves'), value: (e) => e.moves.length },
      { name: 'moved', type: 'list', description: describes('dataset.calendar-entries.moved'), value: (e) => list(e.moves) },
      { name: 'dropped', type: 'date', description: describes('dataset.calendar-entries.dropped'), value: (e) => e.dropped ?? null },
      {
        name: 'outcome',
        type: 'string',
        description: describes('dataset.calendar-entries.outcome'),
        values: outcomes,
        value: (e) => e.outcome,
      },
      { name: 'meeting_id', type: 'string', description: describes('dataset.calendar-entries.meeting_id'), value: (e) => e.meeting ?? null },
      { name: 'meeting_day', type: 'date', description: describes('dataset.calendar-entries.meeting_day'), value: (e) => e.meetingDay ?? null },
      { name: 'meetings', type: 'list', description: describes('dataset.calendar-entries.meetings'), value: (e) => list(e.meetings) },
    ],
  };

  const maslikhat = MaslikhatReference.shape;
  // The three kinds of correction share date and reason: their meaning is read from one of them.
  const common = CalendarMoved.shape;
  const correctionSet: Dataset<CorrectionRow> = {
    name: 'calendar-corrections',
    description: describes('dataset.calendar-corrections'),
    rows: calendars.flatMap((calendar) => calendar.corrections.map((correction, n) => ({ calendar, seq: n + 1, correction }))),
    columns: [
      { name: 'calendar', type: 'string', description: describes('dataset.calendar-corrections.calendar'), value: (c) => calendarKey(c.calendar) },
      field('region', 'string', Calendar.shape.region, (c) => c.calendar.region),
      { name: 'year', type: 'integer', description: describes('dataset.calendar-corrections.year'), value: (c) => c.calendar.year },
      { name: 'seq', type: 'integer', description: describes('dataset.calendar-corrections.seq'), value: (c) => c.seq },
      field('date', 'date', common.date, (c) => c.correction.date),
      { name: 'kind', type: 'string', description: describes('dataset.calendar-corrections.kind'), values: allowed(calendarCorrectionKinds, (id) => correctionKindLabels[id]), value: (c) => c.correction.kind },
      field('entry', 'string', entryShape.id, (c) => (c.correction.kind === 'added' ? c.correction.entry.id : c.correction.entry)),
      field('maslikhat_act', 'string', maslikhat.act, (c) => c.correction.maslikhat.act, allowed(maslikhatActs, (id) => maslikhatActLabels[id])),
      field('maslikhat_session', 'string', maslikhat.session, (c) => c.correction.maslikhat.session),
      field('maslikhat_date', 'date', maslikhat.date, (c) => c.correction.maslikhat.date),
      field('maslikhat_number', 'string', maslikhat.number, (c) => c.correction.maslikhat.number),
      field('maslikhat_url', 'url', maslikhat.url, (c) => c.correction.maslikhat.url ?? null),
      ...text<CorrectionRow>('reason', common.reason, (c) => c.correction.reason),
      {
        name: 'planned_from',
        type: 'date',
        description: describes('dataset.calendar-corrections.planned_from'),
        value: (c) => (c.correction.kind === 'moved' ? c.correction.planned.from : c.correction.kind === 'added' ? c.correction.entry.planned.from : null),
      },
      {
        name: 'planned_to',
        type: 'date',
        description: describes('dataset.calendar-corrections.planned_to'),
        value: (c) => (c.correction.kind === 'moved' ? c.correction.planned.to : c.correction.kind === 'added' ? c.correction.entry.planned.to : null),
      },
    ],
  };

  const out: Dataset[] = [entrySet as Dataset, correctionSet as Dataset];

  if (region === undefined) {
    type RuleRow = { version: RulesVersion; frequency: Frequency };
    const v = RulesVersion.shape;
    const ruleSet: Dataset<RuleRow> = {
      name: 'obligations',
      description: describes('dataset.obligations'),
      rows: content.obligations.flatMap((version) => version.frequencies.map((frequency) => ({ version, frequency }))),
      columns: [
        field('version', 'string', v.id, (r) => r.version.id),
        field('effective', 'date', v.effective, (r) => r.version.effective),
        ...text<RuleRow>('source', v.source.shape.title, (r) => r.version.source.title),
        { name: 'source_url', type: 'url', description: describes('dataset.obligations.source_url'), value: (r) => r.version.source.url ?? null },
        { name: 'approve_by', type: 'string', description: describes('dataset.obligations.approve_by'), value: (r) => r.version.calendar.approveBy },
        { name: 'calendar_maslikhat', type: 'string', description: describes('dataset.obligations.calendar_maslikhat'), values: allowed(maslikhatActs, (id) => maslikhatActLabels[id]), value: (r) => r.version.calendar.maslikhat },
        { name: 'channels', type: 'list', description: describes('dataset.obligations.channels', { channels: inEvery(channelList) }), value: (r) => r.version.channels.join(' ') },
        { name: 'holder', type: 'string', description: describes('dataset.obligations.holder'), values: allowed(obligationHolders, (id) => obligationHolderLabels[id]), value: (r) => r.frequency.holder },
        { name: 'places', type: 'string', description: describes('dataset.obligations.places'), values: allowed(obligationPlaces, (id) => obligationPlaceLabels[id]), value: (r) => r.frequency.places },
        { name: 'every', type: 'string', description: describes('dataset.obligations.every'), values: allowed(obligationPeriods, (id) => periodKindLabels[id]), value: (r) => r.frequency.every },
        { name: 'times', type: 'integer', description: describes('dataset.obligations.times'), value: (r) => r.frequency.times },
        ...text<RuleRow>('note', describes('dataset.obligations.note'), (r) => r.frequency.note),
      ],
    };
    out.push(ruleSet as Dataset);
  }

  const timely = content.site.timelyAnnouncementDays;
  const reportingDays = content.site.reportingDays;
  const adherence = (r: ComplianceRow) => r.figures.adherence;
  const ann = (r: ComplianceRow) => r.figures.announcements;
  const rep = (r: ComplianceRow) => r.figures.reporting;
  const places = (r: ComplianceRow) => (r.coverage?.measure === 'places' ? r.coverage : undefined);
  const held = (r: ComplianceRow) => (r.coverage === undefined || r.coverage.measure === 'places' ? undefined : r.coverage.held.length);
  const count = (what: Meaning, get: (r: ComplianceRow) => number | undefined, name: string): Column<ComplianceRow> => ({ name, type: 'integer', description: what, value: (r) => get(r) ?? null });
  const akimatOnly: Meaning = describes('dataset.compliance.akimatOnly');
  const coverageOnly: Meaning = describes('dataset.compliance.coverageOnly');
  const complianceSet: Dataset<ComplianceRow> = {
    name: 'compliance',
    description: describes('dataset.compliance'),
    rows: complianceRows(acc, region),
    columns: [
      { name: 'holder', type: 'string', description: describes('dataset.compliance.holder'), value: (r) => r.holder.key },
      { name: 'role', type: 'string', description: describes('dataset.compliance.role'), values: allowed(obligationHolders, (id: ObligationHolder) => obligationHolderLabels[id]), value: (r) => r.holder.role },
      { name: 'region', type: 'string', description: describes('dataset.compliance.region'), value: (r) => r.holder.region ?? null },
      { name: 'district', type: 'string', description: describes('dataset.compliance.district'), value: (r) => r.holder.district ?? null },
      { name: 'okrug_kato', type: 'string', description: describes('dataset.compliance.okrug_kato'), value: (r) => r.holder.okrug ?? null },
      { name: 'body', type: 'string', description: describes('dataset.compliance.body'), values: allowed(bodyIds, (id) => labels('body', id)), value: (r) => r.holder.body ?? null },
      { name: 'period', type: 'string', description: describes('dataset.compliance.period'), value: (r) => r.period.id },
      { name: 'period_kind', type: 'string', description: describes('dataset.compliance.period_kind'), values: allowed(obligationPeriods, (id) => periodKindLabels[id]), value: (r) => r.period.kind },
      { name: 'period_first', type: 'date', description: describes('dataset.compliance.period_first'), value: (r) => r.period.first },
      { name: 'period_last', type: 'date', description: describes('dataset.compliance.period_last'), value: (r) => r.period.last },
      { name: 'rules_version', type: 'string', description: describes('dataset.compliance.rules_version'), value: (r) => r.figures.version ?? null },
      count(describes('dataset.compliance.planned'), (r) => adherence(r).planned.length, 'planned'),
      count(describes('dataset.compliance.on_time'), (r) => adherence(r).onTime.length, 'on_time'),
      count(describes('dataset.compliance.late'), (r) => adherence(r).late.length, 'late'),
      count(describes('dataset.compliance.not_held'), (r) => adherence(r).notHeld.length, 'not_held'),
      count(describes('dataset.compliance.dropped'), (r) => adherence(r).dropped.length, 'dropped'),
      count(describes('dataset.compliance.not_yet_due'), (r) => adherence(r).notYetDue.length, 'not_yet_due'),
      count(describes('dataset.compliance.moved'), (r) => adherence(r).moved.length, 'moved'),
      count(describes('dataset.compliance.moves'), (r) => adherence(r).moves, 'moves'),
      ...shareColumns<ComplianceRow>(
        'on_time_share',
        describes('dataset.compliance.on_time_share'),
        describes('dataset.compliance.on_time_share_of'),
        (r) => adherence(r).onTimeShare,
      ),
      count(describes('dataset.compliance.outside_calendar'), (r) => adherence(r).outsideCalendar.length, 'outside_calendar'),
      count(describes('dataset.compliance.outside_calendar_no_reason'), (r) => adherence(r).outsideCalendarNoReason.length, 'outside_calendar_no_reason'),
      { name: 'coverage_measure', type: 'string', description: say(describes('dataset.compliance.coverage_measure'), coverageOnly), values: allowed(coverageMeasures, (id) => coverageMeasureLabels[id]), value: (r) => r.coverage?.measure ?? null },
      { name: 'coverage_places', type: 'string', description: say(describes('dataset.compliance.coverage_places'), coverageOnly), values: allowed(obligationPlaces, (id) => obligationPlaceLabels[id]), value: (r) => r.coverage?.places ?? null },
      { name: 'coverage_times', type: 'integer', description: say(describes('dataset.compliance.coverage_times'), coverageOnly), value: (r) => r.coverage?.times ?? null },
      { name: 'coverage_complete', type: 'boolean', description: say(describes('dataset.compliance.coverage_complete'), coverageOnly), value: (r) => r.coverage?.complete ?? null },
      ...shareColumns<ComplianceRow>(
        'coverage_covered',
        say(describes('dataset.compliance.coverage_covered'), coverageOnly),
        describes('dataset.compliance.coverage_covered_of'),
        (r) => places(r)?.covered,
      ),
      { name: 'coverage_not_covered', type: 'list', description: say(describes('dataset.compliance.coverage_not_covered'), coverageOnly), value: (r) => list(places(r)?.notCovered) },
      { name: 'coverage_held', type: 'integer', description: say(describes('dataset.compliance.coverage_held'), coverageOnly), value: (r) => held(r) ?? null },
      { name: 'coverage_met', type: 'boolean', description: say(describes('dataset.compliance.coverage_met'), coverageOnly), value: (r) => (r.coverage?.measure === 'anywhere' ? r.coverage.met : null) },
      count(describes('dataset.compliance.announced_meetings'), (r) => ann(r).meetings.length, 'announced_meetings'),
      ...shareColumns<ComplianceRow>('announced', describes('dataset.compliance.announced'), ofAll('announced_meetings'), (r) => ann(r).announced),
      ...shareColumns<ComplianceRow>(
        'timely',
        describes('dataset.compliance.timely', { days: inEvery((lang) => counted(lang, timely, 'days')) }),
        ofAll('announced_meetings'),
        (r) => ann(r).timely,
      ),
      ...shareColumns<ComplianceRow>(
        'all_channels',
        describes('dataset.compliance.all_channels'),
        ofAll('announced_meetings'),
        (r) => ann(r).allChannels,
      ),
      { name: 'median_lead_days', type: 'number', description: describes('dataset.compliance.median_lead_days'), value: (r) => ann(r).medianLeadDays },
      count(describes('dataset.compliance.held'), (r) => rep(r).held.length, 'held'),
      ...shareColumns<ComplianceRow>(
        'outcome_on_time',
        describes('dataset.compliance.outcome_on_time', { days: inEvery((lang) => counted(lang, reportingDays, 'days')) }),
        ofAll('held'),
        (r) => rep(r).outcomeOnTime,
      ),
      ...shareColumns<ComplianceRow>(
        'minutes_on_time',
        describes('dataset.compliance.minutes_on_time', { days: inEvery((lang) => counted(lang, reportingDays, 'days')) }),
        ofAll('held'),
        (r) => rep(r).minutesOnTime,
      ),
      count(describes('dataset.compliance.no_minutes'), (r) => rep(r).noMinutes.length, 'no_minutes'),
      count(describes('dataset.compliance.not_reported'), (r) => rep(r).notReported.length, 'not_reported'),
      count(say(describes('dataset.compliance.issues_raised'), akimatOnly), (r) => r.handling?.raised.length, 'issues_raised'),
      ...shareColumns<ComplianceRow>('issues_resolved', say(describes('dataset.compliance.issues_resolved'), akimatOnly), ofAll('issues_raised'), (r) => r.handling?.resolvedShare),
      ...shareColumns<ComplianceRow>('issues_overdue', say(describes('dataset.compliance.issues_overdue'), akimatOnly), ofAll('issues_raised'), (r) => r.handling?.overdueShare),
      { name: 'median_days_to_resolve', type: 'number', description: say(describes('dataset.compliance.median_days_to_resolve'), akimatOnly), value: (r) => r.handling?.medianDaysToResolve ?? null },
      count(say(describes('dataset.compliance.deadline_moves'), akimatOnly), (r) => r.handling?.deadlineMoves, 'deadline_moves'),
      count(say(describes('dataset.compliance.issues_moved_deadline'), akimatOnly), (r) => r.handling?.movedDeadline.length, 'issues_moved_deadline'),
      count(say(moneyMeaning, akimatOnly), (r) => r.handling?.moneyDecidedKzt, 'money_decided_kzt'),
    ],
  };
  out.push(complianceSet as Dataset);

  // Totals of the country and each region: the compliance columns the totals share with an office, coverage added up, and every issue raised there.
  const scopeColumns = new Set(['holder', 'role', 'region', 'district', 'okrug_kato', 'body', 'period', 'period_kind', 'period_first', 'period_last', 'rules_version']);
  const shared = complianceSet.columns.filter((c) => !scopeColumns.has(c.name) && !c.name.startsWith('coverage_'));
  const everyIssue: Meaning = describes('dataset.accountability-totals.everyIssue');
  const totalsSet: Dataset<TotalsRow> = {
    name: 'accountability-totals',
    description: describes('dataset.accountability-totals'),
    rows: totalsRows(acc, region),
    columns: [
      { name: 'scope', type: 'string', description: describes('dataset.accountability-totals.scope'), values: allowed(['national', 'region'] as const, (id) => (id === 'national' ? describes('dataset.accountability-totals.scope.national') : describes('dataset.accountability-totals.scope.region'))), value: (t) => (t.region === undefined ? 'national' : 'region') },
      { name: 'region', type: 'string', description: describes('dataset.accountability-totals.region'), value: (t) => t.region ?? null },
      { name: 'period', type: 'string', description: describes('dataset.accountability-totals.period'), value: (t) => t.figures.period.id },
      { name: 'period_kind', type: 'string', description: describes('dataset.accountability-totals.period_kind'), values: allowed(obligationPeriods, (id) => periodKindLabels[id]), value: (t) => t.figures.period.kind },
      { name: 'period_first', type: 'date', description: describes('dataset.accountability-totals.period_first'), value: (t) => t.figures.period.first },
      { name: 'period_last', type: 'date', description: describes('dataset.accountability-totals.period_last'), value: (t) => t.figures.period.last },
      { name: 'rules_version', type: 'string', description: describes('dataset.accountability-totals.rules_version'), value: (t) => t.figures.version ?? null },
      ...shared.map((c): Column<TotalsRow> => ({ ...c, description: c.name.startsWith('issues_') || c.name === 'median_days_to_resolve' || c.name === 'deadline_moves' || c.name === 'money_decided_kzt' ? say(c.description, describes('dataset.accountability-totals.akimatsTogether')) : c.description, value: (t) => c.value(t.asRow) })),
      ...shareColumns<TotalsRow>(
        'places_covered',
        describes('dataset.accountability-totals.places_covered'),
        describes('dataset.accountability-totals.places_covered_of'),
        (t) => t.figures.coverage.places,
      ),
      ...shareColumns<TotalsRow>(
        'holders_all_covered',
        describes('dataset.accountability-totals.holders_all_covered'),
        describes('dataset.accountability-totals.holders_all_covered_of'),
        (t) => t.figures.coverage.holdersAllCovered,
      ),
      { name: 'not_measured', type: 'integer', description: describes('dataset.accountability-totals.not_measured'), value: (t) => t.figures.coverage.notMeasured },
      { name: 'no_data', type: 'integer', description: describes('dataset.accountability-totals.no_data'), value: (t) => t.figures.coverage.noData },
      count2('all_issues_raised', say(describes('dataset.accountability-totals.all_issues_raised'), everyIssue), (t) => t.figures.issues.raised.length),
      ...shareColumns<TotalsRow>('all_issues_resolved', say(describes('dataset.accountability-totals.all_issues_resolved'), everyIssue), ofAll('all_issues_raised'), (t) => t.figures.issues.resolvedShare),
      ...shareColumns<TotalsRow>('all_issues_overdue', say(describes('dataset.accountability-totals.all_issues_overdue'), everyIssue), ofAll('all_issues_raised'), (t) => t.figures.issues.overdueShare),
      { name: 'all_issues_median_days_to_resolve', type: 'number', description: say(describes('dataset.accountability-totals.all_issues_median_days_to_resolve'), everyIssue), value: (t) => t.figures.issues.medianDaysToResolve },
      count2('all_issues_money_decided_kzt', say(moneyMeaning, everyIssue), (t) => t.figures.issues.moneyDecidedKzt),
    ],
  };
  out.push(totalsSet as Dataset);
  return out;
}

const moneyMeaning: Meaning = describes('dataset.compliance.money');

const count2 = <R>(name: string, description: Meaning, value: (r: R) => number): Column<R> => ({ name, type: 'integer', description, value });

/** One scope's totals in one period: the country's (no region) or a region's. */
export interface TotalsRow {
  region?: string;
  figures: ScopeFigures;
  /** The totals as a compliance row, for the columns they share with an office. */
  asRow: ComplianceRow;
}

/** The totals' rows: the country's (unless a region is asked for) and each region's, every period of `acc.periods`. */
export function totalsRows(acc: Accountability, region?: string): TotalsRow[] {
  const out: TotalsRow[] = [];
  const add = (figures: ScopeFigures, slug?: string) => {
    const holder: HolderRef = { key: '', role: 'region-akim' };
    const asRow: ComplianceRow = {
      holder,
      period: figures.period,
      figures: { holder, period: figures.period, ...(figures.version === undefined ? {} : { version: figures.version }), adherence: figures.adherence, announcements: figures.announcements, reporting: figures.reporting, coverage: [] },
      handling: figures.handling,
    };
    out.push({ ...(slug === undefined ? {} : { region: slug }), figures, asRow });
  };
  for (const p of acc.periods) {
    const f = region === undefined ? acc.national.get(p.id) : undefined;
    if (f !== undefined) add(f);
  }
  for (const [slug, byPeriod] of acc.regions) {
    if (region !== undefined && slug !== region) continue;
    for (const p of acc.periods) {
      const f = byPeriod.get(p.id);
      if (f !== undefined) add(f, slug);
    }
  }
  return out;
}
