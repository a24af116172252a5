import { z } from 'zod';
import { IsoDate, IsoDateTime, Kato, Link, LocalizedText, MeetingId, Url } from './common.ts';

export const holderLevels = ['region', 'city', 'district', 'rural-okrug'] as const;
export const meetingFormats = ['in-person', 'hybrid', 'online'] as const;
export const meetingStatuses = ['scheduled', 'held', 'postponed', 'cancelled'] as const;
export const announcementChannels = ['newspaper', 'tv', 'radio', 'website', 'social', 'egov'] as const;

const oneOf = (what: string, values: readonly string[]) => ({ error: `is not a ${what} — use one of: ${values.join(', ')}` });

/** A press announcement published before a meeting. */
export const Announcement = z
  .strictObject({
    /** Kind of medium. */
    channel: z.enum(announcementChannels, oneOf('channel', announcementChannels)),
    /** Name of the newspaper, station, site or account. */
    outlet: z.string().trim().min(1, 'is empty — name the outlet that published the announcement'),
    /** Address of the announcement online. */
    url: Url.optional(),
    /** Issue number of a printed newspaper, or programme name. */
    issueNumber: z.string().trim().min(1).optional(),
    /** Date the announcement was published. */
    published: IsoDate,
  })
  .refine((a) => a.url !== undefined || a.issueNumber !== undefined, {
    message: 'has neither url nor issueNumber — give the web address or the newspaper issue number',
  });
export type Announcement = z.output<typeof Announcement>;

/** A report in the press after the meeting. */
export const Coverage = z.strictObject({
  /** Name of the outlet. */
  outlet: z.string().trim().min(1, 'is empty — name the outlet'),
  /** Headline as published. */
  title: LocalizedText,
  /** Address of the report. */
  url: Url,
  /** Date of publication. */
  published: IsoDate,
});

/**
 * An akim's public meeting with residents. File:
 * `content/meetings/{region}/{id}.json`; minutes beside it as
 * `{id}.minutes.{lang}.mdx`.
 */
export const Meeting = z
  .strictObject({
    /** Permanent id, e.g. m-10-0042; never reused. */
    id: MeetingId,
    /** Who holds the meeting. */
    holder: z.strictObject({
      /** Level of the akim holding it. */
      level: z.enum(holderLevels, oneOf('holder level', holderLevels)),
      /** The office, e.g. "Akim of Abay district". Officials are named by position. */
      office: LocalizedText,
    }),
    /** Where it takes place. */
    place: z.strictObject({
      /** Region slug. */
      region: z.string(),
      /** District slug within the region; omitted for a region-wide meeting held in the centre. */
      district: z.string().optional(),
      /** Rural okrug, town or village. */
      settlement: z
        .strictObject({
          /** KATO code of the settlement, when it is in content/geo/settlements. */
          kato: Kato.optional(),
          /** Name as residents know it. */
          name: LocalizedText,
        })
        .optional(),
      /** Building or hall, e.g. the village house of culture. */
      venue: LocalizedText,
      /** Street address. */
      address: LocalizedText,
    }),
    /** Start, with UTC offset. */
    start: IsoDateTime,
    /** End, with UTC offset. */
    end: IsoDateTime,
    /** In person, hybrid (in person and streamed) or online only. */
    format: z.enum(meetingFormats, oneOf('format', meetingFormats)),
    /** Where the stream can be watched; required for hybrid and online meetings. */
    stream: Url.optional(),
    /** Scheduled, held, postponed or cancelled. */
    status: z.enum(meetingStatuses, oneOf('meeting status', meetingStatuses)),
    /** Why it was postponed or cancelled; required for those statuses. */
    statusReason: LocalizedText.optional(),
    /** New start of a postponed meeting, when known. */
    newStart: IsoDateTime.optional(),
    /** Press announcements that preceded it. */
    announcements: z.array(Announcement).default([]),
    /** Number of residents who attended. */
    attendance: z.int('is not a whole number — write the head count, e.g. 120').nonnegative('is negative — write the head count').optional(),
    /** Recording of the meeting. */
    video: z.array(Url).default([]),
    /** Documents: agenda, report, presentation. */
    documents: z.array(Link).default([]),
    /** Press reports after the meeting. */
    coverage: z.array(Coverage).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.format !== 'in-person' && m.stream === undefined) {
      ctx.addIssue({ code: 'custom', path: ['stream'], message: `is missing for a ${m.format} meeting — give the address of the stream` });
    }
    if ((m.status === 'postponed' || m.status === 'cancelled') && m.statusReason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['statusReason'], message: `is missing for a ${m.status} meeting — say why, in at least one language` });
    }
    if (m.newStart !== undefined && m.status !== 'postponed') {
      ctx.addIssue({ code: 'custom', path: ['newStart'], message: 'is set but the meeting is not postponed — remove newStart or set status to postponed' });
    }
    const bothValid = IsoDateTime.safeParse(m.start).success && IsoDateTime.safeParse(m.end).success;
    if (bothValid && new Date(m.end).getTime() <= new Date(m.start).getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'is not after start — check both times and their offsets' });
    }
  });
export type Meeting = z.output<typeof Meeting>;
