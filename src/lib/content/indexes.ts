/**
 * Content indexed once into plain maps, so that a page looks up what it
 * needs instead of walking every entry (which would make the build grow as
 * pages × entries).
 */
import { currentDeadline } from '../issues/changes.ts';
import type { District } from '../../schemas/district.ts';
import type { Issue, StatusEvent } from '../../schemas/issue.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Region } from '../../schemas/region.ts';
import { isOverdue, statusTable } from '../issues/status.ts';
import { localDay, zoneOf } from '../time.ts';
import type { Content, Minutes } from './load.ts';
import { type CategoryId, type StatusId, statusIds } from '../../vocabularies.ts';

export interface ContentIndex {
  content: Content;
  /** Build day, `YYYY-MM-DD` in Asia/Almaty. */
  asOf: string;
  regionBySlug: Map<string, Region>;
  districtsByRegion: Map<string, District[]>;
  districtByKey: Map<string, District>;
  meetingById: Map<string, Meeting>;
  meetingsByRegion: Map<string, Meeting[]>;
  meetingsByDistrict: Map<string, Meeting[]>;
  issueById: Map<string, Issue>;
  issuesByMeeting: Map<string, Issue[]>;
  issuesByRegion: Map<string, Issue[]>;
  issuesByDistrict: Map<string, Issue[]>;
  minutesByMeeting: Map<string, Minutes[]>;
  issuesByCategory: Map<CategoryId, Issue[]>;
  issuesByMeasure: Map<string, Issue[]>;
  /** Issues that repeat an issue, by the original's id. */
  duplicatesOf: Map<string, Issue[]>;
  /** Meetings not yet held, soonest first: scheduled or postponed, on or after the build day. */
  upcomingMeetings: Meeting[];
}

/** The last history entry: an issue's current status. */
export function currentEvent(issue: Issue): StatusEvent {
  const last = issue.history[issue.history.length - 1];
  if (last === undefined) throw new Error(`issue ${issue.id} has no history`);
  return last;
}

/** The issue's current status. */
export function currentStatus(issue: Issue): StatusId {
  return currentEvent(issue).status;
}

/** True when the issue is past its current deadline and not closed on the build day. */
export function issueIsOverdue(issue: Issue, asOf: string): boolean {
  return isOverdue(currentStatus(issue), currentDeadline(issue), asOf);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `region/district`, the key of a district in the maps. */
export function districtKey(region: string, district: string): string {
  return `${region}/${district}`;
}

/** Builds every map once. Lists keep content order: meetings by start, issues by id. */
export function indexContent(content: Content, asOf: string): ContentIndex {
  const index: ContentIndex = {
    content,
    asOf,
    regionBySlug: new Map(content.regions.map((r) => [r.slug, r])),
    districtsByRegion: new Map(),
    districtByKey: new Map(),
    meetingById: new Map(),
    meetingsByRegion: new Map(),
    meetingsByDistrict: new Map(),
    issueById: new Map(),
    issuesByMeeting: new Map(),
    issuesByRegion: new Map(),
    issuesByDistrict: new Map(),
    minutesByMeeting: new Map(),
    issuesByCategory: new Map(),
    issuesByMeasure: new Map(),
    duplicatesOf: new Map(),
    upcomingMeetings: [],
  };
  for (const d of content.districts) {
    push(index.districtsByRegion, d.region, d);
    index.districtByKey.set(districtKey(d.region, d.slug), d);
  }
  const meetings = [...content.meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  for (const m of meetings) {
    index.meetingById.set(m.id, m);
    push(index.meetingsByRegion, m.place.region, m);
    if (m.place.district !== undefined) push(index.meetingsByDistrict, districtKey(m.place.region, m.place.district), m);
  }
  const issues = [...content.issues].sort((a, b) => a.id.localeCompare(b.id));
  for (const i of issues) {
    index.issueById.set(i.id, i);
    for (const m of i.meetings) push(index.issuesByMeeting, m, i);
    push(index.issuesByRegion, i.place.region, i);
    if (i.place.district !== undefined) push(index.issuesByDistrict, districtKey(i.place.region, i.place.district), i);
    push(index.issuesByCategory, i.category, i);
    if (i.measure !== undefined) push(index.issuesByMeasure, i.measure, i);
    if (i.duplicateOf !== undefined) push(index.duplicatesOf, i.duplicateOf, i);
  }
  index.upcomingMeetings = meetings
    .filter((m) => (m.status === 'scheduled' || m.status === 'postponed') && localDay(meetingStart(m), zoneOf(m.place.region)) >= asOf)
    .sort((a, b) => Date.parse(meetingStart(a)) - Date.parse(meetingStart(b)) || a.id.localeCompare(b.id));
  for (const m of content.minutes) push(index.minutesByMeeting, m.meeting, m);
  return index;
}

/** When a meeting takes place: the new start of a postponed meeting, else its start. */
export function meetingStart(m: Meeting): string {
  return m.newStart ?? m.start;
}

const statusOrder = new Map(statusIds.map((s, i) => [s, i]));

/**
 * Issues in the order lists show them: overdue first (earliest deadline
 * first), then open ones, then closed ones, each by status and newest first.
 */
export function orderForList(issues: readonly Issue[], asOf: string): Issue[] {
  const rank = (i: Issue): number => {
    const status = currentStatus(i);
    if (issueIsOverdue(i, asOf)) return 0;
    return statusTable[status].closed ? 2 : 1;
  };
  const keyed = issues.map((issue) => ({ issue, rank: rank(issue), status: statusOrder.get(currentStatus(issue)) ?? 0 }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.rank === 0 ? (currentDeadline(a.issue) ?? '').localeCompare(currentDeadline(b.issue) ?? '') : 0) ||
      a.status - b.status ||
      b.issue.raised.localeCompare(a.issue.raised) ||
      a.issue.id.localeCompare(b.issue.id),
  );
  return keyed.map((k) => k.issue);
}
