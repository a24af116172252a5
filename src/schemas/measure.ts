import { z } from 'zod';
import { bodyIds } from '../lib/taxonomy/bodies.ts';
import { IsoDate, LocalizedText, MeasureId } from './common.ts';

/**
 * A measure of the national action plan that groups many issues; its
 * progress is derived from them. File: `content/plan/measures.json`.
 */
export const Measure = z.strictObject({
  /** Permanent id, e.g. ap-007. */
  id: MeasureId,
  /** What the measure does. */
  title: LocalizedText,
  /** The ministry responsible for it. */
  ministry: z.enum(bodyIds, { error: `is not a responsible body — use one of: ${bodyIds.join(', ')}` }),
  /** Date by which it is to be done. */
  deadline: IsoDate,
});
export type Measure = z.output<typeof Measure>;
