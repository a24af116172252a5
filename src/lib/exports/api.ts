/**
 * The static JSON API: one document per issue (`/api/issues/{id}.json`),
 * meeting (`/api/meetings/{id}.json`) and region (`/api/regions/{region}.json`,
 * with its districts and their figures), and `/api/index.json` listing them
 * all, so a developer can fetch one permalink instead of the whole dataset.
 *
 * A document holds its entry's open-data row (`issue`, `meeting`, `region`)
 * and the rows of the tables that belong to it (`history`, `announcements`,
 * `districts`), made by the same column definitions (`datasets.ts`) from the
 * same figures, so every field says exactly what `/data/*.json` says under
 * the same name. Lists that a CSV cell joins with spaces (an issue's
 * meetings, evidence links) are JSON arrays here, and a meeting adds what its
 * row leaves out (venue, address, reason, video, documents, coverage). Every
 * document carries the dataset version, as-of day, licence and source, as the
 * open-data files do, and `links`: its pages in each language and the API
 * paths of related documents, as paths from the site root (`source`).
 * Calendars (`/api/calendars/{region}/{year}.json`) and accountability per
 * period (`/api/accountability/…/{period}.json`): see accountability-api.ts.
 */
import { type Link } from '../../schemas/common.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { currentEvent, type ContentIndex } from '../content/indexes.ts';
import type { SiteFigures } from '../stats/site-figures.ts';
import { datasets, nationalOnlyDatasets, type Cell, type Dataset } from './datasets.ts';
import type { FileMeta } from './files.ts';
import { accountabilityOf } from '../accountability/of-model.ts';
import { accountabilityDocuments, calendarApiPath, districtAccountabilityApiPath, districtAndMinistryDocuments, ministryAccountabilityApiPath, nationalAccountabilityApiPath, regionAccountabilityApiPath } from './accountability-api.ts';
import { type Language, languages } from '../../vocabularies.ts';
import { once } from '../once.ts';

/** API path of the index. */
export const apiIndexPath = '/api/index.json';
/** API path of an issue's document. */
export const issueApiPath = (id: string): string => `/api/issues/${id}.json`;
/** API path of a meeting's document. */
export const meetingApiPath = (id: string): string => `/api/meetings/${id}.json`;
/** API path of a region's document. */
export const regionApiPath = (slug: string): string => `/api/regions/${slug}.json`;

/** One API document: where it is served and what it says. */
export interface ApiDocument {
  /** Path from the site root, e.g. `/api/issues/i-10-00042.json`. */
  path: string;
  body: Record<string, unknown>;
}

type ApiRecord = Record<string, unknown>;
type PagePaths = Record<Language, string>;

/** One row of a dataset as the open-data JSON writes it: column name → value. */
function row(dataset: Dataset, r: unknown): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const c of dataset.columns) out[c.name] = c.value(r);
  return out;
}

function find(sets: Dataset[], name: string): Dataset {
  const set = sets.find((d) => d.name === name);
  if (set === undefined) throw new Error(`the API is built from the open-data dataset "${name}", which datasets() no longer returns`);
  return set;
}

/** Records of a dataset grouped by the value of one column, with that column left out. */
function groupBy(dataset: Dataset, column: string): Map<string, ApiRecord[]> {
  const out = new Map<string, ApiRecord[]>();
  for (const r of dataset.rows) {
    const { [column]: key, ...rest } = row(dataset, r);
    const list = out.get(String(key));
    if (list) list.push(rest);
    else out.set(String(key), [rest]);
  }
  return out;
}

/** `name_kk`, `name_ru`, `name_en`, null where not written: the open-data way of giving text. */
function texts(name: string, text: Partial<Record<Language, string>> | undefined): ApiRecord {
  const out: ApiRecord = {};
  for (const lang of languages) out[`${name}_${lang}`] = text?.[lang] ?? null;
  return out;
}

const link = (l: Link): ApiRecord => ({ url: l.url, ...texts('title', l.title) });
const pages = (path: string): PagePaths => Object.fromEntries(languages.map((lang) => [lang, `/${lang}/${path}`])) as PagePaths;

/**
 * Every API document, the index last. Documents are made one at a time as
 * they are asked for, so a writer holds one at a time however large the content.
 */
/**
 * Which documents to make: every one (the default), one region's own (its
 * issues, meetings and region document, which the build makes with that
 * region's pages, from its part of the content and with its version), or
 * the national ones (calendars, accountability, the index).
 */
export type ApiScope = { region: string } | 'national' | 'all';

export function* apiDocuments(model: ContentIndex & { figures: SiteFigures }, meta: FileMeta, scope: ApiScope = 'all'): Generator<ApiDocument> {
  const { content } = model;
  const national = scope === 'all' || scope === 'national';
  const inScope = (region: string) => scope === 'all' || (scope !== 'national' && scope.region === region);
  const envelope = (document: string) => ({ document, version: meta.version, asOf: meta.asOf, license: meta.license, source: meta.siteUrl });
  const sets = datasets(model);
  const issueSet = find(sets, 'issues');
  const meetingSet = find(sets, 'meetings');
  const regionSet = find(sets, 'regions');
  const districtSet = find(sets, 'districts');
  // Made only for a scope with issues' and meetings' documents: the country's alone (calendars, accountability, the
  // index) needs none of them, and its step reads the issues without their text (work.ts).
  const history = once(() => groupBy(find(sets, 'status-history'), 'issue_id'));
  const changes = once(() => groupBy(find(sets, 'issue-changes'), 'issue_id'));
  const announcements = once(() => groupBy(find(sets, 'announcements'), 'meeting_id'));
  const meetingChanges = once(() => groupBy(find(sets, 'meeting-changes'), 'meeting_id'));
  const regionFiles = sets.filter((d) => !nationalOnlyDatasets.has(d.name)).map((d) => d.name);

  for (const issue of issueSet.rows as Issue[]) {
    if (!inScope(issue.place.region)) continue;
    yield {
      path: issueApiPath(issue.id),
      body: {
        ...envelope('issue'),
        issue: { ...row(issueSet, issue), meetings: issue.meetings },
        history: (history().get(issue.id) ?? []).map((e) => ({ ...e, evidence: (issue.history[Number(e.seq) - 1]?.evidence ?? []).map(link) })),
        changes: (changes().get(issue.id) ?? []).map((c) => {
          const change = issue.changes[Number(c.seq) - 1];
          return { ...c, evidence: (change?.kind === 'progress' ? change.evidence : []).map(link) };
        }),
        links: {
          self: issueApiPath(issue.id),
          index: apiIndexPath,
          pages: pages(`issues/${issue.id}/`),
          meetings: issue.meetings.map(meetingApiPath),
          region: regionApiPath(issue.place.region),
          ...(issue.duplicateOf === undefined ? {} : { duplicate_of: issueApiPath(issue.duplicateOf) }),
        },
      },
    };
  }

  for (const meeting of meetingSet.rows as Meeting[]) {
    const { place } = meeting;
    if (!inScope(place.region)) continue;
    yield {
      path: meetingApiPath(meeting.id),
      body: {
        ...envelope('meeting'),
        meeting: {
          ...row(meetingSet, meeting),
          ...texts('settlement', place.settlement?.name),
          ...texts('venue', place.venue),
          ...texts('address', place.address),
          ...texts('status_reason', meeting.statusReason),
          video: meeting.video,
          documents: meeting.documents.map(link),
          coverage: meeting.coverage.map((c) => ({ outlet: c.outlet, ...texts('title', c.title), url: c.url, published: c.published })),
        },
        announcements: announcements().get(meeting.id) ?? [],
        changes: meetingChanges().get(meeting.id) ?? [],
        links: {
          self: meetingApiPath(meeting.id),
          index: apiIndexPath,
          pages: pages(`meetings/${meeting.id}/`),
          calendar: `/meetings/${meeting.id}.ics`,
          region: regionApiPath(place.region),
          issues: (model.issuesByMeeting.get(meeting.id) ?? []).map((i) => issueApiPath(i.id)),
        },
      },
    };
  }

  const districtRows = new Map<string, ApiRecord[]>();
  for (const d of districtSet.rows as (typeof content.districts)[number][]) {
    const list = districtRows.get(d.region) ?? [];
    list.push(row(districtSet, d));
    districtRows.set(d.region, list);
  }
  for (const region of regionSet.rows as (typeof content.regions)[number][]) {
    const slug = region.slug;
    if (!inScope(slug)) continue;
    yield {
      path: regionApiPath(slug),
      body: {
        ...envelope('region'),
        region: row(regionSet, region),
        districts: districtRows.get(slug) ?? [],
        links: {
          self: regionApiPath(slug),
          index: apiIndexPath,
          pages: pages(`regions/${slug}/`),
          districts: Object.fromEntries((model.districtsByRegion.get(slug) ?? []).map((d) => [d.slug, pages(`regions/${slug}/${d.slug}/`)])),
          meetings: (model.meetingsByRegion.get(slug) ?? []).map((m) => meetingApiPath(m.id)),
          data: Object.fromEntries(regionFiles.map((name) => [name, `/data/regions/${slug}/${name}.json`])),
        },
      },
    };
  }

  if (!national) return;
  // Calendars and accountability (accountability-api.ts), from the same datasets and the one computation.
  const acc = accountabilityOf(model);
  const accLinks = (self: string) => ({ self, index: apiIndexPath });
  yield* accountabilityDocuments(acc, content.calendars, sets, envelope, accLinks);
  yield* districtAndMinistryDocuments(acc, content.districts, sets, envelope, accLinks);

  // A few fields per entry, enough to choose what to fetch (by region, by status, or what changed since a
  // day) without the index growing into a second copy of the data: about 125 bytes an issue, 4 MB at
  // 30,000 issues and a tenth of that gzipped.
  yield {
    path: apiIndexPath,
    body: {
      ...envelope('index'),
      paths: {
        issue: issueApiPath('{id}'),
        meeting: meetingApiPath('{id}'),
        region: regionApiPath('{region}'),
        calendar: calendarApiPath('{region}', '{year}'),
        accountability_national: nationalAccountabilityApiPath('{period}'),
        accountability_region: regionAccountabilityApiPath('{region}', '{period}'),
        accountability_district: districtAccountabilityApiPath('{region}', '{district}', '{period}'),
        accountability_ministry: ministryAccountabilityApiPath('{body}', '{period}'),
      },
      periods: acc.periods.map((p) => p.id),
      calendars: content.calendars.map((c) => ({ region: c.region, year: c.year, path: calendarApiPath(c.region, c.year) })),
      regions: (regionSet.rows as (typeof content.regions)[number][]).map((r) => ({ slug: r.slug, path: regionApiPath(r.slug), ...texts('name', r.name) })),
      meetings: (meetingSet.rows as Meeting[]).map((m) => ({ id: m.id, path: meetingApiPath(m.id), region: m.place.region, start: m.start, status: m.status })),
      issues: (issueSet.rows as Issue[]).map((i) => {
        const { status, date } = currentEvent(i);
        return { id: i.id, path: issueApiPath(i.id), region: i.place.region, status, status_date: date };
      }),
    },
  };
}
