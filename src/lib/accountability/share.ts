/**
 * A part of a whole, as every accountability figure gives it. No league
 * table from a handful of events: when the whole is fewer than
 * `minimumForPercent` events there is no percentage, and the page says
 * "3 of 4" instead.
 */

/** Fewer events than this give a count ("3 of 4"), never a percentage. */
export const minimumForPercent = 5;

/** `count` of `of`; `percent` (0–100, one decimal) only when `of` is at least `minimumForPercent`. */
export interface Share {
  count: number;
  of: number;
  /** 100 × count / of, rounded to one decimal; undefined when `of` < 5 (the page shows "count of of"). */
  percent?: number;
}

/** A share, with its percentage only when it rests on at least 5 events. */
export function share(count: number, of: number): Share {
  if (of < minimumForPercent) return { count, of };
  return { count, of, percent: Math.round((count / of) * 1000) / 10 };
}
