/** Every meeting in the country as one calendar, `/{lang}/meetings.ics`. */
import type { APIRoute } from 'astro';
import type { Language } from '../../schemas/common.ts';
import { calendarResponse } from '../../queries/calendar.ts';
import { languagePaths, siteIndex } from '../../queries/site.ts';

export function getStaticPaths() {
  return languagePaths();
}

export const GET: APIRoute = ({ params }) => calendarResponse('Kezdesu', [...siteIndex().meetingById.values()], params.lang as Language);
