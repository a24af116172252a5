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
    .meta(meaning('field.issue.maslikhatDecision.session')),
  date: IsoDate.meta(meaning('field.issue.maslikhatDecision.date')),
  number: z
    .string()
    .trim()
    .min(1, schemaMessage('schema.issue.decisionEmpty'))
    .meta(meaning('field.issue.maslikhatDecision.number')),
  url: Url.optional().meta(meaning('field.issue.maslikhatDecision.url')),
});

/** One entry of an issue's status history. History is append-only. */
export const StatusEvent = z.strictObject({
  date: IsoDate.meta(meaning('field.issue.statusEvent.date')),
  status: z.enum(statusIds, oneOf('schema.what.status', statusIds, (s) => labels('status', s))).meta(meaning('field.issue.statusEvent.status')),
  /** Required for resolved, declined and reopening. */
  note: LocalizedText.optional().meta(meaning('field.issue.statusEvent.note')),
  /** Required for resolved. */
  evidence: z
    .array(Link)
    .default([])
    .meta(meaning('field.issue.statusEvent.evidence')),
  decision: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(meaning('field.issue.statusEvent.decision')),
  /** Required for referred. */
  referredTo: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .optional()
    .meta(meaning('field.issue.statusEvent.referredTo')),
});
export type StatusEvent = z.output<typeof StatusEvent>;


const changeDate = IsoDate.meta(meaning('field.issue.changeDate'));

/** Work reported without a change of status. */
export const ProgressNote = z.strictObject({
  kind: z.literal('progress'),
  date: changeDate,
  note: LocalizedText.meta(meaning('field.issue.progressNote.note')),
  evidence: z
    .array(Link)
    .default([])
    .meta(meaning('field.issue.progressNote.evidence')),
});

/** A deadline set after publication, or moved: the new date and why. The deadline first published stays in `deadline`. */
export const DeadlineChange = z.strictObject({
  kind: z.literal('deadline'),
  date: changeDate,
  deadline: IsoDate.meta(meaning('field.issue.deadlineChange.deadline')),
  reason: LocalizedText.meta(meaning('field.issue.deadlineChange.reason')),
  decision: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(meaning('field.issue.deadlineChange.decision')),
});

/** Money allocated after publication, or changed. The financing first published stays in `financing`. */
export const FinancingChange = z.strictObject({
  kind: z.literal('financing'),
  date: changeDate,
  amountKzt: z
    .number(schemaMessage('schema.amount.type', { fix: msg('schema.amount.fix') }))
    .nonnegative(schemaMessage('schema.amount.negative'))
    .meta(meaning('field.issue.financingChange.amountKzt')),
  source: z.enum(financingSources, oneOf('schema.what.financingSource', financingSources, (s) => financingSourceLabels[s])).meta(meaning('field.issue.financingChange.source')),
  decision: MaslikhatDecision.optional(),
  reason: LocalizedText.optional().meta(meaning('field.issue.financingChange.reason')),
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
    .meta(meaning('field.issue.textCorrection.field')),
  text: LocalizedText.meta(meaning('field.issue.textCorrection.text')),
  reason: LocalizedText.meta(meaning('field.issue.textCorrection.reason')),
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
  reason: LocalizedText.meta(meaning('field.issue.detailsCorrection.reason')),
  category: z
    .enum(categoryIds, oneOf('schema.what.category', categoryIds, (c) => labels('category', c)))
    .optional()
    .meta(meaning('field.issue.detailsCorrection.category')),
  body: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .optional()
    .meta(meaning('field.issue.detailsCorrection.body')),
  district: DistrictRef.optional().meta(meaning('field.issue.detailsCorrection.district')),
  settlement: SettlementRef.nullable()
    .optional()
    .meta(meaning('field.issue.detailsCorrection.settlement')),
  measure: MeasureId.nullable()
    .optional()
    .meta(meaning('field.issue.detailsCorrection.measure')),
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
  id: IssueId.meta(meaning('field.issue.id')),
  meetings: z
    .array(MeetingId)
    .min(1, schemaMessage('schema.issue.meetingsEmpty'))
    .meta(meaning('field.issue.meetings')),
  raised: IsoDate.meta(meaning('field.issue.raised')),
  /** Where the problem is. */
  place: z.strictObject({
    region: RegionRef,
    district: DistrictRef.optional(),
    settlement: SettlementRef.optional(),
  }),
  category: z
    .enum(categoryIds, oneOf('schema.what.category', categoryIds, (c) => labels('category', c)))
    .meta(meaning('field.issue.category')),
  /** In any of kk/ru/en, as first published; corrections are entries in `changes`. */
  title: LocalizedText.meta(meaning('field.issue.title')),
  /** In any of kk/ru/en, as first published; corrections are entries in `changes`. */
  description: LocalizedText.meta(meaning('field.issue.description')),
  body: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .meta(meaning('field.issue.body')),
  /** Status history, oldest first; the last entry is the current status. */
  history: z.array(StatusEvent).min(1, schemaMessage('schema.issue.historyEmpty')),
  /** As first published; later deadlines and moves are entries in `changes`. */
  deadline: IsoDate.optional().meta(meaning('field.issue.deadline')),
  /** Money allocated for it, as first published; later decisions are entries in `changes`. */
  financing: z
    .strictObject({
      amountKzt: z
        .number(schemaMessage('schema.amount.type', { fix: msg('schema.amount.fix') }))
        .nonnegative(schemaMessage('schema.amount.negative'))
        .meta(meaning('field.issue.financing.amountKzt')),
      /** "other" is a company or a sponsor. */
      source: z
        .enum(financingSources, oneOf('schema.what.financingSource', financingSources, (s) => financingSourceLabels[s]))
        .meta(meaning('field.issue.financing.source')),
      /** The maslikhat decision that approved it. */
      decision: MaslikhatDecision.optional(),
    })
    .optional(),
  measure: MeasureId.optional().meta(meaning('field.issue.measure')),
  /**
   * Everything else that happened after publication, oldest first: progress
   * notes, deadlines set or moved, financing decided or changed, corrections
   * of the title or description, and of the category, body, place or measure. Appended, never rewritten; the page shows
   * every entry.
   */
  changes: z.array(IssueChange).default([]),
  /** Set with a "duplicate" history entry. */
  duplicateOf: IssueId.optional().meta(meaning('field.issue.duplicateOf')),
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
