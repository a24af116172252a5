import { z } from 'zod';
import { bodies } from '../lib/taxonomy/bodies.ts';
import { statusTable } from '../lib/issues/status.ts';
import { correctableFieldLabels, financingSourceLabels, issueChangeKindLabels, labels } from '../lib/i18n/labels.ts';
import { msg } from '../lib/i18n/messages.ts';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { choicesOf, DistrictRef, IsoDate, IssueId, Link, LocalizedText, MeasureId, MeetingId, oneOf, RegionRef, SettlementRef, Url, meaning } from './common.ts';
import { bodyIds, categoryIds, correctableFields, financingSources, issueChangeKinds, languages, statusIds } from '../vocabularies.ts';


/** A maslikhat (local council) decision that approved money. */
export const MaslikhatDecision = z.strictObject({
  session: z
    .string()
    .trim()
    .min(1, schemaMessage('schema.issue.sessionEmpty'))
    .meta(meaning({ kk: 'Шешім қабылдаған мәслихат сессиясы, мысалы XII', ru: 'Сессия маслихата, принявшая решение, например XII', en: 'Maslikhat session that took the decision, e.g. XII' })),
  date: IsoDate.meta(meaning({ kk: 'Мәслихат шешімінің күні', ru: 'Дата решения маслихата', en: 'Date of the maslikhat decision' })),
  number: z
    .string()
    .trim()
    .min(1, schemaMessage('schema.issue.decisionEmpty'))
    .meta(meaning({ kk: 'Мәслихат шешімінің нөмірі, мысалы 12/345', ru: 'Номер решения маслихата, например 12/345', en: 'Number of the maslikhat decision, e.g. 12/345' })),
  url: Url.optional().meta(meaning({ kk: 'Мәслихат шешімі жарияланған мекенжай', ru: 'Где опубликовано решение маслихата', en: 'Where the maslikhat decision is published' })),
});

/** One entry of an issue's status history. History is append-only. */
export const StatusEvent = z.strictObject({
  date: IsoDate.meta(meaning({ kk: 'Мәртебенің өзгерген күні', ru: 'Дата смены статуса', en: 'Date of the status change' })),
  status: z.enum(statusIds, oneOf('schema.what.status', statusIds, (s) => labels('status', s))).meta(meaning({ kk: 'Осы күннен бастап белгіленген мәртебе', ru: 'Статус с этой даты', en: 'Status from that date on' })),
  /** Required for resolved, declined and reopening. */
  note: LocalizedText.optional().meta(meaning({ kk: 'Не істелгені немесе қандай шешім қабылданғаны', ru: 'Что сделано или решено', en: 'What was done or decided' })),
  /** Required for resolved. */
  evidence: z
    .array(Link)
    .default([])
    .meta(meaning({ kk: 'Өзгерісті растайтын құжаттар немесе фотосуреттер', ru: 'Документы или фотографии, подтверждающие изменение', en: 'Documents or photos that show the change' })),
  decision: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(
      meaning({
        kk: 'Өзгеріске негіз болған шешімнің деректемелері, мысалы әкімдік қаулысының нөмірі',
        ru: 'Реквизиты решения, на основании которого изменён статус, например номер постановления акимата',
        en: 'Reference of the decision behind the change, e.g. an akimat resolution number',
      }),
    ),
  /** Required for referred. */
  referredTo: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .optional()
    .meta(meaning({ kk: 'Мәселе жолданған орган', ru: 'Орган, которому передан вопрос', en: 'Body the issue was referred to' })),
});
export type StatusEvent = z.output<typeof StatusEvent>;


const changeDate = IsoDate.meta(meaning({ kk: 'Өзгерістің күні', ru: 'Дата изменения', en: 'Date of the change' }));

/** Work reported without a change of status. */
export const ProgressNote = z.strictObject({
  kind: z.literal('progress'),
  date: changeDate,
  note: LocalizedText.meta(meaning({ kk: 'Не істелді', ru: 'Что сделано', en: 'What was done' })),
  evidence: z
    .array(Link)
    .default([])
    .meta(meaning({ kk: 'Растайтын құжаттар немесе фотосуреттер', ru: 'Подтверждающие документы или фотографии', en: 'Documents or photos that show it' })),
});

/** A deadline set after publication, or moved: the new date and why. The deadline first published stays in `deadline`. */
export const DeadlineChange = z.strictObject({
  kind: z.literal('deadline'),
  date: changeDate,
  deadline: IsoDate.meta(meaning({ kk: 'Жаңа мерзім', ru: 'Новый срок', en: 'New deadline' })),
  reason: LocalizedText.meta(meaning({ kk: 'Мерзім неге белгіленді немесе ауыстырылды', ru: 'Почему срок установлен или перенесён', en: 'Why the deadline was set or moved' })),
  decision: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(meaning({ kk: 'Мерзімді ауыстыру туралы шешімнің деректемелері', ru: 'Реквизиты решения о переносе срока', en: 'Reference of the decision that moved it' })),
});

/** Money allocated after publication, or changed. The financing first published stays in `financing`. */
export const FinancingChange = z.strictObject({
  kind: z.literal('financing'),
  date: changeDate,
  amountKzt: z
    .number(schemaMessage('schema.amount.type', { fix: msg('schema.amount.fix') }))
    .nonnegative(schemaMessage('schema.amount.negative'))
    .meta(meaning({ kk: 'Бөлінген қаражат, теңгемен', ru: 'Выделенные средства, в тенге', en: 'Money allocated, in tenge' })),
  source: z.enum(financingSources, oneOf('schema.what.financingSource', financingSources, (s) => financingSourceLabels[s])).meta(meaning({ kk: 'Қаржы көзі', ru: 'Источник средств', en: 'Where the money comes from' })),
  decision: MaslikhatDecision.optional(),
  reason: LocalizedText.optional().meta(meaning({ kk: 'Қаржы неге өзгерді', ru: 'Почему изменилось финансирование', en: 'Why the financing changed' })),
});


/**
 * A correction of the issue's published title or description: the corrected
 * wording, in the languages corrected, and why. The wording first published
 * stays in `title` / `description`; the page shows both.
 */
export const TextCorrection = z.strictObject({
  kind: z.literal('correction'),
  date: changeDate,
  field: z
    .enum(correctableFields, oneOf('schema.what.correctableField', correctableFields, (f) => correctableFieldLabels[f]))
    .meta(meaning({ kk: 'Түзетілген өріс: title — атауы, description — сипаттамасы', ru: 'Исправленное поле: title — название, description — описание', en: 'Field corrected: title or description' })),
  text: LocalizedText.meta(
    meaning({
      kk: 'Түзетілген мәтін, тек түзетілген тілдерде; қалған тілдердегі мәтін бұрынғыдай қалады',
      ru: 'Исправленный текст, только на исправленных языках; на остальных языках текст остаётся прежним',
      en: 'The corrected wording, in the languages corrected; the other languages keep their wording',
    }),
  ),
  reason: LocalizedText.meta(meaning({ kk: 'Мәтін неге түзетілді', ru: 'Почему текст исправлен', en: 'Why the text was corrected' })),
});

/** The fields a `details` entry can correct. */
export const issueDetailsFields = ['category', 'body', 'district', 'settlement', 'measure'] as const;
export type IssueDetailsField = (typeof issueDetailsFields)[number];

/**
 * A correction of the issue's published category, responsible body, place
 * or action-plan measure: the right values and why, as the meeting's
 * `corrected` entry does for a meeting. The values first published stay in
 * the issue's own fields; pages, figures and open data use those of the
 * latest correction (src/lib/issues/changes.ts, `issueView`). A district
 * and its settlement are corrected together, in one entry; `null` for the
 * settlement or the measure says there is none.
 */
export const DetailsCorrection = z.strictObject({
  kind: z.literal('details'),
  date: changeDate,
  reason: LocalizedText.meta(meaning({ kk: 'Не дұрыс болды және неге түзетілді', ru: 'Что было неверно и почему исправлено', en: 'What was wrong and why it was corrected' })),
  category: z
    .enum(categoryIds, oneOf('schema.what.category', categoryIds, (c) => labels('category', c)))
    .optional()
    .meta(meaning({ kk: 'Түзетілген санаты', ru: 'Исправленная категория', en: 'Corrected category' })),
  body: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .optional()
    .meta(meaning({ kk: 'Түзетілген жауапты орган', ru: 'Исправленный ответственный орган', en: 'Corrected responsible body' })),
  district: DistrictRef.optional().meta(meaning({ kk: 'Түзетілген ауданы немесе қаласы', ru: 'Исправленный район или город', en: 'Corrected district or city' })),
  settlement: SettlementRef.nullable()
    .optional()
    .meta(meaning({ kk: 'Түзетілген елді мекені; null — белгілі бір елді мекенде емес', ru: 'Исправленный населённый пункт; null — не в отдельном населённом пункте', en: 'Corrected settlement; null when in no particular settlement' })),
  measure: MeasureId.nullable()
    .optional()
    .meta(meaning({ kk: 'Түзетілген іс-қимыл жоспарының шарасы; null — ешбір шараға жатпайды', ru: 'Исправленная мера плана действий; null — не относится ни к одной мере', en: 'Corrected action-plan measure; null when it belongs to none' })),
}).refine((c) => issueDetailsFields.some((f) => c[f] !== undefined), { message: schemaMessage('schema.issue.correctsNothing') });

/** One entry of an issue's change log: appended, never rewritten. */
export const IssueChange = z.discriminatedUnion('kind', [ProgressNote, DeadlineChange, FinancingChange, TextCorrection, DetailsCorrection], {
  error: schemaMessage('schema.change.kind', { fix: msg('schema.kind.fix', { values: choicesOf(issueChangeKinds, (k) => issueChangeKindLabels[k]) }) }),
});
export type IssueChange = z.output<typeof IssueChange>;

/**
 * An issue or proposal a resident raised at a meeting. File:
 * `content/issues/{region}/{id}.json`.
 */
export const Issue = z.strictObject({
  id: IssueId.meta(
    meaning({
      kk: 'Мәселенің тұрақты идентификаторы, мысалы i-10-00042; қайта пайдаланылмайды',
      ru: 'Постоянный идентификатор вопроса, например i-10-00042; повторно не используется',
      en: 'Permanent issue id, e.g. i-10-00042; never reused',
    }),
  ),
  meetings: z
    .array(MeetingId)
    .min(1, schemaMessage('schema.issue.meetingsEmpty'))
    .meta(meaning({ kk: 'Мәселе көтерілген кездесулер', ru: 'Встречи, на которых был поднят вопрос', en: 'Meetings where the issue was raised' })),
  raised: IsoDate.meta(meaning({ kk: 'Мәселе алғаш көтерілген күн', ru: 'Дата, когда вопрос подняли впервые', en: 'Date the issue was first raised' })),
  /** Where the problem is. */
  place: z.strictObject({
    region: RegionRef,
    district: DistrictRef.optional(),
    settlement: SettlementRef.optional(),
  }),
  category: z
    .enum(categoryIds, oneOf('schema.what.category', categoryIds, (c) => labels('category', c)))
    .meta(meaning({ kk: 'Мәселенің санаты (әдістеме бетін қараңыз)', ru: 'Категория вопроса (см. страницу методологии)', en: 'Category of the issue (see the methodology page)' })),
  /** In any of kk/ru/en, as first published; corrections are entries in `changes`. */
  title: LocalizedText.meta(meaning({ kk: 'Мәселенің қысқаша атауы', ru: 'Краткое название вопроса', en: 'Short title of the issue' })),
  /** In any of kk/ru/en, as first published; corrections are entries in `changes`. */
  description: LocalizedText.meta(meaning({ kk: 'Тұрғындардың өтініші', ru: 'О чём просили жители', en: 'What residents asked' })),
  body: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .meta(meaning({ kk: 'Мәселені шешуге жауапты орган', ru: 'Орган, ответственный за решение вопроса', en: 'Body responsible for solving the issue' })),
  /** Status history, oldest first; the last entry is the current status. */
  history: z.array(StatusEvent).min(1, schemaMessage('schema.issue.historyEmpty')),
  /** As first published; later deadlines and moves are entries in `changes`. */
  deadline: IsoDate.optional().meta(
    meaning({ kk: 'Алғаш жарияланған шешу мерзімі', ru: 'Срок решения вопроса, как он был опубликован впервые', en: 'Date by which the issue was first to be solved, as first published' }),
  ),
  /** Money allocated for it, as first published; later decisions are entries in `changes`. */
  financing: z
    .strictObject({
      amountKzt: z
        .number(schemaMessage('schema.amount.type', { fix: msg('schema.amount.fix') }))
        .nonnegative(schemaMessage('schema.amount.negative'))
        .meta(meaning({ kk: 'Мәселені шешуге бөлінген қаражат, теңгемен', ru: 'Выделенные на решение вопроса средства, в тенге', en: 'Money allocated for the issue, in tenge' })),
      /** "other" is a company or a sponsor. */
      source: z
        .enum(financingSources, oneOf('schema.what.financingSource', financingSources, (s) => financingSourceLabels[s]))
        .meta(meaning({ kk: 'Қаржы көзі', ru: 'Источник средств', en: 'Where the money comes from' })),
      /** The maslikhat decision that approved it. */
      decision: MaslikhatDecision.optional(),
    })
    .optional(),
  measure: MeasureId.optional().meta(
    meaning({
      kk: 'Мәселе жататын ұлттық іс-қимыл жоспарының шарасы',
      ru: 'Мера национального плана действий, к которой относится вопрос',
      en: 'National action-plan measure the issue belongs to',
    }),
  ),
  /**
   * Everything else that happened after publication, oldest first: progress
   * notes, deadlines set or moved, financing decided or changed, corrections
   * of the title or description, and of the category, body, place or measure. Appended, never rewritten; the page shows
   * every entry.
   */
  changes: z.array(IssueChange).default([]),
  /** Set with a "duplicate" history entry. */
  duplicateOf: IssueId.optional().meta(
    meaning({
      kk: 'Бұл мәселе қайталайтын бастапқы мәселенің идентификаторы',
      ru: 'Идентификатор исходного вопроса, если этот вопрос его повторяет',
      en: 'Id of the original issue when this one repeats it',
    }),
  ),
});
/** An issue as stored: its category, body, place and measure as first published. */
export type IssueRecord = z.output<typeof Issue>;

/** The facts of an issue a `details` entry may correct, as first published. */
export type IssuePublished = Pick<IssueRecord, 'category' | 'body' | 'measure' | 'place'>;

/**
 * An issue as pages, figures, feeds and open data see it: the stored record
 * with its category, body, place and measure as corrected by `details`
 * entries; `published` keeps them as first published when a correction
 * changed any (src/lib/issues/changes.ts, `issueView`).
 */
export type Issue = IssueRecord & { published?: IssuePublished };
