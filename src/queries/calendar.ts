/** Calendar files of a set of meetings, for the endpoints that publish them. */
import type { Meeting } from '../schemas/meeting.ts';
import { calendar, meetingEvent } from '../lib/feeds/ics.ts';
import { pickText } from '../lib/i18n/text.ts';
import { siteIndex } from './site.ts';
import { holderSourceOf } from './press.ts';
import { holderPlain } from '../lib/geo/names.ts';
import type { Language } from '../vocabularies.ts';

/** An iCalendar response with every meeting of the list, in `lang`. */
export function calendarResponse(name: string, meetings: readonly Meeting[], lang: Language): Response {
  const { content, asOf } = siteIndex();
  const events = meetings.map((m) =>
    meetingEvent(m, {
      siteUrl: content.site.siteUrl,
      stamp: `${asOf}T00:00:00Z`,
      location: [pickText(m.place.venue, lang).text, pickText(m.place.address, lang).text].join(', '),
      lang,
      holder: holderPlain(holderSourceOf(m), lang),
    }),
  );
  return new Response(calendar(name, events), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
