/**
 * Bar layouts for Kezdesu's charts: one stacked bar (a whole split into its
 * parts) and horizontal bars (one per category). Pure functions from
 * figures to rounded coordinates; the components in src/components/charts/
 * draw them, so the same figures always give the same SVG.
 */
import { scaleLinear } from 'd3';
import { round } from './geometry.ts';

/** One value of a chart, under a stable key (a status, category, month …). */
export interface Part {
  key: string;
  value: number;
}

export interface StackedSegment extends Part {
  x: number;
  width: number;
}

export interface StackedBarLayout {
  width: number;
  height: number;
  total: number;
  /** Parts with a value above 0, left to right in the order given. */
  segments: StackedSegment[];
}

/**
 * One bar of `width` split into the parts in the order given. Edges are
 * rounded where they fall on the running total, so segments meet without
 * gaps and their widths add up to the whole bar.
 */
export function stackedBar(parts: readonly Part[], width = 420, height = 32): StackedBarLayout {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const x = scaleLinear().domain([0, total === 0 ? 1 : total]).range([0, width]);
  const segments: StackedSegment[] = [];
  let running = 0;
  for (const part of parts) {
    if (part.value <= 0) continue;
    const x0 = round(x(running));
    running += part.value;
    segments.push({ ...part, x: x0, width: round(round(x(running)) - x0) });
  }
  return { width, height, total, segments };
}

export interface HorizontalBar extends Part {
  /** Baseline of the bar's label, written above the bar. */
  labelY: number;
  /** Top of the bar. */
  y: number;
  width: number;
  /** Where the value is written, just after the bar's end. */
  valueX: number;
}

export interface HorizontalBarsLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: HorizontalBar[];
}

/** Height of one row: a label line above a bar. */
export const barRowHeight = 40;

/**
 * One horizontal bar per part, each under its label, scaled to the largest
 * value with `valueSpace` left free on the right for the value. A value
 * above 0 always shows at least one unit of bar.
 */
export function horizontalBars(parts: readonly Part[], width = 420, valueSpace = 100): HorizontalBarsLayout {
  const max = Math.max(0, ...parts.map((p) => p.value));
  const x = scaleLinear().domain([0, max === 0 ? 1 : max]).range([0, width - valueSpace]);
  const barHeight = 14;
  const bars = parts.map((part, i) => {
    const top = i * barRowHeight;
    const barWidth = part.value > 0 ? Math.max(1, round(x(part.value))) : 0;
    return { ...part, labelY: top + 14, y: top + 19, width: barWidth, valueX: round(barWidth + 6) };
  });
  return { width, height: parts.length * barRowHeight, barHeight, bars };
}
