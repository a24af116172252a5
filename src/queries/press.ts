/**
 * A meeting's press texts in Kazakh and Russian, made once per build: the
 * meeting's page in every language and its printed notice show the same two
 * texts.
 */
import { districtKey } from '../lib/content/indexes.ts';
import { announcementText, pressLanguages, type AnnouncementText } from '../lib/press/announcement.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { siteIndex } from './site.ts';

const made = new Map<string, AnnouncementText[]>();

/** The texts in the order of `pressLanguages` (kk, then ru). */
export function pressTexts(meeting: Meeting): AnnouncementText[] {
  let texts = made.get(meeting.id);
  if (texts === undefined) {
    const { content, regionBySlug, districtByKey, minutesByMeeting } = siteIndex();
    const region = regionBySlug.get(meeting.place.region)!;
    const district = meeting.place.district === undefined ? undefined : districtByKey.get(districtKey(meeting.place.region, meeting.place.district));
    const agenda = Object.fromEntries((minutesByMeeting.get(meeting.id) ?? []).map((m) => [m.lang, m.agenda]));
    texts = pressLanguages.map((lang) => announcementText({ meeting, region: region.name, district: district?.name, agenda, siteUrl: content.site.siteUrl }, lang));
    made.set(meeting.id, texts);
  }
  return texts;
}
