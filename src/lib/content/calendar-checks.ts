/**
 * Rules of the akimats' annual calendars that one schema alone cannot check,
 * and of the meetings that fulfil them: a calendar names a region of the
 * site; each planned meeting is an akim's (ministers are not in akimats'
 * calendars) whose territory exists in that region, in a place of the
 * region (a district or town akim's in their own district), numbered for
 * the calendar's region and year, once, and planned within its year;
 * corrections come after the approval, in date order, none after the build
 * day, and move or drop only entries that exist and are not dropped yet. A
 * meeting links only an entry of its own region's calendars planned for its
 * own holder; a minister's meeting is held by a ministry and links no entry.
 * A meeting's link, ministry and territory are checked as in force: as
 * published, or as the last `corrected` entry giving them, at its path.
 */
import type { Calendar, CalendarEntry, CalendarHolder, PlannedWindow } from '../../schemas/calendar.ts';
import type { District } from '../../schemas/district.ts';
import type { Region } from '../../schemas/region.ts';
import type { Settlement } from '../../schemas/settlement.ts';
import { entryHolder, meetingHolder, type HolderRef } from '../accountability/holders.ts';
import { holderLevelLabels, labels } from '../i18n/labels.ts';
import { inEach, msg, type Message } from '../i18n/messages.ts';
import { pickText } from '../i18n/text.ts';
import { bodies } from '../taxonomy/bodies.ts';
import { lastCorrecting } from '../meetings/log.ts';
import type { Content, EntrySource } from './load.ts';
import { formatFieldPath, problem, type ContentProblem } from './problems.ts';
import { term } from './terms.ts';
import type { Language } from '../../vocabularies.ts';

type Path = (string | number)[];
type Words = Readonly<Record<Language, string>>;

/** A level of akim as a value of a message: its code in English, the site's label in Kazakh and Russian. */
const level = (l: CalendarHolder['level']) => term(l, holderLevelLabels[l]);

/** A place's name in each language: its own there or the nearest it has. */
const named = (name: Parameters<typeof pickText>[0]): Words => inEach((lang) => pickText(name, lang).text);
const settlementName = (s: Settlement): Words => named(s.name);

/** An office in words: its level and its territory (`District akim, Abay District`), or the ministry. */
export function holderWords(ref: HolderRef, content: Pick<Content, 'regions' | 'districts' | 'settlements'>): Words {
  const parts = (label: Words, name: Words): Words => inEach((lang) => `${label[lang]}, ${name[lang]}`);
  const bare = (code: string | undefined): Words => inEach(() => code ?? '?');
  if (ref.role === 'minister') return ref.body === undefined ? bare(undefined) : labels('body', ref.body);
  if (ref.role === 'region-akim' || ref.role === 'city-akim') {
    const region = content.regions.find((r) => r.slug === ref.region);
    return parts(holderLevelLabels[ref.role === 'city-akim' ? 'city' : 'region'], region === undefined ? bare(ref.region) : named(region.name));
  }
  if (ref.role === 'rural-akim') {
    const s = content.settlements.find((x) => x.kato === ref.okrug);
    return parts(holderLevelLabels['rural-okrug'], s === undefined ? bare(ref.okrug) : settlementName(s));
  }
  const d = content.districts.find((x) => x.region === ref.region && x.slug === ref.district);
  return parts(holderLevelLabels[ref.role === 'town-akim' ? 'city' : 'district'], d === undefined ? bare(ref.district) : named(d.name));
}

/** Checks the calendars, and the meetings' links to them. */
export function checkCalendars(content: Content, sources: WeakMap<object, EntrySource>, opts: { asOf: string; invalidIds?: ReadonlySet<string> }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { asOf } = opts;
  const at = (entry: object, path: Path, message: Message): void => {
    const source = sources.get(entry) ?? { file: '(unknown file)', prefix: '' };
    problems.push(problem(source.file, formatFieldPath(path, source.prefix), message));
  };
  const fileOf = (entry: object) => sources.get(entry)?.file ?? '(unknown file)';

  const regionBySlug = new Map<string, Region>(content.regions.map((r) => [r.slug, r]));
  const districtByKey = new Map<string, District>(content.districts.map((d) => [`${d.region}/${d.slug}`, d]));
  const settlementByKato = new Map<string, Settlement>(content.settlements.map((s) => [s.kato, s]));
  /** The region a settlement belongs to: its district's. */
  const regionOfSettlement = (s: Settlement): string | undefined => content.districts.find((d) => d.slug === s.district && d.kato.slice(0, 4) === s.kato.slice(0, 4))?.region;

  /** Entry ids → where they were first given, over every calendar. */
  const firstUse = new Map<string, { calendar: Calendar; path: string }>();
  /** Entries of every calendar by region, with the calendar's region kind for their holders. */
  const entriesByRegion = new Map<string, Map<string, { entry: CalendarEntry; calendar: Calendar }>>();

  for (const calendar of content.calendars) {
    const region = regionBySlug.get(calendar.region);
    if (region === undefined) {
      at(calendar, ['region'], msg('check.calendar.region', { region: calendar.region, example: content.regions[0]?.slug ?? 'abay' }));
      continue;
    }
    const code = region.kato.slice(0, 2);
    const year = String(calendar.year);
    if (calendar.approved.date > asOf) at(calendar, ['approved', 'date'], msg('check.calendar.approvedFuture', { asOf }));

    const byId = entriesByRegion.get(region.slug) ?? new Map<string, { entry: CalendarEntry; calendar: Calendar }>();
    entriesByRegion.set(region.slug, byId);

    const checkWindow = (planned: PlannedWindow, path: Path): void => {
      if (planned.from.slice(0, 4) !== year || planned.to.slice(0, 4) !== year) {
        at(calendar, path, msg('check.calendar.windowYear', { from: planned.from, to: planned.to, year }));
      }
    };

    const checkEntry = (entry: CalendarEntry, path: Path): void => {
      const field = (...rest: Path) => [...path, ...rest];
      // Its id: the region's two digits, the calendar's year, once over every calendar.
      const [, idCode = '', idYear = ''] = /^c-(\d{2})-(\d{4})-/.exec(entry.id) ?? [];
      if (idCode !== code) at(calendar, field('id'), msg('check.calendar.idRegion', { id: entry.id, idCode, region: region.slug, code, year }));
      else if (idYear !== year) at(calendar, field('id'), msg('check.calendar.idYear', { id: entry.id, idYear, year, code }));
      const first = firstUse.get(entry.id);
      if (first !== undefined) {
        at(
          calendar,
          field('id'),
          first.calendar === calendar ? msg('check.calendar.idTwice', { id: entry.id, first: first.path }) : msg('check.calendar.idOtherCalendar', { id: entry.id, file: fileOf(first.calendar), first: first.path }),
        );
      } else {
        firstUse.set(entry.id, { calendar, path: formatFieldPath(field()) });
        byId.set(entry.id, { entry, calendar });
      }

      // Whose meeting: an akim of this region, with the territory the level needs.
      const holder = entry.holder;
      const holderDistrict = holder.district;
      if (holder.level === 'minister') {
        at(calendar, field('holder', 'level'), msg('check.calendar.minister'));
      } else {
        const needsDistrict = holder.level === 'district' || (holder.level === 'city' && region.kind !== 'city');
        if (needsDistrict && holderDistrict === undefined) at(calendar, field('holder', 'district'), msg('check.calendar.holderDistrictMissing', { level: level(holder.level), region: region.slug }));
        if (holderDistrict !== undefined && !districtByKey.has(`${region.slug}/${holderDistrict}`)) {
          at(calendar, field('holder', 'district'), msg('check.calendar.holderDistrictUnknown', { district: holderDistrict, region: region.slug }));
        }
        if (holder.level === 'rural-okrug') {
          const kato = holder.settlement?.kato;
          const okrug = kato === undefined ? undefined : settlementByKato.get(kato);
          if (kato === undefined) at(calendar, field('holder', 'settlement', 'kato'), msg('check.calendar.holderOkrugMissing', { level: level(holder.level), region: region.slug }));
          else if (okrug === undefined || regionOfSettlement(okrug) !== region.slug) {
            at(calendar, field('holder', 'settlement', 'kato'), msg('check.calendar.holderOkrugUnknown', { kato, region: region.slug }));
          } else if (holderDistrict !== undefined && okrug.district !== holderDistrict) {
            at(calendar, field('holder', 'settlement', 'kato'), msg('check.calendar.holderOkrugDistrict', { kato, district: okrug.district, holderDistrict }));
          }
        }
      }

      // Where: a district and settlement of the region, the settlement within the district.
      const place = entry.place;
      const placeDistrictKnown = place.district === undefined || districtByKey.has(`${region.slug}/${place.district}`);
      if (!placeDistrictKnown) at(calendar, field('place', 'district'), msg('check.calendar.placeDistrictUnknown', { district: place.district ?? '', region: region.slug }));
      const kato = place.settlement?.kato;
      if (kato !== undefined) {
        const settlement = settlementByKato.get(kato);
        if (settlement === undefined || regionOfSettlement(settlement) !== region.slug) {
          at(calendar, field('place', 'settlement', 'kato'), msg('check.calendar.placeSettlementUnknown', { kato, region: region.slug }));
        } else if (place.district !== undefined && placeDistrictKnown && settlement.district !== place.district) {
          at(calendar, field('place', 'settlement', 'kato'), msg('check.calendar.placeSettlementDistrict', { kato, district: settlement.district, place: place.district }));
        }
      }
      // A district or town akim meets residents of their own district.
      const ownDistrict = holder.level === 'district' || (holder.level === 'city' && region.kind !== 'city');
      if (ownDistrict && holderDistrict !== undefined && districtByKey.has(`${region.slug}/${holderDistrict}`) && place.district !== holderDistrict) {
        at(calendar, field('place', 'district'), msg('check.calendar.placeNotHolders', { level: level(holder.level), district: holderDistrict, place: place.district ?? msg('check.place.none') }));
      }
      checkWindow(entry.planned, field('planned'));
    };

    calendar.entries.forEach((entry, i) => checkEntry(entry, ['entries', i]));

    // Corrections: after the approval, in date order, not after the build day; moving or dropping only what is planned and not dropped.
    const known = new Set(calendar.entries.map((e) => e.id));
    const droppedBy = new Map<string, { path: string; date: string }>();
    calendar.corrections.forEach((correction, i) => {
      const path: Path = ['corrections', i];
      const previous = calendar.corrections[i - 1];
      if (correction.date < calendar.approved.date) {
        at(calendar, [...path, 'date'], msg('check.calendar.correctionBeforeApproval', { date: correction.date, approved: calendar.approved.date }));
      }
      if (correction.date > asOf) at(calendar, [...path, 'date'], msg('check.calendar.correctionFuture', { asOf }));
      if (previous !== undefined && correction.date < previous.date) {
        at(calendar, [...path, 'date'], msg('check.calendar.correctionOrder', { date: correction.date, previous: previous.date }));
      }
      if (correction.kind === 'added') {
        checkEntry(correction.entry, [...path, 'entry']);
        known.add(correction.entry.id);
        return;
      }
      const id = correction.entry;
      if (!known.has(id)) {
        at(calendar, [...path, 'entry'], msg('check.calendar.correctionUnknown', { id }));
        return;
      }
      const dropped = droppedBy.get(id);
      if (dropped !== undefined) {
        at(calendar, [...path, 'entry'], msg('check.calendar.correctionDropped', { id, at: dropped.path, date: dropped.date }));
        return;
      }
      if (correction.kind === 'moved') checkWindow(correction.planned, [...path, 'planned']);
      else droppedBy.set(id, { path: formatFieldPath(path), date: correction.date });
    });
  }

  // Meetings: a calendar entry of their own region and holder; a minister's held by a ministry, outside the calendars.
  // The values in force are checked where they were written: as published, or in the last correction giving them.
  for (const meeting of content.meetings) {
    const region = regionBySlug.get(meeting.place.region);
    const written = (fields: Parameters<typeof lastCorrecting>[1], stored: Path): { at: number; path: Path } => {
      const i = lastCorrecting(meeting, fields);
      return { at: i, path: i < 0 ? stored : ['changes', i, fields.find((f) => (meeting.changes[i] as Record<string, unknown>)[f] !== undefined) ?? fields[0]!] };
    };
    const entryAt = written(['calendarEntry', 'outsideCalendar'], ['calendarEntry']);
    if (meeting.holder.level === 'minister') {
      const body = meeting.holder.body;
      if (body !== undefined && bodies[body].kind !== 'ministry') {
        at(meeting, written(['body'], ['holder', 'body']).path, msg('check.meeting.ministerBody', { body: term(body, labels('body', body)) }));
      }
      if (meeting.calendarEntry !== undefined) at(meeting, entryAt.path, msg('check.meeting.ministerCalendar'));
      continue;
    }
    if (meeting.calendarEntry === undefined || region === undefined) continue;
    const planned = entriesByRegion.get(region.slug)?.get(meeting.calendarEntry);
    if (planned === undefined) {
      if (opts.invalidIds?.has(meeting.calendarEntry) === true) continue;
      at(meeting, entryAt.path, msg('check.meeting.calendarEntryUnknown', { id: meeting.calendarEntry, region: region.slug }));
      continue;
    }
    const theirs = entryHolder(planned.entry.holder, region.slug, region.kind);
    const ours = meetingHolder(meeting, region.kind);
    if (theirs !== undefined && theirs.key !== ours?.key) {
      // Told where the link or the holder's territory was written last: that is the fact to correct.
      const holderAt = written(['district', 'settlement'], ['calendarEntry']);
      at(meeting, holderAt.at > entryAt.at ? holderAt.path : entryAt.path, msg('check.meeting.calendarEntryHolder', { id: meeting.calendarEntry, holder: holderWords(theirs, content) }));
    }
  }
  return problems;
}
