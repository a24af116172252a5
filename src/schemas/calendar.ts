/**
 * A region's flexible annual calendar of akims' meetings with residents, as
 * stored. File: `content/calendars/{region}/{year}.json`. The region akim
 * approves it by 15 January (in agreement with the maslikhat under the 2022
 * decree, with notice to it since the 2023 amendment) and may correct it
 * during the year. A correction is an appended, dated entry with its
 * maslikhat reference — adding, moving or dropping a planned meeting — never
 * a rewrite: the history guard refuses an edited or removed entry, as it does
 * for every other published fact. Calendar entries are what meetings fulfil
 * (`calendarEntry` of a meeting) and what adherence is measured against
 * (src/lib/accountability/).
 */
import { z } from 'zod';
import { msg } from '../lib/i18n/messages.ts';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { CalendarEntryId, DistrictRef, IsoDate, LocalizedText, meaning, oneOf, RegionRef, SettlementRef, Url } from './common.ts';
import { calendarEntryKinds, holderLevels, maslikhatActs } from '../vocabularies.ts';


/** The maslikhat's agreement or notice behind an approval or a correction: session, date, number and, where published, the link. */
export const MaslikhatReference = z.strictObject(
  {
    act: z.enum(maslikhatActs, oneOf('schema.what.maslikhatAct', maslikhatActs)).meta(meaning('field.calendar.maslikhatReference.act')),
    session: z.string().trim().min(1, schemaMessage('schema.maslikhat.session')).meta(meaning('field.calendar.maslikhatReference.session')),
    date: IsoDate.meta(meaning('field.calendar.maslikhatReference.date')),
    number: z.string().trim().min(1, schemaMessage('schema.maslikhat.number')).meta(meaning('field.calendar.maslikhatReference.number')),
    url: Url.optional().meta(meaning('field.calendar.maslikhatReference.url')),
  },
  { error: schemaMessage('schema.calendar.noMaslikhat', { fix: msg('schema.calendar.noMaslikhatFix') }) },
);
export type MaslikhatReference = z.output<typeof MaslikhatReference>;


/** When a planned meeting is due: a day (`from` = `to`) or a period. */
export const PlannedWindow = z
  .strictObject({
    from: IsoDate.meta(meaning('field.calendar.plannedWindow.from')),
    to: IsoDate.meta(meaning('field.calendar.plannedWindow.to')),
  })
  .refine((w) => w.from <= w.to, { path: ['to'], message: schemaMessage('schema.calendar.windowOrder') });
export type PlannedWindow = z.output<typeof PlannedWindow>;

/**
 * Whose meeting is planned: an akim, by level and territory. A region akim
 * (or the akim of Astana, Almaty or Shymkent: level `city` with no district)
 * needs nothing more; the akim of a district or of a city of regional
 * significance names the district; a rural okrug akim the okrug.
 */
export const CalendarHolder = z.strictObject({
  level: z.enum(holderLevels, oneOf('schema.what.holderLevel', holderLevels)).meta(meaning('field.calendar.calendarHolder.level')),
  district: DistrictRef.optional(),
  settlement: SettlementRef.optional(),
});
export type CalendarHolder = z.output<typeof CalendarHolder>;

/** One planned meeting of the calendar. */
export const CalendarEntry = z.strictObject({
  id: CalendarEntryId,
  holder: CalendarHolder,
  /** Where: the district, town or rural okrug visited; omitted for a meeting in the regional centre. */
  place: z.strictObject({ district: DistrictRef.optional(), settlement: SettlementRef.optional() }),
  planned: PlannedWindow,
  kind: z.enum(calendarEntryKinds, oneOf('schema.what.calendarEntryKind', calendarEntryKinds)).default('outreach'),
});
export type CalendarEntry = z.output<typeof CalendarEntry>;

const correctionCommon = {
  date: IsoDate.meta(meaning('field.calendar.correctionCommon.date')),
  maslikhat: MaslikhatReference,
  reason: LocalizedText.meta(meaning('field.calendar.correctionCommon.reason')),
};

/** A planned meeting added during the year. */
export const CalendarAdded = z.strictObject({ kind: z.literal('added'), ...correctionCommon, entry: CalendarEntry });
/** A planned meeting moved to another day or period. */
export const CalendarMoved = z.strictObject({ kind: z.literal('moved'), ...correctionCommon, entry: CalendarEntryId, planned: PlannedWindow });
/** A planned meeting dropped from the calendar. */
export const CalendarDropped = z.strictObject({ kind: z.literal('dropped'), ...correctionCommon, entry: CalendarEntryId });


/** One correction of the calendar: appended, never rewritten. */
export const CalendarCorrection = z.discriminatedUnion('kind', [CalendarAdded, CalendarMoved, CalendarDropped], {
  error: schemaMessage('schema.calendar.correctionKind'),
});
export type CalendarCorrection = z.output<typeof CalendarCorrection>;

/** A region's calendar for one year. */
export const Calendar = z.strictObject({
  region: RegionRef,
  year: z.int().min(2022).max(2100),
  approved: z.strictObject({
    date: IsoDate.meta(meaning('field.calendar.approved.date')),
    by: LocalizedText.meta(meaning('field.calendar.approved.by')),
    maslikhat: MaslikhatReference,
    url: Url.optional().meta(meaning('field.calendar.approved.url')),
  }),
  /** The planned meetings as approved. */
  entries: z.array(CalendarEntry),
  /** Corrections during the year, oldest first; appended, never rewritten. */
  corrections: z.array(CalendarCorrection).default([]),
});
export type Calendar = z.output<typeof Calendar>;
