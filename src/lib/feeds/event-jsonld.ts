/** schema.org `Event` data for a meeting page, so search engines and calendars read it as an event. */
import { safeHref } from '../security/addresses.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { pickText } from '../i18n/text.ts';
import type { Language } from '../../vocabularies.ts';

const eventStatus: Record<Meeting['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};
const attendanceMode: Record<Meeting['format'], string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
};

/** The JSON-LD object of a meeting, in the page's language. */
export function meetingEventJsonLd(m: Meeting, lang: Language, pageUrl: string, placeName: string, holder?: string): Record<string, unknown> {
  const office = holder ?? pickText(m.holder.office, lang).text;
  const physical = { '@type': 'Place', name: pickText(m.place.venue, lang).text, address: `${pickText(m.place.address, lang).text}, ${placeName}` };
  const rescheduled = m.status === 'postponed' && m.newStart !== undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: office,
    url: pageUrl,
    startDate: m.newStart ?? m.start,
    ...(rescheduled ? { previousStartDate: m.start } : {}),
    // A meeting moved to a known day ends on that day too, not when it was first to end.
    endDate: m.newEnd ?? m.end,
    eventStatus: rescheduled ? 'https://schema.org/EventRescheduled' : eventStatus[m.status],
    eventAttendanceMode: attendanceMode[m.format],
    isAccessibleForFree: true,
    location: m.format === 'online' ? { '@type': 'VirtualLocation', url: safeHref(m.stream) } : m.format === 'hybrid' ? [physical, { '@type': 'VirtualLocation', url: safeHref(m.stream) }] : physical,
    organizer: { '@type': 'GovernmentOrganization', name: office },
    inLanguage: lang,
  };
}

/** JSON for a `<script type="application/ld+json">`, safe to put in HTML. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
