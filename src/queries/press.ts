/**
 * A meeting's press texts in Kazakh and Russian, made once per build: the
 * meeting's page in every language and its printed notice show the same two
 * texts.
 */
import { districtKey } from '../lib/content/indexes.ts';
import { announcementText, pressLanguages, type AnnouncementText } from '../lib/press/announcement.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Settlement } from '../schemas/settlement.ts';
import { siteIndex } from './site.ts';
import type { HolderSource } from '../lib/geo/names.ts';
import { settlementByKato } from './accountability.ts';

/** The kind of a meeting's settlement (rural okrug, town, village…) when the geography has it, to name its akim in Kazakh. */
function settlementKindOf(meeting: Meeting): { settlementKind?: Settlement['kind'] } {
  const kato = meeting.place.settlement?.kato;
  const kind = kato === undefined ? undefined : settlementByKato(kato)?.kind;
  return kind === undefined ? {} : { settlementKind: kind };
}

const made = new Map<string, AnnouncementText[]>();

/** The texts in the order of `pressLanguages` (kk, then ru). */
export function pressTexts(meeting: Meeting): AnnouncementText[] {
  let texts = made.get(meeting.id);
  if (texts === undefined) {
    const { content, regionBySlug, districtByKey, minutesByMeeting } = siteIndex();
    const region = regionBySlug.get(meeting.place.region)!;
    const district = meeting.place.district === undefined ? undefined : districtByKey.get(districtKey(meeting.place.region, meeting.place.district));
    const agenda = Object.fromEntries((minutesByMeeting.get(meeting.id) ?? []).map((m) => [m.lang, m.agenda]));
    texts = pressLanguages.map((lang) => announcementText({ meeting, region: region.name, district: district?.name, ...settlementKindOf(meeting), agenda, siteUrl: content.site.siteUrl }, lang));
    made.set(meeting.id, texts);
  }
  return texts;
}

/** What a meeting's holder is named from, with its place's names and kind, for `holderPlain` and `holderParts`. */
export function holderSourceOf(meeting: Meeting): HolderSource {
  const { regionBySlug, districtByKey } = siteIndex();
  const district = meeting.place.district === undefined ? undefined : districtByKey.get(districtKey(meeting.place.region, meeting.place.district));
  const { settlementKind } = settlementKindOf(meeting);
  return {
    ...meeting.holder,
    settlement: meeting.place.settlement && { name: meeting.place.settlement.name, kind: settlementKind },
    district: district?.name,
    region: regionBySlug.get(meeting.place.region)!.name,
  };
}
