/** Shared by every chart layout: coordinates are rounded so the same figures always give the same bytes. */

/** A coordinate rounded to a tenth of a unit. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
