/**
 * Dates and times as Kazakhstan sees them, place by place and year by year.
 *
 * Instants are stored with the UTC offset of the place and date they happen
 * at. Kazakhstan has kept one time, UTC+5, only since 2024-03-01; before
 * that most of the country was UTC+6, the west UTC+5, Kyzylorda UTC+6 until
 * 2018-12-21. The tz database (Node's ICU) records each of those histories
 * under a zone name, and `src/lib/geo/zones.ts` says which zone each region
 * keeps. A meeting's time and day are always those of its region's zone, on
 * that date, whatever the machine's own time zone.
 */
export { zoneOf, type TimeZone } from './geo/zones.ts';

/**
 * The zone of the build's "as of" day. Since 2024-03-01 every region keeps
 * the same time, so the day the data is as of is the same everywhere.
 */
export const asOfZone = 'Asia/Almaty';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(zone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return format;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a zone: `localDay('2023-05-10T23:30+06:00', 'Asia/Almaty')` is 2023-05-10. */
export function localDay(instant: string | Date, zone: string): string {
  if (typeof instant !== 'string') return dayFormat(zone).format(instant);
  // Pages ask for the day of the same few thousand instants again and again: each is formatted once per zone.
  let days = knownDays.get(zone);
  if (days === undefined) {
    days = new Map();
    knownDays.set(zone, days);
  }
  let day = days.get(instant);
  if (day === undefined) {
    day = dayFormat(zone).format(new Date(instant));
    days.set(instant, day);
  }
  return day;
}
const knownDays = new Map<string, Map<string, string>>();

/** Minutes east of UTC that a zone kept at an instant (ms since the epoch). */
function offsetMinutes(zone: string, ms: number): number {
  let format = offsetFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(new Date(ms)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (match === null) throw new Error(`Unexpected offset "${name}" for ${zone}`);
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** `+05:00` from 300 minutes. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The offset (`+05:00`, `+06:00`) a zone kept at an instant. */
export function offsetOf(instant: string | Date, zone: string): string {
  return offsetText(offsetMinutes(zone, (typeof instant === 'string' ? new Date(instant) : instant).getTime()));
}

const localPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/;

/** A wall-clock reading `YYYY-MM-DDTHH:MM[:SS]` as if it were UTC, in ms. */
function wallClockMs(localDateTime: string): number {
  const match = localPattern.exec(localDateTime);
  if (match === null) throw new Error(`Not a local date and time: ${localDateTime} (expected YYYY-MM-DDTHH:MM)`);
  return Date.parse(`${match[1]}T${match[2]}Z`);
}

/**
 * Every offset with which a wall-clock reading happened in a zone: one as a
 * rule; two in the hour a zone turned its clocks back (2024-02-29 23:00–23:59
 * in Almaty was lived first at +06:00, then at +05:00), earlier first; none
 * in an hour a zone skipped.
 */
export function offsetsAt(zone: string, localDateTime: string): string[] {
  const wall = wallClockMs(localDateTime);
  const candidates = new Set([-14, 0, 14].map((hours) => offsetMinutes(zone, wall + hours * 3_600_000)));
  return [...candidates]
    .filter((minutes) => offsetMinutes(zone, wall - minutes * 60_000) === minutes)
    .sort((a, b) => b - a)
    .map(offsetText);
}

/**
 * The offset of a wall-clock reading (`YYYY-MM-DDTHH:MM`) in a zone on that
 * date: `offsetAt('Asia/Almaty', '2023-05-10T11:00')` is `+06:00`, and
 * `+05:00` from 2024-03-01. In an hour lived twice, the first; in an hour a
 * zone skipped, the offset kept before it.
 */
export function offsetAt(zone: string, localDateTime: string): string {
  const [first] = offsetsAt(zone, localDateTime);
  return first ?? offsetText(offsetMinutes(zone, wallClockMs(localDateTime) - 86_400_000));
}

/** The instant of a day (`YYYY-MM-DD`) and clock time (`HH:MM`) in a zone, with its offset: `2023-05-10T11:00+06:00`. */
export function instantAt(day: string, time: string, zone: string): string {
  const local = `${day}T${time}`;
  return `${local}${offsetAt(zone, local)}`;
}

/** The wall-clock part (`YYYY-MM-DDTHH:MM[:SS]`) and the offset (`+05:00`, `Z`) of a stored instant. */
export function splitInstant(instant: string): { local: string; offset: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})$/.exec(instant);
  return match === null ? undefined : { local: match[1]!, offset: match[2]! };
}

/**
 * Whether a stored instant carries the offset its zone kept at that wall-clock
 * reading; if not, the instant with the right one (`2023-05-10T11:00+05:00`
 * for `2023-05-10T11:00+06:00` in Aktobe).
 */
export function rightOffset(instant: string, zone: string): { ok: true } | { ok: false; offset: string; instant: string } {
  const parts = splitInstant(instant);
  if (parts === undefined) return { ok: true }; // not an instant at all: the schema says so
  const valid = offsetsAt(zone, parts.local);
  const offset = parts.offset === 'Z' ? '+00:00' : parts.offset;
  if (valid.includes(offset)) return { ok: true };
  const right = valid[0] ?? offsetAt(zone, parts.local);
  if (valid.length === 0 && offset === right) return { ok: true };
  return { ok: false, offset: right, instant: `${parts.local}${right}` };
}

/** How an offset is said to readers: `UTC+5`, `UTC+6`, `UTC+5:30`. */
export function utcLabel(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (match === null) return 'UTC';
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours === 0 && minutes === 0) return 'UTC';
  return `UTC${match[1]}${hours}${minutes === 0 ? '' : `:${match[3]}`}`;
}

/**
 * The build date ("as of"): `SOURCE_DATE_EPOCH` (seconds) when set, so the
 * same content and date give the same site; otherwise now.
 */
export function buildInstant(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH=${epoch} is not a number of seconds — set it like SOURCE_DATE_EPOCH=$(date +%s)`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date();
}

/** The build's "as of" day, `YYYY-MM-DD` in Kazakhstan (Asia/Almaty). */
export function asOfDay(instant: Date = buildInstant()): string {
  return localDay(instant, asOfZone);
}

/** Whole days from day `a` to day `b` (both `YYYY-MM-DD`); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
