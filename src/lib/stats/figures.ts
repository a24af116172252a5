/**
 * Every figure the site shows, computed in one place. Pages, feeds and
 * exports all call `computeFigures`, so a number never differs between them.
 * It runs for every set the site shows (country, region, district, category,
 * measure): one pass over the issues and one over the meetings.
 */
import { outcomeNotReported } from '../meetings/outcome.ts';
import { currentDeadline, currentFinancing, deadlineMoves, originalDeadline } from '../issues/changes.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { currentEvent } from '../content/indexes.ts';
import { isOverdue, statusTable } from '../issues/status.ts';
import { daysBetween, localDay, zoneOf } from '../time.ts';
import { type CategoryId, categoryIds, type StatusId, statusIds } from '../../vocabularies.ts';

export interface AnnouncementFigures {
  /** Held meetings considered. */
  held: number;
  /** Held meetings with at least one announcement. */
  announced: number;
  /** Held meetings without any announcement (held − announced). */
  notAnnounced: number;
  /** Held meetings whose earliest announcement came at least `timelyDays` days before the meeting's day (in its region's time). */
  timely: number;
  /** timely / held, or null when held is 0. */
  timelyShare: number | null;
  /** Median lead time in days (meeting day minus earliest announcement's published day) over announced held meetings, or null. */
  medianLeadDays: number | null;
  /** Announced held meetings by lead time, in the spans of `leadDayEdges` (they add up to `announced`). */
  leadDays: LeadDayBin[];
}

/** A span of whole days, `from` to `to` inclusive (`to` null: and more), with how many fall in it. */
export interface DayBin {
  from: number;
  to: number | null;
  count: number;
}

/** A span of announcement lead times; `timely` when every lead time in it meets the site's threshold. */
export interface LeadDayBin extends DayBin {
  timely: boolean;
}

/** Issues raised, and issues resolved, in one calendar month. */
export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  /** Issues raised that month. */
  raised: number;
  /** Currently resolved issues whose resolution (the current entry) is dated that month. */
  resolved: number;
}

/** Where the spans of days to resolution start: 0–7, 8–30, 31–90, 91–180, 181–365, 366 and more. */
export const resolveDayEdges = [0, 8, 31, 91, 181, 366] as const;

/**
 * Where the spans of announcement lead times start. The site's threshold is
 * always an edge, so each span is wholly on time or wholly late.
 */
export function leadDayEdges(timelyDays: number): number[] {
  return [...new Set([0, timelyDays, 7, 14, 30])].sort((a, b) => a - b);
}

/** Counts values into the spans that start at `edges` (ascending); a value below the first edge counts in the first span. */
export function binDays(values: readonly number[], edges: readonly number[]): DayBin[] {
  const bins: DayBin[] = edges.map((from, i) => ({ from, to: i + 1 < edges.length ? edges[i + 1]! - 1 : null, count: 0 }));
  for (const value of values) {
    let i = bins.length - 1;
    while (i > 0 && value < edges[i]!) i -= 1;
    bins[i]!.count += 1;
  }
  return bins;
}

/** Every month from `first` to `last` (`YYYY-MM`), in order. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export interface Figures {
  /** Every issue of the set, whatever its status (duplicates included). */
  issues: number;
  /** Issues by current status, zero-filled over every status. */
  byStatus: Record<StatusId, number>;
  /** Issues by category, zero-filled over every category. */
  byCategory: Record<CategoryId, number>;
  /** Issues whose current status is closed (resolved, explained, declined, duplicate). */
  closed: number;
  /** Issues whose current status is resolved. */
  resolved: number;
  /** resolved / issues, or null when there are no issues. */
  resolvedShare: number | null;
  /** Open issues past their current deadline on the build day (the deadline day itself is not overdue). */
  overdue: number;
  /** Open issues past the first deadline they were given, however often it was moved since. */
  overdueAgainstOriginal: number;
  /** Issues whose deadline was moved at least once. */
  issuesWithMovedDeadline: number;
  /** Deadline moves, all issues together (an issue moved twice counts twice). */
  deadlineMoves: number;
  /** Median over currently resolved issues of the days from `raised` to the last resolved entry, or null. */
  medianDaysToResolve: number | null;
  /** Sum of the current financing's `amountKzt` over issues whose current financing has a maslikhat decision. */
  moneyDecidedKzt: number;
  /** `moneyDecidedKzt` by category, zero-filled over every category. */
  moneyDecidedByCategory: Record<CategoryId, number>;
  /** Issues raised and resolved per month, every month from the first to the last that has either, zero-filled. */
  byMonth: MonthFigures[];
  /** Currently resolved issues by days from `raised` to resolution, in the spans of `resolveDayEdges` (they add up to `resolved`). */
  daysToResolve: DayBin[];
  /** Meetings with status held. */
  meetingsHeld: number;
  /** Scheduled or postponed meetings whose (new) start is on the build day or later. */
  meetingsUpcoming: number;
  /** Meetings whose day has passed with no outcome recorded (still scheduled, or postponed to a day gone by). */
  meetingsNotReported: number;
  /** Held meetings outside their oblast's administrative centre. */
  meetingsOutsideCentre: number;
  /** meetingsOutsideCentre over held meetings in an oblast (cities of republican significance left out), or null. */
  meetingsOutsideCentreShare: number | null;
  /** How held meetings were announced. */
  announcements: AnnouncementFigures;
}

export interface FigureInput {
  issues: readonly Issue[];
  meetings: readonly Meeting[];
  /** Build day, `YYYY-MM-DD` in Asia/Almaty. */
  asOf: string;
  /** Days before a meeting an announcement must come to count as timely (site settings). */
  timelyDays: number;
  /** true/false for meetings in an oblast (in its administrative centre or not); undefined for cities of republican significance, which have no "outside". */
  isInRegionalCentre: (m: Meeting) => boolean | undefined;
}

function zeroFilled<K extends string>(keys: readonly K[]): Record<K, number> {
  const record = {} as Record<K, number>;
  for (const k of keys) record[k] = 0;
  return record;
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Median of numbers (mean of the two middle values for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Meeting's lead time in days from its earliest announcement, or undefined
 * when it has none: the Almaty day of `start` minus the earliest `published`
 * day. Negative when every announcement came after the meeting.
 */
export function leadTimeDays(m: Meeting): number | undefined {
  let earliest: string | undefined;
  for (const a of m.announcements) if (earliest === undefined || a.published < earliest) earliest = a.published;
  return earliest === undefined ? undefined : announcementLeadDays(m, earliest);
}

/** Days from an announcement's publication to the day of the meeting it announced, in the meeting's region's time on that date. */
export function announcementLeadDays(m: Meeting, published: string): number {
  return daysBetween(published, localDay(m.start, zoneOf(m.place.region)));
}

/** Every figure for one set of issues and meetings (a country, region, district, category or measure). */
export function computeFigures(input: FigureInput): Figures {
  const { asOf, timelyDays, isInRegionalCentre } = input;

  const byStatus = zeroFilled(statusIds);
  const byCategory = zeroFilled(categoryIds);
  const moneyDecidedByCategory = zeroFilled(categoryIds);
  const raisedByMonth = new Map<string, number>();
  const resolvedByMonth = new Map<string, number>();
  let closed = 0;
  let overdue = 0;
  let overdueAgainstOriginal = 0;
  let issuesWithMovedDeadline = 0;
  let movesTotal = 0;
  let moneyDecidedKzt = 0;
  const daysToResolve: number[] = [];
  for (const issue of input.issues) {
    const event = currentEvent(issue);
    const status = event.status;
    byStatus[status] += 1;
    byCategory[issue.category] += 1;
    if (statusTable[status].closed) closed += 1;
    else {
      if (isOverdue(status, currentDeadline(issue), asOf)) overdue += 1;
      if (isOverdue(status, originalDeadline(issue), asOf)) overdueAgainstOriginal += 1;
    }
    const moves = deadlineMoves(issue);
    if (moves > 0) {
      issuesWithMovedDeadline += 1;
      movesTotal += moves;
    }
    // The current entry is resolved, so it is the last resolved entry (after any reopening).
    if (status === 'resolved') {
      daysToResolve.push(daysBetween(issue.raised, event.date));
      const month = event.date.slice(0, 7);
      resolvedByMonth.set(month, (resolvedByMonth.get(month) ?? 0) + 1);
    }
    const month = issue.raised.slice(0, 7);
    raisedByMonth.set(month, (raisedByMonth.get(month) ?? 0) + 1);
    const financing = currentFinancing(issue);
    if (financing?.decision !== undefined) {
      moneyDecidedKzt += financing.amountKzt;
      moneyDecidedByCategory[issue.category] += financing.amountKzt;
    }
  }

  let held = 0;
  let upcoming = 0;
  let notReported = 0;
  let outside = 0;
  let inOblast = 0;
  let announced = 0;
  let timely = 0;
  const leadDays: number[] = [];
  for (const m of input.meetings) {
    if (m.status === 'held') {
      held += 1;
      const inCentre = isInRegionalCentre(m);
      if (inCentre !== undefined) {
        inOblast += 1;
        if (!inCentre) outside += 1;
      }
      const lead = leadTimeDays(m);
      if (lead !== undefined) {
        announced += 1;
        leadDays.push(lead);
        if (lead >= timelyDays) timely += 1;
      }
    } else if (m.status === 'scheduled' || m.status === 'postponed') {
      if (localDay(m.newStart ?? m.start, zoneOf(m.place.region)) >= asOf) upcoming += 1;
      if (outcomeNotReported(m, asOf)) notReported += 1;
    }
  }

  const issues = input.issues.length;
  const resolved = byStatus.resolved;
  const monthKeys = [...raisedByMonth.keys(), ...resolvedByMonth.keys()].sort();
  const byMonth =
    monthKeys.length === 0
      ? []
      : monthsBetween(monthKeys[0]!, monthKeys[monthKeys.length - 1]!).map((month) => ({
          month,
          raised: raisedByMonth.get(month) ?? 0,
          resolved: resolvedByMonth.get(month) ?? 0,
        }));
  const leadBins = binDays(leadDays, leadDayEdges(timelyDays)).map((bin) => ({ ...bin, timely: bin.from >= timelyDays }));
  return {
    issues,
    byStatus,
    byCategory,
    closed,
    resolved,
    resolvedShare: share(resolved, issues),
    overdue,
    overdueAgainstOriginal,
    issuesWithMovedDeadline,
    deadlineMoves: movesTotal,
    medianDaysToResolve: median(daysToResolve),
    moneyDecidedKzt,
    moneyDecidedByCategory,
    byMonth,
    daysToResolve: binDays(daysToResolve, resolveDayEdges),
    meetingsHeld: held,
    meetingsUpcoming: upcoming,
    meetingsNotReported: notReported,
    meetingsOutsideCentre: outside,
    meetingsOutsideCentreShare: share(outside, inOblast),
    announcements: {
      held,
      announced,
      notAnnounced: held - announced,
      timely,
      timelyShare: share(timely, held),
      medianLeadDays: median(leadDays),
      leadDays: leadBins,
    },
  };
}
