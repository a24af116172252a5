/**
 * The regional map's layout: a tile-grid cartogram, one equal square per
 * region placed on the grid given by content/geo/tiles.json, coloured by the
 * class of its value on a sequential scale. Pure: the same tiles and values
 * give the same coordinates and colours.
 */
import { scaleLinear } from 'd3';
import { background, ink, textOn } from './palette.ts';

/** A region's place on the grid (a square of content/geo/tiles.json). */
export interface TilePlacement {
  region: string;
  column: number;
  row: number;
}

/** A span of values drawn in one colour; the last span includes its `to`. */
export interface MapClass {
  from: number;
  to: number;
  fill: string;
}

export interface MapTile {
  region: string;
  x: number;
  y: number;
  /** null when the region has nothing to measure (no issues, no held meetings). */
  value: number | null;
  fill: string;
  /** Text colour on the fill, of AA contrast. */
  text: string;
}

export interface TileMapLayout {
  width: number;
  height: number;
  /** Side of a square. */
  size: number;
  tiles: MapTile[];
  classes: MapClass[];
}

/** Side of a square and the gap between squares, in SVG units. */
export const tileSize = 72;
export const tileGap = 4;

/**
 * Spans of round numbers covering every value, at most one per colour of
 * `scheme`, with colours spread over the scheme (light to dark). One span
 * when all values are equal, none when there are no values.
 */
export function mapClasses(values: readonly number[], scheme: readonly string[]): MapClass[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return [{ from: lo, to: hi, fill: scheme[Math.floor(scheme.length / 2)]! }];
  let edges: number[] = [];
  for (let count = scheme.length; count >= 1; count--) {
    const scale = scaleLinear().domain([lo, hi]).nice(count);
    edges = scale.ticks(count);
    const [d0, d1] = scale.domain() as [number, number];
    if (edges[0] !== d0) edges.unshift(d0);
    if (edges[edges.length - 1] !== d1) edges.push(d1);
    if (edges.length - 1 <= scheme.length) break;
  }
  const k = edges.length - 1;
  return edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, fill: scheme[k === 1 ? Math.floor(scheme.length / 2) : Math.round((i * (scheme.length - 1)) / (k - 1))]! }));
}

/** The span a value falls in (the last one includes its upper end). */
export function classOf(value: number, classes: readonly MapClass[]): MapClass | undefined {
  for (let i = classes.length - 1; i >= 0; i--) if (value >= classes[i]!.from) return classes[i];
  return classes[0];
}

/** The map: each placed region's square, coloured by its value; regions without a value are left white. */
export function tileMap(placements: readonly TilePlacement[], values: ReadonlyMap<string, number | null>, scheme: readonly string[]): TileMapLayout {
  const pitch = tileSize + tileGap;
  const defined = placements.map((p) => values.get(p.region)).filter((v): v is number => v !== null && v !== undefined);
  const classes = mapClasses(defined, scheme);
  const tiles = placements.map((p) => {
    const value = values.get(p.region) ?? null;
    const fill = value === null ? background : (classOf(value, classes)?.fill ?? background);
    return { region: p.region, x: p.column * pitch, y: p.row * pitch, value, fill, text: value === null ? ink : textOn(fill) };
  });
  const columns = Math.max(0, ...placements.map((p) => p.column + 1));
  const rows = Math.max(0, ...placements.map((p) => p.row + 1));
  return { width: Math.max(0, columns * pitch - tileGap), height: Math.max(0, rows * pitch - tileGap), size: tileSize, tiles, classes };
}

/** Baselines, from the top of a square, of its label lines (one or two) and then its value. */
export function tileTextRows(labelLines: number): number[] {
  return labelLines >= 2 ? [21, 35, 57] : [28, 52];
}
