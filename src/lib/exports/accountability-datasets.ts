/**
 * The open-data tables of accountability: the regions' calendars (one row per
 * planned meeting as the corrections leave it, and one per correction), the
 * rules table (one row per version and frequency) and compliance (one row per
 * office and period). Every figure is read from the one `Accountability` of
 * the build (src/lib/accountability/compute.ts), never computed here: a
 * count is the length of the list the computation gives, a percentage is the
 * computation's `Share.percent`, empty where the share rests on fewer than 5
 * events.
 */
import type { Accountability, Coverage, HolderFigures, IssueHandling, Period, ScopeFigures, Share } from '../accountability/compute.ts';
import { type EntryResult } from '../accountability/calendar.ts';
import type { HolderRef } from '../accountability/holders.ts';
import { minimumForPercent } from '../accountability/share.ts';
import type { Meaning } from '../../schemas/common.ts';
import { Calendar, CalendarEntry, CalendarMoved, MaslikhatReference, PlannedWindow, type CalendarCorrection } from '../../schemas/calendar.ts';
import { RulesVersion, type Frequency } from '../../schemas/obligations.ts';
import { channelLabels, correctionKindLabels, coverageMeasureLabels, entryKindLabels, entryOutcomeLabels, holderLevelLabels, labels, maslikhatActLabels, obligationHolderLabels, obligationPlaceLabels, periodKindLabels } from '../i18n/labels.ts';
import { bodies } from '../taxonomy/bodies.ts';
import { counted } from '../i18n/plural.ts';
import type { Content } from '../content/load.ts';
import { allowed, field, text, type Cell, type Column, type Dataset } from './datasets.ts';
import { announcementChannels, bodyIds, calendarCorrectionKinds, calendarEntryKinds, coverageMeasures, entryOutcomes, holderLevels, maslikhatActs, type ObligationHolder, obligationHolders, obligationPeriods, obligationPlaces } from '../../vocabularies.ts';
import { describes } from '../../schemas/common.ts';

const m = (kk: string, ru: string, en: string): Meaning => ({ kk, ru, en });
const say = (what: Meaning, more: Meaning): Meaning => ({ kk: `${what.kk}; ${more.kk}`, ru: `${what.ru}; ${more.ru}`, en: `${what.en}; ${more.en}` });

/** The percentage of a share as the computation gives it: 0–100 with one decimal, none under 5 events. */
const percentOf = (what: Meaning): Meaning =>
  say(what, {
    kk: `пайызбен (0–100, бір ондық таңба); ${minimumForPercent} оқиғадан аз болса, бос — санын қараңыз`,
    ru: `в процентах (0–100, один знак после запятой); пусто, если событий меньше ${minimumForPercent}, — смотрите число`,
    en: `percent (0–100, one decimal); empty when it rests on fewer than ${minimumForPercent} events — see the count`,
  });

/** Columns `{name}` (count), `{name}_of` (of how many) and `{name}_percent` of a share. */
function shareColumns<R>(name: string, what: Meaning, of: Meaning, get: (row: R) => Share | undefined): Column<R>[] {
  return [
    { name, type: 'integer', description: what, value: (r) => get(r)?.count ?? null },
    { name: `${name}_of`, type: 'integer', description: of, value: (r) => get(r)?.of ?? null },
    { name: `${name}_percent`, type: 'number', description: percentOf(m(`${name} ÷ ${name}_of`, `${name} ÷ ${name}_of`, `${name} ÷ ${name}_of`)), value: (r) => get(r)?.percent ?? null },
  ];
}

/** The `_of` of a share that is another column's count. */
const ofAll = (column: string): Meaning => m(`Барлығы: ${column} бағанындағы сан`, `Всего: число из столбца ${column}`, `Of all: the number in the column ${column}`);

/** The channels' ids with their names, for a list column (a list cell cannot be an enumeration in the JSON Schema). */
const channelList = (lang: 'kk' | 'ru' | 'en'): string => announcementChannels.map((c) => `${c} (${channelLabels[c][lang]})`).join(', ');

const list = (ids: readonly string[] | undefined): Cell => (ids === undefined || ids.length === 0 ? null : ids.join(' '));

/** The calendar a correction or entry belongs to: `abay/2026`. */
export const calendarKey = (c: Pick<Calendar, 'region' | 'year'>): string => `${c.region}/${c.year}`;

/** One correction of a calendar, with its place in the calendar's list. */
export interface CorrectionRow {
  calendar: Calendar;
  seq: number;
  correction: CalendarCorrection;
}

/** One office in one period: its figures, the coverage of the rule period that is this period (if any) and, for an akimat, its issue handling. */
export interface ComplianceRow {
  holder: HolderRef;
  period: Period;
  figures: HolderFigures;
  coverage?: Coverage;
  handling?: IssueHandling;
}

/** The rows of compliance, office by office in the order the computation met them, each with every period of `acc.periods`. */
export function complianceRows(acc: Accountability, region?: string): ComplianceRow[] {
  const keys = region === undefined ? [...acc.byHolder.keys()] : (acc.holdersOfRegion.get(region) ?? []);
  const out: ComplianceRow[] = [];
  for (const key of keys) {
    const byPeriod = acc.byHolder.get(key);
    const holder = acc.holders.get(key);
    if (byPeriod === undefined || holder === undefined) continue;
    for (const period of acc.periods) {
      const figures = byPeriod.get(period.id);
      if (figures === undefined) continue;
      const coverage = acc.coverage.get(key)?.get(period.id);
      const handling = acc.handling.get(key)?.get(period.id);
      out.push({ holder, period, figures, ...(coverage === undefined ? {} : { coverage }), ...(handling === undefined ? {} : { handling }) });
    }
  }
  return out;
}

/** Every planned meeting's row of content: the entry as approved or added. */
function entriesOf(calendars: readonly Calendar[]): Map<string, CalendarEntry> {
  const out = new Map<string, CalendarEntry>();
  for (const c of calendars) {
    for (const e of c.entries) out.set(e.id, e);
    for (const k of c.corrections) if (k.kind === 'added' && !out.has(k.entry.id)) out.set(k.entry.id, k.entry);
  }
  return out;
}

/** The accountability datasets: calendar entries and corrections, the rules table (country only) and compliance. */
export function accountabilityDatasets(content: Pick<Content, 'calendars' | 'obligations' | 'site'>, acc: Accountability, region?: string): Dataset[] {
  const calendars = content.calendars.filter((c) => region === undefined || c.region === region);
  const raw = entriesOf(calendars);
  const entries = [...acc.entries.values()].filter((e) => region === undefined || e.region === region);
  const entryShape = CalendarEntry.shape;
  const window = PlannedWindow.shape;
  const place = entryShape.place.shape;
  const outcomes = allowed(entryOutcomes, (id) => entryOutcomeLabels[id]);

  const entrySet: Dataset<EntryResult> = {
    name: 'calendar-entries',
    description: describes({
      kk: 'Өңірлердің жылдық кездесу күнтізбелеріндегі әр жоспарланған кездесуге бір жол, барлық түзетулерден кейін: кімдікі, қайда, алғаш жоспарланған және қазіргі мерзімі, қосылды, ауыстырылды немесе алынды ма, не болды және оны қай кездесу орындады.',
      ru: 'Одна строка на каждую плановую встречу годовых календарей регионов после всех корректировок: чья, где, первоначальный и текущий срок, добавлена, перенесена или исключена, итог и какая встреча её исполнила.',
      en: 'One row per planned meeting of the regions’ annual calendars after every correction: whose, where, first and current window, added, moved or dropped, what became of it and which meeting fulfilled it.',
    }),
    rows: entries,
    columns: [
      field('id', 'string', entryShape.id, (e) => e.id),
      field('region', 'string', Calendar.shape.region, (e) => e.region),
      { name: 'year', type: 'integer', description: m('Күнтізбенің жылы', 'Год календаря', 'Year of the calendar'), value: (e) => e.calendarYear },
      {
        name: 'holder',
        type: 'string',
        description: m(
          'Кездесуді өткізуге міндетті лауазымның кілті (region:…, district:…, okrug:…); compliance жиынындағы holder бағанымен бірдей; белгісіз болса, бос',
          'Ключ должности, которая должна провести встречу (region:…, district:…, okrug:…), как в столбце holder набора compliance; пусто, если должность не распознана',
          'Key of the office that must hold it (region:…, district:…, okrug:…), as in the holder column of compliance; empty when no known office',
        ),
        value: (e) => e.holder ?? null,
      },
      field('holder_level', 'string', entryShape.holder.shape.level, (e) => raw.get(e.id)?.holder.level ?? null, allowed(holderLevels, (id) => holderLevelLabels[id])),
      field('holder_district', 'string', entryShape.holder.shape.district, (e) => raw.get(e.id)?.holder.district ?? null),
      { name: 'district', type: 'string', description: m('Кездесу өтетін аудан немесе қала; облыс орталығы үшін бос', 'Район или город, где пройдёт встреча; пусто для областного центра', 'District or city the meeting is planned in; empty for the regional centre'), value: (e) => e.place.district ?? null },
      field('settlement_kato', 'string', place.settlement.unwrap().shape.kato, (e) => e.place.settlement?.kato ?? null),
      { name: 'planned_first_from', type: 'date', description: m('Алғаш жоспарланған кезеңнің басы (бекітілген күнтізбеде немесе оны қосқан түзетуде)', 'Начало первоначального планового срока (в утверждённом календаре или в добавившей встречу корректировке)', 'First day of the window first planned (in the approved calendar, or in the correction that added it)'), value: (e) => e.plannedFirst.from },
      { name: 'planned_first_to', type: 'date', description: m('Алғаш жоспарланған кезеңнің соңы', 'Конец первоначального планового срока', 'Last day of the window first planned'), value: (e) => e.plannedFirst.to },
      field('planned_from', 'date', window.from, (e) => e.planned.from),
      field('planned_to', 'date', window.to, (e) => e.planned.to),
      { name: 'kind', type: 'string', description: m('Жоспарланған кездесудің түрі', 'Вид плановой встречи', 'Kind of planned meeting'), values: allowed(calendarEntryKinds, (id) => entryKindLabels[id]), value: (e) => e.kind },
      { name: 'added', type: 'date', description: m('Кездесуді қосқан түзетудің күні; бекітілген күнтізбеде болса, бос', 'Дата корректировки, добавившей встречу; пусто, если она была в утверждённом календаре', 'Day of the correction that added it; empty when it was in the approved calendar'), value: (e) => e.added ?? null },
      { name: 'moves', type: 'integer', description: m('Неше рет ауыстырылды', 'Сколько раз перенесена', 'How many times it was moved'), value: (e) => e.moves.length },
      { name: 'moved', type: 'list', description: m('Ауыстырған түзетулердің күндері, ретімен', 'Даты переносивших её корректировок, по порядку', 'Days of the corrections that moved it, in order'), value: (e) => list(e.moves) },
      { name: 'dropped', type: 'date', description: m('Кездесуді алып тастаған түзетудің күні', 'Дата корректировки, исключившей встречу', 'Day of the correction that dropped it'), value: (e) => e.dropped ?? null },
      {
        name: 'outcome',
        type: 'string',
        description: m(
          'Деректер берілген күнге не болды: мерзімінде (байланысты кездесу қазіргі мерзімнің соңғы күніне дейін өтті), кешігіп, өткізілмеді, алынды немесе мерзімі әлі келген жоқ',
          'Итог на дату данных: в срок (связанная встреча прошла не позже последнего дня текущего срока), с опозданием, не проведена, исключена или срок ещё не наступил',
          'What became of it on the as-of day: on time (a linked meeting was held by the last day of the current window), late, not held, dropped, or not yet due',
        ),
        values: outcomes,
        value: (e) => e.outcome,
      },
      { name: 'meeting_id', type: 'string', description: m('Оны орындаған өткен кездесу (байланысты ең ертесі); алынған жазба үшін бос', 'Проведённая встреча, которая её исполнила (самая ранняя из связанных); пусто для исключённой', 'The held meeting that fulfilled it (the earliest linked one); empty when dropped'), value: (e) => e.meeting ?? null },
      { name: 'meeting_day', type: 'date', description: m('Сол кездесудің жергілікті күні', 'Местная дата этой встречи', 'Local day of that meeting'), value: (e) => e.meetingDay ?? null },
      { name: 'meetings', type: 'list', description: m('Осы жазбаға сілтейтін барлық өткен кездесулер, ертесінен бастап', 'Все проведённые встречи со ссылкой на эту запись, от ранней', 'Every held meeting linking it, earliest first'), value: (e) => list(e.meetings) },
    ],
  };

  const maslikhat = MaslikhatReference.shape;
  // The three kinds of correction share date and reason: their meaning is read from one of them.
  const common = CalendarMoved.shape;
  const correctionSet: Dataset<CorrectionRow> = {
    name: 'calendar-corrections',
    description: describes({
      kk: 'Күнтізбелердің әр түзетуіне бір жол, ескісінен жаңасына қарай: күні, түрі (қосу, ауыстыру, алып тастау), қай жазба, мәслихаттың сессиясы, күні, нөмірі және сілтемесі, себебі және жаңа мерзімі. Түзетулер тек қосылады.',
      ru: 'Одна строка на каждую корректировку календарей, от старых к новым: дата, вид (добавление, перенос, исключение), какая запись, сессия, дата, номер и ссылка маслихата, причина и новый срок. Корректировки только добавляются.',
      en: 'One row per correction of the calendars, oldest first: date, kind (added, moved, dropped), which entry, the maslikhat’s session, date, number and link, the reason and the new window. Corrections are only ever appended.',
    }),
    rows: calendars.flatMap((calendar) => calendar.corrections.map((correction, n) => ({ calendar, seq: n + 1, correction }))),
    columns: [
      { name: 'calendar', type: 'string', description: m('Күнтізбе: өңір/жыл, мысалы abay/2026', 'Календарь: регион/год, например abay/2026', 'The calendar: region/year, e.g. abay/2026'), value: (c) => calendarKey(c.calendar) },
      field('region', 'string', Calendar.shape.region, (c) => c.calendar.region),
      { name: 'year', type: 'integer', description: m('Күнтізбенің жылы', 'Год календаря', 'Year of the calendar'), value: (c) => c.calendar.year },
      { name: 'seq', type: 'integer', description: m('Күнтізбе түзетулеріндегі реттік нөмірі, 1-ден басталады', 'Порядковый номер среди корректировок календаря, с 1', 'Position among the calendar’s corrections, from 1'), value: (c) => c.seq },
      field('date', 'date', common.date, (c) => c.correction.date),
      { name: 'kind', type: 'string', description: m('Түзетудің түрі', 'Вид корректировки', 'Kind of correction'), values: allowed(calendarCorrectionKinds, (id) => correctionKindLabels[id]), value: (c) => c.correction.kind },
      field('entry', 'string', entryShape.id, (c) => (c.correction.kind === 'added' ? c.correction.entry.id : c.correction.entry)),
      field('maslikhat_act', 'string', maslikhat.act, (c) => c.correction.maslikhat.act, allowed(maslikhatActs, (id) => maslikhatActLabels[id])),
      field('maslikhat_session', 'string', maslikhat.session, (c) => c.correction.maslikhat.session),
      field('maslikhat_date', 'date', maslikhat.date, (c) => c.correction.maslikhat.date),
      field('maslikhat_number', 'string', maslikhat.number, (c) => c.correction.maslikhat.number),
      field('maslikhat_url', 'url', maslikhat.url, (c) => c.correction.maslikhat.url ?? null),
      ...text<CorrectionRow>('reason', common.reason, (c) => c.correction.reason),
      {
        name: 'planned_from',
        type: 'date',
        description: m('Жаңа мерзімнің басы: ауыстырылған немесе қосылған кездесудің; алып тастағанда бос', 'Начало нового срока: перенесённой или добавленной встречи; пусто при исключении', 'First day of the new window of a moved or added meeting; empty when dropped'),
        value: (c) => (c.correction.kind === 'moved' ? c.correction.planned.from : c.correction.kind === 'added' ? c.correction.entry.planned.from : null),
      },
      {
        name: 'planned_to',
        type: 'date',
        description: m('Жаңа мерзімнің соңы', 'Конец нового срока', 'Last day of the new window'),
        value: (c) => (c.correction.kind === 'moved' ? c.correction.planned.to : c.correction.kind === 'added' ? c.correction.entry.planned.to : null),
      },
    ],
  };

  const out: Dataset[] = [entrySet as Dataset, correctionSet as Dataset];

  if (region === undefined) {
    type RuleRow = { version: RulesVersion; frequency: Frequency };
    const v = RulesVersion.shape;
    const ruleSet: Dataset<RuleRow> = {
      name: 'obligations',
      description: describes({
        kk: 'Ережелер кестесі: әр нұсқаның әр жиілігіне бір жол — кім, қайда, қандай кезеңде неше рет кездесуге міндетті, нұсқа күшіне енген күн, құқықтық көзі және кездесу хабарлануға тиіс арналар. Кезең өзінің бірінші күні күшінде болған нұсқамен бағаланады.',
        ru: 'Таблица правил: одна строка на каждую частоту каждой версии — кто, где и сколько раз за какой период обязан встречаться, дата вступления версии в силу, правовой источник и каналы, в которых встреча должна быть объявлена. Период оценивается по версии, действовавшей в его первый день.',
        en: 'The rules table: one row per frequency of each version — who must meet residents where, how often in which period — with the day the version took effect, its legal source and the channels every meeting must be announced in. A period is judged by the version in force on its first day.',
      }),
      rows: content.obligations.flatMap((version) => version.frequencies.map((frequency) => ({ version, frequency }))),
      columns: [
        field('version', 'string', v.id, (r) => r.version.id),
        field('effective', 'date', v.effective, (r) => r.version.effective),
        ...text<RuleRow>('source', v.source.shape.title, (r) => r.version.source.title),
        { name: 'source_url', type: 'url', description: m('Құқықтық көздің мекенжайы', 'Адрес правового источника', 'Address of the legal source'), value: (r) => r.version.source.url ?? null },
        { name: 'approve_by', type: 'string', description: m('Күнтізбе бекітілуге тиіс күн, АА-КК', 'Срок утверждения календаря, ММ-ДД', 'Day the calendar must be approved by, MM-DD'), value: (r) => r.version.calendar.approveBy },
        { name: 'calendar_maslikhat', type: 'string', description: m('Күнтізбеге мәслихат келісім береді ме, әлде хабардар етіле ме', 'Согласует ли маслихат календарь или уведомляется о нём', 'Whether the maslikhat agrees the calendar or is notified of it'), values: allowed(maslikhatActs, (id) => maslikhatActLabels[id]), value: (r) => r.version.calendar.maslikhat },
        { name: 'channels', type: 'list', description: m(`Әр кездесу хабарлануға тиіс арналар: ${channelList('kk')}`, `Каналы, в которых должна быть объявлена каждая встреча: ${channelList('ru')}`, `Channels every meeting must be announced in: ${channelList('en')}`), value: (r) => r.version.channels.join(' ') },
        { name: 'holder', type: 'string', description: m('Міндет кімге жүктеледі', 'На кого возложена обязанность', 'Whom the obligation binds'), values: allowed(obligationHolders, (id) => obligationHolderLabels[id]), value: (r) => r.frequency.holder },
        { name: 'places', type: 'string', description: m('Қайда кездесуге міндетті', 'Где обязан встречаться', 'Where the holder must meet residents'), values: allowed(obligationPlaces, (id) => obligationPlaceLabels[id]), value: (r) => r.frequency.places },
        { name: 'every', type: 'string', description: m('Кезең', 'Период', 'The period'), values: allowed(obligationPeriods, (id) => periodKindLabels[id]), value: (r) => r.frequency.every },
        { name: 'times', type: 'integer', description: m('Кезеңде әр жерде (anywhere болса — барлығы) неше кездесу қажет', 'Сколько встреч за период нужно в каждом месте (для anywhere — всего)', 'Meetings required per place (for anywhere: in all) per period'), value: (r) => r.frequency.times },
        ...text<RuleRow>('note', m('Ескерту', 'Примечание', 'Note'), (r) => r.frequency.note),
      ],
    };
    out.push(ruleSet as Dataset);
  }

  const timely = content.site.timelyAnnouncementDays;
  const reportingDays = content.site.reportingDays;
  const adherence = (r: ComplianceRow) => r.figures.adherence;
  const ann = (r: ComplianceRow) => r.figures.announcements;
  const rep = (r: ComplianceRow) => r.figures.reporting;
  const places = (r: ComplianceRow) => (r.coverage?.measure === 'places' ? r.coverage : undefined);
  const held = (r: ComplianceRow) => (r.coverage === undefined || r.coverage.measure === 'places' ? undefined : r.coverage.held.length);
  const count = (what: Meaning, get: (r: ComplianceRow) => number | undefined, name: string): Column<ComplianceRow> => ({ name, type: 'integer', description: what, value: (r) => get(r) ?? null });
  const akimatOnly: Meaning = m('тек әкімдіктер үшін; министрлер үшін бос', 'только для акиматов; пусто для министров', 'akimats only; empty for ministers');
  const coverageOnly: Meaning = m(
    'тек кезеңі ережедегі кезеңмен (нұсқаның every мәні) дәл келетін жолда; басқа жолдарда бос',
    'только в строке, период которой и есть период правила (every версии); в остальных строках пусто',
    'only on the row whose period is the rule’s period (the version’s every); empty on other rows',
  );
  const complianceSet: Dataset<ComplianceRow> = {
    name: 'compliance',
    description: describes({
      kk: 'Әр лауазым мен әр кезеңге (жыл, жарты жыл, тоқсан) бір жол: күнтізбенің орындалуы, жерлерді қамту, хабарландырулар, нәтижелер мен хаттамалардың жариялануы және әкімдіктер үшін мәселелердің шешілуі — сайт беттеріндегі сандармен бірдей. 5 оқиғадан аз болса, пайыз берілмейді.',
      ru: 'Одна строка на каждую должность и каждый период (год, полугодие, квартал): исполнение календаря, охват мест, объявления, публикация итогов и протоколов и, для акиматов, решение вопросов — те же числа, что на страницах сайта. Если событий меньше 5, процента нет.',
      en: 'One row per office and period (year, half-year, quarter): calendar adherence, coverage of places, announcements, reporting of outcomes and minutes and, for akimats, issue handling — the same figures the site’s pages show. No percentage where fewer than 5 events.',
    }),
    rows: complianceRows(acc, region),
    columns: [
      { name: 'holder', type: 'string', description: m('Лауазымның кілті: region:өңір, district:өңір/аудан, okrug:өңір/КАТО, minister:орган', 'Ключ должности: region:регион, district:регион/район, okrug:регион/КАТО, minister:орган', 'Key of the office: region:region, district:region/district, okrug:region/KATO, minister:body'), value: (r) => r.holder.key },
      { name: 'role', type: 'string', description: m('Лауазымды қай ереже байлайды', 'Какие правила связывают должность', 'Which rules bind the office'), values: allowed(obligationHolders, (id: ObligationHolder) => obligationHolderLabels[id]), value: (r) => r.holder.role },
      { name: 'region', type: 'string', description: m('Өңір; министрлер үшін бос', 'Регион; пусто для министров', 'Region; empty for ministers'), value: (r) => r.holder.region ?? null },
      { name: 'district', type: 'string', description: m('Аудан немесе қала', 'Район или город', 'District or city'), value: (r) => r.holder.district ?? null },
      { name: 'okrug_kato', type: 'string', description: m('Ауылдық округтің КАТО коды', 'Код КАТО сельского округа', 'KATO code of the rural okrug'), value: (r) => r.holder.okrug ?? null },
      { name: 'body', type: 'string', description: m('Министрлік (министрлер үшін)', 'Министерство (для министров)', 'The ministry (for ministers)'), values: allowed(bodyIds, (id) => labels('body', id)), value: (r) => r.holder.body ?? null },
      { name: 'period', type: 'string', description: m('Кезең: 2026, 2026-H1 немесе 2026-Q3', 'Период: 2026, 2026-H1 или 2026-Q3', 'The period: 2026, 2026-H1 or 2026-Q3'), value: (r) => r.period.id },
      { name: 'period_kind', type: 'string', description: m('Кезеңнің түрі', 'Вид периода', 'Kind of period'), values: allowed(obligationPeriods, (id) => periodKindLabels[id]), value: (r) => r.period.kind },
      { name: 'period_first', type: 'date', description: m('Кезеңнің бірінші күні', 'Первый день периода', 'First day of the period'), value: (r) => r.period.first },
      { name: 'period_last', type: 'date', description: m('Кезеңнің соңғы күні', 'Последний день периода', 'Last day of the period'), value: (r) => r.period.last },
      { name: 'rules_version', type: 'string', description: m('Кезеңнің бірінші күні күшінде болған ережелер нұсқасы (obligations жиынын қараңыз)', 'Версия правил, действовавшая в первый день периода (см. набор obligations)', 'Rules version in force on the period’s first day (see the obligations dataset)'), value: (r) => r.figures.version ?? null },
      count(m('Қазіргі мерзімі осы кезеңде басталатын күнтізбе жазбалары', 'Записи календаря, текущий срок которых начинается в периоде', 'Calendar entries whose current window starts in the period'), (r) => adherence(r).planned.length, 'planned'),
      count(m('Мерзімінде өткендері', 'Из них проведены в срок', 'Of those, held on time'), (r) => adherence(r).onTime.length, 'on_time'),
      count(m('Кешігіп өткендері', 'Проведены с опозданием', 'Held late'), (r) => adherence(r).late.length, 'late'),
      count(m('Мерзімі өтіп, өткізілмегендері', 'Срок прошёл, не проведены', 'Not held, window over'), (r) => adherence(r).notHeld.length, 'not_held'),
      count(m('Түзетумен алынғандары', 'Исключены корректировкой', 'Dropped by a correction'), (r) => adherence(r).dropped.length, 'dropped'),
      count(m('Мерзімі әлі келмегендері', 'Срок ещё не наступил', 'Not yet due'), (r) => adherence(r).notYetDue.length, 'not_yet_due'),
      count(m('Кемінде бір рет ауыстырылғандары', 'Перенесены хотя бы раз', 'Moved at least once'), (r) => adherence(r).moved.length, 'moved'),
      count(m('Барлық ауыстырулар', 'Все переносы', 'Moves, all together'), (r) => adherence(r).moves, 'moves'),
      ...shareColumns<ComplianceRow>(
        'on_time_share',
        m('Мерзімінде өткендер (on_time)', 'Проведены в срок (on_time)', 'Held on time (on_time)'),
        m('Мерзімі келген жазбалар: on_time + late + not_held', 'Записи, срок которых наступил: on_time + late + not_held', 'Entries that were due: on_time + late + not_held'),
        (r) => adherence(r).onTimeShare,
      ),
      count(m('Күнтізбеден тыс өткен кездесулер (тек әкімдер)', 'Проведённые встречи вне календаря (только акимы)', 'Held meetings outside the calendar (akims only)'), (r) => adherence(r).outsideCalendar.length, 'outside_calendar'),
      count(m('Олардың себебі көрсетілмегендері', 'Из них без указания причины', 'Of those, with no reason given'), (r) => adherence(r).outsideCalendarNoReason.length, 'outside_calendar_no_reason'),
      { name: 'coverage_measure', type: 'string', description: say(m('Қамту қалай өлшенеді', 'Как измеряется охват', 'How coverage is measured'), coverageOnly), values: allowed(coverageMeasures, (id) => coverageMeasureLabels[id]), value: (r) => r.coverage?.measure ?? null },
      { name: 'coverage_places', type: 'string', description: say(m('Ереже талап ететін жерлер', 'Какие места требует правило', 'The places the rule asks for'), coverageOnly), values: allowed(obligationPlaces, (id) => obligationPlaceLabels[id]), value: (r) => r.coverage?.places ?? null },
      { name: 'coverage_times', type: 'integer', description: say(m('Әр жерде қажет кездесулер', 'Встреч нужно в каждом месте', 'Meetings required per place'), coverageOnly), value: (r) => r.coverage?.times ?? null },
      { name: 'coverage_complete', type: 'boolean', description: say(m('Кезең аяқталды ма; аяқталмаса, сандар әзірге', 'Закончился ли период; если нет, числа — на сегодня', 'Whether the period is over; if not, the figures are so far'), coverageOnly), value: (r) => r.coverage?.complete ?? null },
      ...shareColumns<ComplianceRow>(
        'coverage_covered',
        say(m('Кемінде coverage_times кездесу өткен жерлер', 'Места, где прошло не меньше coverage_times встреч', 'Places with at least coverage_times held meetings'), coverageOnly),
        m('Қамтылуға тиіс жерлер', 'Мест, которые нужно охватить', 'Places to cover'),
        (r) => places(r)?.covered,
      ),
      { name: 'coverage_not_covered', type: 'list', description: say(m('Қамтылмаған жерлер: аудан атауы немесе КАТО коды', 'Неохваченные места: имя района или код КАТО', 'Places not covered: district slug or KATO code'), coverageOnly), value: (r) => list(places(r)?.notCovered) },
      { name: 'coverage_held', type: 'integer', description: say(m('Кез келген жерде өткен кездесулер (министрлер; ауылдық округ әкімдері үшін және no-data жолдарында — анықтама ретінде)', 'Проведённые встречи в любом месте (министры; для акимов сельских округов и в строках no-data — для справки)', 'Meetings held anywhere (ministers; for rural akims and on no-data rows, for reference)'), coverageOnly), value: (r) => held(r) ?? null },
      { name: 'coverage_met', type: 'boolean', description: say(m('coverage_held ≥ coverage_times (министрлер)', 'coverage_held ≥ coverage_times (министры)', 'coverage_held ≥ coverage_times (ministers)'), coverageOnly), value: (r) => (r.coverage?.measure === 'anywhere' ? r.coverage.met : null) },
      count(m('Кезеңде күні бар, болдырылмаған кездесулер', 'Неотменённые встречи с датой в периоде', 'Meetings (not cancelled) with a day in the period'), (r) => ann(r).meetings.length, 'announced_meetings'),
      ...shareColumns<ComplianceRow>('announced', m('Кемінде бір рет хабарланғандары', 'Объявлены хотя бы раз', 'Announced at least once'), ofAll('announced_meetings'), (r) => ann(r).announced),
      ...shareColumns<ComplianceRow>(
        'timely',
        m(`Кемінде ${counted('kk', timely, 'days')} бұрын хабарланғандары`, `Объявлены не менее чем за ${counted('ru', timely, 'days')}`, `Announced at least ${counted('en', timely, 'days')} before`),
        ofAll('announced_meetings'),
        (r) => ann(r).timely,
      ),
      ...shareColumns<ComplianceRow>(
        'all_channels',
        m('Кездесу күні талап етілген барлық арналарда хабарланғандары', 'Объявлены во всех каналах, обязательных на день встречи', 'Announced in every channel required on their day'),
        ofAll('announced_meetings'),
        (r) => ann(r).allChannels,
      ),
      { name: 'median_lead_days', type: 'number', description: m('Хабарланған кездесулердің алдын ала хабарлау күндерінің медианасы', 'Медиана дней от объявления до встречи по объявленным встречам', 'Median days of notice over announced meetings'), value: (r) => ann(r).medianLeadDays },
      count(m('Өткен кездесулер', 'Проведённые встречи', 'Held meetings'), (r) => rep(r).held.length, 'held'),
      ...shareColumns<ComplianceRow>(
        'outcome_on_time',
        m(`Нәтижесі ${counted('kk', reportingDays, 'days')} ішінде жарияланғандары`, `Итог опубликован в течение ${counted('ru', reportingDays, 'days')}`, `Outcome published within ${counted('en', reportingDays, 'days')}`),
        ofAll('held'),
        (r) => rep(r).outcomeOnTime,
      ),
      ...shareColumns<ComplianceRow>(
        'minutes_on_time',
        m(`Хаттамасы ${counted('kk', reportingDays, 'days')} ішінде жарияланғандары`, `Протокол опубликован в течение ${counted('ru', reportingDays, 'days')}`, `Minutes published within ${counted('en', reportingDays, 'days')}`),
        ofAll('held'),
        (r) => rep(r).minutesOnTime,
      ),
      count(m('Хаттамасы мүлде жоқ өткен кездесулер', 'Проведённые встречи без протокола', 'Held meetings with no minutes at all'), (r) => rep(r).noMinutes.length, 'no_minutes'),
      count(m('Күні өтіп, нәтижесі хабарланбаған кездесулер', 'Встречи, день которых прошёл, а итог не сообщён', 'Meetings whose day passed with no outcome reported'), (r) => rep(r).notReported.length, 'not_reported'),
      count(say(m('Әкімдікке жүктелген, кезеңде көтерілген мәселелер', 'Вопросы, поручённые акимату и поднятые в периоде', 'Issues assigned to the akimat and raised in the period'), akimatOnly), (r) => r.handling?.raised.length, 'issues_raised'),
      ...shareColumns<ComplianceRow>('issues_resolved', say(m('Қазір шешілгендері', 'Сейчас решены', 'Currently resolved'), akimatOnly), ofAll('issues_raised'), (r) => r.handling?.resolvedShare),
      ...shareColumns<ComplianceRow>('issues_overdue', say(m('Деректер берілген күнге мерзімі өткен ашық мәселелер', 'Открытые вопросы с истёкшим на дату данных сроком', 'Open and past their deadline on the as-of day'), akimatOnly), ofAll('issues_raised'), (r) => r.handling?.overdueShare),
      { name: 'median_days_to_resolve', type: 'number', description: say(m('Шешілгендері бойынша шешілу күндерінің медианасы', 'Медиана дней до решения по решённым', 'Median days to resolve over the resolved ones'), akimatOnly), value: (r) => r.handling?.medianDaysToResolve ?? null },
      count(say(m('Мерзімдердің барлық ауыстырылуы', 'Все переносы сроков', 'Deadline moves, all issues together'), akimatOnly), (r) => r.handling?.deadlineMoves, 'deadline_moves'),
      count(say(m('Мерзімі кемінде бір рет ауыстырылған мәселелер', 'Вопросы, срок которых переносили хотя бы раз', 'Issues whose deadline was moved at least once'), akimatOnly), (r) => r.handling?.movedDeadline.length, 'issues_moved_deadline'),
      count(say(moneyMeaning, akimatOnly), (r) => r.handling?.moneyDecidedKzt, 'money_decided_kzt'),
    ],
  };
  out.push(complianceSet as Dataset);

  // Totals of the country and each region: the compliance columns the totals share with an office, coverage added up, and every issue raised there.
  const scopeColumns = new Set(['holder', 'role', 'region', 'district', 'okrug_kato', 'body', 'period', 'period_kind', 'period_first', 'period_last', 'rules_version']);
  const shared = complianceSet.columns.filter((c) => !scopeColumns.has(c.name) && !c.name.startsWith('coverage_'));
  const everyIssue: Meaning = m('жауапты органына қарамастан (әкімдіктер, министрліктер, басқалар)', 'какой бы орган ни отвечал (акиматы, министерства, другие)', 'whichever body is responsible (akimats, ministries, others)');
  const totalsSet: Dataset<TotalsRow> = {
    name: 'accountability-totals',
    description: describes({
      kk: 'Ел мен әр өңірге, әр кезеңге (жыл, жарты жыл, тоқсан) бір жол: барлық әкімдерінің күнтізбесі, хабарландырулары мен есептері (compliance бағандарымен), жерлерді қамтудың жиыны, әкімдіктердің мәселелері және өңірде көтерілген барлық мәселелер мен мәслихаттар бөлген қаражат — өңірдің және елдің тоқсандық есебіндегі әр сан.',
      ru: 'Одна строка на страну и каждый регион за каждый период (год, полугодие, квартал): календарь, объявления и отчётность всех его акимов (столбцами compliance), сумма охвата мест, вопросы акиматов и все вопросы, поднятые в регионе, со средствами, выделенными маслихатами — каждое число квартального отчёта региона и страны.',
      en: 'One row for the country and each region per period (year, half-year, quarter): the calendar, announcements and reporting of all its akims (as the compliance columns), coverage added up, the akimats’ issues, and every issue raised there with the money allocated by maslikhats — every figure of the region’s and the country’s quarterly report.',
    }),
    rows: totalsRows(acc, region),
    columns: [
      { name: 'scope', type: 'string', description: m('Кімнің жиыны: national (ел) немесе region (өңір)', 'Чьи итоги: national (страна) или region (регион)', 'Whose totals: national (the country) or region'), values: allowed(['national', 'region'] as const, (id) => (id === 'national' ? m('Ел', 'Страна', 'The country') : m('Өңір', 'Регион', 'A region'))), value: (t) => (t.region === undefined ? 'national' : 'region') },
      { name: 'region', type: 'string', description: m('Өңір; ел үшін бос', 'Регион; пусто для страны', 'Region; empty for the country'), value: (t) => t.region ?? null },
      { name: 'period', type: 'string', description: m('Кезең: 2026, 2026-H1 немесе 2026-Q3', 'Период: 2026, 2026-H1 или 2026-Q3', 'The period: 2026, 2026-H1 or 2026-Q3'), value: (t) => t.figures.period.id },
      { name: 'period_kind', type: 'string', description: m('Кезеңнің түрі', 'Вид периода', 'Kind of period'), values: allowed(obligationPeriods, (id) => periodKindLabels[id]), value: (t) => t.figures.period.kind },
      { name: 'period_first', type: 'date', description: m('Кезеңнің бірінші күні', 'Первый день периода', 'First day of the period'), value: (t) => t.figures.period.first },
      { name: 'period_last', type: 'date', description: m('Кезеңнің соңғы күні', 'Последний день периода', 'Last day of the period'), value: (t) => t.figures.period.last },
      { name: 'rules_version', type: 'string', description: m('Кезеңнің бірінші күні күшінде болған ережелер нұсқасы', 'Версия правил, действовавшая в первый день периода', 'Rules version in force on the period’s first day'), value: (t) => t.figures.version ?? null },
      ...shared.map((c): Column<TotalsRow> => ({ ...c, description: c.name.startsWith('issues_') || c.name === 'median_days_to_resolve' || c.name === 'deadline_moves' || c.name === 'money_decided_kzt' ? say(c.description, m('барлық әкімдіктер бірге', 'все акиматы вместе', 'all its akimats together')) : c.description, value: (t) => c.value(t.asRow) })),
      ...shareColumns<TotalsRow>(
        'places_covered',
        m('Ереже кезеңінде кездесу өткен жерлер, барлық әкімдер мен ереже кезеңдері бойынша (деректері жоқ кезеңдерсіз)', 'Места со встречей за период правила, по всем акимам и периодам правила (без периодов без данных)', 'Places with a meeting in the rule period, over every akim and rule period (periods with no data left out)'),
        m('Қамтылуға тиіс жерлер', 'Мест, которые нужно охватить', 'Places to cover'),
        (t) => t.figures.coverage.places,
      ),
      ...shareColumns<TotalsRow>(
        'holders_all_covered',
        m('Барлық жерге жеткен әкім мен ереже кезеңінің жұптары', 'Пары аким — период правила, где охвачены все места', 'Akim and rule period pairs with every place covered'),
        m('Кемінде бір жері бар жұптар', 'Пары хотя бы с одним местом', 'Pairs with at least one place'),
        (t) => t.figures.coverage.holdersAllCovered,
      ),
      { name: 'not_measured', type: 'integer', description: m('Ауылдары өлшенбейтін ауылдық округ әкімдері', 'Акимы сельских округов, сёла которых не измеряются', 'Rural akims whose villages cannot be measured'), value: (t) => t.figures.coverage.notMeasured },
      { name: 'no_data', type: 'integer', description: m('Жазба басталмай тұрып басталған ереже кезеңдері (деректер жоқ): ешбір үлеске кірмейді', 'Периоды правила, начавшиеся до начала записи (нет данных): ни в одной доле', 'Rule periods that began before the record did (no data): in no share'), value: (t) => t.figures.coverage.noData },
      count2('all_issues_raised', say(m('Кезеңде көтерілген мәселелер', 'Вопросы, поднятые в периоде', 'Issues raised in the period'), everyIssue), (t) => t.figures.issues.raised.length),
      ...shareColumns<TotalsRow>('all_issues_resolved', say(m('Қазір шешілгендері', 'Сейчас решены', 'Currently resolved'), everyIssue), ofAll('all_issues_raised'), (t) => t.figures.issues.resolvedShare),
      ...shareColumns<TotalsRow>('all_issues_overdue', say(m('Деректер берілген күнге мерзімі өткен ашық мәселелер', 'Открытые вопросы с истёкшим на дату данных сроком', 'Open and past their deadline on the as-of day'), everyIssue), ofAll('all_issues_raised'), (t) => t.figures.issues.overdueShare),
      { name: 'all_issues_median_days_to_resolve', type: 'number', description: say(m('Шешілгендері бойынша шешілу күндерінің медианасы', 'Медиана дней до решения по решённым', 'Median days to resolve over the resolved ones'), everyIssue), value: (t) => t.figures.issues.medianDaysToResolve },
      count2('all_issues_money_decided_kzt', say(moneyMeaning, everyIssue), (t) => t.figures.issues.moneyDecidedKzt),
    ],
  };
  out.push(totalsSet as Dataset);
  return out;
}

const moneyMeaning: Meaning = describes({
  kk: 'Мәслихаттар бөлген қаражаттың қазіргі сомасы, теңге',
  ru: 'Текущая сумма средств, выделенных маслихатами, тенге',
  en: 'Current money allocated by maslikhats, in KZT',
});

const count2 = <R>(name: string, description: Meaning, value: (r: R) => number): Column<R> => ({ name, type: 'integer', description, value });

/** One scope's totals in one period: the country's (no region) or a region's. */
export interface TotalsRow {
  region?: string;
  figures: ScopeFigures;
  /** The totals as a compliance row, for the columns they share with an office. */
  asRow: ComplianceRow;
}

/** The totals' rows: the country's (unless a region is asked for) and each region's, every period of `acc.periods`. */
export function totalsRows(acc: Accountability, region?: string): TotalsRow[] {
  const out: TotalsRow[] = [];
  const add = (figures: ScopeFigures, slug?: string) => {
    const holder: HolderRef = { key: '', role: 'region-akim' };
    const asRow: ComplianceRow = {
      holder,
      period: figures.period,
      figures: { holder, period: figures.period, ...(figures.version === undefined ? {} : { version: figures.version }), adherence: figures.adherence, announcements: figures.announcements, reporting: figures.reporting, coverage: [] },
      handling: figures.handling,
    };
    out.push({ ...(slug === undefined ? {} : { region: slug }), figures, asRow });
  };
  for (const p of acc.periods) {
    const f = region === undefined ? acc.national.get(p.id) : undefined;
    if (f !== undefined) add(f);
  }
  for (const [slug, byPeriod] of acc.regions) {
    if (region !== undefined && slug !== region) continue;
    for (const p of acc.periods) {
      const f = byPeriod.get(p.id);
      if (f !== undefined) add(f, slug);
    }
  }
  return out;
}
