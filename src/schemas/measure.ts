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
  id: MeasureId.meta(meaning({ kk: 'Шараның тұрақты идентификаторы, мысалы ap-007', ru: 'Постоянный идентификатор меры, например ap-007', en: 'Permanent measure id, e.g. ap-007' })),
  title: LocalizedText.meta(meaning({ kk: 'Шараның мазмұны', ru: 'Содержание меры', en: 'What the measure does' })),
  ministry: z
    .enum(bodyIds, oneOf('schema.what.responsibleBody', bodyIds, (b) => labels('body', b)))
    .meta(meaning({ kk: 'Шараға жауапты министрлік', ru: 'Министерство, ответственное за меру', en: 'Ministry responsible for the measure' })),
  deadline: IsoDate.meta(meaning({ kk: 'Шараны орындау мерзімі', ru: 'Срок выполнения меры', en: 'Date by which the measure is to be done' })),
});
export type Measure = z.output<typeof Measure>;
