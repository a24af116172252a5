/**
 * Vertical column layouts for Kezdesu's charts: distributions (one column per
 * span of days) and series side by side per month. A pure function from
 * figures to rounded coordinates, with value-axis ticks at round numbers.
 */
import { scaleBand, scaleLinear } from 'd3';
import { round } from './geometry.ts';

/** One group of columns along the horizontal axis (a month, a span of days) with a value per series. */
export interface ColumnGroup {
  key: string;
  values: readonly { series: string; value: number }[];
}

export interface Column {
  key: string;
  series: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ColumnsLayout {
  width: number;
  height: number;
  /** The baseline (value 0). */
  baseY: number;
  /** Left edge of the plot; value ticks are written to its left. */
  left: number;
  columns: Column[];
  /** Centre of each group, for its label under the baseline. */
  groups: { key: string; x: number }[];
  /** Round values on the value axis with their height. */
  ticks: { value: number; y: number }[];
}

export interface ColumnsOptions {
  width?: number;
  height?: number;
  /** Room left of the plot for tick labels. */
  left?: number;
  /** Room under the baseline for group labels. */
  bottom?: number;
  /** Room above the plot for the tallest column's value. */
  top?: number;
}

/**
 * Groups of columns, side by side, on a value axis from 0 to a round number
 * at or above the largest value. Every group has the same series, in order.
 */
export function columnChart(groups: readonly ColumnGroup[], options: ColumnsOptions = {}): ColumnsLayout {
  const { width = 420, height = 200, left = 44, bottom = 24, top = 18 } = options;
  const baseY = height - bottom;
  const max = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v.value)));
  const y = scaleLinear().domain([0, max === 0 ? 1 : max]).nice(4).range([baseY, top]);
  const outer = scaleBand<string>().domain(groups.map((g) => g.key)).range([left, width]).paddingInner(0.2).paddingOuter(0.1);
  const series = groups[0]?.values.map((v) => v.series) ?? [];
  const inner = scaleBand<string>().domain(series).range([0, outer.bandwidth()]).paddingInner(0.08);
  const columns: Column[] = [];
  for (const group of groups) {
    for (const { series: s, value } of group.values) {
      const x = round((outer(group.key) ?? 0) + (inner(s) ?? 0));
      const top = value > 0 ? Math.min(round(y(value)), baseY - 1) : baseY;
      columns.push({ key: group.key, series: s, value, x, y: top, width: round(inner.bandwidth()), height: round(baseY - top) });
    }
  }
  return {
    width,
    height,
    baseY,
    left,
    columns,
    groups: groups.map((g) => ({ key: g.key, x: round((outer(g.key) ?? 0) + outer.bandwidth() / 2) })),
    ticks: y.ticks(4).map((value) => ({ value, y: round(y(value)) })),
  };
}

/** Every `step`-th group label is written (the first always), so labels of many narrow groups do not collide. */
export function labelStep(groups: number, width = 420, labelWidth = 40): number {
  return Math.max(1, Math.ceil((groups * labelWidth) / width));
}
