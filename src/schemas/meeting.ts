import { z } from 'zod';
import { channelLabels, holderLevelLabels, labels, languageLabels, meetingChangeKindLabels, meetingFormatLabels } from '../lib/i18n/labels.ts';
import { msg } from '../lib/i18n/messages.ts';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { bodies } from '../lib/taxonomy/bodies.ts';
import { CalendarEntryId, choicesOf, DistrictRef, IsoDate, IsoDateTime, Link, LocalizedText, MeetingId, oneOf, RegionRef, SettlementRef, Url, meaning } from './common.ts';
import { announcementChannels, bodyIds, holderLevels, type Language, languages, meetingChangeKinds, meetingFormats, meetingStatuses } from '../vocabularies.ts';



/** A press announcement published before a meeting. */
export const Announcement = z
  .strictObject({
    channel: z
      .enum(announcementChannels, oneOf('schema.what.channel', announcementChannels, (c) => channelLabels[c]))
      .meta(meaning('field.meeting.announcement.channel')),
    outlet: z
      .string()
      .trim()
      .min(1, schemaMessage('schema.announcement.outletEmpty'))
      .meta(meaning('field.meeting.announcement.outlet')),
    url: Url.optional().meta(meaning('field.meeting.announcement.url')),
    issueNumber: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta(meaning('field.meeting.announcement.issueNumber')),
    published: IsoDate.meta(meaning('field.meeting.announcement.published')),
  })
  .refine((a) => a.url !== undefined || a.issueNumber !== undefined, {
    message: schemaMessage('schema.announcement.noSource'),
  });
export type Announcement = z.output<typeof Announcement>;

/** A report in the press after the meeting. */
export const Coverage = z.strictObject({
  /** Name of the outlet. */
  outlet: z.string().trim().min(1, schemaMessage('schema.coverage.outletEmpty')),
  /** Headline as published. */
  title: LocalizedText,
  /** Address of the report. */
  url: Url,
  /** Date of publication. */
  published: IsoDate,
});
export type Coverage = z.output<typeof Coverage>;


const entryDate = IsoDate.meta(meaning('field.meeting.entryDate'));
const entryReason = LocalizedText.meta(meaning('field.meeting.entryReason'));
const attendance = z
  .int(schemaMessage('schema.wholeNumber', { fix: msg('schema.attendance.fix') }))
  .nonnegative(schemaMessage('schema.attendance.negative'))
  .meta(meaning('field.meeting.attendance'));
const video = z.array(Url).default([]).meta(meaning('field.meeting.video'));
const documents = z
  .array(Link)
  .default([])
  .meta(meaning('field.meeting.documents'));
const coverage = z.array(Coverage).default([]).meta(meaning('field.meeting.coverage'));

/** The meeting was put off: why, and the new time when it is known. */
export const Postponed = z.strictObject({
  kind: z.literal('postponed'),
  date: entryDate,
  reason: entryReason,
  start: IsoDateTime.optional().meta(meaning('field.meeting.postponed.start')),
  end: IsoDateTime.optional().meta(meaning('field.meeting.postponed.end')),
});

/** The meeting was called off, and why. */
export const Cancelled = z.strictObject({ kind: z.literal('cancelled'), date: entryDate, reason: entryReason });

/** The meeting took place: its outcome. */
export const Held = z.strictObject({
  kind: z.literal('held'),
  date: entryDate,
  attendance: attendance.optional(),
  video,
  documents,
  coverage,
});

/** Recording, documents or press reports added after the outcome. */
export const Materials = z.strictObject({ kind: z.literal('materials'), date: entryDate, video, documents, coverage });

/**
 * A published fact was wrong: the right value and why. What was published
 * stays in the meeting's own fields; pages, figures and open data use the
 * value of the latest correction (src/lib/meetings/log.ts). Time and place
 * (start, end, venue, address, district, settlement), format and stream,
 * the holder's office and ministry, and the calendar standing: a
 * `calendarEntry` links the meeting to a planned entry (and ends its being
 * outside the calendar), an `outsideCalendar` reason unlinks it.
 */
export const Corrected = z.strictObject({
  kind: z.literal('corrected'),
  date: entryDate,
  reason: entryReason,
  start: IsoDateTime.optional().meta(meaning('field.meeting.corrected.start')),
  end: IsoDateTime.optional().meta(meaning('field.meeting.corrected.end')),
  venue: LocalizedText.optional().meta(meaning('field.meeting.corrected.venue')),
  address: LocalizedText.optional().meta(meaning('field.meeting.corrected.address')),
  district: DistrictRef.optional().meta(meaning('field.meeting.corrected.district')),
  settlement: SettlementRef.nullable()
    .optional()
    .meta(meaning('field.meeting.corrected.settlement')),
  format: z
    .enum(meetingFormats, oneOf('schema.what.format', meetingFormats, (f) => meetingFormatLabels[f]))
    .optional()
    .meta(meaning('field.meeting.corrected.format')),
  stream: Url.nullable()
    .optional()
    .meta(meaning('field.meeting.corrected.stream')),
  office: LocalizedText.optional().meta(meaning('field.meeting.corrected.office')),
  body: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .optional()
    .meta(meaning('field.meeting.corrected.body')),
  calendarEntry: CalendarEntryId.optional().meta(meaning('field.meeting.corrected.calendarEntry')),
  outsideCalendar: LocalizedText.optional().meta(meaning('field.meeting.corrected.outsideCalendar')),
});
/** The fields a `corrected` entry can correct. */
export const meetingCorrectedFields = ['start', 'end', 'venue', 'address', 'district', 'settlement', 'format', 'stream', 'office', 'body', 'calendarEntry', 'outsideCalendar'] as const;
export type MeetingCorrectedField = (typeof meetingCorrectedFields)[number];

/** Published minutes were changed: which language, and why. */
export const MinutesCorrected = z.strictObject({
  kind: z.literal('minutes'),
  date: entryDate,
  lang: z.enum(languages, oneOf('schema.what.language', languages, (l) => languageLabels[l])).meta(meaning('field.meeting.minutesCorrected.lang')),
  reason: entryReason,
});

/** One entry of a meeting's log: appended, never rewritten. */
export const MeetingChange = z.discriminatedUnion('kind', [Postponed, Cancelled, Held, Materials, Corrected, MinutesCorrected], {
  error: schemaMessage('schema.meetingChange.kind', { fix: msg('schema.kind.fix', { values: choicesOf(meetingChangeKinds, (k) => meetingChangeKindLabels[k]) }) }),
});
export type MeetingChange = z.output<typeof MeetingChange>;

/**
 * An akim's public meeting with residents, as stored. File:
 * `content/meetings/{region}/{id}.json`; minutes beside it as
 * `{id}.minutes.{lang}.mdx`. Time and place are as first published; what
 * happened since (postponed, cancelled, held, corrected) is the log in
 * `changes`, and the meeting's status now is derived from it
 * (src/lib/meetings/log.ts).
 */
export const MeetingRecord = z
  .strictObject({
    id: MeetingId.meta(meaning('field.meeting.meetingRecord.id')),
    /** Who holds the meeting. */
    holder: z.strictObject({
      level: z
        .enum(holderLevels, oneOf('schema.what.holderLevel', holderLevels, (l) => holderLevelLabels[l]))
        .meta(meaning('field.meeting.meetingRecord.holder.level')),
      /** For a minister's meeting: the central government body (a ministry of the bodies list). */
      body: z
        .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
        .optional()
        .meta(meaning('field.meeting.meetingRecord.holder.body')),
      office: LocalizedText.meta(meaning('field.meeting.meetingRecord.holder.office')),
    }),
    /** Where it takes place. */
    place: z.strictObject({
      region: RegionRef,
      /** Omitted for a region-wide meeting held in the centre. */
      district: DistrictRef.optional(),
      settlement: SettlementRef.optional(),
      /** Building or hall, e.g. the village house of culture. */
      venue: LocalizedText,
      /** Street address. */
      address: LocalizedText,
    }),
    start: IsoDateTime.meta(meaning('field.meeting.meetingRecord.start')),
    end: IsoDateTime.meta(meaning('field.meeting.meetingRecord.end')),
    format: z.enum(meetingFormats, oneOf('schema.what.format', meetingFormats, (f) => meetingFormatLabels[f])).meta(meaning('field.meeting.meetingRecord.format')),
    /** Required for hybrid and online meetings. */
    stream: Url.optional().meta(meaning('field.meeting.meetingRecord.stream')),
    /** The entry of the region's approved calendar this meeting fulfils (content/calendars/). */
    calendarEntry: CalendarEntryId.optional(),
    /** Why the meeting is held outside the approved calendar, when it is. */
    outsideCalendar: LocalizedText.optional().meta(meaning('field.meeting.meetingRecord.outsideCalendar')),
    /** Press announcements that preceded it; only ever added to. */
    announcements: z.array(Announcement).default([]),
    /** What happened after publication, oldest first; appended, never rewritten. */
    changes: z.array(MeetingChange).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.format !== 'in-person' && m.stream === undefined) {
      ctx.addIssue({ code: 'custom', path: ['stream'], message: schemaMessage('schema.meeting.streamMissing', { format: { ...meetingFormatLabels[m.format], en: m.format } }) });
    }
    if (m.holder.level === 'minister' && m.holder.body === undefined) {
      ctx.addIssue({ code: 'custom', path: ['holder', 'body'], message: schemaMessage('schema.meeting.ministerBody') });
    }
    if (m.holder.level !== 'minister' && m.holder.body !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['holder', 'body'], message: schemaMessage('schema.meeting.bodyNotMinister') });
    }
    if (m.calendarEntry !== undefined && m.outsideCalendar !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['outsideCalendar'], message: schemaMessage('schema.meeting.calendarBoth') });
    }
    const bothValid = IsoDateTime.safeParse(m.start).success && IsoDateTime.safeParse(m.end).success;
    if (bothValid && new Date(m.end).getTime() <= new Date(m.start).getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: schemaMessage('schema.meeting.endBeforeStart') });
    }
    m.changes.forEach((c, i) => {
      if (c.kind === 'postponed' && c.end !== undefined && c.start === undefined) {
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'start'], message: schemaMessage('schema.meeting.postponedEndOnly') });
      }
      if (c.kind === 'corrected') {
        if (meetingCorrectedFields.every((f) => c[f] === undefined)) {
          ctx.addIssue({ code: 'custom', path: ['changes', i], message: schemaMessage('schema.meeting.correctsNothing') });
        }
        if (c.calendarEntry !== undefined && c.outsideCalendar !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['changes', i, 'outsideCalendar'], message: schemaMessage('schema.meeting.calendarBoth') });
        }
        if (c.body !== undefined && m.holder.level !== 'minister') {
          ctx.addIssue({ code: 'custom', path: ['changes', i, 'body'], message: schemaMessage('schema.meeting.bodyNotMinister') });
        }
        // A hybrid or online meeting needs a stream: after a correction of either, the format and stream in force are checked.
        if (c.format !== undefined || c.stream !== undefined) {
          let format = m.format;
          let stream = m.stream;
          for (const p of m.changes.slice(0, i + 1)) {
            if (p.kind !== 'corrected') continue;
            format = p.format ?? format;
            stream = p.stream === null ? undefined : (p.stream ?? stream);
          }
          if (format !== 'in-person' && stream === undefined) {
            ctx.addIssue({ code: 'custom', path: ['changes', i, 'stream'], message: schemaMessage('schema.meeting.streamMissing', { format: { ...meetingFormatLabels[format], en: format } }) });
          }
        }
      }
      if (c.kind === 'materials' && c.video.length + c.documents.length + c.coverage.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['changes', i], message: schemaMessage('schema.meeting.addsNothing') });
      }
    });
  });
export type MeetingRecord = z.output<typeof MeetingRecord>;

/** What a meeting's log says now: derived, never stored (src/lib/meetings/log.ts). Described here for the data dictionary. */
export const MeetingState = z.strictObject({
  status: z.enum(meetingStatuses).meta(meaning('field.meeting.meetingState.status')),
  statusReason: LocalizedText.optional().meta(meaning('field.meeting.meetingState.statusReason')),
  newStart: IsoDateTime.optional().meta(meaning('field.meeting.meetingState.newStart')),
  newEnd: IsoDateTime.optional(),
  attendance: attendance.optional(),
  video,
  documents,
  coverage,
});
export type MeetingState = z.output<typeof MeetingState>;

/**
 * A meeting as pages, feeds and open data see it: the stored record with
 * every fact as corrected (time, place, format, stream, office, ministry,
 * calendar entry), and its status and outcome from the log. `published`
 * keeps those facts as first published when a correction changed any.
 */
export type Meeting = MeetingRecord &
  MeetingState & {
    published?: MeetingPublished;
  };

/** What a correction may change in a meeting, as first published: kept beside the corrected values (src/lib/meetings/log.ts). */
export type MeetingPublished = Pick<MeetingRecord, 'start' | 'end' | 'format' | 'stream' | 'calendarEntry' | 'outsideCalendar'> &
  Pick<MeetingRecord['place'], 'venue' | 'address' | 'district' | 'settlement'> &
  Pick<MeetingRecord['holder'], 'office' | 'body'>;
