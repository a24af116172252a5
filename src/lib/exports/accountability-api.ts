/**
 * The accountability documents of the static API:
 * - `/api/calendars/{region}/{year}.json`: a region's calendar as approved,
 *   every entry after the corrections with its outcome (the calendar-entries
 *   rows) and every correction (the calendar-corrections rows);
 * - `/api/accountability/national/{period}.json`: the country's totals;
 * - `/api/accountability/regions/{region}/{period}.json`: the region's totals
 *   and the compliance row of each of its akims;
 * - `/api/accountability/districts/{region}/{district}/{period}.json`: the
 *   district's (or town's) akim: its compliance row, the places it must cover
 *   with the meetings held there, and its rural akims' rows;
 * - `/api/accountability/ministries/{body}/{period}.json`: a ministry.
 * `{period}` is `2026`, `2026-H1` or `2026-Q3`: every period of the
 * computation. Rows are made by the open-data column definitions, so a field
 * says exactly what the same column of `/data/compliance.json` says; a
 * scope's `totals` are its row of `/data/accountability-totals.json` (less
 * the scope and period columns, which the document gives already).
 * Every number is read from the one `Accountability`; none is computed here.
 */
import type { Accountability, IssueHandling, MinistryFigures, Period, Share } from '../accountability/compute.ts';
import type { Calendar } from '../../schemas/calendar.ts';
import type { Content } from '../content/load.ts';
import { calendarKey, type ComplianceRow, type CorrectionRow, type TotalsRow } from './accountability-datasets.ts';
import type { Cell, Dataset } from './datasets.ts';

/** API path of a region's calendar of a year. */
export const calendarApiPath = (region: string, year: number | string): string => `/api/calendars/${region}/${year}.json`;
/** API path of the country's accountability in a period. */
export const nationalAccountabilityApiPath = (period: string): string => `/api/accountability/national/${period}.json`;
/** API path of a region's accountability in a period. */
export const regionAccountabilityApiPath = (region: string, period: string): string => `/api/accountability/regions/${region}/${period}.json`;
/** API path of a district's (or town's) akim's accountability in a period. */
export const districtAccountabilityApiPath = (region: string, district: string, period: string): string => `/api/accountability/districts/${region}/${district}/${period}.json`;
/** API path of a ministry's accountability in a period. */
export const ministryAccountabilityApiPath = (body: string, period: string): string => `/api/accountability/ministries/${body}/${period}.json`;

/** Every accountability document the content calls for: one per calendar, and per period one national, one per region, district and ministry. */
export function expectedAccountabilityPaths(content: Pick<Content, 'calendars' | 'regions' | 'districts'>, periods: readonly string[], ministries: readonly string[]): string[] {
  const out = content.calendars.map((c) => calendarApiPath(c.region, c.year));
  for (const p of periods) {
    out.push(nationalAccountabilityApiPath(p));
    for (const r of content.regions) out.push(regionAccountabilityApiPath(r.slug, p));
    for (const d of content.districts) out.push(districtAccountabilityApiPath(d.region, d.slug, p));
    for (const b of ministries) out.push(ministryAccountabilityApiPath(b, p));
  }
  return out;
}

type ApiRecord = Record<string, unknown>;
type Envelope = (document: string) => ApiRecord;

function row(dataset: Dataset, r: unknown, leave: ReadonlySet<string> = new Set()): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const c of dataset.columns) if (!leave.has(c.name)) out[c.name] = c.value(r);
  return out;
}

/** A share as the computation gives it: `percent` null under 5 events, as in the files. */
const shareOf = (s: Share): ApiRecord => ({ count: s.count, of: s.of, percent: s.percent ?? null });

/** The columns of accountability-totals that say whose totals a row holds: the document says it already. */
const scopeColumns = new Set(['scope', 'region', 'period', 'period_kind', 'period_first', 'period_last', 'rules_version']);

const periodOf = (p: Period): ApiRecord => ({ id: p.id, kind: p.kind, first: p.first, last: p.last });

function handling(h: IssueHandling): ApiRecord {
  return {
    raised: h.raised,
    resolved: shareOf(h.resolvedShare),
    overdue: shareOf(h.overdueShare),
    overdue_issues: h.overdue,
    median_days_to_resolve: h.medianDaysToResolve,
    deadline_moves: h.deadlineMoves,
    moved_deadline: h.movedDeadline,
  };
}

function ministry(f: MinistryFigures): ApiRecord {
  return {
    held: f.held,
    regions_visited: f.regionsVisited,
    outside_centre: shareOf(f.outsideCentre),
    outside_centre_meetings: f.outsideCentreMeetings,
    quarters: f.quarters.map((q) => ({ period: q.period.id, rules_version: q.version, times: q.times, held: q.held, met: q.met, complete: q.complete })),
    quarters_met: shareOf(f.quartersMet),
    raised_at_meetings: handling(f.raisedAtMeetings),
    assigned: handling(f.assigned),
  };
}

/** The places an office must cover in the rule period that is the row's period, with the held meetings there: where a resident finds their village. */
function places(r: ComplianceRow): ApiRecord[] | null {
  if (r.coverage?.measure !== 'places') return null;
  return r.coverage.list.map((p) => ({ kind: p.kind, id: p.id, place_kind: p.placeKind, name_kk: p.name.kk ?? null, name_ru: p.name.ru, name_en: p.name.en ?? null, meetings: p.meetings, covered: p.covered }));
}

/**
 * Every accountability document. `sets` are the country's datasets (the
 * calendar and compliance rows are taken from them); `pages` gives a page's
 * paths in each language.
 */
export function* accountabilityDocuments(acc: Accountability, calendars: readonly Calendar[], sets: Dataset[], envelope: Envelope, links: (self: string) => ApiRecord): Generator<{ path: string; body: ApiRecord }> {
  const find = (name: string): Dataset => {
    const set = sets.find((d) => d.name === name);
    if (set === undefined) throw new Error(`the API is built from the open-data dataset "${name}", which datasets() no longer returns`);
    return set;
  };
  const entrySet = find('calendar-entries');
  const correctionSet = find('calendar-corrections');
  const compliance = find('compliance');
  const totalsSet = find('accountability-totals');
  // A scope's totals are its accountability-totals row, as the open data has it.
  const totalsOf = new Map<string, Record<string, Cell>>();
  for (const t of totalsSet.rows as TotalsRow[]) totalsOf.set(`${t.region ?? ''}|${t.figures.period.id}`, row(totalsSet, t, scopeColumns));

  // Calendars: entries and corrections grouped by their calendar.
  const entriesOf = new Map<string, ApiRecord[]>();
  for (const e of entrySet.rows as { region: string; calendarYear: number }[]) {
    const key = `${e.region}/${e.calendarYear}`;
    const list = entriesOf.get(key) ?? [];
    list.push(row(entrySet, e, new Set(['region', 'year'])));
    entriesOf.set(key, list);
  }
  const correctionsOf = new Map<string, ApiRecord[]>();
  for (const c of correctionSet.rows as CorrectionRow[]) {
    const key = calendarKey(c.calendar);
    const list = correctionsOf.get(key) ?? [];
    list.push(row(correctionSet, c, new Set(['calendar', 'region', 'year'])));
    correctionsOf.set(key, list);
  }
  for (const c of calendars) {
    const key = calendarKey(c);
    const path = calendarApiPath(c.region, c.year);
    yield {
      path,
      body: {
        ...envelope('calendar'),
        calendar: {
          region: c.region,
          year: c.year,
          approved: c.approved.date,
          approved_by_kk: c.approved.by.kk ?? null,
          approved_by_ru: c.approved.by.ru ?? null,
          approved_by_en: c.approved.by.en ?? null,
          maslikhat_act: c.approved.maslikhat.act,
          maslikhat_session: c.approved.maslikhat.session,
          maslikhat_date: c.approved.maslikhat.date,
          maslikhat_number: c.approved.maslikhat.number,
          maslikhat_url: c.approved.maslikhat.url ?? null,
          url: c.approved.url ?? null,
        },
        entries: entriesOf.get(key) ?? [],
        corrections: correctionsOf.get(key) ?? [],
        links: { ...links(path), region: `/api/regions/${c.region}.json`, accountability: acc.periods.filter((p) => p.year === c.year).map((p) => regionAccountabilityApiPath(c.region, p.id)) },
      },
    };
  }

  // Compliance rows by office and period.
  const rowOf = new Map<string, ComplianceRow>();
  for (const r of compliance.rows as ComplianceRow[]) rowOf.set(`${r.holder.key}|${r.period.id}`, r);
  const holderRow = (key: string, period: string): ApiRecord | null => {
    const r = rowOf.get(`${key}|${period}`);
    return r === undefined ? null : row(compliance, r);
  };

  for (const p of acc.periods) {
    const national = acc.national.get(p.id);
    if (national !== undefined) {
      const path = nationalAccountabilityApiPath(p.id);
      yield {
        path,
        body: {
          ...envelope('accountability-national'),
          period: periodOf(p),
          rules_version: national.version ?? null,
          totals: totalsOf.get(`|${p.id}`) ?? null,
          links: { ...links(path), regions: [...acc.regions.keys()].map((r) => regionAccountabilityApiPath(r, p.id)), ministries: [...acc.ministries.keys()].map((b) => ministryAccountabilityApiPath(b, p.id)) },
        },
      };
    }
    for (const [region, byPeriod] of acc.regions) {
      const f = byPeriod.get(p.id);
      if (f === undefined) continue;
      const path = regionAccountabilityApiPath(region, p.id);
      const keys = acc.holdersOfRegion.get(region) ?? [];
      yield {
        path,
        body: {
          ...envelope('accountability-region'),
          region,
          period: periodOf(p),
          rules_version: f.version ?? null,
          totals: totalsOf.get(`${region}|${p.id}`) ?? null,
          akims: keys.map((k) => holderRow(k, p.id)).filter((r) => r !== null),
          links: {
            ...links(path),
            national: nationalAccountabilityApiPath(p.id),
            calendar: calendars.some((c) => c.region === region && c.year === p.year) ? calendarApiPath(region, p.year) : null,
            districts: keys.filter((k) => acc.holders.get(k)?.role === 'district-akim' || acc.holders.get(k)?.role === 'town-akim').map((k) => districtAccountabilityApiPath(region, acc.holders.get(k)!.district!, p.id)),
          },
        },
      };
    }
  }
}

/** Documents per district and per ministry: separate so that a district is found by its key. */
export function* districtAndMinistryDocuments(acc: Accountability, districts: readonly { region: string; slug: string }[], sets: Dataset[], envelope: Envelope, links: (self: string) => ApiRecord): Generator<{ path: string; body: ApiRecord }> {
  const compliance = sets.find((d) => d.name === 'compliance');
  if (compliance === undefined) throw new Error('the API is built from the open-data dataset "compliance", which datasets() no longer returns');
  const rowOf = new Map<string, ComplianceRow>();
  for (const r of compliance.rows as ComplianceRow[]) rowOf.set(`${r.holder.key}|${r.period.id}`, r);
  // Rural akims by their district.
  const okrugs = new Map<string, string[]>();
  for (const h of acc.holders.values()) {
    if (h.role !== 'rural-akim' || h.district === undefined) continue;
    const key = `district:${h.region}/${h.district}`;
    okrugs.set(key, [...(okrugs.get(key) ?? []), h.key]);
  }
  for (const p of acc.periods) {
    for (const d of districts) {
      const key = `district:${d.region}/${d.slug}`;
      const r = rowOf.get(`${key}|${p.id}`);
      const path = districtAccountabilityApiPath(d.region, d.slug, p.id);
      yield {
        path,
        body: {
          ...envelope('accountability-district'),
          region: d.region,
          district: d.slug,
          period: periodOf(p),
          // The akim of a district of Astana, Almaty or Shymkent, or of an oblast's district or town.
          akim: r === undefined ? null : row(compliance, r),
          places: r === undefined ? null : places(r),
          rural_akims: (okrugs.get(key) ?? []).map((k) => rowOf.get(`${k}|${p.id}`)).filter((x) => x !== undefined).map((x) => row(compliance, x)),
          links: { ...links(path), region: regionAccountabilityApiPath(d.region, p.id) },
        },
      };
    }
    for (const [body, byPeriod] of acc.ministries) {
      const f = byPeriod.get(p.id);
      if (f === undefined) continue;
      const path = ministryAccountabilityApiPath(body, p.id);
      const r = rowOf.get(`minister:${body}|${p.id}`);
      yield {
        path,
        body: {
          ...envelope('accountability-ministry'),
          body,
          period: periodOf(p),
          minister: r === undefined ? null : row(compliance, r),
          figures: ministry(f),
          links: { ...links(path), national: nationalAccountabilityApiPath(p.id), regions: f.regionsVisited.map((region) => regionAccountabilityApiPath(region, p.id)) },
        },
      };
    }
  }
}
