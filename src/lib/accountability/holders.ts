/**
 * Who is held to the rules: an office, named by a key that the calendar, the
 * meetings, the figures and the pages all use. A meeting's holder is read
 * from its holder level and place; a calendar entry's from its holder and
 * its calendar's region. The akim of Astana, Almaty or Shymkent (level
 * `city` in a region that is a city) is the region's own akim; the akim of a
 * city of regional significance (level `city` in an oblast) is the akim of
 * that city's district unit, held to the rules of a town akim.
 */
import type { CalendarHolder } from '../../schemas/calendar.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Region } from '../../schemas/region.ts';
import type { BodyId, ObligationHolder } from '../../vocabularies.ts';

/** An office held to the rules. */
export interface HolderRef {
  /** `region:abay`, `district:abay/semey-city`, `okrug:abay/101033000`, `minister:min-energy`. */
  key: string;
  /** Which rules bind it. */
  role: ObligationHolder;
  region?: string;
  district?: string;
  /** KATO code of the rural okrug. */
  okrug?: string;
  body?: BodyId;
}

/** The holder named by a level and territory in a region; undefined when the territory the level needs is missing. */
export function holderOf(
  level: Meeting['holder']['level'],
  where: { region: string; district?: string | undefined; okrug?: string | undefined; body?: BodyId | undefined },
  regionKind: Region['kind'],
): HolderRef | undefined {
  const { region, district, okrug, body } = where;
  switch (level) {
    case 'region':
      return { key: `region:${region}`, role: 'region-akim', region };
    case 'city':
      if (regionKind === 'city') return { key: `region:${region}`, role: 'city-akim', region };
      return district === undefined ? undefined : { key: `district:${region}/${district}`, role: 'town-akim', region, district };
    case 'district':
      return district === undefined ? undefined : { key: `district:${region}/${district}`, role: 'district-akim', region, district };
    case 'rural-okrug':
      return okrug === undefined ? undefined : { key: `okrug:${region}/${okrug}`, role: 'rural-akim', region, ...(district === undefined ? {} : { district }), okrug };
    case 'minister':
      return body === undefined ? undefined : { key: `minister:${body}`, role: 'minister', body };
  }
}

/** The holder of a meeting. */
export function meetingHolder(meeting: Pick<Meeting, 'holder' | 'place'>, regionKind: Region['kind']): HolderRef | undefined {
  return holderOf(
    meeting.holder.level,
    { region: meeting.place.region, district: meeting.place.district, okrug: meeting.place.settlement?.kato, body: meeting.holder.body },
    regionKind,
  );
}

/** The holder of a calendar entry of a region's calendar. */
export function entryHolder(holder: CalendarHolder, region: string, regionKind: Region['kind']): HolderRef | undefined {
  return holderOf(holder.level, { region, district: holder.district, okrug: holder.settlement?.kato }, regionKind);
}
