/** The meetings of one district as a calendar, `/{lang}/regions/{region}/{district}/meetings.ics`. */
import { nameIn } from '../../../../../lib/i18n/text.ts';
import type { APIRoute } from 'astro';
import { districtKey } from '../../../../../lib/content/indexes.ts';
import { calendarResponse } from '../../../../../queries/calendar.ts';
import { siteIndex } from '../../../../../queries/site.ts';
import { inShard } from '../../../../../lib/build/shards.ts';
import { type Language, languages } from '../../../../../vocabularies.ts';

export function getStaticPaths() {
  return inShard(languages.flatMap((lang) => siteIndex().content.districts.map((d) => ({ params: { lang, region: d.region, district: d.slug } }))), siteIndex().content.regions);
}

export const GET: APIRoute = ({ params }) => {
  const { districtByKey, meetingsByDistrict } = siteIndex();
  const lang = params.lang as Language;
  const key = districtKey(params.region ?? '', params.district ?? '');
  return calendarResponse(`Kezdesu: ${(districtByKey.has(key) ? nameIn(districtByKey.get(key)!.name, lang) : key)}`, meetingsByDistrict.get(key) ?? [], lang);
};
