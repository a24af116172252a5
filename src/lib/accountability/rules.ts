/**
 * The rules table read against time: which version is in force on a day,
 * the periods figures are given for (years, half-years, quarters), and the
 * rule periods — the version's `every` for a holder's role — that a page's
 * period holds. A period is judged by the version in force on its first
 * day; a meeting's announcement channels by the version in force on the
 * meeting's day. Everything here works on local calendar days `YYYY-MM-DD`.
 */
import type { Frequency, RulesVersion } from '../../schemas/obligations.ts';
import type { ObligationHolder, ObligationPeriod } from '../../vocabularies.ts';

/** The kinds of period figures are given for: pages show years and half-years, printable reports quarters. */
export type PeriodKind = ObligationPeriod;

/** A span of local calendar days, first and last inclusive. */
export interface Period {
  /** `2026` (year), `2026-H1` (half-year), `2026-Q3` (quarter). */
  id: string;
  kind: PeriodKind;
  year: number;
  /** First day, `YYYY-MM-DD`. */
  first: string;
  /** Last day, `YYYY-MM-DD`. */
  last: string;
}

/** A period a holder is judged over: the version in force on its first day and the frequency that version sets for the role. */
export interface RulePeriod extends Period {
  version: RulesVersion;
  frequency: Frequency;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(year: number, kind: PeriodKind, n: number): Period {
  const months = kind === 'year' ? 12 : kind === 'half-year' ? 6 : 3;
  const firstMonth = (n - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const id = kind === 'year' ? String(year) : kind === 'half-year' ? `${year}-H${n}` : `${year}-Q${n}`;
  return { id, kind, year, first: `${year}-${pad(firstMonth)}-01`, last: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
}

/** The period of a kind that holds a day: `periodOf('2026-08-03', 'quarter')` is 2026-Q3 (2026-07-01 – 2026-09-30). */
export function periodOf(day: string, kind: PeriodKind): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const n = kind === 'year' ? 1 : kind === 'half-year' ? (month <= 6 ? 1 : 2) : Math.ceil(month / 3);
  return span(year, kind, n);
}

/** The period named by an id (`2026`, `2026-H2`, `2026-Q3`), or undefined when it names none. */
export function parsePeriod(id: string): Period | undefined {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/.exec(id);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const part = match[2];
  if (part === undefined) return span(year, 'year', 1);
  return span(year, part.startsWith('H') ? 'half-year' : 'quarter', Number(part.slice(1)));
}

/** The periods of a day — its year, half-year and quarter — longest first. */
export function periodsOfDay(day: string): [Period, Period, Period] {
  return [periodOf(day, 'year'), periodOf(day, 'half-year'), periodOf(day, 'quarter')];
}

const kindOrder: Record<PeriodKind, number> = { year: 0, 'half-year': 1, quarter: 2 };

/** Orders periods by first day, the longer first when two start together (2026, 2026-H1, 2026-Q1, 2026-Q2, 2026-H2 …). */
export function comparePeriods(a: Period, b: Period): number {
  return a.first < b.first ? -1 : a.first > b.first ? 1 : kindOrder[a.kind] - kindOrder[b.kind];
}

/** The day after a day. */
function nextDay(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Every period of the given kinds that shares at least a day with `first`–`last`, ordered as `comparePeriods`. */
export function periodsOverlapping(first: string, last: string, kinds: readonly PeriodKind[] = ['year', 'half-year', 'quarter']): Period[] {
  const out: Period[] = [];
  if (first > last) return out;
  for (const kind of kinds) {
    for (let p = periodOf(first, kind); p.first <= last; p = periodOf(nextDay(p.last), kind)) out.push(p);
  }
  return out.sort(comparePeriods);
}

/** True when the two periods share a day. */
export function overlaps(a: Pick<Period, 'first' | 'last'>, b: Pick<Period, 'first' | 'last'>): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** The version in force on a day: the last whose `effective` is on or before it (versions are oldest first); undefined before the first. */
export function versionOn(versions: readonly RulesVersion[], day: string): RulesVersion | undefined {
  let found: RulesVersion | undefined;
  for (const v of versions) if (v.effective <= day) found = v;
  return found;
}

/** What a version requires of a role, if anything. */
export function frequencyOf(version: RulesVersion, role: ObligationHolder): Frequency | undefined {
  return version.frequencies.find((f) => f.holder === role);
}

/**
 * The rule periods of a role that share a day with a page's period. A period
 * of kind k is a rule period of the role when the version in force on its
 * first day asks the role to meet every k. Under the 2022 decree a district
 * akim's half-year 2023-H1 holds two rule periods, 2023-Q1 and 2023-Q2;
 * under the 2024 amendment the region akim's rule period for the page
 * 2025-H1 is the whole year 2025, which reaches past the page's period.
 * Periods that begin before the first version took effect are not judged.
 */
export function rulePeriodsIn(versions: readonly RulesVersion[], role: ObligationHolder, page: Pick<Period, 'first' | 'last'>): RulePeriod[] {
  const out: RulePeriod[] = [];
  for (const p of periodsOverlapping(page.first, page.last)) {
    const version = versionOn(versions, p.first);
    if (version === undefined) continue;
    const frequency = frequencyOf(version, role);
    if (frequency?.every === p.kind) out.push({ ...p, version, frequency });
  }
  return out;
}

/**
 * The periods figures exist for: every year, half-year and quarter from the
 * earliest day the content knows (a meeting's day or a calendar entry's
 * planned start) to the build day, in the order of `comparePeriods`. None
 * when the content has no meeting and no calendar entry.
 */
export function contentPeriods(earliestDay: string | undefined, asOf: string): Period[] {
  if (earliestDay === undefined) return [];
  return periodsOverlapping(earliestDay < asOf ? earliestDay : asOf, asOf);
}
