/**
 * What a meeting's log says now. A meeting file keeps its time and place as
 * first published and, in `changes`, every later entry: postponed (with the
 * new time when known), cancelled, held (the outcome), further materials,
 * corrections of the time or place, corrections of the minutes. The status,
 * time and place that pages, feeds and open data show are derived here,
 * once, when content is loaded; the page's history of the meeting replays
 * the same steps.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type { Meeting, MeetingChange, MeetingRecord } from '../../schemas/meeting.ts';

/** Adds a duration in milliseconds to an ISO date-time, keeping its offset. */
function shifted(start: string, ms: number): string {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(start)?.[1] ?? 'Z';
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMs = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  const local = new Date(Date.parse(start) + ms + offsetMs).toISOString().slice(0, 19);
  return `${local.endsWith(':00') ? local.slice(0, 16) : local}${offset}`;
}

/** Where the meeting stands after some entries of its log. */
export interface MeetingStanding {
  status: Meeting['status'];
  start: string;
  end: string;
  venue: LocalizedText;
  address: LocalizedText;
  statusReason?: LocalizedText;
  newStart?: string;
  newEnd?: string;
}

/** One entry of the log with where the meeting stood before and after it. */
export interface MeetingStep {
  change: MeetingChange;
  before: MeetingStanding;
  after: MeetingStanding;
}

function step(s: MeetingStanding, change: MeetingChange, duration: number): MeetingStanding {
  switch (change.kind) {
    case 'postponed': {
      const newStart = change.start;
      const newEnd = newStart === undefined ? undefined : (change.end ?? shifted(newStart, duration));
      return { ...s, status: 'postponed', statusReason: change.reason, newStart, newEnd };
    }
    case 'cancelled':
      return { ...s, status: 'cancelled', statusReason: change.reason, newStart: undefined, newEnd: undefined };
    case 'held': {
      // A meeting held after it was postponed to a known time took place then.
      const start = s.newStart ?? s.start;
      const end = s.newStart !== undefined ? (s.newEnd ?? shifted(s.newStart, duration)) : s.end;
      return { ...s, status: 'held', start, end, statusReason: undefined, newStart: undefined, newEnd: undefined };
    }
    case 'corrected': {
      // A corrected time is the time the meeting stands at: the new one of a postponement, else its own.
      const postponedTo = s.newStart !== undefined && s.newEnd !== undefined;
      const [from, to] = postponedTo ? [s.newStart!, s.newEnd!] : [s.start, s.end];
      const start = change.start ?? from;
      const end = change.end ?? (change.start !== undefined ? shifted(change.start, Date.parse(to) - Date.parse(from)) : to);
      const place = { venue: change.venue ?? s.venue, address: change.address ?? s.address };
      return postponedTo ? { ...s, ...place, newStart: start, newEnd: end } : { ...s, ...place, start, end };
    }
    case 'materials':
    case 'minutes':
      return s;
  }
}

/** Every entry of the log with where the meeting stood before and after it, oldest first. */
export function meetingSteps(record: MeetingRecord): MeetingStep[] {
  const duration = Date.parse(record.end) - Date.parse(record.start);
  let standing: MeetingStanding = { status: 'scheduled', start: record.start, end: record.end, venue: record.place.venue, address: record.place.address };
  return record.changes.map((change) => {
    const before = standing;
    standing = step(standing, change, duration);
    return { change, before, after: standing };
  });
}

/** The meeting as it stands after every entry of its log. */
export function meetingView(record: MeetingRecord): Meeting {
  const steps = meetingSteps(record);
  const s = steps.at(-1)?.after ?? { status: 'scheduled' as const, start: record.start, end: record.end, venue: record.place.venue, address: record.place.address };
  let attendance: number | undefined;
  const video: string[] = [];
  const documents: Meeting['documents'] = [];
  const coverage: Meeting['coverage'] = [];
  for (const change of record.changes) {
    if (change.kind !== 'held' && change.kind !== 'materials') continue;
    if (change.kind === 'held') attendance = change.attendance;
    video.push(...change.video);
    documents.push(...change.documents);
    coverage.push(...change.coverage);
  }
  const moved = s.start !== record.start || s.end !== record.end || s.venue !== record.place.venue || s.address !== record.place.address;
  return {
    ...record,
    start: s.start,
    end: s.end,
    place: s.venue === record.place.venue && s.address === record.place.address ? record.place : { ...record.place, venue: s.venue, address: s.address },
    status: s.status,
    ...(s.statusReason ? { statusReason: s.statusReason } : {}),
    ...(s.newStart ? { newStart: s.newStart } : {}),
    ...(s.newEnd ? { newEnd: s.newEnd } : {}),
    ...(attendance !== undefined ? { attendance } : {}),
    video,
    documents,
    coverage,
    ...(moved ? { published: { start: record.start, end: record.end, venue: record.place.venue, address: record.place.address } } : {}),
  };
}

/** The last correction of the meeting's time or place, if any: pages say "corrected on …" beside them. */
export function lastCorrection(meeting: Pick<Meeting, 'changes'>, what: 'time' | 'place'): Extract<MeetingChange, { kind: 'corrected' }> | undefined {
  for (let i = meeting.changes.length - 1; i >= 0; i--) {
    const c = meeting.changes[i]!;
    if (c.kind !== 'corrected') continue;
    if (what === 'time' ? c.start !== undefined || c.end !== undefined : c.venue !== undefined || c.address !== undefined) return c;
  }
  return undefined;
}

/** The stored record behind a meeting as pages see it: its time and place as first published. */
export function recordOf(meeting: Meeting): MeetingRecord {
  const { published } = meeting;
  if (published === undefined) return meeting;
  return { ...meeting, start: published.start, end: published.end, place: { ...meeting.place, venue: published.venue, address: published.address } };
}
