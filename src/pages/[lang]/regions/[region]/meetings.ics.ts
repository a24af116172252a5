/** The meetings of one region as a calendar, `/{lang}/regions/{region}/meetings.ics`. */
import { nameIn } from '../../../../lib/i18n/text.ts';
import type { APIRoute } from 'astro';
import { calendarResponse } from '../../../../queries/calendar.ts';
import { siteIndex } from '../../../../queries/site.ts';
import { inShard } from '../../../../lib/build/shards.ts';
import { type Language, languages } from '../../../../vocabularies.ts';

export function getStaticPaths() {
  return inShard(languages.flatMap((lang) => siteIndex().content.regions.map((r) => ({ params: { lang, region: r.slug } }))), siteIndex().content.regions);
}

export const GET: APIRoute = ({ params }) => {
  const { regionBySlug, meetingsByRegion } = siteIndex();
  const lang = params.lang as Language;
  const region = regionBySlug.get(params.region ?? '')!;
  return calendarResponse(`Kezdesu: ${nameIn(region.name, lang)}`, meetingsByRegion.get(region.slug) ?? [], lang);
};
