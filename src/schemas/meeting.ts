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
      .meta(meaning({ kk: 'Ақпарат құралының түрі', ru: 'Вид СМИ или канала', en: 'Kind of medium' })),
    outlet: z
      .string()
      .trim()
      .min(1, schemaMessage('schema.announcement.outletEmpty'))
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


const entryDate = IsoDate.meta(meaning({ kk: 'Жазба жасалған күн', ru: 'Дата записи', en: 'Date of the entry' }));
const entryReason = LocalizedText.meta(meaning({ kk: 'Себебі', ru: 'Причина', en: 'Why' }));
const attendance = z
  .int(schemaMessage('schema.wholeNumber', { fix: msg('schema.attendance.fix') }))
  .nonnegative(schemaMessage('schema.attendance.negative'))
  .meta(meaning({ kk: 'Кездесуге қатысқан тұрғындар саны', ru: 'Число жителей, пришедших на встречу', en: 'Number of residents who attended' }));
const video = z.array(Url).default([]).meta(meaning({ kk: 'Кездесудің бейнежазбасы', ru: 'Видеозапись встречи', en: 'Recording of the meeting' }));
const documents = z
  .array(Link)
  .default([])
  .meta(meaning({ kk: 'Құжаттар: күн тәртібі, есеп, презентация', ru: 'Документы: повестка, отчёт, презентация', en: 'Documents: agenda, report, presentation' }));
const coverage = z.array(Coverage).default([]).meta(meaning({ kk: 'Кездесуден кейінгі баспасөз материалдары', ru: 'Материалы прессы после встречи', en: 'Press reports after the meeting' }));

/** The meeting was put off: why, and the new time when it is known. */
export const Postponed = z.strictObject({
  kind: z.literal('postponed'),
  date: entryDate,
  reason: entryReason,
  start: IsoDateTime.optional().meta(meaning({ kk: 'Жаңа басталу уақыты, белгілі болса', ru: 'Новое начало, если оно известно', en: 'New start, when known' })),
  end: IsoDateTime.optional().meta(meaning({ kk: 'Жаңа аяқталу уақыты', ru: 'Новое окончание', en: 'New end' })),
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
  start: IsoDateTime.optional().meta(meaning({ kk: 'Түзетілген басталу уақыты', ru: 'Исправленное начало', en: 'Corrected start' })),
  end: IsoDateTime.optional().meta(meaning({ kk: 'Түзетілген аяқталу уақыты', ru: 'Исправленное окончание', en: 'Corrected end' })),
  venue: LocalizedText.optional().meta(meaning({ kk: 'Түзетілген өтетін орны', ru: 'Исправленное место проведения', en: 'Corrected venue' })),
  address: LocalizedText.optional().meta(meaning({ kk: 'Түзетілген мекенжайы', ru: 'Исправленный адрес', en: 'Corrected address' })),
  district: DistrictRef.optional().meta(meaning({ kk: 'Түзетілген ауданы немесе қаласы', ru: 'Исправленный район или город', en: 'Corrected district or city' })),
  settlement: SettlementRef.nullable()
    .optional()
    .meta(meaning({ kk: 'Түзетілген елді мекені; null — белгілі бір елді мекенде емес', ru: 'Исправленный населённый пункт; null — не в отдельном населённом пункте', en: 'Corrected settlement; null when in no particular settlement' })),
  format: z
    .enum(meetingFormats, oneOf('schema.what.format', meetingFormats, (f) => meetingFormatLabels[f]))
    .optional()
    .meta(meaning({ kk: 'Түзетілген өткізілу түрі', ru: 'Исправленный формат', en: 'Corrected format' })),
  stream: Url.nullable()
    .optional()
    .meta(meaning({ kk: 'Трансляцияның түзетілген мекенжайы; null — трансляция жоқ', ru: 'Исправленный адрес трансляции; null — трансляции нет', en: 'Corrected address of the stream; null when there is none' })),
  office: LocalizedText.optional().meta(meaning({ kk: 'Кездесуді өткізетін лауазымның түзетілген атауы', ru: 'Исправленная должность проводящего встречу', en: 'Corrected office holding the meeting' })),
  body: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .optional()
    .meta(meaning({ kk: 'Министрдің кездесуі үшін түзетілген орталық мемлекеттік орган', ru: 'Исправленный центральный госорган встречи министра', en: 'Corrected central government body of a minister’s meeting' })),
  calendarEntry: CalendarEntryId.optional().meta(
    meaning({ kk: 'Кездесу шын мәнінде орындайтын күнтізбе жазбасы', ru: 'Запись календаря, которую встреча выполняет на самом деле', en: 'The calendar entry the meeting in fact fulfils' }),
  ),
  outsideCalendar: LocalizedText.optional().meta(
    meaning({ kk: 'Кездесу күнтізбеден тыс болса, себебі (күнтізбе жазбасымен байланысы алынады)', ru: 'Почему встреча на самом деле вне календаря (связь с записью календаря снимается)', en: 'Why the meeting is in fact outside the calendar (unlinks it from its calendar entry)' }),
  ),
});
/** The fields a `corrected` entry can correct. */
export const meetingCorrectedFields = ['start', 'end', 'venue', 'address', 'district', 'settlement', 'format', 'stream', 'office', 'body', 'calendarEntry', 'outsideCalendar'] as const;
export type MeetingCorrectedField = (typeof meetingCorrectedFields)[number];

/** Published minutes were changed: which language, and why. */
export const MinutesCorrected = z.strictObject({
  kind: z.literal('minutes'),
  date: entryDate,
  lang: z.enum(languages, oneOf('schema.what.language', languages, (l) => languageLabels[l])).meta(meaning({ kk: 'Түзетілген хаттаманың тілі', ru: 'Язык исправленного протокола', en: 'Language of the corrected minutes' })),
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
        .enum(holderLevels, oneOf('schema.what.holderLevel', holderLevels, (l) => holderLevelLabels[l]))
        .meta(meaning({ kk: 'Кездесуді кім өткізеді: әкімнің деңгейі немесе министр (орталық мемлекеттік органның басшысы)', ru: 'Кто проводит встречу: уровень акима или министр (руководитель центрального госоргана)', en: 'Who holds the meeting: the level of the akim, or a minister (head of a central government body)' })),
      /** For a minister's meeting: the central government body (a ministry of the bodies list). */
      body: z
        .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
        .optional()
        .meta(meaning({ kk: 'Министрдің кездесуі үшін: орталық мемлекеттік орган', ru: 'Для встречи министра: центральный государственный орган', en: 'For a minister’s meeting: the central government body' })),
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
    start: IsoDateTime.meta(meaning({ kk: 'Кездесудің басталу уақыты: өңірдің жергілікті уақыты, сол күнгі UTC ығысуымен', ru: 'Начало встречи: местное время региона со смещением от UTC, действовавшим в тот день', en: 'Start of the meeting: local time of its region, with the UTC offset it kept that day' })),
    end: IsoDateTime.meta(meaning({ kk: 'Кездесудің аяқталу уақыты: өңірдің жергілікті уақыты, сол күнгі UTC ығысуымен', ru: 'Окончание встречи: местное время региона со смещением от UTC, действовавшим в тот день', en: 'End of the meeting: local time of its region, with the UTC offset it kept that day' })),
    format: z.enum(meetingFormats, oneOf('schema.what.format', meetingFormats, (f) => meetingFormatLabels[f])).meta(meaning({ kk: 'Кездесудің өткізілу түрі', ru: 'Формат встречи', en: 'Format of the meeting' })),
    /** Required for hybrid and online meetings. */
    stream: Url.optional().meta(meaning({ kk: 'Трансляцияны көруге болатын мекенжай', ru: 'Где смотреть трансляцию', en: 'Where the stream can be watched' })),
    /** The entry of the region's approved calendar this meeting fulfils (content/calendars/). */
    calendarEntry: CalendarEntryId.optional(),
    /** Why the meeting is held outside the approved calendar, when it is. */
    outsideCalendar: LocalizedText.optional().meta(meaning({ kk: 'Кездесу бекітілген күнтізбеден тыс өткізілсе, себебі', ru: 'Почему встреча проводится вне утверждённого календаря', en: 'Why the meeting is held outside the approved calendar' })),
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
  status: z.enum(meetingStatuses).meta(meaning({ kk: 'Кездесудің қазіргі мәртебесі', ru: 'Текущий статус встречи', en: 'Status of the meeting now' })),
  statusReason: LocalizedText.optional().meta(meaning({ kk: 'Кездесу неге кейінге қалдырылды немесе болмай қалды', ru: 'Почему встреча перенесена или отменена', en: 'Why the meeting was postponed or cancelled' })),
  newStart: IsoDateTime.optional().meta(
    meaning({
      kk: 'Кейінге қалдырылған кездесудің жаңа басталу уақыты, белгілі болса',
      ru: 'Новое начало перенесённой встречи, если оно известно',
      en: 'New start of a postponed meeting, when known',
    }),
  ),
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
