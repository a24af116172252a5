import { z } from 'zod';
import { DistrictRef, IsoDate, IsoDateTime, Link, LocalizedText, MeetingId, RegionRef, SettlementRef, Url, meaning } from './common.ts';

export const holderLevels = ['region', 'city', 'district', 'rural-okrug'] as const;
export const meetingFormats = ['in-person', 'hybrid', 'online'] as const;
export const meetingStatuses = ['scheduled', 'held', 'postponed', 'cancelled'] as const;
export const announcementChannels = ['newspaper', 'tv', 'radio', 'website', 'social', 'egov'] as const;

const oneOf = (what: string, values: readonly string[]) => ({ error: `is not a ${what} — use one of: ${values.join(', ')}` });

/** A press announcement published before a meeting. */
export const Announcement = z
  .strictObject({
    channel: z
      .enum(announcementChannels, oneOf('channel', announcementChannels))
      .meta(meaning({ kk: 'Ақпарат құралының түрі', ru: 'Вид СМИ или канала', en: 'Kind of medium' })),
    outlet: z
      .string()
      .trim()
      .min(1, 'is empty — name the outlet that published the announcement')
      .meta(
        meaning({
          kk: 'Хабарландыруды жариялаған газет, арна, сайт немесе аккаунт',
          ru: 'Газета, канал, сайт или аккаунт, опубликовавший объявление',
          en: 'Newspaper, station, site or account that published the announcement',
        }),
      ),
    url: Url.optional().meta(meaning({ kk: 'Хабарландырудың интернеттегі мекенжайы', ru: 'Адрес объявления в интернете', en: 'Address of the announcement online' })),
    issueNumber: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta(meaning({ kk: 'Баспа газеттің нөмірі немесе хабар атауы', ru: 'Номер печатной газеты или название передачи', en: 'Issue number of a printed newspaper, or programme name' })),
    published: IsoDate.meta(meaning({ kk: 'Хабарландыру жарияланған күн', ru: 'Дата публикации объявления', en: 'Date the announcement was published' })),
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
    id: MeetingId.meta(
      meaning({
        kk: 'Кездесудің тұрақты идентификаторы, мысалы m-10-0042; қайта пайдаланылмайды',
        ru: 'Постоянный идентификатор встречи, например m-10-0042; повторно не используется',
        en: 'Permanent meeting id, e.g. m-10-0042; never reused',
      }),
    ),
    /** Who holds the meeting. */
    holder: z.strictObject({
      level: z
        .enum(holderLevels, oneOf('holder level', holderLevels))
        .meta(meaning({ kk: 'Кездесуді өткізетін әкімнің деңгейі', ru: 'Уровень акима, проводящего встречу', en: 'Level of the akim holding the meeting' })),
      office: LocalizedText.meta(
        meaning({
          kk: 'Кездесуді кім өткізеді, мысалы Абай ауданының әкімі (аты-жөні емес, лауазымы)',
          ru: 'Кто проводит встречу, например аким Абайского района (должность, а не имя)',
          en: 'Office holding the meeting, e.g. Akim of Abay district (the position, not a name)',
        }),
      ),
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
    start: IsoDateTime.meta(meaning({ kk: 'Кездесудің басталу уақыты, UTC ығысуымен', ru: 'Начало встречи, со смещением от UTC', en: 'Start of the meeting, with UTC offset' })),
    end: IsoDateTime.meta(meaning({ kk: 'Кездесудің аяқталу уақыты, UTC ығысуымен', ru: 'Окончание встречи, со смещением от UTC', en: 'End of the meeting, with UTC offset' })),
    format: z.enum(meetingFormats, oneOf('format', meetingFormats)).meta(meaning({ kk: 'Кездесудің өткізілу түрі', ru: 'Формат встречи', en: 'Format of the meeting' })),
    /** Required for hybrid and online meetings. */
    stream: Url.optional().meta(meaning({ kk: 'Трансляцияны көруге болатын мекенжай', ru: 'Где смотреть трансляцию', en: 'Where the stream can be watched' })),
    status: z.enum(meetingStatuses, oneOf('meeting status', meetingStatuses)).meta(meaning({ kk: 'Кездесудің мәртебесі', ru: 'Статус встречи', en: 'Status of the meeting' })),
    /** Why it was postponed or cancelled; required for those statuses. */
    statusReason: LocalizedText.optional(),
    newStart: IsoDateTime.optional().meta(
      meaning({
        kk: 'Шегерілген кездесудің жаңа басталу уақыты, белгілі болса',
        ru: 'Новое начало перенесённой встречи, если оно известно',
        en: 'New start of a postponed meeting, when known',
      }),
    ),
    /** Press announcements that preceded it. */
    announcements: z.array(Announcement).default([]),
    attendance: z
      .int('is not a whole number — write the head count, e.g. 120')
      .nonnegative('is negative — write the head count')
      .optional()
      .meta(meaning({ kk: 'Кездесуге қатысқан тұрғындар саны', ru: 'Число жителей, пришедших на встречу', en: 'Number of residents who attended' })),
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
