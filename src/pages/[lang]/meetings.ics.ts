/** Every meeting in the country as one calendar, `/{lang}/meetings.ics`. */
import type { APIRoute } from 'astro';
import { calendarResponse } from '../../queries/calendar.ts';
import { languagePaths, siteIndex } from '../../queries/site.ts';
import { inShard } from '../../lib/build/shards.ts';
import type { Language } from '../../vocabularies.ts';

export function getStaticPaths() {
  return inShard(languagePaths(), siteIndex().content.regions);
}

export const GET: APIRoute = ({ params }) => calendarResponse('Kezdesu', [...siteIndex().meetingById.values()], params.lang as Language);
