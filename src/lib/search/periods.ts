/**
 * The search index is split by period, so that what a reader downloads for a
 * first query does not grow with the whole record.
 *
 * A period is the calendar month of an issue's day raised or of a meeting's
 * local day (`2026-11`): a month keeps its index small (at 100,000 issues over
 * eleven months, about 9,500 issues and 1,400 meetings each), and it is
 * stable: a record's month is its own date's, so adding or changing other
 * records never moves it, and a change of one issue rebuilds the index of one
 * month per language. Regions, districts and action-plan measures, few and
 * always wanted, are in the `general` index, which every search reads and
 * which carries Pagefind's script.
 *
 * A first search reads the general index and the recent months: the month of
 * the build day and every later one (upcoming meetings), and in the first
 * half of a month the month before.
 * The reader can add the earlier months; a year filter reads that year's
 * months, and the oldest-first order reads every month.
 */

/** The index of regions, districts and measures, at the root of `/pagefind/`. */
export const generalPeriod = 'general';

/** The period of a record with a date, `YYYY-MM-DD`, and of records without one. */
export function periodOf(type: string, date: string | undefined): string {
  if ((type === 'issue' || type === 'meeting') && date !== undefined) return date.slice(0, 7);
  return generalPeriod;
}

/** The folder of a period's index under `/pagefind/`: the general index is at the root. */
export function periodPath(period: string): string {
  return period === generalPeriod ? '/pagefind/' : `/pagefind/${period}/`;
}

/** The month before `YYYY-MM`. */
function monthBefore(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${String(year)}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The months a first search reads, of `months` (the months that have
 * records), for the build day `asOf`: the build day's month and every later
 * one (upcoming meetings), and in the first half of a month the month before
 * too, so a first search covers at least the last fortnight; the newest month
 * if none of them has records. At 100,000 issues a month holds about 11,000
 * records and a first query for «вода» over the newest one downloads 211 KB,
 * over the newest two 294 KB; in the first half of a month the month before
 * it is read with at most half a month, so a first query stays under 300 KB.
 */
export function recentPeriods(months: readonly string[], asOf: string): string[] {
  const month = asOf.slice(0, 7);
  const from = Number(asOf.slice(8, 10)) <= 15 ? monthBefore(month) : month;
  const sorted = [...months].sort();
  const recent = sorted.filter((m) => m >= from);
  return recent.length > 0 ? recent : sorted.slice(-1);
}

/** What the reader asked for that decides which months to read. */
export interface PeriodRequest {
  /** «Also search earlier months» is ticked. */
  earlier: boolean;
  /** The year filter, or '' for any year. */
  year: string;
  /** The order: '' (best match), 'newest' or 'oldest'. */
  sort: string;
}

/**
 * The months a search reads, and whether its results are complete (no month
 * with records the request could match is left out): a year filter reads
 * exactly that year's months; oldest first and «earlier months» read every
 * month; otherwise the recent ones. The general index is read always and is
 * not listed.
 */
export function periodsFor(request: PeriodRequest, months: readonly string[], recent: readonly string[]): { months: string[]; complete: boolean } {
  const sorted = [...months].sort();
  if (request.year !== '') return { months: sorted.filter((m) => m.startsWith(`${request.year}-`)), complete: true };
  if (request.earlier || request.sort === 'oldest') return { months: sorted, complete: true };
  const wanted = sorted.filter((m) => recent.includes(m));
  return { months: wanted, complete: wanted.length === sorted.length };
}
