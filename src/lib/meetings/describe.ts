/**
 * A meeting's log in words, one line per entry, for the meeting page and the
 * meetings feed alike: what happened ("Postponed"), the facts that changed
 * ("time: 10 Mar 10:00 → 10 Mar 11:00", "calendar: outside the approved
 * calendar → planned meeting c-10-2026-001") and why.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type { Meeting, MeetingChange } from '../../schemas/meeting.ts';
import { msg, say } from '../i18n/messages.ts';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import { zoneOf } from '../time.ts';
import { label, languageLabels, meetingChangeKindLabels, meetingFormatLabels } from '../i18n/labels.ts';
import { pickText } from '../i18n/text.ts';
import { t, tf } from '../i18n/translations.ts';
import { meetingSteps, recordOf, type MeetingFacts, type MeetingStep } from './log.ts';
import type { Language } from '../../vocabularies.ts';
import type { NamePart } from '../geo/names.ts';

export interface MeetingLogLine {
  /** Day of the entry, `YYYY-MM-DD`. */
  date: string;
  /** What happened, e.g. "Перенесена". */
  label: string;
  /**
   * The facts it set or changed, each a short phrase made of parts: a value
   * written only in another language (a settlement's Russian name) is a part
   * of its own, which the page marks with its `lang` — it stands after the
   * fact's label, never inside a sentence.
   */
  details: NamePart[][];
  reason?: LocalizedText;
  step: MeetingStep;
}

/** A phrase wholly in `lang`. */
const phrase = (text: string, lang: Language): NamePart[] => [{ text, lang }];

/** A "label: from → to" phrase whose values keep the language they are written in. */
function changedPhrase(key: Parameters<typeof msg>[0], from: NamePart, to: NamePart, lang: Language): NamePart[] {
  const [head = '', middle = '', tail = ''] = say(msg(key, { from: '\u0000', to: '\u0000' }), lang).split('\u0000');
  return [{ text: head, lang }, from, { text: middle, lang }, to, { text: tail, lang }].filter((part) => part.text !== '');
}

/** Joins a detail's parts as plain text, for the feeds. */
export function detailText(detail: readonly NamePart[]): string {
  return detail.map((part) => part.text).join('');
}

function details(step: MeetingStep, lang: Language, zone: string, region: string, districtName: DistrictName): NamePart[][] {
  const { change, before, after } = step;
  const value = (v: LocalizedText): NamePart => pickText(v, lang);
  switch (change.kind) {
    case 'postponed':
      return [phrase(after.newStart ? tf(lang, 'meeting.log.newTime', { time: formatDateTime(after.newStart, lang, zone) }) : t(lang, 'meeting.log.noNewTime'), lang)];
    case 'cancelled':
      return [];
    case 'held':
    case 'materials': {
      const out: string[] = [];
      if (change.kind === 'held' && change.attendance !== undefined) out.push(`${t(lang, 'meeting.attendance')}: ${formatNumber(change.attendance, lang)}`);
      if (change.video.length > 0) out.push(`${t(lang, 'meeting.video')}: ${formatNumber(change.video.length, lang)}`);
      if (change.documents.length > 0) out.push(`${t(lang, 'meeting.documents')}: ${formatNumber(change.documents.length, lang)}`);
      if (change.coverage.length > 0) out.push(`${t(lang, 'meeting.coverage')}: ${change.coverage.map((c) => c.outlet).join(', ')}`);
      return out.map((text) => phrase(text, lang));
    }
    case 'corrected': {
      const out: NamePart[][] = [];
      const [fromStart, toStart] = before.newStart !== undefined && after.newStart !== undefined ? [before.newStart, after.newStart] : [before.start, after.start];
      if (fromStart !== toStart || change.end !== undefined) {
        out.push(phrase(tf(lang, 'meeting.log.time', { from: formatDateTime(fromStart, lang, zone), to: formatDateTime(toStart, lang, zone) }), lang));
      }
      if (change.venue !== undefined) out.push(changedPhrase('meeting.log.venue', value(before.venue), value(after.venue), lang));
      if (change.address !== undefined) out.push(changedPhrase('meeting.log.address', value(before.address), value(after.address), lang));
      out.push(...factLines(change, before.facts, after.facts, lang, region, districtName));
      return out;
    }
    case 'minutes':
      return [phrase(tf(lang, 'meeting.log.minutes', { lang: languageLabels[change.lang][lang] }), lang)];
  }
}

/** A district's name in the reader's language, from its region and slug; undefined when unknown (the slug is shown). */
export type DistrictName = (region: string, district: string) => string | undefined;

/** A correction's other facts in words: each fact it gives, from the value before to the value after. */
function factLines(change: Extract<MeetingChange, { kind: 'corrected' }>, before: MeetingFacts, after: MeetingFacts, lang: Language, region: string, districtName: DistrictName): NamePart[][] {
  const say1 = (key: Parameters<typeof msg>[0], values?: Record<string, string>) => say(msg(key, values), lang);
  const none = say1('check.place.none');
  const text = (value: LocalizedText | undefined) => (value === undefined ? none : pickText(value, lang).text);
  const line = (key: Parameters<typeof msg>[0], from: string, to: string) => phrase(say1(key, { from, to }), lang);
  // A name or office as written, in the language it has: it stays a part of its own.
  const named = (key: Parameters<typeof msg>[0], from: LocalizedText | undefined, to: LocalizedText | undefined) =>
    changedPhrase(key, from === undefined ? { text: none, lang } : pickText(from, lang), to === undefined ? { text: none, lang } : pickText(to, lang), lang);
  const calendar = (f: MeetingFacts) =>
    f.calendarEntry !== undefined
      ? say1('meeting.log.planned', { id: f.calendarEntry })
      : f.outsideCalendar !== undefined
        ? say1('meeting.log.outsideBecause', { reason: text(f.outsideCalendar) })
        : say1('meeting.log.outside');
  const district = (slug: string | undefined) => (slug === undefined ? none : (districtName(region, slug) ?? slug));
  const out: NamePart[][] = [];
  if (change.district !== undefined) out.push(line('meeting.log.district', district(before.district), district(after.district)));
  if (change.settlement !== undefined) out.push(named('meeting.log.settlement', before.settlement?.name, after.settlement?.name));
  if (change.format !== undefined) out.push(line('meeting.log.format', meetingFormatLabels[before.format][lang], meetingFormatLabels[after.format][lang]));
  if (change.stream !== undefined) out.push(line('meeting.log.stream', before.stream ?? none, after.stream ?? none));
  if (change.office !== undefined) out.push(named('meeting.log.office', before.office, after.office));
  if (change.body !== undefined) out.push(line('meeting.log.body', before.body === undefined ? none : label(lang, 'body', before.body), after.body === undefined ? none : label(lang, 'body', after.body)));
  if (change.calendarEntry !== undefined || change.outsideCalendar !== undefined) out.push(line('meeting.log.calendar', calendar(before), calendar(after)));
  return out;
}

/** The meeting's log in the reader's language, oldest first; `districtName` names a corrected district (its slug when not given). */
export function meetingLog(meeting: Meeting, lang: Language, districtName: DistrictName = () => undefined): MeetingLogLine[] {
  return meetingSteps(recordOf(meeting)).map((step) => {
    const { change } = step;
    const reason = change.kind === 'postponed' || change.kind === 'cancelled' || change.kind === 'corrected' || change.kind === 'minutes' ? change.reason : undefined;
    return {
      date: change.date,
      label: meetingChangeKindLabels[change.kind][lang],
      details: details(step, lang, zoneOf(meeting.place.region), meeting.place.region, districtName),
      ...(reason ? { reason } : {}),
      step,
    };
  });
}
