/**
 * A region's calendar as its corrections leave it, and what became of each
 * planned meeting as of the build day. Corrections are applied in the order
 * they are listed: `added` makes a new entry, `moved` replaces the planned
 * window (each move counted), `dropped` drops the entry whatever happened
 * after. Each entry then has exactly one outcome:
 * - `dropped`: dropped by a correction;
 * - `on-time`: a held meeting links it (`meeting.calendarEntry`) and the
 *   earliest such meeting's day is on or before the current `planned.to`;
 * - `late`: the earliest linked held meeting's day is after `planned.to`;
 * - `not-held`: no held meeting links it and `planned.to` is before the build day;
 * - `not-yet-due`: no held meeting links it and `planned.to` is the build day or later.
 */
import type { Calendar, CalendarEntry, PlannedWindow } from '../../schemas/calendar.ts';
import type { CalendarEntryKind, EntryOutcome } from '../../vocabularies.ts';


/** A planned meeting after every correction, with its outcome. */
export interface EntryResult {
  /** `c-10-2026-014`. */
  id: string;
  /** The calendar's region. */
  region: string;
  /** The calendar's year. */
  calendarYear: number;
  /** Key of the office that must hold it (src/lib/accountability/holders.ts); undefined when the entry names no known office. */
  holder: string | undefined;
  kind: CalendarEntryKind;
  /** Where: district and/or settlement; empty for the regional centre. */
  place: CalendarEntry['place'];
  /** The window first planned: in the approved calendar, or in the correction that added it. */
  plannedFirst: PlannedWindow;
  /** The window in force after every move; the entry belongs to the period holding `planned.from`. */
  planned: PlannedWindow;
  /** Day of the correction that added it, when it was not in the calendar as approved. */
  added?: string;
  /** Days of the corrections that moved it, in order; `moves.length` is how often it was moved. */
  moves: string[];
  /** Day of the correction that dropped it. */
  dropped?: string;
  outcome: EntryOutcome;
  /** The held meeting that counts for it: the earliest held meeting linking it (not set for a dropped entry). */
  meeting?: string;
  /** Local day of that meeting. */
  meetingDay?: string;
  /** Every held meeting linking it, earliest first. */
  meetings: string[];
}

/** A held meeting as outcomes need it: id and local day. */
export interface HeldLink {
  id: string;
  day: string;
}

/**
 * Every entry of a calendar after its corrections, with its outcome.
 * `heldByEntry` gives, for an entry id, the held meetings linking it, earliest
 * day first; `holderKey` names the office of an entry.
 */
export function resolveCalendar(
  calendar: Calendar,
  asOf: string,
  heldByEntry: ReadonlyMap<string, readonly HeldLink[]>,
  holderKey: (entry: CalendarEntry) => string | undefined,
): EntryResult[] {
  const byId = new Map<string, { entry: CalendarEntry; planned: PlannedWindow; added?: string; moves: string[]; dropped?: string }>();
  for (const entry of calendar.entries) byId.set(entry.id, { entry, planned: entry.planned, moves: [] });
  for (const c of calendar.corrections) {
    if (c.kind === 'added') {
      if (!byId.has(c.entry.id)) byId.set(c.entry.id, { entry: c.entry, planned: c.entry.planned, added: c.date, moves: [] });
      continue;
    }
    const state = byId.get(c.entry);
    if (state === undefined) continue; // an unknown entry: the validator reports it
    if (c.kind === 'moved') {
      state.planned = c.planned;
      state.moves.push(c.date);
    } else if (state.dropped === undefined) state.dropped = c.date;
  }
  const out: EntryResult[] = [];
  for (const { entry, planned, added, moves, dropped } of byId.values()) {
    const links = heldByEntry.get(entry.id) ?? [];
    const first = links[0];
    let outcome: EntryOutcome;
    if (dropped !== undefined) outcome = 'dropped';
    else if (first !== undefined) outcome = first.day <= planned.to ? 'on-time' : 'late';
    else outcome = planned.to < asOf ? 'not-held' : 'not-yet-due';
    out.push({
      id: entry.id,
      region: calendar.region,
      calendarYear: calendar.year,
      holder: holderKey(entry),
      kind: entry.kind,
      place: entry.place,
      plannedFirst: entry.planned,
      planned,
      ...(added === undefined ? {} : { added }),
      moves,
      ...(dropped === undefined ? {} : { dropped }),
      outcome,
      ...(first === undefined || dropped !== undefined ? {} : { meeting: first.id, meetingDay: first.day }),
      meetings: links.map((l) => l.id),
    });
  }
  return out;
}

/**
 * The id of a correction's row on the region's obligations pages:
 * `correction-2026-3` is the third correction of the 2026 calendar. Stable:
 * corrections are only ever appended (the history guard refuses a rewrite),
 * so the n-th stays the n-th; feeds and the open data (`seq`) number them the same.
 */
export function correctionAnchor(calendarYear: number, seq: number): string {
  return `correction-${calendarYear}-${seq}`;
}

/**
 * The year of the region's obligations page that lists a calendar with every
 * correction: the calendar's own year, or — for a calendar of a year that has
 * not begun on the build day (approved ahead) — the build day's year, whose
 * page lists the calendars approved ahead too.
 */
export function calendarPageYear(calendarYear: number, asOf: string): number {
  return Math.min(calendarYear, Number(asOf.slice(0, 4)));
}
