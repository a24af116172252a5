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
    act: z.enum(maslikhatActs, oneOf('schema.what.maslikhatAct', maslikhatActs)).meta(meaning({ kk: 'Мәслихаттың келісімі немесе хабардар етілуі', ru: 'Согласование маслихата или его уведомление', en: 'The maslikhat’s agreement, or notice to it' })),
    session: z.string().trim().min(1, schemaMessage('schema.maslikhat.session')).meta(meaning({ kk: 'Мәслихат сессиясы, мысалы XXIV', ru: 'Сессия маслихата, например XXIV', en: 'Maslikhat session, e.g. XXIV' })),
    date: IsoDate.meta(meaning({ kk: 'Шешімнің немесе хабарламаның күні', ru: 'Дата решения или уведомления', en: 'Date of the decision or notice' })),
    number: z.string().trim().min(1, schemaMessage('schema.maslikhat.number')).meta(meaning({ kk: 'Шешімнің немесе хаттың нөмірі', ru: 'Номер решения или письма', en: 'Number of the decision or letter' })),
    url: Url.optional().meta(meaning({ kk: 'Жарияланған мәтіннің мекенжайы', ru: 'Адрес опубликованного текста', en: 'Address of the published text' })),
  },
  { error: schemaMessage('schema.calendar.noMaslikhat', { fix: msg('schema.calendar.noMaslikhatFix') }) },
);
export type MaslikhatReference = z.output<typeof MaslikhatReference>;


/** When a planned meeting is due: a day (`from` = `to`) or a period. */
export const PlannedWindow = z
  .strictObject({
    from: IsoDate.meta(meaning({ kk: 'Жоспарланған кезеңнің басы', ru: 'Начало планового срока', en: 'First day of the planned period' })),
    to: IsoDate.meta(meaning({ kk: 'Жоспарланған кезеңнің соңы (бір күн болса, басымен бірдей)', ru: 'Конец планового срока (для одного дня — равен началу)', en: 'Last day of the planned period (the same as from for one day)' })),
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
  level: z.enum(holderLevels, oneOf('schema.what.holderLevel', holderLevels)).meta(meaning({ kk: 'Әкімнің деңгейі', ru: 'Уровень акима', en: 'Level of the akim' })),
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
  date: IsoDate.meta(meaning({ kk: 'Түзету енгізілген күн', ru: 'Дата корректировки', en: 'Date of the correction' })),
  maslikhat: MaslikhatReference,
  reason: LocalizedText.meta(meaning({ kk: 'Себебі', ru: 'Причина', en: 'Why' })),
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
    date: IsoDate.meta(meaning({ kk: 'Күнтізбе бекітілген күн (15 қаңтарға дейін)', ru: 'Дата утверждения календаря (до 15 января)', en: 'Day the calendar was approved (due by 15 January)' })),
    by: LocalizedText.meta(meaning({ kk: 'Кім бекітті, мысалы Абай облысының әкімі', ru: 'Кто утвердил, например аким области Абай', en: 'Who approved it, e.g. Akim of Abay region' })),
    maslikhat: MaslikhatReference,
    url: Url.optional().meta(meaning({ kk: 'Жарияланған күнтізбенің мекенжайы', ru: 'Адрес опубликованного календаря', en: 'Address of the published calendar' })),
  }),
  /** The planned meetings as approved. */
  entries: z.array(CalendarEntry),
  /** Corrections during the year, oldest first; appended, never rewritten. */
  corrections: z.array(CalendarCorrection).default([]),
});
export type Calendar = z.output<typeof Calendar>;
