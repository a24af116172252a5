/**
 * What a meeting's log says now. A meeting file keeps its time and place as
 * first published and, in `changes`, every later entry: postponed (with the
 * new time when known), cancelled, held (the outcome), further materials,
 * corrections of a published fact (time, place, format, stream, office,
 * ministry, calendar entry), corrections of the minutes. The status and
 * every fact that pages, feeds, figures and open data show are derived here,
 * once, when content is loaded; the page's history of the meeting replays
 * the same steps.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type { Meeting, MeetingChange, MeetingPublished, MeetingRecord } from '../../schemas/meeting.ts';

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
  /** The other facts a correction may change, as they stand. */
  facts: MeetingFacts;
}

/** A meeting's facts besides its time and place that a `corrected` entry may change. */
export interface MeetingFacts {
  district?: string;
  settlement?: MeetingRecord['place']['settlement'];
  format: MeetingRecord['format'];
  stream?: string;
  office: LocalizedText;
  body?: MeetingRecord['holder']['body'];
  calendarEntry?: string;
  outsideCalendar?: LocalizedText;
}

/** The facts as first published. */
function publishedFacts(record: MeetingRecord): MeetingFacts {
  const { district, settlement } = record.place;
  return {
    ...(district === undefined ? {} : { district }),
    ...(settlement === undefined ? {} : { settlement }),
    format: record.format,
    ...(record.stream === undefined ? {} : { stream: record.stream }),
    office: record.holder.office,
    ...(record.holder.body === undefined ? {} : { body: record.holder.body }),
    ...(record.calendarEntry === undefined ? {} : { calendarEntry: record.calendarEntry }),
    ...(record.outsideCalendar === undefined ? {} : { outsideCalendar: record.outsideCalendar }),
  };
}

/** The facts after a correction: each value it gives replaces the one before; a calendar entry ends a reason for being outside the calendar, and a reason ends the link. */
function correctedFacts(f: MeetingFacts, c: Extract<MeetingChange, { kind: 'corrected' }>): MeetingFacts {
  const out: MeetingFacts = { ...f };
  if (c.district !== undefined) out.district = c.district;
  if (c.settlement === null) delete out.settlement;
  else if (c.settlement !== undefined) out.settlement = c.settlement;
  if (c.format !== undefined) out.format = c.format;
  if (c.stream === null) delete out.stream;
  else if (c.stream !== undefined) out.stream = c.stream;
  if (c.office !== undefined) out.office = c.office;
  if (c.body !== undefined) out.body = c.body;
  if (c.calendarEntry !== undefined) {
    out.calendarEntry = c.calendarEntry;
    delete out.outsideCalendar;
  }
  if (c.outsideCalendar !== undefined) {
    out.outsideCalendar = c.outsideCalendar;
    delete out.calendarEntry;
  }
  return out;
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
      const place = { venue: change.venue ?? s.venue, address: change.address ?? s.address, facts: correctedFacts(s.facts, change) };
      return postponedTo ? { ...s, ...place, newStart: start, newEnd: end } : { ...s, ...place, start, end };
    }
    case 'materials':
    case 'minutes':
      return s;
  }
}

/** Where the meeting stands as first published. */
function initialStanding(record: MeetingRecord): MeetingStanding {
  return { status: 'scheduled', start: record.start, end: record.end, venue: record.place.venue, address: record.place.address, facts: publishedFacts(record) };
}

/** Every entry of the log with where the meeting stood before and after it, oldest first. */
export function meetingSteps(record: MeetingRecord): MeetingStep[] {
  const duration = Date.parse(record.end) - Date.parse(record.start);
  let standing = initialStanding(record);
  return record.changes.map((change) => {
    const before = standing;
    standing = step(standing, change, duration);
    return { change, before, after: standing };
  });
}

/** The meeting as it stands after every entry of its log. */
export function meetingView(record: MeetingRecord): Meeting {
  const steps = meetingSteps(record);
  const s = steps.at(-1)?.after ?? initialStanding(record);
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
  const corrected = record.changes.some((c) => c.kind === 'corrected');
  const f = s.facts;
  // Only an optional fact that has a value is written, so a meeting never corrected is its record with its status.
  const { district: _district, settlement: _settlement, ...placeRest } = record.place;
  const { body: _body, ...holderRest } = record.holder;
  const { stream: _stream, calendarEntry: _entry, outsideCalendar: _outside, ...recordRest } = record;
  const view: Meeting = corrected
    ? {
        ...recordRest,
        holder: { ...holderRest, office: f.office, ...(f.body === undefined ? {} : { body: f.body }) },
        place: { ...placeRest, venue: s.venue, address: s.address, ...(f.district === undefined ? {} : { district: f.district }), ...(f.settlement === undefined ? {} : { settlement: f.settlement }) },
        start: s.start,
        end: s.end,
        format: f.format,
        ...(f.stream === undefined ? {} : { stream: f.stream }),
        ...(f.calendarEntry === undefined ? {} : { calendarEntry: f.calendarEntry }),
        ...(f.outsideCalendar === undefined ? {} : { outsideCalendar: f.outsideCalendar }),
        status: s.status,
        video,
        documents,
        coverage,
      }
    : { ...record, start: s.start, end: s.end, status: s.status, video, documents, coverage };
  return {
    ...view,
    ...(s.statusReason ? { statusReason: s.statusReason } : {}),
    ...(s.newStart ? { newStart: s.newStart } : {}),
    ...(s.newEnd ? { newEnd: s.newEnd } : {}),
    ...(attendance !== undefined ? { attendance } : {}),
    // A meeting held after it was postponed, or corrected, keeps what was first published beside it.
    ...(corrected || s.start !== record.start || s.end !== record.end ? { published: published(record) } : {}),
  };
}

/** The facts a correction may change, as first published. */
function published(record: MeetingRecord): MeetingPublished {
  const f = publishedFacts(record);
  return { start: record.start, end: record.end, venue: record.place.venue, address: record.place.address, ...f };
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

/** The stored record behind a meeting as pages see it: every fact as first published. */
export function recordOf(meeting: Meeting): MeetingRecord {
  const { published: p } = meeting;
  if (p === undefined) return meeting;
  const { district: _d, settlement: _s, ...place } = meeting.place;
  const { body: _b, ...holder } = meeting.holder;
  const { stream: _st, calendarEntry: _c, outsideCalendar: _o, ...rest } = meeting;
  return {
    ...rest,
    start: p.start,
    end: p.end,
    format: p.format,
    ...(p.stream === undefined ? {} : { stream: p.stream }),
    ...(p.calendarEntry === undefined ? {} : { calendarEntry: p.calendarEntry }),
    ...(p.outsideCalendar === undefined ? {} : { outsideCalendar: p.outsideCalendar }),
    holder: { ...holder, office: p.office, ...(p.body === undefined ? {} : { body: p.body }) },
    place: { ...place, venue: p.venue, address: p.address, ...(p.district === undefined ? {} : { district: p.district }), ...(p.settlement === undefined ? {} : { settlement: p.settlement }) },
  };
}

/**
 * Where the value in force of some facts was written: the index in `changes`
 * of the last `corrected` entry that gives any of them, or -1 when it is the
 * value first published. The validator checks the value in force there: an
 * earlier value a correction replaced is not reported again, since a
 * published value is corrected by an entry, never in place.
 */
export function lastCorrecting(record: Pick<MeetingRecord, 'changes'>, fields: readonly (keyof Extract<MeetingChange, { kind: 'corrected' }>)[]): number {
  for (let i = record.changes.length - 1; i >= 0; i--) {
    const c = record.changes[i]!;
    if (c.kind === 'corrected' && fields.some((f) => c[f] !== undefined)) return i;
  }
  return -1;
}
