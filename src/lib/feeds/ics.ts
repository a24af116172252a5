/**
 * iCalendar (RFC 5545) for meetings. Times are written in UTC, the instant of
 * the local time and offset stored for the meeting's region, so a calendar
 * shows the right hour wherever the reader is; the UID never changes, so a
 * moved or cancelled meeting updates the event instead of adding another.
 */
import type { Meeting } from '../../schemas/meeting.ts';
import { pickText } from '../i18n/text.ts';
import { t } from '../i18n/translations.ts';
import { meetingStart } from '../content/indexes.ts';
import type { Language } from '../../vocabularies.ts';

/** `20260310T050000Z` */
function utc(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never splitting a UTF-8 character. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // continuation lines start with a space
  }
  return parts.join('\r\n ');
}

export interface IcsContext {
  /** Public address of the site, e.g. https://kezdesu.kz */
  siteUrl: string;
  /** Build instant, for DTSTAMP, so the same build date gives the same file. */
  stamp: string;
  /** Place of the meeting as one line, e.g. "Дом культуры, улица Абая 1, Семей". */
  location: string;
  /** Language of the texts and of the link back. */
  lang?: Language;
  /** The holder named wholly in `lang` (src/lib/geo/names.ts); else the office as written. */
  holder?: string;
}


/** The event lines of one meeting. */
export function meetingEvent(m: Meeting, ctx: IcsContext): string[] {
  const start = meetingStart(m);
  const duration = Date.parse(m.end) - Date.parse(m.start);
  const end = new Date(Date.parse(start) + duration).toISOString();
  const lang = ctx.lang ?? 'ru';
  const office = ctx.holder ?? pickText(m.holder.office, lang).text;
  const url = `${ctx.siteUrl}/${lang}/meetings/${m.id}/`;
  const status = m.status === 'cancelled' ? 'CANCELLED' : m.status === 'postponed' && m.newStart === undefined ? 'TENTATIVE' : 'CONFIRMED';
  const description = [office, m.statusReason ? pickText(m.statusReason, lang).text : undefined, m.stream, url].filter(Boolean).join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${m.id}@kezdesu`,
    `DTSTAMP:${utc(ctx.stamp)}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${escapeText(`${office}: ${t(lang, 'feed.ics.summary')}`)}`,
    `LOCATION:${escapeText(ctx.location)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${url}`,
    `STATUS:${status}`,
    'END:VEVENT',
  ];
}

/** A whole calendar file from events, with CRLF line ends and folded lines. */
export function calendar(name: string, events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kezdesu//Meetings//KK', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`, ...events.flat(), 'END:VCALENDAR'];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
