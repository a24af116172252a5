import { z } from 'zod';
import { bodies } from '../lib/taxonomy/bodies.ts';
import { IsoDate, LocalizedText, MeasureId, meaning, oneOf } from './common.ts';
import { bodyIds } from '../vocabularies.ts';
import { labels } from '../lib/i18n/labels.ts';

/**
 * A measure of the national action plan that groups many issues; its
 * progress is derived from them. File: `content/plan/measures.json`.
 */
export const Measure = z.strictObject({
  id: MeasureId.meta(meaning('field.measure.id')),
  title: LocalizedText.meta(meaning('field.measure.title')),
  ministry: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .meta(meaning('field.measure.ministry')),
  deadline: IsoDate.meta(meaning('field.measure.deadline')),
});
export type Measure = z.output<typeof Measure>;
