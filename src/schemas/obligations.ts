/**
 * The public rules that meetings are held against, as a versioned table.
 * File: `content/obligations/rules.json`. Each version says the day it took
 * effect and its legal source; an amendment is a new version appended after
 * the others, never an edit, and a period is judged by the version in force
 * on its first day (src/lib/accountability/rules.ts). The numbers are data:
 * each deployment confirms them from the official texts.
 */
import { z } from 'zod';
import { schemaMessage } from '../lib/i18n/schema-messages.ts';
import { IsoDate, LocalizedText, meaning, oneOf, Slug, Url } from './common.ts';
import { announcementChannels, maslikhatActs, obligationHolders, obligationPeriods, obligationPlaces } from '../vocabularies.ts';




/** How often a holder must meet residents where. */
export const Frequency = z.strictObject({
  holder: z.enum(obligationHolders, oneOf('schema.what.obligationHolder', obligationHolders)),
  places: z.enum(obligationPlaces, oneOf('schema.what.obligationPlace', obligationPlaces)),
  every: z.enum(obligationPeriods, oneOf('schema.what.obligationPeriod', obligationPeriods)),
  /** Meetings required in each place (for `anywhere`: in all) per period. */
  times: z.int().positive(),
  note: LocalizedText.optional(),
});
export type Frequency = z.output<typeof Frequency>;

/** One version of the rules, in force from `effective` until the next version's. */
export const RulesVersion = z.strictObject({
  id: Slug.meta(meaning('field.obligations.rulesVersion.id')),
  effective: IsoDate.meta(meaning('field.obligations.rulesVersion.effective')),
  source: z.strictObject({
    title: LocalizedText.meta(meaning('field.obligations.rulesVersion.source.title')),
    url: Url.optional(),
  }),
  calendar: z.strictObject({
    /** Day of the year by which the calendar must be approved, `MM-DD`. */
    approveBy: z.string().regex(/^\d{2}-\d{2}$/, schemaMessage('schema.obligations.approveBy')),
    /** Whether the maslikhat agrees the calendar or is notified of it. */
    maslikhat: z.enum(maslikhatActs, oneOf('schema.what.maslikhatAct', maslikhatActs)),
  }),
  /** Channels every meeting must be announced in. */
  channels: z.array(z.enum(announcementChannels, oneOf('schema.what.channel', announcementChannels))).min(1),
  frequencies: z.array(Frequency).min(1),
});
export type RulesVersion = z.output<typeof RulesVersion>;

/** The rules table: versions oldest first, appended, never rewritten. */
export const Obligations = z.strictObject({ versions: z.array(RulesVersion).min(1) });
export type Obligations = z.output<typeof Obligations>;
