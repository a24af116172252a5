/** Feed responses for the endpoints that publish them. */
import type { Language } from '../schemas/common.ts';
import { announcementEntries, atomFeed, statusEntries } from '../lib/feeds/atom.ts';
import { t } from '../lib/i18n/ui.ts';
import { siteIndex } from './site.ts';

export const feedKinds = ['announcements', 'status'] as const;
export type FeedKind = (typeof feedKinds)[number];

/** The Atom feed of a kind for the country (no region) or one region. */
export function feedResponse(kind: FeedKind, lang: Language, region?: string): Response {
  const { content, asOf, regionBySlug, meetingsByRegion, issuesByRegion } = siteIndex();
  const site = content.site.siteUrl;
  const base = region === undefined ? `/${lang}/` : `/${lang}/regions/${region}/`;
  const place = region === undefined ? '' : `: ${regionBySlug.get(region)?.name[lang] ?? region}`;
  const entries =
    kind === 'announcements'
      ? announcementEntries(region === undefined ? content.meetings : (meetingsByRegion.get(region) ?? []), lang, site)
      : statusEntries(region === undefined ? content.issues : (issuesByRegion.get(region) ?? []), lang, site);
  const title = `Kezdesu — ${t(lang, kind === 'announcements' ? 'feed.announcements' : 'feed.status')}${place}`;
  const body = atomFeed({ title, selfUrl: `${site}${base}feeds/${kind}.xml`, siteLink: `${site}${base}`, lang, entries, asOf });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
