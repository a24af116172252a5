/**
 * What search knows about each page: one record per issue, meeting (with its
 * minutes), region, district and action-plan measure, in each language. The
 * records are built from the content itself, so site chrome, navigation and
 * charts are never indexed, and indexing runs beside the page build.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import { currentStatus, districtKey, meetingStart, type ContentIndex } from '../content/indexes.ts';
import { nameIn, pickText } from '../i18n/text.ts';
import { holderPlain } from '../geo/names.ts';
import { currentWording } from '../issues/changes.ts';
import { localDay, zoneOf } from '../time.ts';
import { generalPeriod, periodOf } from './periods.ts';
import type { Language } from '../../vocabularies.ts';


/** Filters every record may carry; values are ids, labelled on the search page. */
export const searchFilters = ['type', 'region', 'district', 'category', 'status', 'year', 'body'] as const;
export type SearchFilter = (typeof searchFilters)[number];

/** A Pagefind custom record. */
export interface SearchRecord {
  url: string;
  content: string;
  language: Language;
  meta: Record<string, string>;
  filters: Partial<Record<SearchFilter, string[]>>;
}

/**
 * The text as the page in `lang` shows it. Only that text is indexed: the
 * index (and what a reader downloads to search it) grows with every word.
 */
function shown(text: LocalizedText | undefined, lang: Language): string {
  return text === undefined ? '' : pickText(text, lang).text;
}

/** The records of one language, in date order (undated last). A record's date is `meta.date`. */
export function searchRecords(index: ContentIndex, lang: Language, minutesText: (meetingId: string) => string): SearchRecord[] {
  return [...eachSearchRecord(index, lang, minutesText)].sort((a, b) => (recordOrder(a) < recordOrder(b) ? -1 : recordOrder(a) > recordOrder(b) ? 1 : 0));
}

/**
 * Where a record goes in its index: by date, undated last, then by address. Pagefind numbers pages in the order
 * they are added, and the page names given from that order (compact.ts) then compress best. The key holds no
 * tab, and no two records of a language share one.
 */
export function recordOrder(record: SearchRecord): string {
  return `${record.meta.date ?? '9999'} ${record.url}`;
}

/**
 * The records of one language one at a time, as they are made, in no particular order: a build files them by
 * period as they come, never holding a language's records at once.
 */
export function* eachSearchRecord(index: ContentIndex, lang: Language, minutesText: (meetingId: string) => string): Generator<SearchRecord> {
  const { content, regionBySlug } = index;
  const placeFilters = (region: string, district: string | undefined) => ({
    region: [region],
    ...(district !== undefined ? { district: [districtKey(region, district)] } : {}),
  });

  for (const issue of content.issues) {
    const status = currentStatus(issue);
    // What the issue page shows: the wording with every correction.
    const title = currentWording(issue, 'title');
    yield {
      url: `/${lang}/issues/${issue.id}/`,
      content: [
        issue.id,
        shown(title, lang),
        shown(currentWording(issue, 'description'), lang),
        issue.place.settlement ? shown(issue.place.settlement.name, lang) : '',
      ].join('\n'),
      language: lang,
      meta: {
        title: pickText(title, lang).text,
        type: 'issue',
        status,
        region: issue.place.region,
        ...(issue.place.district ? { district: districtKey(issue.place.region, issue.place.district) } : {}),
        date: issue.raised,
      },
      filters: {
        type: ['issue'],
        ...placeFilters(issue.place.region, issue.place.district),
        category: [issue.category],
        status: [status],
        year: [issue.raised.slice(0, 4)],
        body: [issue.body],
      },
    };
  }

  const settlementKind = new Map(content.settlements.map((s) => [s.kato, s.kind]));
  for (const meeting of content.meetings) {
    const day = meetingDay(meeting);
    const { place } = meeting;
    // The result's title names the holder wholly in the index's language, as the meeting page's title does.
    const holder = holderPlain(
      {
        ...meeting.holder,
        settlement: place.settlement && { name: place.settlement.name, kind: place.settlement.kato === undefined ? undefined : settlementKind.get(place.settlement.kato) },
        district: place.district === undefined ? undefined : index.districtByKey.get(districtKey(place.region, place.district))?.name,
        region: index.regionBySlug.get(place.region)!.name,
      },
      lang,
    );
    yield {
      url: `/${lang}/meetings/${meeting.id}/`,
      content: [
        meeting.id,
        shown(meeting.holder.office, lang),
        shown(meeting.place.venue, lang),
        shown(meeting.place.address, lang),
        meeting.place.settlement ? shown(meeting.place.settlement.name, lang) : '',
        minutesText(meeting.id),
      ].join('\n'),
      language: lang,
      meta: {
        title: holder,
        type: 'meeting',
        meeting: meeting.status,
        region: meeting.place.region,
        ...(meeting.place.district ? { district: districtKey(meeting.place.region, meeting.place.district) } : {}),
        date: day,
      },
      filters: { type: ['meeting'], ...placeFilters(meeting.place.region, meeting.place.district), year: [day.slice(0, 4)] },
    };
  }

  for (const region of content.regions) {
    yield {
      url: `/${lang}/regions/${region.slug}/`,
      content: [region.name.kk, region.name.ru, region.name.en, nameIn(region.centre.name, lang), region.kato].join('\n'),
      language: lang,
      meta: { title: nameIn(region.name, lang), type: 'region', region: region.slug },
      filters: { type: ['region'], region: [region.slug] },
    };
  }

  for (const district of content.districts) {
    const region = regionBySlug.get(district.region);
    yield {
      url: `/${lang}/regions/${district.region}/${district.slug}/`,
      content: [district.name.kk, district.name.ru, district.name.en, district.centre?.name.ru ?? '', (region === undefined ? '' : nameIn(region.name, lang)), district.kato].join('\n'),
      language: lang,
      meta: { title: nameIn(district.name, lang), type: 'district', region: district.region, district: districtKey(district.region, district.slug) },
      filters: { type: ['district'], ...placeFilters(district.region, district.slug) },
    };
  }

  for (const measure of content.measures) {
    yield {
      url: `/${lang}/plan/${measure.id}/`,
      content: [measure.id, shown(measure.title, lang)].join('\n'),
      language: lang,
      meta: { title: pickText(measure.title, lang).text, type: 'measure', date: measure.deadline },
      filters: { type: ['measure'], body: [measure.ministry], year: [measure.deadline.slice(0, 4)] },
    };
  }
}

/** A meeting's day as search shows and files it: the local day of its (new) start in its region. */
export function meetingDay(meeting: ContentIndex['content']['meetings'][number]): string {
  return localDay(meetingStart(meeting), zoneOf(meeting.place.region));
}

/** The period whose index holds a record (see periods.ts). */
export function recordPeriod(record: SearchRecord): string {
  return periodOf(record.meta.type ?? '', record.meta.date);
}

/**
 * The number of records of each period, the same in every language, from the
 * content's dates as `searchRecords` files them; in date order, the general
 * index last.
 */
export function periodCounts(index: ContentIndex): Map<string, number> {
  const { content } = index;
  const counts = new Map<string, number>();
  const add = (period: string, n = 1) => counts.set(period, (counts.get(period) ?? 0) + n);
  for (const issue of content.issues) add(periodOf('issue', issue.raised));
  for (const meeting of content.meetings) add(periodOf('meeting', meetingDay(meeting)));
  const general = counts.get(generalPeriod) ?? 0;
  counts.delete(generalPeriod);
  const sorted = new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
  return sorted.set(generalPeriod, general + content.regions.length + content.districts.length + content.measures.length);
}
