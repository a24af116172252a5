/** Chart and map layouts: the geometry of small fixtures, bars that add up, empty and single values, and colours of AA contrast. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { horizontalBars, stackedBar } from '../../src/lib/charts/bars.ts';
import { columnChart, labelStep } from '../../src/lib/charts/columns.ts';
import { background, barColour, contrastColour, contrastRatio, ink, muted, noneColour, sequentialSchemes, statusColours, textOn } from '../../src/lib/charts/palette.ts';
import { classOf, mapClasses, tileMap, tileSize } from '../../src/lib/charts/tile-map.ts';
import { declarationsFor, resolveVariables } from '../support/stylesheet.ts';

describe('stackedBar', () => {
  it('lays out a small fixture', () => {
    expect(stackedBar([{ key: 'a', value: 1 }, { key: 'b', value: 0 }, { key: 'c', value: 2 }], 300, 20)).toMatchInlineSnapshot(`
      {
        "height": 20,
        "segments": [
          {
            "key": "a",
            "value": 1,
            "width": 100,
            "x": 0,
          },
          {
            "key": "c",
            "value": 2,
            "width": 200,
            "x": 100,
          },
        ],
        "total": 3,
        "width": 300,
      }
    `);
  });

  it('has segments that meet and add up to the whole bar and the total, whatever the rounding', () => {
    const parts = [7, 13, 1, 0, 29, 3, 101, 2, 5].map((value, i) => ({ key: `s${i}`, value }));
    const bar = stackedBar(parts, 420);
    expect(bar.total).toBe(161);
    expect(bar.segments.reduce((sum, s) => sum + s.value, 0)).toBe(161);
    expect(bar.segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(420, 6);
    for (let i = 1; i < bar.segments.length; i++) {
      const before = bar.segments[i - 1]!;
      expect(bar.segments[i]!.x).toBeCloseTo(before.x + before.width, 6);
    }
  });

  it('draws nothing, without NaN, for no data or only zeros, and the whole bar for one value', () => {
    expect(stackedBar([]).segments).toEqual([]);
    expect(stackedBar([{ key: 'a', value: 0 }]).segments).toEqual([]);
    expect(stackedBar([{ key: 'a', value: 5 }], 420).segments).toEqual([{ key: 'a', value: 5, x: 0, width: 420 }]);
  });
});

describe('horizontalBars', () => {
  it('lays out a small fixture, the largest bar filling the room left of its value', () => {
    expect(horizontalBars([{ key: 'gas', value: 4 }, { key: 'water', value: 1 }, { key: 'health', value: 0 }], 200, 100)).toMatchInlineSnapshot(`
      {
        "barHeight": 14,
        "bars": [
          {
            "key": "gas",
            "labelY": 14,
            "value": 4,
            "valueX": 106,
            "width": 100,
            "y": 19,
          },
          {
            "key": "water",
            "labelY": 54,
            "value": 1,
            "valueX": 31,
            "width": 25,
            "y": 59,
          },
          {
            "key": "health",
            "labelY": 94,
            "value": 0,
            "valueX": 6,
            "width": 0,
            "y": 99,
          },
        ],
        "height": 120,
        "width": 200,
      }
    `);
  });

  it('keeps bars in proportion to their values and shows the smallest value above 0', () => {
    const { bars } = horizontalBars([{ key: 'a', value: 100_000 }, { key: 'b', value: 50_000 }, { key: 'c', value: 1 }], 420, 100);
    expect(bars[1]!.width * 2).toBeCloseTo(bars[0]!.width, 0);
    expect(bars[2]!.width).toBeGreaterThanOrEqual(1);
  });

  it('handles no bars, and bars that are all 0', () => {
    expect(horizontalBars([])).toEqual({ width: 420, height: 0, barHeight: 14, bars: [] });
    expect(horizontalBars([{ key: 'a', value: 0 }]).bars[0]!.width).toBe(0);
  });
});

describe('columnChart', () => {
  it('lays out a small fixture of two series', () => {
    const layout = columnChart(
      [
        { key: '2026-01', values: [{ series: 'raised', value: 4 }, { series: 'resolved', value: 0 }] },
        { key: '2026-02', values: [{ series: 'raised', value: 2 }, { series: 'resolved', value: 3 }] },
      ],
      { width: 200, height: 100, left: 20, bottom: 20, top: 10 },
    );
    expect(layout).toMatchInlineSnapshot(`
      {
        "baseY": 80,
        "columns": [
          {
            "height": 70,
            "key": "2026-01",
            "series": "raised",
            "value": 4,
            "width": 34.5,
            "x": 29,
            "y": 10,
          },
          {
            "height": 0,
            "key": "2026-01",
            "series": "resolved",
            "value": 0,
            "width": 34.5,
            "x": 66.5,
            "y": 80,
          },
          {
            "height": 35,
            "key": "2026-02",
            "series": "raised",
            "value": 2,
            "width": 34.5,
            "x": 119,
            "y": 45,
          },
          {
            "height": 52.5,
            "key": "2026-02",
            "series": "resolved",
            "value": 3,
            "width": 34.5,
            "x": 156.5,
            "y": 27.5,
          },
        ],
        "groups": [
          {
            "key": "2026-01",
            "x": 65,
          },
          {
            "key": "2026-02",
            "x": 155,
          },
        ],
        "height": 100,
        "left": 20,
        "ticks": [
          {
            "value": 0,
            "y": 80,
          },
          {
            "value": 1,
            "y": 62.5,
          },
          {
            "value": 2,
            "y": 45,
          },
          {
            "value": 3,
            "y": 27.5,
          },
          {
            "value": 4,
            "y": 10,
          },
        ],
        "width": 200,
      }
    `);
  });

  it('puts every column on the baseline, with heights in proportion to the values', () => {
    const layout = columnChart([10, 20, 5].map((value, i) => ({ key: `b${i}`, values: [{ series: 'n', value }] })));
    for (const c of layout.columns) expect(c.y + c.height).toBeCloseTo(layout.baseY, 6);
    expect(layout.columns[1]!.height).toBeCloseTo(layout.columns[0]!.height * 2, 0);
  });

  it('handles no groups, all zeros and one value', () => {
    expect(columnChart([]).columns).toEqual([]);
    const zeros = columnChart([{ key: 'a', values: [{ series: 'n', value: 0 }] }]);
    expect(zeros.columns[0]!.height).toBe(0);
    expect(zeros.ticks.every((t) => Number.isFinite(t.y))).toBe(true);
    const one = columnChart([{ key: 'a', values: [{ series: 'n', value: 7 }] }]);
    expect(one.columns[0]!.height).toBeGreaterThan(0);
  });

  it('writes fewer group labels as groups get many', () => {
    expect(labelStep(6)).toBe(1);
    expect(labelStep(24)).toBe(3);
  });
});

describe('tileMap', () => {
  const placements = [
    { region: 'a', column: 0, row: 0 },
    { region: 'b', column: 1, row: 0 },
    { region: 'c', column: 1, row: 1 },
  ];

  it('lays out a small fixture, leaving a region without a value white', () => {
    const values = new Map<string, number | null>([['a', 10], ['b', 40], ['c', null]]);
    expect(tileMap(placements, values, sequentialSchemes.blues)).toMatchInlineSnapshot(`
      {
        "classes": [
          {
            "fill": "#eff3ff",
            "from": 10,
            "to": 20,
          },
          {
            "fill": "#6baed6",
            "from": 20,
            "to": 30,
          },
          {
            "fill": "#08306b",
            "from": 30,
            "to": 40,
          },
        ],
        "height": 148,
        "size": 72,
        "tiles": [
          {
            "fill": "#eff3ff",
            "region": "a",
            "text": "#1b1b1b",
            "value": 10,
            "x": 0,
            "y": 0,
          },
          {
            "fill": "#08306b",
            "region": "b",
            "text": "#ffffff",
            "value": 40,
            "x": 76,
            "y": 0,
          },
          {
            "fill": "#ffffff",
            "region": "c",
            "text": "#1b1b1b",
            "value": null,
            "x": 76,
            "y": 76,
          },
        ],
        "width": 148,
      }
    `);
  });

  it('never puts two regions on one square, each a whole square', () => {
    const { tiles, size } = tileMap(placements, new Map(), sequentialSchemes.blues);
    expect(new Set(tiles.map((t) => `${t.x},${t.y}`)).size).toBe(tiles.length);
    expect(size).toBe(tileSize);
  });

  it('gives one class when all values are equal, none without values', () => {
    expect(mapClasses([], sequentialSchemes.blues)).toEqual([]);
    expect(mapClasses([3, 3], sequentialSchemes.blues)).toEqual([{ from: 3, to: 3, fill: '#6baed6' }]);
    expect(mapClasses([0.25], sequentialSchemes.oranges)).toHaveLength(1);
  });

  it('covers every value with classes of round edges, at most one per colour, each value in the class that holds it', () => {
    const values = [0.31, 0.52, 0.44, 0.38, 0.47];
    const classes = mapClasses(values, sequentialSchemes.blues);
    expect(classes.length).toBeLessThanOrEqual(5);
    expect(classes[0]!.from).toBeLessThanOrEqual(0.31);
    expect(classes[classes.length - 1]!.to).toBeGreaterThanOrEqual(0.52);
    for (const v of values) {
      const c = classOf(v, classes)!;
      expect(v >= c.from && v <= c.to).toBe(true);
    }
    const counts = mapClasses([0, 7, 1234], sequentialSchemes.purples);
    expect(counts.every((c) => Number.isInteger(c.from) && Number.isInteger(c.to))).toBe(true);
  });
});

describe('palette', () => {
  it('has text of AA contrast (4.5:1) on the page, and on every map colour', () => {
    expect(contrastRatio(ink, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(muted, background)).toBeGreaterThanOrEqual(4.5);
    for (const scheme of Object.values(sequentialSchemes)) for (const fill of scheme) expect(contrastRatio(textOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5);
  });

  it('has single-series marks of 3:1 contrast against the page', () => {
    for (const colour of [barColour, contrastColour, noneColour]) expect(contrastRatio(colour, background), colour).toBeGreaterThanOrEqual(3);
  });

  // A status is drawn as a <rect> filled with its colour in the stacked bar (<svg class="plot">,
  // StatusChart.astro) and in its legend swatch (<svg class="swatch">, Swatch.astro); neither sets a
  // stroke itself: the stylesheet outlines both. A pale fill (received, #DDCC77, is 1.6:1 on white) is
  // seen by that outline, so the outline must have 3:1 against the page wherever the fill has not.
  it('gives every status mark an edge of 3:1 against the page: its own fill, or the outline the stylesheet draws around it', () => {
    const css = readFileSync('src/styles/base.css', 'utf8');
    const pale = Object.entries(statusColours).filter(([, colour]) => contrastRatio(colour, background) < 3);
    // Some fills are too pale on their own, so the outline is what makes them visible.
    expect(pale.map(([status]) => status).sort()).toEqual(['in-progress', 'planned', 'received']);
    for (const [mark, defaultWidth] of [['.plot rect', '1'], ['.swatch rect', undefined]] as const) {
      const rule = declarationsFor(css, mark);
      const stroke = resolveVariables(css, rule.get('stroke') ?? 'none');
      const width = Number.parseFloat(rule.get('stroke-width') ?? defaultWidth ?? '0');
      for (const [status, colour] of pale) {
        expect(stroke, `${mark} of ${status} (${colour}) needs an outline`).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrastRatio(stroke, background), `outline of ${mark}, ${status} (${colour})`).toBeGreaterThanOrEqual(3);
        expect(width, `outline width of ${mark}, ${status}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('gives every status its own colour', () => {
    expect(new Set(Object.values(statusColours)).size).toBe(Object.keys(statusColours).length);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
