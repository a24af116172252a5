/**
 * The one `Accountability` of a build, reached from the content index the
 * pages, the open-data files and the API are made from: computed the first
 * time it is asked for and kept with that index, so every reader gets the
 * same object and no figure is computed twice.
 */
import type { ContentIndex } from '../content/indexes.ts';
import { accountability, type Accountability } from './compute.ts';

const computed = new WeakMap<ContentIndex['content'], Map<string, Accountability>>();

/** The accountability figures of the index's content as of its build day. */
export function accountabilityOf(model: Pick<ContentIndex, 'content' | 'asOf'>): Accountability {
  let byDay = computed.get(model.content);
  if (byDay === undefined) {
    byDay = new Map();
    computed.set(model.content, byDay);
  }
  let acc = byDay.get(model.asOf);
  if (acc === undefined) {
    acc = accountability(model.content, model.asOf);
    byDay.set(model.asOf, acc);
  }
  return acc;
}
