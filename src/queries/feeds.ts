/** Feed responses for the endpoints that publish them. */
import { announcementEntries, atomFeed, calendarCorrectionEntries, newestEntries, statusEntries } from '../lib/feeds/atom.ts';
import { t } from '../lib/i18n/translations.ts';
import { nameIn } from '../lib/i18n/text.ts';
import { nationalFeedIssues, siteIndex } from './site.ts';
import { holderSourceOf } from './press.ts';
import { holderPlain } from '../lib/geo/names.ts';
import { districtKey } from '../lib/content/indexes.ts';
import type { Language } from '../vocabularies.ts';

export const feedKinds = ['announcements', 'status'] as const;
export type FeedKind = (typeof feedKinds)[number];

/** The Atom feed of a kind for the country (no region) or one region. */
export function feedResponse(kind: FeedKind, lang: Language, region?: string): Response {
  const { content, asOf, regionBySlug, meetingsByRegion, issuesByRegion, districtByKey } = siteIndex();
  const site = content.site.siteUrl;
  const base = region === undefined ? `/${lang}/` : `/${lang}/regions/${region}/`;
  const named = region === undefined ? undefined : regionBySlug.get(region);
  const place = region === undefined ? '' : `: ${named === undefined ? region : nameIn(named.name, lang)}`;
  const districtName = (r: string, d: string) => {
    const district = districtByKey.get(districtKey(r, d));
    return district === undefined ? undefined : nameIn(district.name, lang);
  };
  const entries =
    kind === 'announcements'
      ? // Meetings' announcements and log entries, and the corrections of the calendars of planned meetings.
        newestEntries(
          announcementEntries(region === undefined ? content.meetings : (meetingsByRegion.get(region) ?? []), lang, site, districtName, (m) => holderPlain(holderSourceOf(m), lang)),
          calendarCorrectionEntries(
            content.calendars.filter((c) => region === undefined || c.region === region),
            lang,
            site,
            districtName,
            asOf,
          ),
        )
      : statusEntries(region === undefined ? nationalFeedIssues() : (issuesByRegion.get(region) ?? []), lang, site);
  const title = `Kezdesu — ${t(lang, kind === 'announcements' ? 'feed.announcements' : 'feed.status')}${place}`;
  const body = atomFeed({ title, selfUrl: `${site}${base}feeds/${kind}.xml`, siteLink: `${site}${base}`, lang, entries, asOf });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
