/**
 * The announcement text of a meeting, ready for a newspaper, a website or a
 * notice board: who holds it, when (local time of its region, with the UTC
 * offset of that date), where, in what format, how
 * to take part, and the permanent link. Official notices in Kazakhstan are in
 * Kazakh and Russian, so the meeting page and the printable notice show both,
 * whatever the reader's language. A cancelled or postponed meeting says so in
 * its first words. Built from the content only, so the same meeting always
 * gives the same text.
 *
 * Each text is wholly in its own language, so that a newspaper can print it
 * as it is: a name or text that exists only in the other language is left
 * out of it, never dropped into its sentences. An akim whose office is
 * written only in Russian is named in Kazakh by the place's Kazakh name
 * («Бидайық ауылдық округінің әкімі») or, until editors add that name, by
 * the office's kind and district («Ауылдық округ әкімі (Аягөз ауданы)»); a
 * settlement without a Kazakh name, a venue, reason or agenda written only
 * in Russian appear in the Russian text only, which is printed beside it.
 */
import { nameIn, ownText } from '../i18n/text.ts';
import type { LocalizedText, Names } from '../../schemas/common.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Settlement } from '../../schemas/settlement.ts';
import { holderPlain } from '../geo/names.ts';
import { formatNumber, formatTime, formatUtcOffset, formatWeekdayDate } from '../i18n/format.ts';
import { meetingFormatLabels } from '../i18n/labels.ts';
import { t, tf, type TranslationKey } from '../i18n/translations.ts';
import { zoneOf } from '../time.ts';
import type { Language } from '../../vocabularies.ts';

/** The languages the announcement is written in, Kazakh first as on official notices. */
export const pressLanguages = ['kk', 'ru'] as const satisfies readonly Language[];
export type PressLanguage = (typeof pressLanguages)[number];

/** A run of text with the language it is written in: a name may exist only in another language than the announcement's. */
export interface TextPart {
  text: string;
  lang: Language;
}

/** One line of the announcement: "Where: …". */
export interface AnnouncementFact {
  label: string;
  value: TextPart[];
}

/** The announcement of one meeting in one language. */
export interface AnnouncementText {
  lang: Language;
  /** Heading; says plainly when the meeting is cancelled or postponed. */
  title: string;
  /** One sentence: who holds (held, moved, cancelled) the meeting. */
  lead: TextPart[];
  facts: AnnouncementFact[];
  /** Absolute address of the meeting page in this language. */
  url: string;
}

/** What the text is made from: the meeting, the names of its region and district, and the agenda of its minutes. */
export interface AnnouncementSource {
  meeting: Meeting;
  region: Names;
  district?: Names;
  /** The kind of the meeting's settlement (rural okrug, town, village…), when it is in the geography. */
  settlementKind?: Settlement['kind'];
  /** Agenda items by the language of the minutes they come from (held meetings that have minutes). */
  agenda?: Partial<Record<Language, readonly string[]>>;
  /** `siteUrl` of content/site.json, without a trailing slash. */
  siteUrl: string;
}

/** The absolute address of a meeting's page in one language. */
export function meetingUrl(siteUrl: string, lang: Language, id: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/${lang}/meetings/${id}/`;
}

const own = (text: string, lang: Language): TextPart[] => [{ text, lang }];
/** A content text in the announcement's language, or nothing: the other language's text is in the other announcement. */
const inOwn = (text: LocalizedText, lang: Language): TextPart | undefined => {
  const own = ownText(text, lang);
  return own === undefined ? undefined : { text: own, lang };
};

/** "Sunday, 11 January 2026, 10:00–12:00 (local time, UTC+5)", in the zone of the meeting's region on that date. */
function localTimeRange(start: string, end: string, lang: Language, zone: string): string {
  return `${formatWeekdayDate(start, lang, zone)}, ${formatTime(start, lang, zone)}–${formatTime(end, lang, zone)} (${tf(lang, 'meeting.localTime', { utc: formatUtcOffset(start, zone) })})`;
}

/** A sentence with `{office}` in it. */
function withOffice(key: TranslationKey, office: string, lang: Language): TextPart[] {
  return own(tf(lang, key, { office }), lang);
}

/** Venue, address, settlement, district and region, joined with commas: those written in the announcement's language. */
function placeParts(source: AnnouncementSource, lang: Language): TextPart[] {
  const { place } = source.meeting;
  const pieces = [inOwn(place.venue, lang), inOwn(place.address, lang), place.settlement && inOwn(place.settlement.name, lang)].filter((p): p is TextPart => p !== undefined);
  if (source.district) pieces.push({ text: nameIn(source.district, lang), lang });
  pieces.push({ text: nameIn(source.region, lang), lang });
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [{ text: ', ', lang }, piece]));
}

/** The agenda of the minutes in this language; none when only other languages' minutes have one. */
function agendaParts(agenda: AnnouncementSource['agenda'], lang: Language): TextPart[] | undefined {
  const items = agenda?.[lang];
  return items !== undefined && items.length > 0 ? own(items.map((item, i) => `${i + 1}) ${item}`).join('; '), lang) : undefined;
}

/** The announcement of a meeting in one language. */
export function announcementText(source: AnnouncementSource, lang: Language): AnnouncementText {
  const { meeting } = source;
  const zone = zoneOf(meeting.place.region);
  const timeRange = (start: string, end: string) => localTimeRange(start, end, lang, zone);
  const office = holderPlain(
    { ...meeting.holder, settlement: meeting.place.settlement && { name: meeting.place.settlement.name, kind: source.settlementKind }, district: source.district, region: source.region },
    lang,
  );
  const facts: AnnouncementFact[] = [];
  const fact = (label: TranslationKey, value: TextPart[]) => facts.push({ label: t(lang, label), value });
  const where = () => fact('meeting.where', placeParts(source, lang));
  const format = () => fact('meeting.format', own(meetingFormatLabels[meeting.format][lang], lang));
  const reasonPart = meeting.statusReason && inOwn(meeting.statusReason, lang);
  const reason = () => reasonPart && fact('meeting.reason', [reasonPart]);
  const takePart = () => {
    const how = meeting.format === 'online' ? t(lang, 'press.online') : `${t(lang, 'meeting.freeAccess')} ${t(lang, 'press.questions')}`;
    fact('press.takePart', own(how, lang));
    if (meeting.stream) fact('meeting.stream', own(meeting.stream, lang));
  };

  switch (meeting.status) {
    case 'scheduled':
      fact('meeting.when', own(timeRange(meeting.start, meeting.end), lang));
      where();
      format();
      takePart();
      break;
    case 'held': {
      fact('meeting.when', own(timeRange(meeting.start, meeting.end), lang));
      where();
      format();
      if (meeting.attendance !== undefined) fact('meeting.attendance', own(formatNumber(meeting.attendance, lang), lang));
      const agenda = agendaParts(source.agenda, lang);
      if (agenda) fact('press.agenda', agenda);
      break;
    }
    case 'postponed': {
      fact('press.was', own(timeRange(meeting.start, meeting.end), lang));
      // The new meeting lasts as long as the one it replaces.
      const newEnd = meeting.newStart && new Date(Date.parse(meeting.newStart) + Date.parse(meeting.end) - Date.parse(meeting.start)).toISOString();
      fact('meeting.newDate', own(meeting.newStart && newEnd ? timeRange(meeting.newStart, newEnd) : t(lang, 'press.newDateLater'), lang));
      reason();
      where();
      format();
      takePart();
      break;
    }
    case 'cancelled':
      fact('press.was', own(timeRange(meeting.start, meeting.end), lang));
      reason();
      where();
      break;
  }
  const url = meetingUrl(source.siteUrl, lang, meeting.id);
  fact('press.more', own(url, lang));
  return { lang, title: t(lang, `press.title.${meeting.status}`), lead: withOffice(`press.lead.${meeting.status}`, office, lang), facts, url };
}

const joined = (parts: readonly TextPart[]) => parts.map((part) => part.text).join('');

/** The announcement as plain text, one fact a line, for pasting into a newspaper or a message. */
export function announcementPlainText(text: AnnouncementText): string {
  return [text.title, joined(text.lead), ...text.facts.map((f) => `${f.label}: ${joined(f.value)}`)].join('\n');
}
