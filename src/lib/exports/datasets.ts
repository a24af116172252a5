/**
 * The open-data tables: one row per issue, status change, meeting,
 * announcement, region, district and action-plan measure. Every column is
 * described once here; the CSV and JSON files, their JSON Schemas and the
 * data dictionary page are all made from these definitions, and the figures
 * come from the same computation as the pages.
 */
import type { Language } from '../../schemas/common.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { currentEvent, currentStatus, districtKey, issueIsOverdue, type ContentIndex } from '../content/indexes.ts';
import { announcementLeadDays, leadTimeDays, type Figures } from '../stats/figures.ts';
import type { SiteFigures } from '../stats/site-figures.ts';

export type Cell = string | number | boolean | null;
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface Column<R> {
  name: string;
  type: ColumnType;
  /** What the column holds, in English (the dictionary page shows it). */
  description: string;
  value: (row: R) => Cell;
}

export interface Dataset<R = unknown> {
  /** File name without extension, e.g. `issues`. */
  name: string;
  description: string;
  columns: Column<R>[];
  rows: R[];
}

const languages: readonly Language[] = ['kk', 'ru', 'en'];
const text = <R>(name: string, what: string, get: (row: R) => Partial<Record<Language, string>> | undefined): Column<R>[] =>
  languages.map((lang) => ({ name: `${name}_${lang}`, type: 'string', description: `${what} in ${{ kk: 'Kazakh', ru: 'Russian', en: 'English' }[lang]}, if written`, value: (r: R) => get(r)?.[lang] ?? null }));
const share = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);

function figureColumns<R>(get: (row: R) => Figures | undefined, meetings: boolean): Column<R>[] {
  const cols: Column<R>[] = [
    { name: 'issues', type: 'integer', description: 'Issues raised', value: (r) => get(r)?.issues ?? 0 },
    { name: 'resolved', type: 'integer', description: 'Issues whose current status is resolved', value: (r) => get(r)?.resolved ?? 0 },
    { name: 'resolved_share', type: 'number', description: 'resolved ÷ issues (0–1), empty when there are no issues', value: (r) => share(get(r)?.resolvedShare ?? null) },
    { name: 'closed', type: 'integer', description: 'Issues whose current status is resolved, explained, declined or duplicate', value: (r) => get(r)?.closed ?? 0 },
    { name: 'overdue', type: 'integer', description: 'Open issues past their deadline on the as-of day', value: (r) => get(r)?.overdue ?? 0 },
    { name: 'median_days_to_resolve', type: 'number', description: 'Median days from raised to the last resolved entry, over resolved issues', value: (r) => get(r)?.medianDaysToResolve ?? null },
    { name: 'money_decided_kzt', type: 'number', description: 'Tenge approved by maslikhat decisions', value: (r) => get(r)?.moneyDecidedKzt ?? 0 },
  ];
  if (meetings) {
    cols.push(
      { name: 'meetings_held', type: 'integer', description: 'Meetings held', value: (r) => get(r)?.meetingsHeld ?? 0 },
      { name: 'meetings_upcoming', type: 'integer', description: 'Scheduled or postponed meetings on or after the as-of day', value: (r) => get(r)?.meetingsUpcoming ?? 0 },
      { name: 'outside_centre_share', type: 'number', description: 'Share of held meetings outside the oblast centre (0–1); empty for Astana, Almaty, Shymkent', value: (r) => share(get(r)?.meetingsOutsideCentreShare ?? null) },
      { name: 'timely_share', type: 'number', description: 'Share of held meetings announced at least the threshold number of days before (0–1)', value: (r) => share(get(r)?.announcements.timelyShare ?? null) },
    );
  }
  return cols;
}

/** Every dataset for the content (or for one region when `region` is given). */
export function datasets(model: ContentIndex & { figures: SiteFigures }, region?: string): Dataset[] {
  const { content, asOf, figures, meetingById } = model;
  const site = content.site.siteUrl;
  const issues = region === undefined ? [...model.issueById.values()] : (model.issuesByRegion.get(region) ?? []);
  const meetings = region === undefined ? [...meetingById.values()] : (model.meetingsByRegion.get(region) ?? []);
  const regions = content.regions.filter((r) => region === undefined || r.slug === region);
  const districts = content.districts.filter((d) => region === undefined || d.region === region);
  const issueCount = new Map<string, number>();
  for (const [id, list] of model.issuesByMeeting) issueCount.set(id, list.length);
  const minutesLangs = new Map<string, string>();
  for (const m of content.minutes) minutesLangs.set(m.meeting, [minutesLangs.get(m.meeting), m.lang].filter(Boolean).join(' '));

  const issueSet: Dataset<Issue> = {
    name: 'issues',
    description: 'One row per issue, with its current status, place, responsible body, deadline and financing.',
    rows: issues,
    columns: [
      { name: 'id', type: 'string', description: 'Permanent issue id', value: (i) => i.id },
      { name: 'url', type: 'string', description: 'Issue page (Russian; /kk/ and /en/ also exist)', value: (i) => `${site}/ru/issues/${i.id}/` },
      { name: 'region', type: 'string', description: 'Region slug', value: (i) => i.place.region },
      { name: 'district', type: 'string', description: 'District slug within the region', value: (i) => i.place.district ?? null },
      { name: 'settlement_kato', type: 'string', description: 'KATO code of the rural okrug or town', value: (i) => i.place.settlement?.kato ?? null },
      { name: 'settlement', type: 'string', description: 'Settlement name as written', value: (i) => (i.place.settlement ? (i.place.settlement.name.ru ?? i.place.settlement.name.kk ?? i.place.settlement.name.en ?? null) : null) },
      { name: 'category', type: 'string', description: 'Category id (see the methodology page)', value: (i) => i.category },
      { name: 'body', type: 'string', description: 'Responsible body id', value: (i) => i.body },
      { name: 'status', type: 'string', description: 'Current status: the last entry of the history', value: (i) => currentStatus(i) },
      { name: 'status_date', type: 'date', description: 'Date of the current status', value: (i) => currentEvent(i).date },
      { name: 'overdue', type: 'boolean', description: 'Past its deadline and not closed on the as-of day', value: (i) => issueIsOverdue(i, asOf) },
      { name: 'raised', type: 'date', description: 'Date first raised', value: (i) => i.raised },
      { name: 'meetings', type: 'string', description: 'Ids of the meetings where it was raised, separated by spaces', value: (i) => i.meetings.join(' ') },
      { name: 'deadline', type: 'date', description: 'Deadline', value: (i) => i.deadline ?? null },
      ...text<Issue>('title', 'Title', (i) => i.title),
      ...text<Issue>('description', 'What residents asked', (i) => i.description),
      { name: 'financing_kzt', type: 'number', description: 'Money decided, in tenge', value: (i) => i.financing?.amountKzt ?? null },
      { name: 'financing_source', type: 'string', description: 'local, republican or other', value: (i) => i.financing?.source ?? null },
      { name: 'maslikhat_session', type: 'string', description: 'Maslikhat session of the decision', value: (i) => i.financing?.decision?.session ?? null },
      { name: 'maslikhat_date', type: 'date', description: 'Date of the maslikhat decision', value: (i) => i.financing?.decision?.date ?? null },
      { name: 'maslikhat_number', type: 'string', description: 'Number of the maslikhat decision', value: (i) => i.financing?.decision?.number ?? null },
      { name: 'maslikhat_url', type: 'string', description: 'Where the decision is published', value: (i) => i.financing?.decision?.url ?? null },
      { name: 'measure', type: 'string', description: 'Action-plan measure id', value: (i) => i.measure ?? null },
      { name: 'duplicate_of', type: 'string', description: 'Id of the issue this one repeats', value: (i) => i.duplicateOf ?? null },
    ],
  };

  type Event = { issue: Issue; n: number };
  const historySet: Dataset<Event> = {
    name: 'status-history',
    description: 'One row per status change of every issue, oldest first; the history is append-only.',
    rows: issues.flatMap((issue) => issue.history.map((_, n) => ({ issue, n }))),
    columns: [
      { name: 'issue_id', type: 'string', description: 'Issue id', value: (e) => e.issue.id },
      { name: 'seq', type: 'integer', description: 'Position in the history, from 1', value: (e) => e.n + 1 },
      { name: 'date', type: 'date', description: 'Date of the change', value: (e) => e.issue.history[e.n]?.date ?? null },
      { name: 'status', type: 'string', description: 'Status from that date', value: (e) => e.issue.history[e.n]?.status ?? null },
      ...text<Event>('note', 'What was done or decided', (e) => e.issue.history[e.n]?.note),
      { name: 'evidence', type: 'string', description: 'Evidence links, separated by spaces', value: (e) => (e.issue.history[e.n]?.evidence ?? []).map((l) => l.url).join(' ') || null },
      { name: 'decision', type: 'string', description: 'Reference of the decision behind the change', value: (e) => e.issue.history[e.n]?.decision ?? null },
      { name: 'referred_to', type: 'string', description: 'Body the issue was referred to', value: (e) => e.issue.history[e.n]?.referredTo ?? null },
    ],
  };

  const meetingSet: Dataset<Meeting> = {
    name: 'meetings',
    description: 'One row per meeting: who, where, when, format, status, announcement lead time and issues raised.',
    rows: meetings,
    columns: [
      { name: 'id', type: 'string', description: 'Permanent meeting id', value: (m) => m.id },
      { name: 'url', type: 'string', description: 'Meeting page (Russian)', value: (m) => `${site}/ru/meetings/${m.id}/` },
      { name: 'region', type: 'string', description: 'Region slug', value: (m) => m.place.region },
      { name: 'district', type: 'string', description: 'District slug', value: (m) => m.place.district ?? null },
      { name: 'settlement_kato', type: 'string', description: 'KATO code of the settlement', value: (m) => m.place.settlement?.kato ?? null },
      { name: 'holder_level', type: 'string', description: 'region, city, district or rural-okrug', value: (m) => m.holder.level },
      ...text<Meeting>('office', 'Office holding the meeting', (m) => m.holder.office),
      { name: 'start', type: 'datetime', description: 'Start with UTC offset', value: (m) => m.start },
      { name: 'end', type: 'datetime', description: 'End with UTC offset', value: (m) => m.end },
      { name: 'new_start', type: 'datetime', description: 'New start of a postponed meeting', value: (m) => m.newStart ?? null },
      { name: 'format', type: 'string', description: 'in-person, hybrid or online', value: (m) => m.format },
      { name: 'stream', type: 'string', description: 'Stream address', value: (m) => m.stream ?? null },
      { name: 'status', type: 'string', description: 'scheduled, held, postponed or cancelled', value: (m) => m.status },
      { name: 'attendance', type: 'integer', description: 'Residents who attended', value: (m) => m.attendance ?? null },
      { name: 'announcements', type: 'integer', description: 'Press announcements recorded', value: (m) => m.announcements.length },
      { name: 'lead_days', type: 'integer', description: 'Days from the first announcement to the meeting day', value: (m) => leadTimeDays(m) ?? null },
      { name: 'issues_raised', type: 'integer', description: 'Issues recorded at the meeting', value: (m) => issueCount.get(m.id) ?? 0 },
      { name: 'minutes', type: 'string', description: 'Languages the minutes are published in', value: (m) => minutesLangs.get(m.id) ?? null },
    ],
  };

  type Announced = { meeting: Meeting; n: number };
  const announcementSet: Dataset<Announced> = {
    name: 'announcements',
    description: 'One row per press announcement of a meeting.',
    rows: meetings.flatMap((meeting) => meeting.announcements.map((_, n) => ({ meeting, n }))),
    columns: [
      { name: 'meeting_id', type: 'string', description: 'Meeting id', value: (a) => a.meeting.id },
      { name: 'channel', type: 'string', description: 'newspaper, tv, radio, website, social or egov', value: (a) => a.meeting.announcements[a.n]?.channel ?? null },
      { name: 'outlet', type: 'string', description: 'Outlet that published it', value: (a) => a.meeting.announcements[a.n]?.outlet ?? null },
      { name: 'url', type: 'string', description: 'Address of the announcement', value: (a) => a.meeting.announcements[a.n]?.url ?? null },
      { name: 'issue_number', type: 'string', description: 'Newspaper issue number', value: (a) => a.meeting.announcements[a.n]?.issueNumber ?? null },
      { name: 'published', type: 'date', description: 'Publication date', value: (a) => a.meeting.announcements[a.n]?.published ?? null },
      {
        name: 'lead_days',
        type: 'integer',
        description: 'Days from publication to the meeting day',
        value: (a) => {
          const published = a.meeting.announcements[a.n]?.published;
          return published === undefined ? null : announcementLeadDays(a.meeting, published);
        },
      },
    ],
  };

  const regionSet: Dataset<(typeof regions)[number]> = {
    name: 'regions',
    description: 'The regions with the same figures the site shows.',
    rows: regions,
    columns: [
      { name: 'kato', type: 'string', description: 'KATO code', value: (r) => r.kato },
      { name: 'slug', type: 'string', description: 'Region slug', value: (r) => r.slug },
      { name: 'iso', type: 'string', description: 'ISO 3166-2 code', value: (r) => r.iso },
      { name: 'kind', type: 'string', description: 'oblast or city', value: (r) => r.kind },
      ...text<(typeof regions)[number]>('name', 'Name', (r) => r.name),
      ...figureColumns<(typeof regions)[number]>((r) => figures.byRegion.get(r.slug), true),
    ],
  };

  const districtSet: Dataset<(typeof districts)[number]> = {
    name: 'districts',
    description: 'The districts and cities with the same figures the site shows.',
    rows: districts,
    columns: [
      { name: 'kato', type: 'string', description: 'KATO code', value: (d) => d.kato },
      { name: 'region', type: 'string', description: 'Region slug', value: (d) => d.region },
      { name: 'slug', type: 'string', description: 'District slug', value: (d) => d.slug },
      { name: 'kind', type: 'string', description: 'district, city or city-district', value: (d) => d.kind },
      ...text<(typeof districts)[number]>('name', 'Name', (d) => d.name),
      ...figureColumns<(typeof districts)[number]>((d) => figures.byDistrict.get(districtKey(d.region, d.slug)), true),
    ],
  };

  const out: Dataset[] = [issueSet, historySet, meetingSet, announcementSet, regionSet, districtSet] as Dataset[];
  if (region === undefined) {
    const measureSet: Dataset<(typeof content.measures)[number]> = {
      name: 'measures',
      description: 'National action-plan measures with the progress of their issues.',
      rows: content.measures,
      columns: [
        { name: 'id', type: 'string', description: 'Measure id', value: (m) => m.id },
        { name: 'ministry', type: 'string', description: 'Responsible ministry id', value: (m) => m.ministry },
        { name: 'deadline', type: 'date', description: 'Deadline', value: (m) => m.deadline },
        ...text<(typeof content.measures)[number]>('title', 'Title', (m) => m.title),
        ...figureColumns<(typeof content.measures)[number]>((m) => figures.byMeasure.get(m.id), false),
      ],
    };
    out.push(measureSet as Dataset);
  }
  return out;
}
