/** One iCalendar file per meeting, at `/meetings/{id}.ics`, linked from the meeting page. */
import type { APIRoute } from 'astro';
import type { Meeting } from '../../schemas/meeting.ts';
import { calendar, meetingEvent } from '../../lib/feeds/ics.ts';
import { pickText } from '../../lib/i18n/text.ts';
import { siteIndex } from '../../queries/site.ts';

export function getStaticPaths() {
  return siteIndex().content.meetings.map((meeting) => ({ params: { id: meeting.id }, props: { meeting } }));
}

export const GET: APIRoute = ({ props }) => {
  const { meeting } = props as { meeting: Meeting };
  const { content, asOf } = siteIndex();
  const location = [pickText(meeting.place.venue, 'ru').text, pickText(meeting.place.address, 'ru').text].join(', ');
  const body = calendar(meeting.id, [meetingEvent(meeting, { siteUrl: content.site.siteUrl, stamp: `${asOf}T00:00:00Z`, location })]);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
