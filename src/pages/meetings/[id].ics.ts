/** One iCalendar file per meeting, at `/meetings/{id}.ics`, linked from the meeting page. */
import type { APIRoute } from 'astro';
import type { Meeting } from '../../schemas/meeting.ts';
import { calendarResponse } from '../../queries/calendar.ts';
import { siteIndex } from '../../queries/site.ts';
import { inShard } from '../../lib/build/shards.ts';

export function getStaticPaths() {
  return inShard(siteIndex().content.meetings.map((meeting) => ({ params: { id: meeting.id }, props: { meeting } })), siteIndex().content.regions);
}

export const GET: APIRoute = ({ props }) => {
  const { meeting } = props as { meeting: Meeting };
  return calendarResponse(meeting.id, [meeting], 'ru');
};
