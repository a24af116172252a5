/**
 * What the accountability pages read: the one computation of every figure
 * (src/lib/accountability/compute.ts), made once per build process, and the
 * periods each scope's pages are given for. A region's periods come from its
 * own meetings and calendars, so its pages are the same whichever regions
 * a shard of the build holds; the national and ministry pages from the
 * whole record.
 */
import { earliestDay, type Accountability } from '../lib/accountability/compute.ts';
import { accountabilityOf } from '../lib/accountability/of-model.ts';
import { contentPeriods, type Period } from '../lib/accountability/rules.ts';
import { siteIndex } from './site.ts';
import type { Language } from '../vocabularies.ts';

/** Every accountability figure of the content this process builds: the same object the open-data page, files and API read (accountabilityOf). */
export function accountabilityIndex(): Accountability {
  return accountabilityOf(siteIndex());
}

/** Pages are given for years and half-years, newest first. */
const pageKinds = new Set<Period['kind']>(['year', 'half-year']);
/** Newest year first, each year followed by its half-years in order: 2026, 2026-H1, 2026-H2, 2025, … */
const newestFirst = (a: Period, b: Period) => (a.year !== b.year ? b.year - a.year : a.kind !== b.kind ? (a.kind === 'year' ? -1 : b.kind === 'year' ? 1 : 0) : a.first.localeCompare(b.first));

/** The years and half-years a region's accountability pages exist for, newest year first. */
export function regionPeriods(region: string): Period[] {
  const { content, asOf } = siteIndex();
  const day = earliestDay({ meetings: content.meetings.filter((m) => m.place.region === region), calendars: content.calendars.filter((c) => c.region === region) });
  return contentPeriods(day, asOf).filter((p) => pageKinds.has(p.kind)).sort(newestFirst);
}

/** The years and half-years of the whole record, newest first: the national and ministry pages'. */
export function nationalPeriods(): Period[] {
  const { content, asOf } = siteIndex();
  return contentPeriods(earliestDay(content), asOf).filter((p) => pageKinds.has(p.kind)).sort(newestFirst);
}

/** The quarters of a region's record, newest year first: its printable reports'. */
export function reportQuarters(region: string | undefined): Period[] {
  const { content, asOf } = siteIndex();
  const meetings = region === undefined ? content.meetings : content.meetings.filter((m) => m.place.region === region);
  const calendars = region === undefined ? content.calendars : content.calendars.filter((c) => c.region === region);
  return contentPeriods(earliestDay({ meetings, calendars }), asOf).filter((p) => p.kind === 'quarter').sort(newestFirst);
}

/** The period a scope's main page shows: the newest year. */
export function currentPeriod(periods: readonly Period[]): Period | undefined {
  return periods.find((p) => p.kind === 'year');
}

const romanQuarter = ['I', 'II', 'III', 'IV'];

/** A period in words: «2026 жыл», «1-е полугодие 2026 г.», "Q3 2026". */
export function periodName(period: Period, lang: Language): string {
  const n = Number(period.id.slice(-1));
  if (period.kind === 'year') return { kk: `${period.year} жыл`, ru: `${period.year} год`, en: String(period.year) }[lang];
  if (period.kind === 'half-year') return { kk: `${period.year} ж. ${n}-жартыжылдық`, ru: `${n}-е полугодие ${period.year} г.`, en: `${n === 1 ? 'First' : 'Second'} half of ${period.year}` }[lang];
  return { kk: `${period.year} ж. ${n}-тоқсан`, ru: `${romanQuarter[n - 1]} квартал ${period.year} г.`, en: `Q${n} ${period.year}` }[lang];
}
