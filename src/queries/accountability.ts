/**
 * What the accountability pages read: the one computation of every figure
 * (src/lib/accountability/compute.ts), made once per build process, and the
 * periods each scope's pages are given for. A region's periods come from its
 * own meetings and calendars, so its pages are the same whichever regions
 * a shard of the build holds; the national and ministry pages from the
 * whole record.
 */
import { earliestDay, type Accountability } from '../lib/accountability/compute.ts';
import type { EntryResult } from '../lib/accountability/calendar.ts';
import { accountabilityOf } from '../lib/accountability/of-model.ts';
import { contentPeriods, type Period } from '../lib/accountability/rules.ts';
import type { Calendar } from '../schemas/calendar.ts';
import type { Settlement } from '../schemas/settlement.ts';
import { siteIndex, type SiteModel } from './site.ts';
import type { Language } from '../vocabularies.ts';
import { tf } from '../lib/i18n/translations.ts';

/** Every accountability figure of the content this process builds: the same object the open-data page, files and API read (accountabilityOf). */
export function accountabilityIndex(): Accountability {
  return accountabilityOf(siteIndex());
}

/** Pages are given for years and half-years, newest first. */
const pageKinds = new Set<Period['kind']>(['year', 'half-year']);
/** Newest year first, each year followed by its half-years in order: 2026, 2026-H1, 2026-H2, 2025, … */
const newestFirst = (a: Period, b: Period) => (a.year !== b.year ? b.year - a.year : a.kind !== b.kind ? (a.kind === 'year' ? -1 : b.kind === 'year' ? 1 : 0) : a.first.localeCompare(b.first));

/** The periods of each scope's record, worked out once per content model (one pass over the meetings and calendars), not per page. */
interface ScopePeriods {
  /** Region slug → its years and half-years, newest first. */
  regionPages: Map<string, readonly Period[]>;
  /** Region slug → its quarters, newest first. */
  regionQuarters: Map<string, readonly Period[]>;
  nationalPages: readonly Period[];
  nationalQuarters: readonly Period[];
}

const scopePeriodsOf = new WeakMap<SiteModel, ScopePeriods>();

function scopePeriods(): ScopePeriods {
  const model = siteIndex();
  const known = scopePeriodsOf.get(model);
  if (known !== undefined) return known;
  const { content, asOf, meetingsByRegion } = model;
  const calendarsByRegion = new Map<string, Calendar[]>();
  for (const c of content.calendars) calendarsByRegion.set(c.region, [...(calendarsByRegion.get(c.region) ?? []), c]);
  const ofDay = (day: string | undefined) => {
    const all = contentPeriods(day, asOf);
    return { pages: Object.freeze(all.filter((p) => pageKinds.has(p.kind)).sort(newestFirst)), quarters: Object.freeze(all.filter((p) => p.kind === 'quarter').sort(newestFirst)) };
  };
  const regionPages = new Map<string, readonly Period[]>();
  const regionQuarters = new Map<string, readonly Period[]>();
  for (const r of content.regions) {
    const { pages, quarters } = ofDay(earliestDay({ meetings: meetingsByRegion.get(r.slug) ?? [], calendars: calendarsByRegion.get(r.slug) ?? [] }));
    regionPages.set(r.slug, pages);
    regionQuarters.set(r.slug, quarters);
  }
  const national = ofDay(earliestDay(content));
  const out: ScopePeriods = { regionPages, regionQuarters, nationalPages: national.pages, nationalQuarters: national.quarters };
  scopePeriodsOf.set(model, out);
  return out;
}

/** The years and half-years a region's accountability pages exist for, newest year first (shared by every caller: never modify it). */
export function regionPeriods(region: string): readonly Period[] {
  return scopePeriods().regionPages.get(region) ?? [];
}

/** The years and half-years of the whole record, newest first: the national and ministry pages'. */
export function nationalPeriods(): readonly Period[] {
  return scopePeriods().nationalPages;
}

/** The quarters of a region's record (the country's when undefined), newest year first: its printable reports'. */
export function reportQuarters(region: string | undefined): readonly Period[] {
  const s = scopePeriods();
  return region === undefined ? s.nationalQuarters : (s.regionQuarters.get(region) ?? []);
}

/** The period a scope's main page shows: the newest year. */
export function currentPeriod(periods: readonly Period[]): Period | undefined {
  return periods.find((p) => p.kind === 'year');
}

/** A period in words: «2026 жыл», «1-е полугодие 2026 г.», "Q3 2026". */
export function periodName(period: Period, lang: Language): string {
  const n = Number(period.id.slice(-1));
  const key = period.kind === 'year' ? 'periodName.year' : period.kind === 'half-year' ? (`periodName.half${n}` as 'periodName.half1') : (`periodName.q${n}` as 'periodName.q1');
  return tf(lang, key, { year: period.year });
}

const settlementIndexOf = new WeakMap<SiteModel, Map<string, Settlement>>();

/** The settlement of a KATO code, from a map built once per content model (a holder's name is looked up on every row of every obligations page). */
export function settlementByKato(kato: string): Settlement | undefined {
  const model = siteIndex();
  let index = settlementIndexOf.get(model);
  if (index === undefined) {
    index = new Map(model.content.settlements.map((s) => [s.kato, s]));
    settlementIndexOf.set(model, index);
  }
  return index.get(kato);
}

interface EntryIndex {
  /** `holder:{key}` or `region:{slug}` → its entries, by planned start, then id. */
  byScope: Map<string, EntryResult[]>;
  /** `{scope}|{period}` → the entries planned from within the period, once asked for. */
  byPeriod: Map<string, readonly EntryResult[]>;
}

const entryIndexOf = new WeakMap<Accountability, EntryIndex>();

/**
 * The calendar entries of a holder (`{ holder: 'district:abay/ayagoz' }`) or
 * of a region (`{ region: 'abay' }`) whose current planned start falls in the
 * period, by planned start then id: what the obligations pages list. Grouped
 * once per build (not a walk over every entry per page) and kept per scope
 * and period; the list is shared, never modify it.
 */
export function plannedEntries(scope: { holder: string } | { region: string }, period: Pick<Period, 'id' | 'first' | 'last'>): readonly EntryResult[] {
  const acc = accountabilityIndex();
  let index = entryIndexOf.get(acc);
  if (index === undefined) {
    const byScope = new Map<string, EntryResult[]>();
    const put = (key: string, e: EntryResult) => {
      const list = byScope.get(key);
      if (list === undefined) byScope.set(key, [e]);
      else list.push(e);
    };
    for (const e of acc.entries.values()) {
      put(`region:${e.region}`, e);
      if (e.holder !== undefined) put(`holder:${e.holder}`, e);
    }
    for (const list of byScope.values()) list.sort((a, b) => a.planned.from.localeCompare(b.planned.from) || a.id.localeCompare(b.id));
    index = { byScope, byPeriod: new Map() };
    entryIndexOf.set(acc, index);
  }
  const scopeKey = 'holder' in scope ? `holder:${scope.holder}` : `region:${scope.region}`;
  const key = `${scopeKey}|${period.id}`;
  let list = index.byPeriod.get(key);
  if (list === undefined) {
    list = Object.freeze((index.byScope.get(scopeKey) ?? []).filter((e) => e.planned.from >= period.first && e.planned.from <= period.last));
    index.byPeriod.set(key, list);
  }
  return list;
}
