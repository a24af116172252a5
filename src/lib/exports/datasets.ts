/**
 * The open-data tables: one row per issue, status change, meeting,
 * announcement, region, district and action-plan measure, and the
 * accountability tables of accountability-datasets.ts (calendar entries and
 * corrections, the rules table, compliance per office and period). The CSV and JSON
 * files, their JSON Schemas and the data dictionary page are all made from
 * these definitions, and the figures come from the same computation as the
 * pages. A column that holds a content field as it is takes its meaning, in
 * kk, ru and en, from that field's `.meta()` in src/schemas/; only derived
 * columns (links, counts, figures) say what they hold here.
 */
import { outcomeNotReported } from '../meetings/outcome.ts';
import type { z } from 'zod';
import { describes, type Meaning, meaningOf } from '../../schemas/common.ts';
import { District } from '../../schemas/district.ts';
import { DeadlineChange, DetailsCorrection, FinancingChange, Issue, issueDetailsFields, MaslikhatDecision, ProgressNote, StatusEvent, TextCorrection, type IssueChange, type IssueDetailsField, type IssuePublished } from '../../schemas/issue.ts';
import { currentDeadline, currentFinancing, currentWording, deadlineMoves, detailsSteps, issueRecordOf, originalDeadline, replacedDeadlines, replacedWordings } from '../issues/changes.ts';
import { lastCorrecting } from '../meetings/log.ts';
import { Measure } from '../../schemas/measure.ts';
import { Announcement, Corrected, Held, meetingCorrectedFields, MeetingRecord, MeetingState, MinutesCorrected, Postponed, type Meeting, type MeetingChange } from '../../schemas/meeting.ts';
import { Region } from '../../schemas/region.ts';
import { statusTable } from '../issues/status.ts';
import { channelLabels, correctableFieldLabels, districtKindLabels, financingSourceLabels, holderLevelLabels, issueChangeKindLabels, label, labels, meetingChangeKindLabels, meetingFormatLabels, meetingStatusLabels, regionKindLabels } from '../i18n/labels.ts';
import { t } from '../i18n/translations.ts';
import { bodies } from '../taxonomy/bodies.ts';
import { counted } from '../i18n/plural.ts';
import { currentEvent, currentStatus, districtKey, issueIsOverdue, type ContentIndex } from '../content/indexes.ts';
import { announcementLeadDays, leadTimeDays, type Figures } from '../stats/figures.ts';
import type { SiteFigures } from '../stats/site-figures.ts';
import { accountabilityOf } from '../accountability/of-model.ts';
import { accountabilityDatasets } from './accountability-datasets.ts';
import { announcementChannels, bodyIds, categoryIds, type ColumnType, correctableFields, districtKinds, financingSources, holderLevels, issueChangeKinds, type Language, languages, meetingChangeKinds, meetingFormats, meetingStatuses, regionKinds, statusIds } from '../../vocabularies.ts';

/** The settlement column of the issue-changes and meeting-changes datasets: what a correction gave. */
const correctedSettlementMeaning = describes({
  kk: 'Түзетілген елді мекеннің ӘАОЖ (КАТО) коды; corrected_fields ішінде settlement болып, бұл бос болса — елді мекен көрсетілмейтін болды',
  ru: 'Код КАТО исправленного населённого пункта; пусто при settlement в corrected_fields — населённый пункт больше не указан',
  en: 'KATO code of the corrected settlement; empty with settlement in corrected_fields when no settlement is given any more',
});

export type Cell = string | number | boolean | null;

/** One value an enumerated column can hold, with its label. */
export interface AllowedValue {
  value: string;
  label: Meaning;
}

export interface Column<R> {
  name: string;
  type: ColumnType;
  /** What the column holds, in each language. */
  description: Meaning;
  /** Every value an enumerated column can hold (status, category, body, level, format…); empty cells aside. */
  values?: readonly AllowedValue[];
  value: (row: R) => Cell;
}

export interface Dataset<R = unknown> {
  /** File name without extension, e.g. `issues`. */
  name: string;
  description: Meaning;
  columns: Column<R>[];
  rows: R[];
}

export const allowed = <T extends string>(ids: readonly T[], label: (id: T) => Meaning): AllowedValue[] => ids.map((value) => ({ value, label: label(value) }));

/** The meaning of a content field; one without is a mistake in src/schemas/, found by the unit tests before any build. */
function fieldMeaning(schema: z.ZodType, column: string): Meaning {
  const found = meaningOf(schema);
  if (found === undefined) throw new Error(`open data column "${column}" holds a content field that says nothing about itself — add .meta(meaning({ kk, ru, en })) to that field in src/schemas/`);
  return found;
}

/** A column that holds a content field as it is: what it means is the field's own meaning. */
export function field<R>(name: string, type: ColumnType, schema: z.ZodType, value: (row: R) => Cell, values?: readonly AllowedValue[]): Column<R> {
  return { name, type, description: fieldMeaning(schema, name), value, ...(values === undefined ? {} : { values }) };
}

const isMeaning = (what: z.ZodType | Meaning): what is Meaning => typeof (what as Partial<Meaning>).en === 'string';

/** A content text as pages show it: the wording first published with its corrections from the change log. */
const asCorrected = (what: Meaning): Meaning => ({
  kk: `${what.kk}, түзетулерімен (түзетулер issue-changes кестесінде)`,
  ru: `${what.ru}, с исправлениями (исправления — в таблице issue-changes)`,
  en: `${what.en}, with its corrections (listed in issue-changes)`,
});

const emptyWithout: Meaning = describes({ kk: 'бұл тілде мәтін болмаса, бос', ru: 'пусто, если текста на этом языке нет', en: 'empty if there is no text in this language' });

/**
 * One column per language for a text field; `written` says whether it is given in all three languages or in any of them.
 * What the text is comes from its content field, or is said here for a text the columns derive.
 */
export function text<R>(name: string, what: z.ZodType | Meaning, get: (row: R) => Partial<Record<Language, string>> | undefined, written: 'all' | 'any' = 'any'): Column<R>[] {
  const base = isMeaning(what) ? what : fieldMeaning(what, name);
  const say = (lang: Language, p: Language) => `${base[p]}, ${label(p, 'inLanguage', lang)}${written === 'any' ? `; ${emptyWithout[p]}` : ''}`;
  return languages.map((lang) => ({
    name: `${name}_${lang}`,
    type: 'string',
    description: { kk: say(lang, 'kk'), ru: say(lang, 'ru'), en: say(lang, 'en') },
    value: (r: R) => get(r)?.[lang] ?? null,
  }));
}

/** A link to a page of the site, given in Russian. */
const pageLink = (what: Meaning): Meaning => ({
  kk: `${what.kk} (орысша; /ru/ орнына /kk/ немесе /en/ қойылса — басқа тілде)`,
  ru: `${what.ru} (на русском; с /kk/ или /en/ вместо /ru/ — на других языках)`,
  en: `${what.en} (Russian; /kk/ or /en/ instead of /ru/ gives the other languages)`,
});

const share = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);
const statusLabels = allowed(statusIds, (id) => labels('status', id));
const bodyLabels = allowed(bodyIds, (id) => labels('body', id));
const quotes: Record<Language, [string, string]> = { kk: ['«', '»'], ru: ['«', '»'], en: ['“', '”'] };
/** Status labels in the language's quotation marks, joined with "or". */
const quoted = (ids: readonly (typeof statusIds)[number][], lang: Language): string => {
  const [open, close] = quotes[lang];
  const names = ids.map((id) => `${open}${label(lang, 'status', id)}${close}`);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')}${t(lang, 'list.or')}${names[names.length - 1]}`;
};
const closedStatuses = statusIds.filter((id) => statusTable[id].closed);

/** The figure columns of a region, district or measure: the same figures its page shows. */
function figureColumns<R>(get: (row: R) => Figures | undefined, meetings: boolean, timelyDays: number): Column<R>[] {
  const cols: Column<R>[] = [
    { name: 'issues', type: 'integer', description: describes({ kk: 'Көтерілген мәселелер саны', ru: 'Число поднятых вопросов', en: 'Issues raised' }), value: (r) => get(r)?.issues ?? 0 },
    {
      name: 'resolved',
      type: 'integer',
      description: { kk: `Ағымдағы мәртебесі ${quoted(['resolved'], 'kk')} болған мәселелер`, ru: `Вопросы с текущим статусом ${quoted(['resolved'], 'ru')}`, en: `Issues whose current status is ${quoted(['resolved'], 'en')}` },
      value: (r) => get(r)?.resolved ?? 0,
    },
    {
      name: 'resolved_share',
      type: 'number',
      description: describes({ kk: 'resolved ÷ issues (0-ден 1-ге дейін); мәселе болмаса, бос', ru: 'resolved ÷ issues (от 0 до 1); пусто, если вопросов нет', en: 'resolved ÷ issues (0–1); empty when there are no issues' }),
      value: (r) => share(get(r)?.resolvedShare ?? null),
    },
    {
      name: 'closed',
      type: 'integer',
      description: { kk: `Ағымдағы мәртебесі ${quoted(closedStatuses, 'kk')} болған мәселелер`, ru: `Вопросы с текущим статусом ${quoted(closedStatuses, 'ru')}`, en: `Issues whose current status is ${quoted(closedStatuses, 'en')}` },
      value: (r) => get(r)?.closed ?? 0,
    },
    {
      name: 'overdue',
      type: 'integer',
      description: describes({ kk: 'Деректер берілген күнге мерзімі өтіп кеткен ашық мәселелер', ru: 'Открытые вопросы, срок которых на дату данных истёк', en: 'Open issues past their deadline on the as-of day' }),
      value: (r) => get(r)?.overdue ?? 0,
    },
    {
      name: 'overdue_against_original',
      type: 'integer',
      description: describes({
        kk: 'Алғашқы мерзімі деректер күніне өтіп кеткен ашық мәселелер, мерзім кейін ауыстырылса да',
        ru: 'Открытые вопросы, первый срок которых на дату данных истёк, даже если срок потом перенесли',
        en: 'Open issues past the first deadline they were given on the as-of day, however often it was moved',
      }),
      value: (r) => get(r)?.overdueAgainstOriginal ?? 0,
    },
    {
      name: 'deadline_moves',
      type: 'integer',
      description: describes({ kk: 'Мерзімдердің барлық ауыстырылуы', ru: 'Все переносы сроков', en: 'Deadline moves, all issues together' }),
      value: (r) => get(r)?.deadlineMoves ?? 0,
    },
    {
      name: 'median_days_to_resolve',
      type: 'number',
      description: {
        kk: `Шешілген мәселелер бойынша: мәселе көтерілген күннен соңғы ${quoted(['resolved'], 'kk')} жазбасына дейінгі күндер медианасы`,
        ru: `Медиана дней от постановки вопроса до последней записи ${quoted(['resolved'], 'ru')}, по решённым вопросам`,
        en: `Median days from raised to the last ${quoted(['resolved'], 'en')} entry, over resolved issues`,
      },
      value: (r) => get(r)?.medianDaysToResolve ?? null,
    },
    {
      name: 'money_decided_kzt',
      type: 'number',
      description: describes({ kk: 'Мәслихаттар бөлген қаражат, теңгемен', ru: 'Средства, выделенные маслихатами, в тенге', en: 'Tenge approved by maslikhat decisions' }),
      value: (r) => get(r)?.moneyDecidedKzt ?? 0,
    },
  ];
  if (meetings) {
    cols.push(
      { name: 'meetings_held', type: 'integer', description: describes({ kk: 'Өткізілген кездесулер саны', ru: 'Число проведённых встреч', en: 'Meetings held' }), value: (r) => get(r)?.meetingsHeld ?? 0 },
      {
        name: 'meetings_upcoming',
        type: 'integer',
        description: describes({
          kk: 'Деректер берілген күнген бастап алда тұрған жоспарланған немесе кейінге қалдырылған кездесулер',
          ru: 'Запланированные или перенесённые встречи в день данных и позже',
          en: 'Scheduled or postponed meetings on or after the as-of day',
        }),
        value: (r) => get(r)?.meetingsUpcoming ?? 0,
      },
      {
        name: 'meetings_not_reported',
        type: 'integer',
        description: describes({
          kk: 'Күні өтіп кеткен, бірақ нәтижесі (өтті, кейінге қалдырылды, болдырылмады) хабарланбаған кездесулер',
          ru: 'Встречи, день которых прошёл, а итог (состоялась, перенесена, отменена) не сообщён',
          en: 'Meetings whose day has passed with no outcome (held, postponed, cancelled) reported',
        }),
        value: (r) => get(r)?.meetingsNotReported ?? 0,
      },
      {
        name: 'outside_centre_share',
        type: 'number',
        description: describes({
          kk: 'Облыс орталығынан тыс өткен кездесулердің үлесі (0-ден 1-ге дейін); Астана, Алматы және Шымкент үшін бос',
          ru: 'Доля проведённых встреч вне областного центра (от 0 до 1); пусто для Астаны, Алматы и Шымкента',
          en: 'Share of held meetings outside the oblast centre (0–1); empty for Astana, Almaty and Shymkent',
        }),
        value: (r) => share(get(r)?.meetingsOutsideCentreShare ?? null),
      },
      {
        name: 'timely_share',
        type: 'number',
        description: {
          kk: `Кемінде ${counted('kk', timelyDays, 'days')} бұрын хабарланған өткен кездесулердің үлесі (0-ден 1-ге дейін)`,
          ru: `Доля проведённых встреч, объявленных не менее чем за ${counted('ru', timelyDays, 'days')} (от 0 до 1)`,
          en: `Share of held meetings announced at least ${counted('en', timelyDays, 'days')} before (0–1)`,
        },
        value: (r) => share(get(r)?.announcements.timelyShare ?? null),
      },
    );
  }
  return cols;
}

/** Every dataset for the content (or for one region when `region` is given). */
export function datasets(model: ContentIndex & { figures: SiteFigures }, region?: string): Dataset[] {
  if (region !== undefined) return makeDatasets(model, region);
  // The country's datasets are asked for by the open-data files, the API and the data page of one build: made once per model.
  let sets = nationalSets.get(model);
  if (sets === undefined) {
    sets = makeDatasets(model);
    nationalSets.set(model, sets);
  }
  return sets;
}
const nationalSets = new WeakMap<object, Dataset[]>();

function makeDatasets(model: ContentIndex & { figures: SiteFigures }, region?: string): Dataset[] {
  const { content, asOf, figures, meetingById } = model;
  const site = content.site.siteUrl;
  const timelyDays = content.site.timelyAnnouncementDays;
  const issues = region === undefined ? [...model.issueById.values()] : (model.issuesByRegion.get(region) ?? []);
  const meetings = region === undefined ? [...meetingById.values()] : (model.meetingsByRegion.get(region) ?? []);
  const regions = content.regions.filter((r) => region === undefined || r.slug === region);
  const districts = content.districts.filter((d) => region === undefined || d.region === region);
  const issueCount = new Map<string, number>();
  for (const [id, list] of model.issuesByMeeting) issueCount.set(id, list.length);
  const minutesLangs = new Map<string, string>();
  for (const m of content.minutes) minutesLangs.set(m.meeting, [minutesLangs.get(m.meeting), m.lang].filter(Boolean).join(' '));

  const place = Issue.shape.place.shape;
  const settlement = place.settlement.unwrap().shape;
  const financing = Issue.shape.financing.unwrap().shape;
  const decision = MaslikhatDecision.shape;
  const issueSet: Dataset<Issue> = {
    name: 'issues',
    description: describes({
      kk: 'Әр мәселеге бір жол: ағымдағы мәртебесі, орны, жауапты органы, мерзімі және қаржыландырылуы.',
      ru: 'Одна строка на вопрос: текущий статус, место, ответственный орган, срок и финансирование.',
      en: 'One row per issue, with its current status, place, responsible body, deadline and financing.',
    }),
    rows: issues,
    columns: [
      field('id', 'string', Issue.shape.id, (i) => i.id),
      { name: 'url', type: 'url', description: pageLink(describes({ kk: 'Мәселенің сайттағы беті', ru: 'Страница вопроса на сайте', en: 'Issue page on the site' })), value: (i) => `${site}/ru/issues/${i.id}/` },
      field('region', 'string', place.region, (i) => i.place.region),
      field('district', 'string', place.district, (i) => i.place.district ?? null),
      field('settlement_kato', 'string', settlement.kato, (i) => i.place.settlement?.kato ?? null),
      field('settlement', 'string', settlement.name, (i) => (i.place.settlement ? (i.place.settlement.name.ru ?? i.place.settlement.name.kk ?? i.place.settlement.name.en ?? null) : null)),
      field('category', 'string', Issue.shape.category, (i) => i.category, allowed(categoryIds, (id) => labels('category', id))),
      field('body', 'string', Issue.shape.body, (i) => i.body, bodyLabels),
      {
        name: 'status',
        type: 'string',
        description: describes({ kk: 'Ағымдағы мәртебе — мәртебелер тарихындағы соңғы жазба', ru: 'Текущий статус — последняя запись в истории статусов', en: 'Current status: the last entry of the status history' }),
        values: statusLabels,
        value: (i) => currentStatus(i),
      },
      { name: 'status_date', type: 'date', description: describes({ kk: 'Ағымдағы мәртебе белгіленген күн', ru: 'Дата текущего статуса', en: 'Date of the current status' }), value: (i) => currentEvent(i).date },
      {
        name: 'overdue',
        type: 'boolean',
        description: describes({
          kk: 'Деректер берілген күнге мерзімі өтіп, бірақ мәселе жабылмаса — true',
          ru: 'true, если на дату данных срок истёк, а вопрос не закрыт',
          en: 'true when the issue is past its deadline and not closed on the as-of day',
        }),
        value: (i) => issueIsOverdue(i, asOf),
      },
      field('raised', 'date', Issue.shape.raised, (i) => i.raised),
      field('meetings', 'list', Issue.shape.meetings, (i) => i.meetings.join(' ')),
      {
        name: 'deadline',
        type: 'date',
        description: describes({ kk: 'Қазіргі шешу мерзімі: соңғы белгіленген немесе ауыстырылған мерзім', ru: 'Срок, действующий сейчас: последний установленный или перенесённый', en: 'Deadline in force: the last one set or moved' }),
        value: (i) => currentDeadline(i) ?? null,
      },
      {
        name: 'original_deadline',
        type: 'date',
        description: describes({ kk: 'Мәселеге алғаш берілген мерзім', ru: 'Первый срок, данный вопросу', en: 'First deadline the issue was given' }),
        value: (i) => originalDeadline(i) ?? null,
      },
      {
        name: 'deadline_moves',
        type: 'integer',
        description: describes({ kk: 'Мерзім неше рет ауыстырылды', ru: 'Сколько раз переносился срок', en: 'How many times the deadline was moved' }),
        value: (i) => deadlineMoves(i),
      },
      ...text<Issue>('title', asCorrected(fieldMeaning(Issue.shape.title, 'title')), (i) => currentWording(i, 'title')),
      ...text<Issue>('description', asCorrected(fieldMeaning(Issue.shape.description, 'description')), (i) => currentWording(i, 'description')),
      field('financing_kzt', 'number', financing.amountKzt, (i) => currentFinancing(i)?.amountKzt ?? null),
      field('financing_source', 'string', financing.source, (i) => currentFinancing(i)?.source ?? null, allowed(financingSources, (id) => financingSourceLabels[id])),
      field('maslikhat_session', 'string', decision.session, (i) => currentFinancing(i)?.decision?.session ?? null),
      field('maslikhat_date', 'date', decision.date, (i) => currentFinancing(i)?.decision?.date ?? null),
      field('maslikhat_number', 'string', decision.number, (i) => currentFinancing(i)?.decision?.number ?? null),
      field('maslikhat_url', 'url', decision.url, (i) => currentFinancing(i)?.decision?.url ?? null),
      field('measure', 'string', Issue.shape.measure, (i) => i.measure ?? null),
      field('duplicate_of', 'string', Issue.shape.duplicateOf, (i) => i.duplicateOf ?? null),
    ],
  };

  type Event = { issue: Issue; n: number };
  const event = StatusEvent.shape;
  const historySet: Dataset<Event> = {
    name: 'status-history',
    description: describes({
      kk: 'Әр мәселе мәртебесінің әр өзгерісіне бір жол, ескісінен жаңасына қарай; тарихқа жазба тек қосылады.',
      ru: 'Одна строка на каждое изменение статуса каждого вопроса, от старых к новым; записи в историю только добавляются.',
      en: 'One row per status change of every issue, oldest first; the history is append-only.',
    }),
    rows: issues.flatMap((issue) => issue.history.map((_, n) => ({ issue, n }))),
    columns: [
      { name: 'issue_id', type: 'string', description: describes({ kk: 'Өзгеріс қатысты мәселенің идентификаторы', ru: 'Идентификатор вопроса, к которому относится изменение', en: 'Id of the issue the change belongs to' }), value: (e) => e.issue.id },
      { name: 'seq', type: 'integer', description: describes({ kk: 'Мәселе тарихындағы жазбаның реттік нөмірі, 1-ден басталады', ru: 'Порядковый номер записи в истории вопроса, начиная с 1', en: 'Position in the issue’s history, from 1' }), value: (e) => e.n + 1 },
      field('date', 'date', event.date, (e) => e.issue.history[e.n]?.date ?? null),
      field('status', 'string', event.status, (e) => e.issue.history[e.n]?.status ?? null, statusLabels),
      ...text<Event>('note', event.note, (e) => e.issue.history[e.n]?.note),
      field('evidence', 'list', event.evidence, (e) => (e.issue.history[e.n]?.evidence ?? []).map((l) => l.url).join(' ') || null),
      field('decision', 'string', event.decision, (e) => e.issue.history[e.n]?.decision ?? null),
      field('referred_to', 'string', event.referredTo, (e) => e.issue.history[e.n]?.referredTo ?? null, bodyLabels),
    ],
  };

  type Change = { issue: Issue; n: number; change: IssueChange; previous: string | undefined; replaced: Partial<Record<Language, string>> | undefined; before: IssuePublished | undefined };
  const deadlineShape = DeadlineChange.shape;
  const financingShape = FinancingChange.shape;
  const correctionShape = TextCorrection.shape;
  const changeRows: Change[] = issues.flatMap((issue) => {
    if (issue.changes.length === 0) return [];
    const previousOf = replacedDeadlines(issue);
    const replacedOf = replacedWordings(issue);
    const beforeOf = new Map<IssueChange, IssuePublished>(detailsSteps(issueRecordOf(issue)).map((step) => [step.change, step.before]));
    return issue.changes.map((change, n) => ({ issue, n, change, previous: change.kind === 'deadline' ? previousOf.get(change) : undefined, replaced: replacedOf.get(change), before: beforeOf.get(change) }));
  });
  // A correction of the category, body, place or measure: which it corrected, the value it gave and the one it replaced.
  const detailsShape = DetailsCorrection.shape;
  const detailsOf = (c: Change) => (c.change.kind === 'details' ? c.change : undefined);
  const given = (c: Change, f: IssueDetailsField) => detailsOf(c)?.[f] !== undefined;
  const detailsColumns: Column<Change>[] = [
    {
      name: 'corrected_fields',
      type: 'list',
      description: describes({
        kk: '«Мәліметтер түзетілді» (details) жазбасы түзеткен мәліметтер: category, body, district, settlement, measure; басқа өзгерістерде бос',
        ru: 'Какие сведения исправила запись «Сведения исправлены» (details): category, body, district, settlement, measure; у других изменений пусто',
        en: 'Which facts a “Details corrected” (details) entry corrected: category, body, district, settlement, measure; empty for other changes',
      }),
      value: (c) => issueDetailsFields.filter((f) => given(c, f)).join(' ') || null,
    },
    field('category', 'string', detailsShape.category, (c) => detailsOf(c)?.category ?? null, allowed(categoryIds, (id) => labels('category', id))),
    {
      name: 'previous_category',
      type: 'string',
      description: describes({ kk: 'Түзетуге дейінгі санаты', ru: 'Категория до исправления', en: 'Category before the correction' }),
      values: allowed(categoryIds, (id) => labels('category', id)),
      value: (c) => (given(c, 'category') ? (c.before?.category ?? null) : null),
    },
    field('body', 'string', detailsShape.body, (c) => detailsOf(c)?.body ?? null, bodyLabels),
    {
      name: 'previous_body',
      type: 'string',
      description: describes({ kk: 'Түзетуге дейінгі жауапты органы', ru: 'Ответственный орган до исправления', en: 'Responsible body before the correction' }),
      values: bodyLabels,
      value: (c) => (given(c, 'body') ? (c.before?.body ?? null) : null),
    },
    field('district', 'string', detailsShape.district, (c) => detailsOf(c)?.district ?? null),
    {
      name: 'previous_district',
      type: 'string',
      description: describes({ kk: 'Түзетуге дейінгі ауданы (сайт мекенжайларындағы латынша атауы)', ru: 'Район до исправления (латинское имя из адресов сайта)', en: 'District before the correction (its Latin name in the site’s addresses)' }),
      value: (c) => (given(c, 'district') ? (c.before?.place.district ?? null) : null),
    },
    {
      name: 'settlement_kato',
      type: 'string',
      description: correctedSettlementMeaning,
      value: (c) => detailsOf(c)?.settlement?.kato ?? null,
    },
    {
      name: 'previous_settlement_kato',
      type: 'string',
      description: describes({ kk: 'Түзетуге дейінгі елді мекеннің ӘАОЖ (КАТО) коды', ru: 'Код КАТО населённого пункта до исправления', en: 'KATO code of the settlement before the correction' }),
      value: (c) => (given(c, 'settlement') ? (c.before?.place.settlement?.kato ?? null) : null),
    },
    field('measure', 'string', detailsShape.measure, (c) => detailsOf(c)?.measure ?? null),
    {
      name: 'previous_measure',
      type: 'string',
      description: describes({ kk: 'Түзетуге дейінгі іс-қимыл жоспарының шарасы', ru: 'Мера плана действий до исправления', en: 'Action-plan measure before the correction' }),
      value: (c) => (given(c, 'measure') ? (c.before?.measure ?? null) : null),
    },
  ];
  const changeSet: Dataset<Change> = {
    name: 'issue-changes',
    description: describes({
      kk: 'Мәртебеден басқа әр өзгеріске бір жол: жұмыс барысы, белгіленген немесе ауыстырылған мерзім (бұрынғы және жаңа), шешілген немесе өзгерген қаржы, атауы мен сипаттамасының түзетулері (бұрынғы және түзетілген мәтін), санатының, жауапты органының, орнының немесе шарасының түзетулері (бұрынғы және түзетілген мәні); ескісінен жаңасына қарай, тек қосылады.',
      ru: 'Одна строка на каждое изменение вопроса, кроме статуса: ход работ, установленный или перенесённый срок (прежний и новый), выделенное или изменённое финансирование, исправление названия или описания (прежний и исправленный текст), исправление категории, ответственного органа, места или меры (прежнее и исправленное значение); от старых к новым, записи только добавляются.',
      en: 'One row per change of an issue other than its status: progress, a deadline set or moved (previous and new), money allocated or changed, a correction of the title or description (earlier and corrected wording), a correction of the category, responsible body, place or measure (earlier and corrected value); oldest first, append-only.',
    }),
    rows: changeRows,
    columns: [
      { name: 'issue_id', type: 'string', description: describes({ kk: 'Өзгеріс қатысты мәселенің идентификаторы', ru: 'Идентификатор вопроса, к которому относится изменение', en: 'Id of the issue the change belongs to' }), value: (c) => c.issue.id },
      { name: 'seq', type: 'integer', description: describes({ kk: 'Мәселенің өзгерістер журналындағы реттік нөмірі, 1-ден басталады', ru: 'Порядковый номер в журнале изменений вопроса, начиная с 1', en: 'Position in the issue’s change log, from 1' }), value: (c) => c.n + 1 },
      { name: 'kind', type: 'string', description: describes({ kk: 'Өзгерістің түрі', ru: 'Вид изменения', en: 'Kind of change' }), values: allowed(issueChangeKinds, (k) => issueChangeKindLabels[k]), value: (c) => c.change.kind },
      field('date', 'date', deadlineShape.date, (c) => c.change.date),
      { name: 'previous_deadline', type: 'date', description: describes({ kk: 'Ауыстырылғанға дейінгі мерзім; алғаш белгіленсе, бос', ru: 'Срок до переноса; пусто, если срок установлен впервые', en: 'Deadline before the move; empty when first set' }), value: (c) => c.previous ?? null },
      field('deadline', 'date', deadlineShape.deadline, (c) => (c.change.kind === 'deadline' ? c.change.deadline : null)),
      ...text<Change>(
        'reason',
        describes({
          kk: 'Өзгерістің себебі: мерзім неге белгіленді немесе ауыстырылды, қаржы неге өзгерді, мәтін неге түзетілді',
          ru: 'Причина изменения: почему установлен или перенесён срок, изменилось финансирование, исправлен текст',
          en: 'Why: the deadline was set or moved, the financing changed, the text was corrected',
        }),
        (c) => (c.change.kind === 'progress' ? undefined : c.change.reason),
      ),
      ...text<Change>('note', ProgressNote.shape.note, (c) => (c.change.kind === 'progress' ? c.change.note : undefined)),
      field('financing_kzt', 'number', financingShape.amountKzt, (c) => (c.change.kind === 'financing' ? c.change.amountKzt : null)),
      field('financing_source', 'string', financingShape.source, (c) => (c.change.kind === 'financing' ? c.change.source : null), allowed(financingSources, (id) => financingSourceLabels[id])),
      field('maslikhat_number', 'string', decision.number, (c) => (c.change.kind === 'financing' ? (c.change.decision?.number ?? null) : null)),
      field('maslikhat_date', 'date', decision.date, (c) => (c.change.kind === 'financing' ? (c.change.decision?.date ?? null) : null)),
      field('evidence', 'list', ProgressNote.shape.evidence, (c) => (c.change.kind === 'progress' ? c.change.evidence.map((l) => l.url).join(' ') || null : null)),
      field('decision', 'string', deadlineShape.decision, (c) => (c.change.kind === 'deadline' ? (c.change.decision ?? null) : null)),
      field('field', 'string', correctionShape.field, (c) => (c.change.kind === 'correction' ? c.change.field : null), allowed(correctableFields, (id) => correctableFieldLabels[id])),
      ...text<Change>('corrected_text', correctionShape.text, (c) => (c.change.kind === 'correction' ? c.change.text : undefined)),
      ...text<Change>(
        'previous_text',
        describes({
          kk: 'Түзетуге дейінгі мәтін, түзетілген тілдерде',
          ru: 'Текст до исправления, на исправленных языках',
          en: 'The wording before the correction, in the languages corrected',
        }),
        (c) => c.replaced,
      ),
      ...detailsColumns,
    ],
  };

  const where = MeetingRecord.shape.place.shape;
  const meetingSet: Dataset<Meeting> = {
    name: 'meetings',
    description: describes({
      kk: 'Әр кездесуге бір жол: кім өткізеді, қайда, қашан, қалай, мәртебесі, қанша күн бұрын хабарланғаны және көтерілген мәселелер.',
      ru: 'Одна строка на встречу: кто проводит, где, когда, в каком формате, статус, за сколько дней объявлена и сколько вопросов поднято.',
      en: 'One row per meeting: who, where, when, format, status, announcement lead time and issues raised.',
    }),
    rows: meetings,
    columns: [
      field('id', 'string', MeetingRecord.shape.id, (m) => m.id),
      { name: 'url', type: 'url', description: pageLink(describes({ kk: 'Кездесудің сайттағы беті', ru: 'Страница встречи на сайте', en: 'Meeting page on the site' })), value: (m) => `${site}/ru/meetings/${m.id}/` },
      field('region', 'string', where.region, (m) => m.place.region),
      field('district', 'string', where.district, (m) => m.place.district ?? null),
      field('settlement_kato', 'string', where.settlement.unwrap().shape.kato, (m) => m.place.settlement?.kato ?? null),
      field('holder_level', 'string', MeetingRecord.shape.holder.shape.level, (m) => m.holder.level, allowed(holderLevels, (id) => holderLevelLabels[id])),
      ...text<Meeting>('office', MeetingRecord.shape.holder.shape.office, (m) => m.holder.office),
      {
        name: 'start',
        type: 'datetime',
        description: describes({
          kk: 'Кездесудің басталу уақыты, UTC ығысуымен; түзетілсе — түзетілгені, кейінге қалдырылған кездесу өтсе — өткен уақыты',
          ru: 'Начало встречи, со смещением от UTC; если исправлено — исправленное, если перенесённая встреча состоялась — фактическое',
          en: 'Start of the meeting, with UTC offset; as corrected, and when a postponed meeting was held, when it took place',
        }),
        value: (m) => m.start,
      },
      {
        name: 'end',
        type: 'datetime',
        description: describes({ kk: 'Кездесудің аяқталу уақыты, басталуымен бірдей ережемен', ru: 'Окончание встречи, по тому же правилу, что и начало', en: 'End of the meeting, by the same rule as its start' }),
        value: (m) => m.end,
      },
      field('published_start', 'datetime', MeetingRecord.shape.start, (m) => m.published?.start ?? m.start),
      field('new_start', 'datetime', MeetingState.shape.newStart, (m) => m.newStart ?? null),
      field('format', 'string', MeetingRecord.shape.format, (m) => m.format, allowed(meetingFormats, (id) => meetingFormatLabels[id])),
      field('stream', 'url', MeetingRecord.shape.stream, (m) => m.stream ?? null),
      field('status', 'string', MeetingState.shape.status, (m) => m.status, allowed(meetingStatuses, (id) => meetingStatusLabels[id])),
      {
        name: 'outcome_not_reported',
        type: 'boolean',
        description: describes({
          kk: 'Кездесу күні деректер күнінен бұрын өтіп, нәтижесі хабарланбаса — true',
          ru: 'true, если день встречи прошёл до даты данных, а её итог не сообщён',
          en: 'true when the meeting’s day passed before the as-of day and no outcome was reported',
        }),
        value: (m) => outcomeNotReported(m, asOf),
      },
      {
        name: 'schedule_changes',
        type: 'integer',
        description: describes({
          kk: 'Кездесу неше рет кейінге қалдырылды немесе уақыты мен орны түзетілді (meeting-changes жиынын қараңыз)',
          ru: 'Сколько раз встречу переносили или исправляли её время и место (см. набор meeting-changes)',
          en: 'How many times the meeting was postponed or its time or place corrected (see the meeting-changes dataset)',
        }),
        value: (m) => m.changes.filter((c) => c.kind === 'postponed' || (c.kind === 'corrected' && lastCorrecting({ changes: [c] }, ['start', 'end', 'venue', 'address', 'district', 'settlement']) === 0)).length,
      },
      field('attendance', 'integer', MeetingState.shape.attendance, (m) => m.attendance ?? null),
      {
        name: 'announcements',
        type: 'integer',
        description: describes({ kk: 'Кездесу туралы тіркелген БАҚ хабарландыруларының саны', ru: 'Число учтённых объявлений о встрече в СМИ', en: 'Press announcements recorded for the meeting' }),
        value: (m) => m.announcements.length,
      },
      {
        name: 'lead_days',
        type: 'integer',
        description: describes({ kk: 'Алғашқы хабарландырудан кездесу күніне дейінгі күн саны', ru: 'Дней от первого объявления до дня встречи', en: 'Days from the first announcement to the meeting day' }),
        value: (m) => leadTimeDays(m) ?? null,
      },
      { name: 'issues_raised', type: 'integer', description: describes({ kk: 'Кездесуде тіркелген мәселелер саны', ru: 'Число вопросов, записанных на встрече', en: 'Issues recorded at the meeting' }), value: (m) => issueCount.get(m.id) ?? 0 },
      {
        name: 'minutes',
        type: 'list',
        description: describes({ kk: 'Хаттама жарияланған тілдер (kk, ru, en)', ru: 'Языки, на которых опубликован протокол (kk, ru, en)', en: 'Languages the minutes are published in (kk, ru, en)' }),
        value: (m) => minutesLangs.get(m.id) ?? null,
      },
    ],
  };

  type Announced = { meeting: Meeting; n: number };
  const announced = Announcement.shape;
  const announcementSet: Dataset<Announced> = {
    name: 'announcements',
    description: describes({
      kk: 'Кездесу туралы БАҚ-тағы әр хабарландыруға бір жол.',
      ru: 'Одна строка на каждое объявление о встрече в СМИ.',
      en: 'One row per press announcement of a meeting.',
    }),
    rows: meetings.flatMap((meeting) => meeting.announcements.map((_, n) => ({ meeting, n }))),
    columns: [
      { name: 'meeting_id', type: 'string', description: describes({ kk: 'Хабарланған кездесудің идентификаторы', ru: 'Идентификатор объявленной встречи', en: 'Id of the announced meeting' }), value: (a) => a.meeting.id },
      field('channel', 'string', announced.channel, (a) => a.meeting.announcements[a.n]?.channel ?? null, allowed(announcementChannels, (id) => channelLabels[id])),
      field('outlet', 'string', announced.outlet, (a) => a.meeting.announcements[a.n]?.outlet ?? null),
      field('url', 'url', announced.url, (a) => a.meeting.announcements[a.n]?.url ?? null),
      field('issue_number', 'string', announced.issueNumber, (a) => a.meeting.announcements[a.n]?.issueNumber ?? null),
      field('published', 'date', announced.published, (a) => a.meeting.announcements[a.n]?.published ?? null),
      {
        name: 'lead_days',
        type: 'integer',
        description: describes({ kk: 'Жарияланған күннен кездесу күніне дейінгі күн саны', ru: 'Дней от публикации до дня встречи', en: 'Days from publication to the meeting day' }),
        value: (a) => {
          const published = a.meeting.announcements[a.n]?.published;
          return published === undefined ? null : announcementLeadDays(a.meeting, published);
        },
      },
    ],
  };

  type Entry = { meeting: Meeting; n: number; change: MeetingChange };
  const reasonOf = (c: MeetingChange) => (c.kind === 'postponed' || c.kind === 'cancelled' || c.kind === 'corrected' || c.kind === 'minutes' ? c.reason : undefined);
  const urls = (c: MeetingChange, what: 'video' | 'documents' | 'coverage'): string | null =>
    c.kind === 'held' || c.kind === 'materials' ? (what === 'video' ? c.video : c[what].map((l) => l.url)).join(' ') || null : null;
  const meetingChangeSet: Dataset<Entry> = {
    name: 'meeting-changes',
    description: describes({
      kk: 'Әр кездесу журналының әр жазбасына бір жол: кейінге қалдырылды (жаңа уақыты), болдырылмады, өтті (нәтижесі), материалдар қосылды, уақыты, орны, форматы, өткізушісі немесе күнтізбе жазбасы түзетілді, хаттама түзетілді; ескісінен жаңасына қарай, тек қосылады.',
      ru: 'Одна строка на каждую запись журнала каждой встречи: перенесена (новое время), отменена, состоялась (итоги), добавлены материалы, исправлены время, место, формат, проводящий или запись календаря, исправлен протокол; от старых к новым, записи только добавляются.',
      en: 'One row per entry of every meeting’s log: postponed (new time), cancelled, held (outcome), materials added, time, place, format, holder or calendar entry corrected, minutes corrected; oldest first, append-only.',
    }),
    rows: meetings.flatMap((meeting) => meeting.changes.map((change, n) => ({ meeting, n, change }))),
    columns: [
      { name: 'meeting_id', type: 'string', description: describes({ kk: 'Жазба қатысты кездесудің идентификаторы', ru: 'Идентификатор встречи, к которой относится запись', en: 'Id of the meeting the entry belongs to' }), value: (e) => e.meeting.id },
      { name: 'seq', type: 'integer', description: describes({ kk: 'Кездесу журналындағы реттік нөмірі, 1-ден басталады', ru: 'Порядковый номер в журнале встречи, начиная с 1', en: 'Position in the meeting’s log, from 1' }), value: (e) => e.n + 1 },
      field('date', 'date', Postponed.shape.date, (e) => e.change.date),
      { name: 'kind', type: 'string', description: describes({ kk: 'Жазбаның түрі', ru: 'Вид записи', en: 'Kind of entry' }), values: allowed(meetingChangeKinds, (k) => meetingChangeKindLabels[k]), value: (e) => e.change.kind },
      ...text<Entry>('reason', Postponed.shape.reason, (e) => reasonOf(e.change)),
      {
        name: 'start',
        type: 'datetime',
        description: describes({ kk: 'Жаңа немесе түзетілген басталу уақыты', ru: 'Новое или исправленное начало', en: 'New or corrected start' }),
        value: (e) => (e.change.kind === 'postponed' || e.change.kind === 'corrected' ? (e.change.start ?? null) : null),
      },
      {
        name: 'end',
        type: 'datetime',
        description: describes({ kk: 'Жаңа немесе түзетілген аяқталу уақыты', ru: 'Новое или исправленное окончание', en: 'New or corrected end' }),
        value: (e) => (e.change.kind === 'postponed' || e.change.kind === 'corrected' ? (e.change.end ?? null) : null),
      },
      ...text<Entry>('venue', Corrected.shape.venue, (e) => (e.change.kind === 'corrected' ? e.change.venue : undefined)),
      ...text<Entry>('address', Corrected.shape.address, (e) => (e.change.kind === 'corrected' ? e.change.address : undefined)),
      field('attendance', 'integer', Held.shape.attendance, (e) => (e.change.kind === 'held' ? (e.change.attendance ?? null) : null)),
      field('video', 'list', Held.shape.video, (e) => urls(e.change, 'video')),
      field('documents', 'list', Held.shape.documents, (e) => urls(e.change, 'documents')),
      field('coverage', 'list', Held.shape.coverage, (e) => urls(e.change, 'coverage')),
      field('minutes_lang', 'string', MinutesCorrected.shape.lang, (e) => (e.change.kind === 'minutes' ? e.change.lang : null)),
      {
        name: 'corrected_fields',
        type: 'list',
        description: describes({
          kk: '«Түзетілді» (corrected) жазбасы түзеткен мәліметтер: start, end, venue, address, district, settlement, format, stream, office, body, calendarEntry, outsideCalendar; басқа жазбаларда бос',
          ru: 'Какие сведения исправила запись «Исправлено» (corrected): start, end, venue, address, district, settlement, format, stream, office, body, calendarEntry, outsideCalendar; у других записей пусто',
          en: 'Which facts a “Corrected” (corrected) entry corrected: start, end, venue, address, district, settlement, format, stream, office, body, calendarEntry, outsideCalendar; empty for other entries',
        }),
        value: (e) => (e.change.kind === 'corrected' ? meetingCorrectedFields.filter((f) => (e.change as Record<string, unknown>)[f] !== undefined).join(' ') || null : null),
      },
      field('district', 'string', Corrected.shape.district, (e) => (e.change.kind === 'corrected' ? (e.change.district ?? null) : null)),
      {
        name: 'settlement_kato',
        type: 'string',
        description: correctedSettlementMeaning,
        value: (e) => (e.change.kind === 'corrected' ? (e.change.settlement?.kato ?? null) : null),
      },
      field('format', 'string', Corrected.shape.format, (e) => (e.change.kind === 'corrected' ? (e.change.format ?? null) : null), allowed(meetingFormats, (id) => meetingFormatLabels[id])),
      field('stream', 'url', Corrected.shape.stream, (e) => (e.change.kind === 'corrected' ? (e.change.stream ?? null) : null)),
      ...text<Entry>('office', Corrected.shape.office, (e) => (e.change.kind === 'corrected' ? e.change.office : undefined)),
      field('body', 'string', Corrected.shape.body, (e) => (e.change.kind === 'corrected' ? (e.change.body ?? null) : null), bodyLabels),
      field('calendar_entry', 'string', Corrected.shape.calendarEntry, (e) => (e.change.kind === 'corrected' ? (e.change.calendarEntry ?? null) : null)),
      ...text<Entry>('outside_calendar', Corrected.shape.outsideCalendar, (e) => (e.change.kind === 'corrected' ? e.change.outsideCalendar : undefined)),
    ],
  };

  type RegionRow = (typeof regions)[number];
  const regionSet: Dataset<RegionRow> = {
    name: 'regions',
    description: describes({ kk: 'Өңірлер — сайттағы көрсеткіштерімен.', ru: 'Регионы с теми же показателями, что и на сайте.', en: 'The regions with the same figures the site shows.' }),
    rows: regions,
    columns: [
      field('kato', 'string', Region.shape.kato, (r) => r.kato),
      field('slug', 'string', Region.shape.slug, (r) => r.slug),
      field('iso', 'string', Region.shape.iso, (r) => r.iso),
      field('kind', 'string', Region.shape.kind, (r) => r.kind, allowed(regionKinds, (id) => regionKindLabels[id])),
      ...text<RegionRow>('name', Region.shape.name, (r) => r.name, 'all'),
      ...figureColumns<RegionRow>((r) => figures.byRegion.get(r.slug), true, timelyDays),
    ],
  };

  type DistrictRow = (typeof districts)[number];
  const districtSet: Dataset<DistrictRow> = {
    name: 'districts',
    description: describes({
      kk: 'Аудандар мен қалалар — сайттағы көрсеткіштерімен.',
      ru: 'Районы и города с теми же показателями, что и на сайте.',
      en: 'The districts and cities with the same figures the site shows.',
    }),
    rows: districts,
    columns: [
      field('kato', 'string', District.shape.kato, (d) => d.kato),
      field('region', 'string', District.shape.region, (d) => d.region),
      field('slug', 'string', District.shape.slug, (d) => d.slug),
      field('kind', 'string', District.shape.kind, (d) => d.kind, allowed(districtKinds, (id) => districtKindLabels[id])),
      ...text<DistrictRow>('name', District.shape.name, (d) => d.name, 'all'),
      ...figureColumns<DistrictRow>((d) => figures.byDistrict.get(districtKey(d.region, d.slug)), true, timelyDays),
    ],
  };

  const out: Dataset[] = [issueSet, historySet, changeSet, meetingSet, meetingChangeSet, announcementSet, regionSet, districtSet] as Dataset[];
  if (region === undefined) {
    type MeasureRow = (typeof content.measures)[number];
    const measureSet: Dataset<MeasureRow> = {
      name: 'measures',
      description: describes({
        kk: 'Ұлттық іс-қимыл жоспарының шаралары және оларға қатысты мәселелердің шешілу барысы.',
        ru: 'Меры национального плана действий и ход решения относящихся к ним вопросов.',
        en: 'National action-plan measures with the progress of their issues.',
      }),
      rows: content.measures,
      columns: [
        field('id', 'string', Measure.shape.id, (m) => m.id),
        field('ministry', 'string', Measure.shape.ministry, (m) => m.ministry, bodyLabels),
        field('deadline', 'date', Measure.shape.deadline, (m) => m.deadline),
        ...text<MeasureRow>('title', Measure.shape.title, (m) => m.title),
        ...figureColumns<MeasureRow>((m) => figures.byMeasure.get(m.id), false, timelyDays),
      ],
    };
    out.push(measureSet as Dataset);
  }
  out.push(...accountabilityDatasets(content, accountabilityOf(model), region));
  return out;
}

/** Datasets written for the country only, not per region (they are not about one region). */
export const nationalOnlyDatasets: ReadonlySet<string> = new Set(['measures', 'obligations']);
