import type { StatusId } from '../../vocabularies.ts';
/**
 * Colours of Kezdesu's charts and regional map. Categories use Paul Tol's
 * "muted" scheme and two-series charts Okabe–Ito blue and vermillion, both
 * chosen to stay distinct for colour-blind readers; the map uses single-hue
 * sequential scales, which read by lightness alone. The stylesheet outlines
 * every mark in `ink`, so even the palest fill has an edge of AA contrast
 * against the page, and text on a fill is whichever of `ink` or white
 * contrasts more.
 */

/** Page background behind every chart. */
export const background = '#ffffff';
/** Text and outlines (the site's text colour). */
export const ink = '#1b1b1b';
/** Secondary text: axis labels, baselines. */
export const muted = '#4b5459';

/** One colour per issue status (Tol muted): open ones light to dark, then the ways an issue closes. */
export const statusColours: Record<StatusId, string> = {
  received: '#DDCC77',
  'in-review': '#999933',
  planned: '#88CCEE',
  'in-progress': '#44AA99',
  resolved: '#117733',
  explained: '#332288',
  declined: '#CC6677',
  referred: '#AA4499',
  duplicate: '#882255',
};

/** Bars of a single series (Okabe–Ito blue). */
export const barColour = '#0072B2';
/** The second series of a pair, and what falls short (Okabe–Ito vermillion). */
export const contrastColour = '#D55E00';
/** Marks for "no value" (announced: not at all). */
export const noneColour = '#767676';

/** Five-step sequential scales of the regional map, light to dark, each step with text of AA contrast on it. */
export const sequentialSchemes = {
  blues: ['#eff3ff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'],
  oranges: ['#feedde', '#fdbe85', '#fd8d3c', '#a63603', '#6b2103'],
  purples: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3', '#3f007d'],
} as const satisfies Record<string, readonly string[]>;
export type SchemeName = keyof typeof sequentialSchemes;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour for a label on `fill`: ink or white, whichever contrasts more. */
export function textOn(fill: string): string {
  return contrastRatio(fill, ink) >= contrastRatio(fill, background) ? ink : background;
}
