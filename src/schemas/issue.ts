import { z } from 'zod';
import { bodyIds } from '../lib/taxonomy/bodies.ts';
import { categoryIds } from '../lib/taxonomy/categories.ts';
import { statusIds } from '../lib/issues/status.ts';
import { IsoDate, IssueId, Kato, Link, LocalizedText, MeasureId, MeetingId, Url } from './common.ts';

const oneOf = (what: string, values: readonly string[]) => ({ error: `is not a ${what} — use one of: ${values.join(', ')}` });

export const financingSources = ['local', 'republican', 'other'] as const;

/** A maslikhat (local council) decision that approved money. */
export const MaslikhatDecision = z.strictObject({
  /** Session of the maslikhat, e.g. "XII". */
  session: z.string().trim().min(1, 'is empty — write the session number'),
  /** Date of the decision. */
  date: IsoDate,
  /** Number of the decision, e.g. "12/345". */
  number: z.string().trim().min(1, 'is empty — write the decision number'),
  /** Where the decision is published. */
  url: Url.optional(),
});

/** One entry of an issue's status history. History is append-only. */
export const StatusEvent = z.strictObject({
  /** Date of the change. */
  date: IsoDate,
  /** The status from that date on. */
  status: z.enum(statusIds, oneOf('status', statusIds)),
  /** What was done or decided; required for resolved, declined and reopening. */
  note: LocalizedText.optional(),
  /** Documents or photos that show it; required for resolved. */
  evidence: z.array(Link).default([]),
  /** Reference of the decision behind the change, e.g. an akimat resolution number. */
  decision: z.string().trim().min(1).optional(),
  /** The body the issue went to; required for referred. */
  referredTo: z.enum(bodyIds, oneOf('responsible body', bodyIds)).optional(),
});
export type StatusEvent = z.output<typeof StatusEvent>;

/**
 * An issue or proposal a resident raised at a meeting. File:
 * `content/issues/{region}/{id}.json`.
 */
export const Issue = z.strictObject({
  /** Permanent id, e.g. i-10-00042; never reused. */
  id: IssueId,
  /** Meetings where it was raised (at least one). */
  meetings: z.array(MeetingId).min(1, 'is empty — list the meeting where the issue was raised'),
  /** Date it was first raised. */
  raised: IsoDate,
  /** Where the problem is. */
  place: z.strictObject({
    /** Region slug. */
    region: z.string(),
    /** District slug within the region. */
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
  }),
  /** One category of the fixed taxonomy. */
  category: z.enum(categoryIds, oneOf('category', categoryIds)),
  /** Short title, in any of kk/ru/en. */
  title: LocalizedText,
  /** What the resident asked, in any of kk/ru/en. */
  description: LocalizedText,
  /** The body responsible for solving it. */
  body: z.enum(bodyIds, oneOf('responsible body', bodyIds)),
  /** Status history, oldest first; the last entry is the current status. */
  history: z.array(StatusEvent).min(1, 'is empty — start the history with a "received" entry'),
  /** Date by which it is to be solved. */
  deadline: IsoDate.optional(),
  /** Money decided for it. */
  financing: z
    .strictObject({
      /** Amount in tenge. */
      amountKzt: z.number('is not a number — write the amount in tenge without spaces, e.g. 12500000').nonnegative('is negative — write the amount in tenge'),
      /** Local budget, republican budget, or other (company, sponsor). */
      source: z.enum(financingSources, oneOf('financing source', financingSources)),
      /** The maslikhat decision that approved it. */
      decision: MaslikhatDecision.optional(),
    })
    .optional(),
  /** The national action-plan measure it belongs to. */
  measure: MeasureId.optional(),
  /** The issue this one repeats; set with a "duplicate" history entry. */
  duplicateOf: IssueId.optional(),
});
export type Issue = z.output<typeof Issue>;
