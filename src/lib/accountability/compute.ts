/**
 * Every accountability figure of the site, computed once: how each akim and
 * minister kept the approved calendar and the rules (content/obligations),
 * period by period. Pages, open data and the API all read the one
 * `Accountability` that `accountability(content, asOf)` returns, so a
 * figure never differs between them. Definitions: docs of each type below,
 * and the methodology page.
 *
 * Cost: one pass over the meetings, the calendar entries and the issues puts
 * each into the buckets of its office (and its region's and the country's
 * totals) for its year, half-year and quarter; figures are then computed per
 * bucket. Nothing walks all meetings or issues per holder or per period.
 */
import type { Calendar } from '../../schemas/calendar.ts';
import type { District } from '../../schemas/district.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { RulesVersion } from '../../schemas/obligations.ts';
import type { Region } from '../../schemas/region.ts';
import type { Settlement } from '../../schemas/settlement.ts';
import type { Content } from '../content/load.ts';
import { currentDeadline, currentFinancing, deadlineMoves } from '../issues/changes.ts';
import { isOverdue } from '../issues/status.ts';
import { outcomeNotReported } from '../meetings/outcome.ts';
import { median } from '../stats/figures.ts';
import { bodies } from '../taxonomy/bodies.ts';
import { daysBetween, localDay, zoneOf } from '../time.ts';
import { resolveCalendar, type EntryResult, type HeldLink } from './calendar.ts';
import { entryHolder, holderOf, meetingHolder, type HolderRef } from './holders.ts';
import { contentPeriods, overlaps, periodsOfDay, rulePeriodsIn, versionOn, type Period, type RulePeriod } from './rules.ts';
import { share, type Share } from './share.ts';
import { type announcementChannels, type BodyId, bodyIds, type ObligationHolder, type ObligationPlace, type StatusId, statusIds } from '../../vocabularies.ts';

export type { EntryResult } from './calendar.ts';
export type { Period, PeriodKind, RulePeriod } from './rules.ts';
export type { Share } from './share.ts';

/** An announcement channel (newspaper, radio, website, …). */
export type Channel = (typeof announcementChannels)[number];

/** What the computation reads: the loaded content (src/lib/content/load.ts) or any part of it with these fields. */
export type AccountabilityInput = Pick<Content, 'site' | 'regions' | 'districts' | 'settlements' | 'meetings' | 'issues' | 'minutes' | 'calendars' | 'obligations'>;

/** How a holder kept the approved calendar in a period. Every list holds ids: calendar entries (`c-…`) or meetings (`m-…`). */
export interface Adherence {
  /** Entries whose current planned start falls in the period, whatever became of them. */
  planned: string[];
  /** Held on or before the last day of the current planned window. */
  onTime: string[];
  /** Held after it. */
  late: string[];
  /** Not held, and the window is over. */
  notHeld: string[];
  /** Dropped by a correction. */
  dropped: string[];
  /** Not held yet, and the window is not over. */
  notYetDue: string[];
  /** Entries moved at least once (any outcome). */
  moved: string[];
  /** Moves of those entries all together (an entry moved twice counts twice). */
  moves: number;
  /** onTime of the entries that were due: onTime + late + notHeld. */
  onTimeShare: Share;
  /** Held meetings of the holder with no calendar entry (akims only). */
  outsideCalendar: string[];
  /** Those of them that give no reason (`outsideCalendar` text). */
  outsideCalendarNoReason: string[];
}

/** How one meeting was announced, judged by the rules version in force on its day. */
export interface MeetingAnnouncement {
  meeting: string;
  /** The meeting's local day. */
  day: string;
  /** Days from the earliest announcement's publication to the meeting's day; undefined when nothing was published. */
  lead?: number;
  /** lead ≥ the site's `timelyAnnouncementDays`. */
  timely: boolean;
  /** Id of the rules version in force on the meeting's day; undefined before the first. */
  version?: string;
  /** Channels that version requires. */
  required: Channel[];
  /** Required channels the meeting was announced in. */
  used: Channel[];
  /** Required channels it was not announced in. */
  missing: Channel[];
}

/** Announcements of the meetings (not cancelled) with a day in the period. */
export interface Announcements {
  meetings: MeetingAnnouncement[];
  /** Meetings with at least one announcement, of all. */
  announced: Share;
  /** Meetings announced at least `timelyAnnouncementDays` before, of all (an unannounced meeting is not timely). */
  timely: Share;
  /** Meetings announced in every channel required on their day, of all. */
  allChannels: Share;
  /** Median lead time in days over announced meetings, or null. */
  medianLeadDays: number | null;
  /** For each channel some meeting was required to use, the meetings that did not. */
  missingBy: Partial<Record<Channel, string[]>>;
}

/** Whether one held meeting's outcome and minutes were published in time. */
export interface MeetingReport {
  meeting: string;
  day: string;
  /** Date of the meeting's `held` log entry (the outcome). */
  outcomeDate: string;
  /** outcomeDate − day, in days. */
  outcomeDays: number;
  /** outcomeDays ≤ the site's `reportingDays`. */
  outcomeOnTime: boolean;
  /** Minutes exist in some language. */
  minutes: boolean;
  /** Minutes exist and the outcome (which they are taken to be published with) was on time. */
  minutesOnTime: boolean;
}

/** Reporting of the meetings with a day in the period. */
export interface Reporting {
  /** Held meetings. */
  held: MeetingReport[];
  /** Held meetings whose outcome came within `reportingDays`, of held meetings. */
  outcomeOnTime: Share;
  /** Held meetings whose outcome came later. */
  outcomeLate: string[];
  /** Held meetings with minutes published within `reportingDays`, of held meetings. */
  minutesOnTime: Share;
  /** Held meetings with no minutes at all. */
  noMinutes: string[];
  /** Meetings whose day has passed with no outcome recorded (still scheduled, or postponed to a day gone by). */
  notReported: string[];
}

/** How a set of issues (an akimat's, a ministry's) raised in a period is being handled, as of the build day. */
export interface IssueHandling {
  /** Issues raised in the period. */
  raised: string[];
  /** Currently resolved. */
  resolved: string[];
  /** resolved of raised. */
  resolvedShare: Share;
  /** Open and past their current deadline on the build day. */
  overdue: string[];
  /** overdue of raised. */
  overdueShare: Share;
  /** Median days from raised to resolution over the resolved ones, or null. */
  medianDaysToResolve: number | null;
  /** Deadline moves, all issues together. */
  deadlineMoves: number;
  /** Issues whose deadline was moved at least once. */
  movedDeadline: string[];
  /** Issues by current status, zero-filled. */
  byStatus: Record<StatusId, number>;
  /** Sum in KZT of the current financing of the issues whose financing a maslikhat decided (as the site's figures count money decided). */
  moneyDecidedKzt: number;
}

/** A place a holder must meet residents in, and the held meetings there in a rule period. */
export interface CoveragePlace {
  /** `district`: a district or city (id = its slug); `settlement`: a town, rural okrug or village (id = its KATO code). */
  kind: 'district' | 'settlement';
  id: string;
  /** The district's or settlement's kind in the content geography. */
  placeKind: District['kind'] | Settlement['kind'];
  /** Name from the content geography (a settlement may have only Russian). */
  name: { kk?: string | undefined; ru: string; en?: string | undefined };
  /** Held meetings of the holder there in the rule period. */
  meetings: string[];
  /** meetings.length ≥ the rule's `times`. */
  covered: boolean;
}

interface CoverageBase {
  holder: string;
  /** The rule period (the version's `every`). */
  period: Period;
  /** Id of the rules version in force on its first day. */
  version: string;
  /** What the rule asks: each district, each city district, each settlement, each village, or a number anywhere. */
  places: ObligationPlace;
  /** Meetings required per place (or, anywhere, in all). */
  times: number;
  /** The rule period is over (its last day is before the build day); otherwise the figures are so far. */
  complete: boolean;
}

/** Coverage of places: which had a held meeting of the holder in the rule period, which had none. */
export interface PlacesCoverage extends CoverageBase {
  measure: 'places';
  list: CoveragePlace[];
  /** Places covered, of all. */
  covered: Share;
  /** Ids of the places with too few held meetings. */
  notCovered: string[];
  /** Held meetings of the holder in the rule period that are in none of the places. */
  elsewhere: string[];
}

/** A number of meetings anywhere (ministers). */
export interface AnywhereCoverage extends CoverageBase {
  measure: 'anywhere';
  held: string[];
  /** held.length ≥ times. */
  met: boolean;
}

/** Places the content cannot measure: a rural akim's villages (the content lists no villages below okrugs). */
export interface NotMeasuredCoverage extends CoverageBase {
  measure: 'not-measured';
  /** Held meetings of the holder in the rule period, for reference. */
  held: string[];
}

/**
 * A rule period that began before the record did: the record of the holder's
 * region (the country's, for a minister) starts after the period's first day,
 * so a place with no recorded meeting may have had one before the record
 * begins. The computation says "no data" for it and counts no miss.
 */
export interface NoDataCoverage extends CoverageBase {
  measure: 'no-data';
  /** The first day of the record the period is judged against; undefined when the record holds nothing of the region. */
  recordFrom?: string;
  /** Held meetings of the holder in the rule period that the record does hold, for reference. */
  held: string[];
}

export type Coverage = PlacesCoverage | AnywhereCoverage | NotMeasuredCoverage | NoDataCoverage;

/** One holder in one page period. */
export interface HolderFigures {
  holder: HolderRef;
  period: Period;
  /** Id of the rules version in force on the period's first day; undefined before the first. */
  version?: string;
  adherence: Adherence;
  announcements: Announcements;
  reporting: Reporting;
  /** Coverage over the rule periods sharing a day with the period (under a yearly rule a half-year page shows the whole year). */
  coverage: Coverage[];
}

/** Coverage added up over holders and their rule periods sharing a day with a page period. */
export interface CoverageTotals {
  /** Places covered, of places to cover, over every measured holder and rule period. */
  places: Share;
  /** Holder–rule-period pairs with every place covered, of pairs with at least one place. */
  holdersAllCovered: Share;
  /** Rural akims whose villages cannot be measured. */
  notMeasured: number;
  /** Holder–rule-period pairs that began before the record did: not judged ("no data"), in none of the shares above. */
  noData: number;
}

/** A region's or the country's totals in a page period. */
export interface ScopeFigures {
  period: Period;
  version?: string;
  /** Entries of every akim of the scope. */
  adherence: Adherence;
  /** Meetings of every akim of the scope (the country's also ministers'). */
  announcements: Announcements;
  reporting: Reporting;
  /** Issues assigned to the scope's akimats (region, district, rural). */
  handling: IssueHandling;
  /** Every issue raised in the scope in the period, whichever body is responsible (akimats, ministries, others): what a quarterly report gives. */
  issues: IssueHandling;
  coverage: CoverageTotals;
}

/** A ministry in a page period. */
export interface MinistryFigures {
  body: BodyId;
  period: Period;
  /** Held meetings of its head. */
  held: string[];
  /** Regions of those meetings, by slug, sorted. */
  regionsVisited: string[];
  /** Held meetings outside regional centres, of held meetings (in Astana, Almaty and Shymkent a meeting is in the centre; with no district too). */
  outsideCentre: Share;
  outsideCentreMeetings: string[];
  /** The quarters (rule periods) sharing a day with the period that the record can judge (those that began before the record are left out: no data). */
  quarters: AnywhereCoverage[];
  /** Complete rule periods with enough meetings, of complete rule periods. */
  quartersMet: Share;
  /** Issues raised at its head's held meetings in the period, as they stand now. */
  raisedAtMeetings: IssueHandling;
  /** Issues assigned to the body and raised in the period. */
  assigned: IssueHandling;
}

/** Every accountability figure, by holder key and period id. */
export interface Accountability {
  asOf: string;
  /** Every year, half-year and quarter from the earliest meeting or calendar entry to the build day. */
  periods: Period[];
  /**
   * The first day of the record (earliestDay): of each region's (its meetings
   * and calendars) and of the country's. A rule period that began before it
   * is not judged: its coverage is `no-data`.
   */
  recordFrom: { national?: string; regions: Map<string, string> };
  /** Every office held to the rules, by key: each region's akim, each district's or town's, each ministry's head, and the rural akims that appear in meetings or calendars. */
  holders: Map<string, HolderRef>;
  /** Every calendar entry after corrections, with its outcome, by id. */
  entries: Map<string, EntryResult>;
  /** Holder key → period id → figures. Every holder has every period of `periods` (figures of an empty period are zeros, in objects shared and frozen: never modify them). */
  byHolder: Map<string, Map<string, HolderFigures>>;
  /** Holder key → rule period id → coverage. */
  coverage: Map<string, Map<string, Coverage>>;
  /** Akimat (holder key: `region:…`, `district:…`, `okrug:…`) → period id → handling of the issues assigned to it. */
  handling: Map<string, Map<string, IssueHandling>>;
  /** Ministry → period id → figures; every ministry of the bodies list, every period. */
  ministries: Map<BodyId, Map<string, MinistryFigures>>;
  /** Region slug → keys of the akims of the region (its own, its districts' and towns', its rural akims'), in the order they were met. */
  holdersOfRegion: Map<string, string[]>;
  /** Region slug → period id → totals. */
  regions: Map<string, Map<string, ScopeFigures>>;
  /** Period id → the country's totals. */
  national: Map<string, ScopeFigures>;
}

// ---------------------------------------------------------------- building

interface MeetingFact {
  meeting: Meeting;
  holder: HolderRef;
  day: string;
}

interface IssueFact {
  id: string;
  status: StatusId;
  overdue: boolean;
  daysToResolve: number | undefined;
  moves: number;
  /** Current financing decided by a maslikhat, KZT; 0 when none. */
  money: number;
}

/** What one holder (or scope) has in one period. */
interface Bucket {
  entries: EntryResult[];
  held: MeetingFact[];
  outside: MeetingFact[];
  announced: MeetingAnnouncement[];
  reports: MeetingReport[];
  notReported: string[];
  issues: IssueFact[];
  /** Scopes only: every issue raised in the scope, whichever body is responsible. */
  allIssues: IssueFact[];
}

const newBucket = (): Bucket => ({ entries: [], held: [], outside: [], announced: [], reports: [], notReported: [], issues: [], allIssues: [] });

/** Scope keys of the totals. */
const regionScope = (region: string) => `@region:${region}`;
const nationalScope = '@national';

/** Holder keys of the akimats issues are assigned to: the issue's place and responsible body say which. */
function akimatOf(issue: Issue): string | undefined {
  const { region, district, settlement } = issue.place;
  switch (issue.body) {
    case 'region-akimat':
      return `region:${region}`;
    case 'district-akimat':
      return district === undefined ? undefined : `district:${region}/${district}`;
    case 'rural-akimat':
      return settlement?.kato === undefined ? undefined : `okrug:${region}/${settlement.kato}`;
    default:
      return undefined;
  }
}

const localBodies = new Set<string>(['region-akimat', 'district-akimat', 'rural-akimat']);
const ministryIds = bodyIds.filter((b) => bodies[b].kind === 'ministry');

/** Deep-freezes an object of empty figures shared by every holder and period with nothing in it (most rural akims in most periods). */
function frozen<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) frozen(v as object);
  return Object.freeze(value);
}

let emptyFigures: { adherence: Adherence; announcements: Announcements; reporting: Reporting } | undefined;
function empty() {
  emptyFigures ??= frozen({ adherence: adherenceOf(newBucket()), announcements: announcementsOf(newBucket()), reporting: reportingOf(newBucket()) });
  return emptyFigures;
}

function adherenceOf(b: Bucket | undefined): Adherence {
  if (b === undefined) return empty().adherence;
  const a: Adherence = {
    planned: [],
    onTime: [],
    late: [],
    notHeld: [],
    dropped: [],
    notYetDue: [],
    moved: [],
    moves: 0,
    onTimeShare: share(0, 0),
    outsideCalendar: [],
    outsideCalendarNoReason: [],
  };
  for (const e of b.entries) {
    a.planned.push(e.id);
    const list = e.outcome === 'on-time' ? a.onTime : e.outcome === 'late' ? a.late : e.outcome === 'not-held' ? a.notHeld : e.outcome === 'dropped' ? a.dropped : a.notYetDue;
    list.push(e.id);
    if (e.moves.length > 0) {
      a.moved.push(e.id);
      a.moves += e.moves.length;
    }
  }
  a.onTimeShare = share(a.onTime.length, a.onTime.length + a.late.length + a.notHeld.length);
  for (const f of b.outside) {
    a.outsideCalendar.push(f.meeting.id);
    if (f.meeting.outsideCalendar === undefined) a.outsideCalendarNoReason.push(f.meeting.id);
  }
  return a;
}

function announcementsOf(b: Bucket | undefined): Announcements {
  if (b === undefined) return empty().announcements;
  const meetings = b.announced;
  let announced = 0;
  let timely = 0;
  let all = 0;
  const leads: number[] = [];
  const missingBy: Partial<Record<Channel, string[]>> = {};
  for (const m of meetings) {
    if (m.lead !== undefined) {
      announced += 1;
      leads.push(m.lead);
    }
    if (m.timely) timely += 1;
    if (m.missing.length === 0) all += 1;
    for (const c of m.required) missingBy[c] ??= [];
    for (const c of m.missing) missingBy[c]!.push(m.meeting);
  }
  const n = meetings.length;
  return { meetings, announced: share(announced, n), timely: share(timely, n), allChannels: share(all, n), medianLeadDays: median(leads), missingBy };
}

function reportingOf(b: Bucket | undefined): Reporting {
  if (b === undefined) return empty().reporting;
  const held = b.reports;
  const outcomeLate: string[] = [];
  const noMinutes: string[] = [];
  let minutesOnTime = 0;
  for (const r of held) {
    if (!r.outcomeOnTime) outcomeLate.push(r.meeting);
    if (!r.minutes) noMinutes.push(r.meeting);
    if (r.minutesOnTime) minutesOnTime += 1;
  }
  return {
    held,
    outcomeOnTime: share(held.length - outcomeLate.length, held.length),
    outcomeLate,
    minutesOnTime: share(minutesOnTime, held.length),
    noMinutes,
    notReported: b.notReported,
  };
}

function handlingOf(issues: readonly IssueFact[]): IssueHandling {
  const byStatus = {} as Record<StatusId, number>;
  for (const s of statusIds) byStatus[s] = 0;
  const raised: string[] = [];
  const resolved: string[] = [];
  const overdue: string[] = [];
  const movedDeadline: string[] = [];
  const days: number[] = [];
  let moves = 0;
  let money = 0;
  for (const i of issues) {
    raised.push(i.id);
    money += i.money;
    byStatus[i.status] += 1;
    if (i.status === 'resolved') {
      resolved.push(i.id);
      days.push(i.daysToResolve!);
    }
    if (i.overdue) overdue.push(i.id);
    if (i.moves > 0) {
      movedDeadline.push(i.id);
      moves += i.moves;
    }
  }
  return {
    raised,
    resolved,
    resolvedShare: share(resolved.length, raised.length),
    overdue,
    overdueShare: share(overdue.length, raised.length),
    medianDaysToResolve: median(days),
    deadlineMoves: moves,
    movedDeadline,
    byStatus,
    moneyDecidedKzt: money,
  };
}

/** The current financing of an issue, in KZT, when a maslikhat decided it; else 0. */
function decidedKzt(issue: Issue): number {
  const financing = currentFinancing(issue);
  return financing?.decision === undefined ? 0 : financing.amountKzt;
}

/** The figures of a holder in a period of `periods`; undefined for an unknown holder or a period outside the content's. */
export function holderFigures(acc: Accountability, holder: string, period: string): HolderFigures | undefined {
  return acc.byHolder.get(holder)?.get(period);
}

/**
 * The earliest local day the content knows, the first day of its record: a
 * meeting's day, the first day of a calendar's year (a calendar plans, and
 * the record holds, the whole year), or a calendar entry's planned start or
 * a correction's day (as approved, added or moved).
 */
export function earliestDay(content: Pick<AccountabilityInput, 'meetings' | 'calendars'>): string | undefined {
  let earliest: string | undefined;
  const see = (day: string) => {
    if (earliest === undefined || day < earliest) earliest = day;
  };
  for (const m of content.meetings) see(meetingDay(m));
  for (const c of content.calendars) {
    see(`${c.year}-01-01`);
    for (const e of c.entries) see(e.planned.from);
    for (const k of c.corrections) see(k.kind === 'added' ? k.entry.planned.from : k.kind === 'moved' ? k.planned.from : k.date);
  }
  return earliest;
}

/** A meeting's local day in its region's zone: of its new start when postponed to one, else of its (current) start. */
export function meetingDay(m: Pick<Meeting, 'start' | 'newStart' | 'place'>): string {
  return localDay(m.newStart ?? m.start, zoneOf(m.place.region));
}

/**
 * Every accountability figure for the content as of the build day `asOf`
 * (`YYYY-MM-DD`). One call per build; pages, open data and the API read the
 * result.
 */
export function accountability(content: AccountabilityInput, asOf: string): Accountability {
  const versions: readonly RulesVersion[] = content.obligations;
  const { timelyAnnouncementDays, reportingDays } = content.site;

  // Geography, indexed once.
  const regionBySlug = new Map<string, Region>(content.regions.map((r) => [r.slug, r]));
  const regionByPrefix = new Map<string, Region>(content.regions.map((r) => [r.kato.slice(0, 2), r]));
  const districtsByRegion = new Map<string, District[]>();
  for (const d of content.districts) push(districtsByRegion, d.region, d);
  const settlementsByDistrict = new Map<string, Settlement[]>();
  for (const s of content.settlements) {
    const region = regionByPrefix.get(s.kato.slice(0, 2));
    if (region !== undefined) push(settlementsByDistrict, `${region.slug}/${s.district}`, s);
  }
  const centreDistrict = new Map<string, string | undefined>();
  for (const r of content.regions) centreDistrict.set(r.slug, (districtsByRegion.get(r.slug) ?? []).find((d) => d.centre?.kato === r.centre.kato)?.slug);
  const withMinutes = new Set(content.minutes.map((m) => m.meeting));

  // Offices: every region's and district's akim and every ministry's head; rural akims as they appear.
  const holders = new Map<string, HolderRef>();
  const register = (h: HolderRef | undefined): HolderRef | undefined => {
    if (h === undefined) return undefined;
    const known = holders.get(h.key);
    if (known !== undefined) return known;
    holders.set(h.key, h);
    return h;
  };
  for (const r of content.regions) {
    register(holderOf(r.kind === 'city' ? 'city' : 'region', { region: r.slug }, r.kind));
    for (const d of districtsByRegion.get(r.slug) ?? []) register(holderOf(d.kind === 'city' && r.kind === 'oblast' ? 'city' : 'district', { region: r.slug, district: d.slug }, r.kind));
  }
  for (const body of ministryIds) register(holderOf('minister', { region: '', body }, 'oblast'));

  const buckets = new Map<string, Bucket>();
  const bucket = (scope: string, period: string): Bucket => {
    const key = `${scope}|${period}`;
    let b = buckets.get(key);
    if (b === undefined) {
      b = newBucket();
      buckets.set(key, b);
    }
    return b;
  };
  /** The scopes an office's event counts in: the office, its region's totals (akims only), the country. */
  const scopesOf = (h: HolderRef): string[] =>
    h.role === 'minister' || h.region === undefined ? [h.key, nationalScope] : [h.key, regionScope(h.region), nationalScope];
  const add = (scopes: readonly string[], day: string, put: (b: Bucket) => void) => {
    for (const p of periodsOfDay(day)) for (const s of scopes) put(bucket(s, p.id));
  };

  // Meetings: holder, day; held ones by calendar entry.
  const facts: MeetingFact[] = [];
  const heldByEntry = new Map<string, HeldLink[]>();
  for (const m of content.meetings) {
    const region = regionBySlug.get(m.place.region);
    if (region === undefined) continue;
    const holder = register(meetingHolder(m, region.kind));
    if (holder === undefined) continue;
    const fact: MeetingFact = { meeting: m, holder, day: meetingDay(m) };
    facts.push(fact);
    if (m.status === 'held' && m.calendarEntry !== undefined) push(heldByEntry, m.calendarEntry, { id: m.id, day: fact.day });
  }
  for (const links of heldByEntry.values()) links.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : 1));

  // Calendar entries.
  const entries = new Map<string, EntryResult>();
  for (const calendar of content.calendars) {
    const region = regionBySlug.get(calendar.region);
    if (region === undefined) continue;
    const holderKey = (e: Calendar['entries'][number]) => register(entryHolder(e.holder, calendar.region, region.kind))?.key;
    for (const e of resolveCalendar(calendar, asOf, heldByEntry, holderKey)) {
      entries.set(e.id, e);
      const h = e.holder === undefined ? undefined : holders.get(e.holder);
      if (h !== undefined) add(scopesOf(h), e.planned.from, (b) => b.entries.push(e));
    }
  }

  // Meetings into buckets.
  for (const f of facts) {
    const m = f.meeting;
    const scopes = scopesOf(f.holder);
    if (m.status === 'held') {
      const outside = f.holder.role !== 'minister' && m.calendarEntry === undefined;
      const heldEntry = m.changes.find((c) => c.kind === 'held');
      const outcomeDate = heldEntry?.date ?? f.day;
      const outcomeDays = daysBetween(f.day, outcomeDate);
      const outcomeOnTime = outcomeDays <= reportingDays;
      const minutes = withMinutes.has(m.id);
      const report: MeetingReport = { meeting: m.id, day: f.day, outcomeDate, outcomeDays, outcomeOnTime, minutes, minutesOnTime: minutes && outcomeOnTime };
      add(scopes, f.day, (b) => {
        b.held.push(f);
        b.reports.push(report);
        if (outside) b.outside.push(f);
      });
    } else if (outcomeNotReported(m, asOf)) {
      add(scopes, f.day, (b) => b.notReported.push(m.id));
    }
    if (m.status !== 'cancelled') {
      const a = announcementOf(m, f.day, versions, timelyAnnouncementDays);
      add(scopes, f.day, (b) => b.announced.push(a));
    }
  }

  // Issues: akimats' into their akimat, region and country; ministries' into the minister's bucket.
  const issuesByMeeting = new Map<string, IssueFact[]>();
  for (const issue of content.issues) {
    const event = issue.history[issue.history.length - 1]!;
    const fact: IssueFact = {
      id: issue.id,
      status: event.status,
      overdue: isOverdue(event.status, currentDeadline(issue), asOf),
      daysToResolve: event.status === 'resolved' ? daysBetween(issue.raised, event.date) : undefined,
      moves: deadlineMoves(issue),
      money: decidedKzt(issue),
    };
    for (const m of issue.meetings) push(issuesByMeeting, m, fact);
    let scopes: string[] = [];
    if (localBodies.has(issue.body)) {
      const akimat = akimatOf(issue);
      if (akimat !== undefined) register(akimatHolder(akimat, issue));
      scopes = akimat === undefined ? [regionScope(issue.place.region), nationalScope] : [akimat, regionScope(issue.place.region), nationalScope];
    } else if (bodies[issue.body].kind === 'ministry') scopes = [`minister:${issue.body}`];
    if (scopes.length > 0) add(scopes, issue.raised, (b) => b.issues.push(fact));
    add([regionScope(issue.place.region), nationalScope], issue.raised, (b) => b.allIssues.push(fact));
  }

  const nationalFrom = earliestDay(content);
  const periods = contentPeriods(nationalFrom, asOf);
  const range = periods.length === 0 ? undefined : { first: periods[0]!.first, last: asOf };
  // The first day of each region's record (earliestDay of its meetings and calendars).
  const regionFrom = new Map<string, string>();
  const seeRegion = (region: string, day: string | undefined) => {
    const known = regionFrom.get(region);
    if (day !== undefined && (known === undefined || day < known)) regionFrom.set(region, day);
  };
  for (const m of content.meetings) seeRegion(m.place.region, meetingDay(m));
  for (const c of content.calendars) seeRegion(c.region, earliestDay({ meetings: [], calendars: [c] }));
  const recordFromOf = (h: HolderRef): string | undefined => (h.role === 'minister' ? nationalFrom : regionFrom.get(h.region ?? ''));

  // Coverage per holder and rule period.
  const coverage = new Map<string, Map<string, Coverage>>();
  const coverageOf = (h: HolderRef, rp: RulePeriod): Coverage => {
    let byPeriod = coverage.get(h.key);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      coverage.set(h.key, byPeriod);
    }
    const known = byPeriod.get(rp.id);
    if (known !== undefined) return known;
    const held = (buckets.get(`${h.key}|${rp.id}`)?.held ?? []).map((f) => f.meeting);
    const { version, frequency, ...period } = rp;
    const base = { holder: h.key, period, version: version.id, places: frequency.places, times: frequency.times, complete: period.last < asOf };
    let c: Coverage;
    const recordFrom = recordFromOf(h);
    if (recordFrom === undefined || period.first < recordFrom) c = { ...base, measure: 'no-data', ...(recordFrom === undefined ? {} : { recordFrom }), held: held.map((m) => m.id) };
    else if (frequency.places === 'anywhere') c = { ...base, measure: 'anywhere', held: held.map((m) => m.id), met: held.length >= frequency.times };
    else if (frequency.places === 'villages') c = { ...base, measure: 'not-measured', held: held.map((m) => m.id) };
    else {
      const list = placesOf(h, frequency.places);
      const index = new Map(list.map((p) => [p.id, p]));
      const elsewhere: string[] = [];
      for (const m of held) {
        const id = list[0]?.kind === 'district' ? m.place.district : m.place.settlement?.kato;
        const place = id === undefined ? undefined : index.get(id);
        if (place === undefined) elsewhere.push(m.id);
        else place.meetings.push(m.id);
      }
      const notCovered: string[] = [];
      for (const p of list) {
        p.covered = p.meetings.length >= frequency.times;
        if (!p.covered) notCovered.push(p.id);
      }
      c = { ...base, measure: 'places', list, covered: share(list.length - notCovered.length, list.length), notCovered, elsewhere };
    }
    byPeriod.set(rp.id, c);
    return c;
  };
  const placesOf = (h: HolderRef, places: ObligationPlace): CoveragePlace[] => {
    const fresh = (kind: CoveragePlace['kind'], id: string, placeKind: CoveragePlace['placeKind'], name: CoveragePlace['name']): CoveragePlace => ({ kind, id, placeKind, name, meetings: [], covered: false });
    const districts = districtsByRegion.get(h.region ?? '') ?? [];
    if (places === 'districts') return districts.filter((d) => d.kind === 'district' || d.kind === 'city').map((d) => fresh('district', d.slug, d.kind, d.shortName));
    if (places === 'city-districts') return districts.map((d) => fresh('district', d.slug, d.kind, d.shortName));
    if (places === 'settlements' && h.district !== undefined) return (settlementsByDistrict.get(`${h.region}/${h.district}`) ?? []).map((s) => fresh('settlement', s.kato, s.kind, s.name));
    return [];
  };
  const rulePeriodsByHolder = new Map<string, RulePeriod[]>();
  const rulePeriodsOf = (h: HolderRef): RulePeriod[] => {
    let list = rulePeriodsByHolder.get(h.role);
    if (list === undefined) {
      list = range === undefined ? [] : rulePeriodsIn(versions, h.role, range);
      rulePeriodsByHolder.set(h.role, list);
    }
    return list;
  };
  for (const h of holders.values()) for (const rp of rulePeriodsOf(h)) coverageOf(h, rp);
  const coverageIn = (h: HolderRef, p: Period): Coverage[] => rulePeriodsOf(h).filter((rp) => overlaps(rp, p)).map((rp) => coverageOf(h, rp));

  // Holders' figures: every holder, every period.
  const byHolder = new Map<string, Map<string, HolderFigures>>();
  for (const h of holders.values()) {
    const byPeriod = new Map<string, HolderFigures>();
    for (const p of periods) {
      const b = buckets.get(`${h.key}|${p.id}`);
      const version = versionOn(versions, p.first)?.id;
      byPeriod.set(p.id, {
        holder: h,
        period: p,
        ...(version === undefined ? {} : { version }),
        adherence: adherenceOf(b),
        announcements: announcementsOf(b),
        reporting: reportingOf(b),
        coverage: coverageIn(h, p),
      });
    }
    byHolder.set(h.key, byPeriod);
  }

  // Handling per akimat.
  const handling = new Map<string, Map<string, IssueHandling>>();
  for (const h of holders.values()) {
    if (h.role === 'minister') continue;
    const byPeriod = new Map<string, IssueHandling>();
    for (const p of periods) byPeriod.set(p.id, handlingOf(buckets.get(`${h.key}|${p.id}`)?.issues ?? []));
    handling.set(h.key, byPeriod);
  }

  // Ministries.
  const ministries = new Map<BodyId, Map<string, MinistryFigures>>();
  for (const body of ministryIds) {
    const h = holders.get(`minister:${body}`)!;
    const byPeriod = new Map<string, MinistryFigures>();
    for (const p of periods) {
      const b = buckets.get(`${h.key}|${p.id}`);
      const held = b?.held ?? [];
      const regionsVisited = [...new Set(held.map((f) => f.meeting.place.region))].sort();
      const outside = held.filter((f) => !inRegionalCentre(f.meeting, regionBySlug, centreDistrict)).map((f) => f.meeting.id);
      const quarters = coverageIn(h, p).filter((c): c is AnywhereCoverage => c.measure === 'anywhere');
      const complete = quarters.filter((q) => q.complete);
      const raisedAt = new Map<string, IssueFact>();
      for (const f of held) for (const i of issuesByMeeting.get(f.meeting.id) ?? []) raisedAt.set(i.id, i);
      byPeriod.set(p.id, {
        body,
        period: p,
        held: held.map((f) => f.meeting.id),
        regionsVisited,
        outsideCentre: share(outside.length, held.length),
        outsideCentreMeetings: outside,
        quarters,
        quartersMet: share(complete.filter((q) => q.met).length, complete.length),
        raisedAtMeetings: handlingOf([...raisedAt.values()].sort((a, b) => (a.id < b.id ? -1 : 1))),
        assigned: handlingOf(b?.issues ?? []),
      });
    }
    ministries.set(body, byPeriod);
  }

  // Totals of each region and of the country.
  const holdersByRegion = new Map<string, HolderRef[]>();
  for (const h of holders.values()) if (h.role !== 'minister' && h.region !== undefined) push(holdersByRegion, h.region, h);
  const scopeFigures = (scope: string, scopeHolders: readonly HolderRef[], p: Period): ScopeFigures => {
    const b = buckets.get(`${scope}|${p.id}`);
    const version = versionOn(versions, p.first)?.id;
    let places = 0;
    let covered = 0;
    let pairs = 0;
    let pairsAll = 0;
    let notMeasured = 0;
    let noData = 0;
    for (const h of scopeHolders) {
      for (const c of byHolder.get(h.key)?.get(p.id)?.coverage ?? coverageIn(h, p)) {
        if (c.measure === 'not-measured') notMeasured += 1;
        if (c.measure === 'no-data') noData += 1;
        if (c.measure !== 'places' || c.list.length === 0) continue;
        places += c.list.length;
        covered += c.covered.count;
        pairs += 1;
        if (c.notCovered.length === 0) pairsAll += 1;
      }
    }
    return {
      period: p,
      ...(version === undefined ? {} : { version }),
      adherence: adherenceOf(b),
      announcements: announcementsOf(b),
      reporting: reportingOf(b),
      handling: handlingOf(b?.issues ?? []),
      issues: handlingOf(b?.allIssues ?? []),
      coverage: { places: share(covered, places), holdersAllCovered: share(pairsAll, pairs), notMeasured, noData },
    };
  };
  const regions = new Map<string, Map<string, ScopeFigures>>();
  for (const r of content.regions) {
    const byPeriod = new Map<string, ScopeFigures>();
    for (const p of periods) byPeriod.set(p.id, scopeFigures(regionScope(r.slug), holdersByRegion.get(r.slug) ?? [], p));
    regions.set(r.slug, byPeriod);
  }
  const akims = [...holders.values()].filter((h) => h.role !== 'minister');
  const national = new Map<string, ScopeFigures>();
  for (const p of periods) national.set(p.id, scopeFigures(nationalScope, akims, p));

  const holdersOfRegion = new Map([...holdersByRegion].map(([region, list]) => [region, list.map((h) => h.key)]));
  return { asOf, periods, recordFrom: { ...(nationalFrom === undefined ? {} : { national: nationalFrom }), regions: regionFrom }, holders, entries, byHolder, coverage, handling, ministries, holdersOfRegion, regions, national };
}

/** The office of an akimat an issue is assigned to, from its key. */
function akimatHolder(key: string, issue: Issue): HolderRef | undefined {
  const [kind] = key.split(':');
  const { region, district, settlement } = issue.place;
  if (kind === 'okrug' && settlement?.kato !== undefined) return { key, role: 'rural-akim', region, ...(district === undefined ? {} : { district }), okrug: settlement.kato };
  return undefined; // region and district akims are registered from the geography
}

/** Whether a meeting took place in its region's administrative centre: in a city region always; with no district; or in the district whose centre is the region's. */
export function inRegionalCentre(m: Pick<Meeting, 'place'>, regionBySlug: ReadonlyMap<string, Region>, centreDistrict: ReadonlyMap<string, string | undefined>): boolean {
  const region = regionBySlug.get(m.place.region);
  if (region === undefined || region.kind === 'city') return true;
  return m.place.district === undefined || m.place.district === centreDistrict.get(region.slug);
}

/** How a meeting was announced, judged by the version in force on its day. */
function announcementOf(m: Meeting, day: string, versions: readonly RulesVersion[], timelyDays: number): MeetingAnnouncement {
  let earliest: string | undefined;
  const usedAll = new Set<Channel>();
  for (const a of m.announcements) {
    if (earliest === undefined || a.published < earliest) earliest = a.published;
    usedAll.add(a.channel);
  }
  const version = versionOn(versions, day);
  const required = version?.channels ?? [];
  const used = required.filter((c) => usedAll.has(c));
  const missing = required.filter((c) => !usedAll.has(c));
  const lead = earliest === undefined ? undefined : daysBetween(earliest, day);
  return {
    meeting: m.id,
    day,
    ...(lead === undefined ? {} : { lead }),
    timely: lead !== undefined && lead >= timelyDays,
    ...(version === undefined ? {} : { version: version.id }),
    required,
    used,
    missing,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export type { HolderRef } from './holders.ts';
export type { ObligationHolder };
