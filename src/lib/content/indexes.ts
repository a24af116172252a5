/**
 * Content indexed once into plain maps, so that a page looks up what it
 * needs instead of walking every entry (which would make the build grow as
 * pages × entries).
 */
import type { District } from '../../schemas/district.ts';
import type { Issue, StatusEvent } from '../../schemas/issue.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Region } from '../../schemas/region.ts';
import { isOverdue, type StatusId } from '../issues/status.ts';
import type { Content, Minutes } from './load.ts';

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

/** True when the issue is past its deadline and not closed on the build day. */
export function issueIsOverdue(issue: Issue, asOf: string): boolean {
  return isOverdue(currentStatus(issue), issue.deadline, asOf);
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
  }
  for (const m of content.minutes) push(index.minutesByMeeting, m.meeting, m);
  return index;
}
