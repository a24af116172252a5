/**
 * Whether a meeting's outcome has been reported. Time passing must never
 * break publishing: a meeting still recorded as scheduled (or postponed to a
 * day) once its day has gone by is not refused by the nightly build, it is
 * published as "outcome not reported", counted so in its region's figures,
 * and `npm run validate` reminds the editors of it.
 */
import type { Meeting } from '../../schemas/meeting.ts';
import { localDay, zoneOf } from '../time.ts';
import { problem, type ContentProblem } from '../content/problems.ts';
import { term } from '../content/terms.ts';
import { meetingChangeKindLabels, shownMeetingStatusLabels } from '../i18n/labels.ts';
import { msg } from '../i18n/messages.ts';
import type { ShownMeetingStatus } from '../../vocabularies.ts';


/** The day a meeting is (now) due, in its region's time: its new start when postponed to one, else its start. */
export function dueDay(meeting: Pick<Meeting, 'start' | 'newStart' | 'status' | 'place'>): string | undefined {
  if (meeting.status === 'scheduled') return localDay(meeting.start, zoneOf(meeting.place.region));
  if (meeting.status === 'postponed' && meeting.newStart !== undefined) return localDay(meeting.newStart, zoneOf(meeting.place.region));
  return undefined;
}

/** True when the meeting's day is before the build day and no outcome (held, postponed, cancelled) is recorded for it. */
export function outcomeNotReported(meeting: Pick<Meeting, 'start' | 'newStart' | 'status' | 'place'>, asOf: string): boolean {
  const day = dueDay(meeting);
  return day !== undefined && day < asOf;
}

/** The status to show on pages, in lists, feeds and open data. */
export function shownStatus(meeting: Pick<Meeting, 'start' | 'newStart' | 'status' | 'place'>, asOf: string): ShownMeetingStatus {
  return outcomeNotReported(meeting, asOf) ? 'not-reported' : meeting.status;
}

/**
 * A reminder for each meeting whose outcome is due, naming its file: what
 * `npm run validate` prints as warnings, in the editor's language
 * (`formatProblemIn(lang)`). The entries to add are named by the words of
 * the site («Өтті», «Перенесена»).
 */
export function unreportedOutcomeWarnings(meetings: readonly Meeting[], asOf: string, fileOf: (meeting: Meeting) => string): ContentProblem[] {
  const kind = (k: 'held' | 'postponed' | 'cancelled') => term(k, meetingChangeKindLabels[k]);
  return meetings
    .filter((m) => outcomeNotReported(m, asOf))
    .map((m) =>
      problem(
        fileOf(m),
        'changes',
        msg('check.outcome.notReported', {
          day: dueDay(m) ?? '',
          held: kind('held'),
          postponed: kind('postponed'),
          cancelled: kind('cancelled'),
          notReported: term('outcome not reported', shownMeetingStatusLabels['not-reported']),
        }),
      ),
    );
}
