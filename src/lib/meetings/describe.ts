/**
 * A meeting's log in words, one line per entry, for the meeting page and the
 * meetings feed alike: what happened ("Postponed"), the facts that changed
 * ("time: 10 Mar 10:00 → 10 Mar 11:00") and why.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import { zoneOf } from '../time.ts';
import { languageLabels, meetingChangeKindLabels } from '../i18n/labels.ts';
import { pickText } from '../i18n/text.ts';
import { t, tf } from '../i18n/translations.ts';
import { meetingSteps, recordOf, type MeetingStep } from './log.ts';
import type { Language } from '../../vocabularies.ts';

export interface MeetingLogLine {
  /** Day of the entry, `YYYY-MM-DD`. */
  date: string;
  /** What happened, e.g. "Перенесена". */
  label: string;
  /** The facts it set or changed, each a short phrase. */
  details: string[];
  reason?: LocalizedText;
  step: MeetingStep;
}

function details(step: MeetingStep, lang: Language, zone: string): string[] {
  const { change, before, after } = step;
  const text = (value: LocalizedText) => pickText(value, lang).text;
  switch (change.kind) {
    case 'postponed':
      return [after.newStart ? tf(lang, 'meeting.log.newTime', { time: formatDateTime(after.newStart, lang, zone) }) : t(lang, 'meeting.log.noNewTime')];
    case 'cancelled':
      return [];
    case 'held':
    case 'materials': {
      const out: string[] = [];
      if (change.kind === 'held' && change.attendance !== undefined) out.push(`${t(lang, 'meeting.attendance')}: ${formatNumber(change.attendance, lang)}`);
      if (change.video.length > 0) out.push(`${t(lang, 'meeting.video')}: ${formatNumber(change.video.length, lang)}`);
      if (change.documents.length > 0) out.push(`${t(lang, 'meeting.documents')}: ${formatNumber(change.documents.length, lang)}`);
      if (change.coverage.length > 0) out.push(`${t(lang, 'meeting.coverage')}: ${change.coverage.map((c) => c.outlet).join(', ')}`);
      return out;
    }
    case 'corrected': {
      const out: string[] = [];
      const [fromStart, toStart] = before.newStart !== undefined && after.newStart !== undefined ? [before.newStart, after.newStart] : [before.start, after.start];
      if (fromStart !== toStart || change.end !== undefined) {
        out.push(tf(lang, 'meeting.log.time', { from: formatDateTime(fromStart, lang, zone), to: formatDateTime(toStart, lang, zone) }));
      }
      if (change.venue !== undefined) out.push(tf(lang, 'meeting.log.venue', { from: text(before.venue), to: text(after.venue) }));
      if (change.address !== undefined) out.push(tf(lang, 'meeting.log.address', { from: text(before.address), to: text(after.address) }));
      return out;
    }
    case 'minutes':
      return [tf(lang, 'meeting.log.minutes', { lang: languageLabels[change.lang][lang] })];
  }
}

/** The meeting's log in the reader's language, oldest first. */
export function meetingLog(meeting: Meeting, lang: Language): MeetingLogLine[] {
  return meetingSteps(recordOf(meeting)).map((step) => {
    const { change } = step;
    const reason = change.kind === 'postponed' || change.kind === 'cancelled' || change.kind === 'corrected' || change.kind === 'minutes' ? change.reason : undefined;
    return { date: change.date, label: meetingChangeKindLabels[change.kind][lang], details: details(step, lang, zoneOf(meeting.place.region)), ...(reason ? { reason } : {}), step };
  });
}
