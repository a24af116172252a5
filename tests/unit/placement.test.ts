/**
 * Merging units into the folder the last merge filled: only the changed units
 * are replaced, and a file several units write (the stylesheet, Pagefind's
 * worker) is placed once, by whichever unit placed it last time, however the
 * new merge orders the units. A runner that builds one shard keeps only its
 * units, and of the pages its Astro runs rendered only theirs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Placer, placeUnits, pruneUnits, type UnitFiles } from '../../src/lib/build/work.ts';
import { tempFolder } from '../support/temp.ts';

const root = tempFolder('kezdesu-placement-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a unit's cached output: files by path and text. */
function cached(name: string, files: Record<string, string>): string {
  const dir = join(root, 'cache', name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The stylesheet every Astro run writes. */
const sheet = 'body { margin: 0 }';

const unit = (name: string, inputs: string, dir: string): UnitFiles => ({ unit: name, inputs, folders: [{ from: dir }] });

/** Every file under dir with its text. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

describe('placing units into the last merge\'s folder', () => {
  const out = join(root, 'dist');
  const style = 'body { margin: 0 }';

  it('replaces every changed unit, with the shared file placed once, when the units come in another order than last time', () => {
    // Last merge: abay, then core; abay placed the stylesheet, core found it there.
    const abay1 = cached('abay-1', { '_astro/site.css': style, 'kk/regions/abay/index.html': 'Abay 1' });
    const core1 = cached('core-1', { '_astro/site.css': style, 'kk/index.html': 'Overview 1' });
    const first = placeUnits([unit('pages:abay', 'a1', abay1), unit('pages:core', 'c1', core1)], out);
    expect(first.placement.units['pages:abay']?.files.sort()).toEqual(['_astro/site.css', 'kk/regions/abay/index.html']);
    expect(first.placement.units['pages:core']?.files).toEqual(['kk/index.html']);

    // Both changed; this merge meets core first. Core must not find abay's old stylesheet in its way.
    const abay2 = cached('abay-2', { '_astro/site.css': style, 'kk/regions/abay/index.html': 'Abay 2' });
    const core2 = cached('core-2', { '_astro/site.css': style, 'kk/index.html': 'Overview 2' });
    const second = placeUnits([unit('pages:core', 'c2', core2), unit('pages:abay', 'a2', abay2)], out, first.placement);
    expect(second.replaced).toBe(2);
    expect(tree(out)).toEqual({ '_astro/site.css': style, 'kk/index.html': 'Overview 2', 'kk/regions/abay/index.html': 'Abay 2' });
  });

  it('keeps a reused unit\'s files, a changed unit finding the shared file its reused owner placed, and removes a unit that is gone', () => {
    const out2 = join(root, 'dist-2');
    const abay1 = cached('b-abay-1', { '_astro/site.css': style, 'kk/regions/abay/index.html': 'Abay 1' });
    const core1 = cached('b-core-1', { '_astro/site.css': style, 'kk/index.html': 'Overview 1' });
    const gone = cached('b-gone', { 'kk/regions/old/index.html': 'A region no longer built' });
    const first = placeUnits([unit('pages:abay', 'a1', abay1), unit('pages:core', 'c1', core1), unit('pages:old', 'o1', gone)], out2);
    // Core changed and comes first; abay, the stylesheet's owner, is reused; the old unit is gone.
    const core2 = cached('b-core-2', { '_astro/site.css': style, 'kk/index.html': 'Overview 2' });
    const second = placeUnits([unit('pages:core', 'c2', core2), unit('pages:abay', 'a1', abay1)], out2, first.placement);
    expect(second.replaced).toBe(1);
    expect(tree(out2)).toEqual({ '_astro/site.css': style, 'kk/index.html': 'Overview 2', 'kk/regions/abay/index.html': 'Abay 1' });
    expect(Object.keys(second.placement.units).sort()).toEqual(['pages:abay', 'pages:core']);
  });

  it('refuses a shared file two units wrote differently', () => {
    const a = cached('c-a', { '_astro/site.css': style });
    const b = cached('c-b', { '_astro/site.css': 'body { margin: 1px }' });
    expect(() => placeUnits([unit('pages:a', '1', a), unit('pages:b', '1', b)], join(root, 'dist-3'))).toThrow(/_astro\/site\.css differs/);
  });
});

describe('placing units into a folder of the site', () => {
  it('places a file two units wrote alike under one folder once, and refuses one they wrote differently, naming both copies', () => {
    const under = (name: string, dir: string): UnitFiles => ({ unit: name, inputs: '1', folders: [{ from: dir, under: 'pagefind/2026-01' }] });
    const kk = cached('d-kk', { 'pagefind-kk.pf_meta': 'kk', 'shared.bin': 'same' });
    const ru = cached('d-ru', { 'pagefind-ru.pf_meta': 'ru', 'shared.bin': 'same' });
    const out = join(root, 'dist-4');
    const done = placeUnits([under('search:kk:2026-01', kk), under('search:ru:2026-01', ru)], out);
    expect(done.placement.units['search:kk:2026-01']?.files.sort()).toEqual(['pagefind/2026-01/pagefind-kk.pf_meta', 'pagefind/2026-01/shared.bin']);
    expect(done.placement.units['search:ru:2026-01']?.files).toEqual(['pagefind/2026-01/pagefind-ru.pf_meta']);
    expect(tree(out)).toEqual({ 'pagefind/2026-01/pagefind-kk.pf_meta': 'kk', 'pagefind/2026-01/pagefind-ru.pf_meta': 'ru', 'pagefind/2026-01/shared.bin': 'same' });

    const en = cached('d-en', { 'shared.bin': 'other' });
    expect(() => placeUnits([under('search:kk:2026-01', kk), under('search:en:2026-01', en)], join(root, 'dist-5'))).toThrow(
      `pagefind/2026-01/shared.bin differs between ${join(kk, 'shared.bin')} and ${join(en, 'shared.bin')}`,
    );
  });
});

describe('moving units into an empty folder (the merge\'s runner, which keeps no cache)', () => {
  /** Moves the units into `out` as the merge does with --move; the placement. */
  const move = (units: UnitFiles[], out: string) => {
    const placer = new Placer(out, units, undefined, true);
    placer.place(units);
    return placer.placement;
  };

  it('gives the site the files linking would, each unit\'s own, the one Astro run\'s two regions apart, and uses the units up', () => {
    // One Astro run rendered Abay's and Akmola's pages into one folder; each unit lists its own files.
    const run = cached('e-run', {
      'kk/issues/i-10-00001/index.html': 'Abay issue',
      'kk/issues/i-11-00001/index.html': 'Akmola issue',
      'kk/regions/abay/index.html': 'Abay',
      'kk/regions/abay/districts/d-1/index.html': 'Abay district',
      'kk/regions/akmola/index.html': 'Akmola',
    });
    const pages = (name: string, files: string[]): UnitFiles => ({ unit: name, inputs: '1', folders: [{ from: run, files: files.map((f) => f.split('/').join(sep)), owned: 3 }] });
    const abayFiles = ['kk/issues/i-10-00001/index.html', 'kk/regions/abay/index.html', 'kk/regions/abay/districts/d-1/index.html'];
    const akmolaFiles = ['kk/issues/i-11-00001/index.html', 'kk/regions/akmola/index.html'];
    const core = cached('e-core', { '_astro/site.css': sheet, 'kk/index.html': 'Overview' });
    const data = cached('e-data', { '_astro/site.css': sheet, 'data/issues.csv': 'id' });
    const search = (name: string, dir: string): UnitFiles => ({ unit: name, inputs: '1', folders: [{ from: dir, under: 'pagefind/2026-01', skip: (f) => f === 'pagefind-entry.json' }] });
    const kk = cached('e-kk', { 'pagefind-entry.json': '{}', 'fragment/kk-1.pf_fragment': 'kk', 'wasm.bin': 'same' });
    const ru = cached('e-ru', { 'pagefind-entry.json': '{}', 'fragment/ru-1.pf_fragment': 'ru', 'wasm.bin': 'same' });
    const out = join(root, 'dist-move');
    const placement = move(
      [pages('pages:abay', abayFiles), pages('pages:akmola', akmolaFiles), { unit: 'pages:core', inputs: '1', folders: [{ from: core }] }, { unit: 'data', inputs: '1', folders: [{ from: data }] }, search('search:kk:2026-01', kk), search('search:ru:2026-01', ru)],
      out,
    );
    expect(tree(out)).toEqual({
      '_astro/site.css': sheet,
      'data/issues.csv': 'id',
      'kk/index.html': 'Overview',
      'kk/issues/i-10-00001/index.html': 'Abay issue',
      'kk/issues/i-11-00001/index.html': 'Akmola issue',
      'kk/regions/abay/index.html': 'Abay',
      'kk/regions/abay/districts/d-1/index.html': 'Abay district',
      'kk/regions/akmola/index.html': 'Akmola',
      'pagefind/2026-01/fragment/kk-1.pf_fragment': 'kk',
      'pagefind/2026-01/fragment/ru-1.pf_fragment': 'ru',
      'pagefind/2026-01/wasm.bin': 'same',
    });
    const files = (name: string) => placement.units[name]?.files.map((f) => f.split(sep).join('/')).sort();
    expect(files('pages:abay')).toEqual([...abayFiles].sort());
    expect(files('pages:akmola')).toEqual([...akmolaFiles].sort());
    expect(files('data')).toEqual(['data/issues.csv']);
    expect(files('search:ru:2026-01')).toEqual(['pagefind/2026-01/fragment/ru-1.pf_fragment']);
    // Moved, not copied: the Astro run's folder holds no page any more; what was not placed (the entry files, which
    // the merge joins, and the copies of a file another unit placed) stays.
    expect(tree(run)).toEqual({});
    expect(tree(kk)).toEqual({ 'pagefind-entry.json': '{}' });
    expect(tree(ru)).toEqual({ 'pagefind-entry.json': '{}', 'wasm.bin': 'same' });
    expect(existsSync(join(data, '_astro', 'site.css'))).toBe(true);
  });

  it('refuses a file two units wrote differently, and a folder a merge filled before', () => {
    const a = cached('f-a', { '_astro/site.css': sheet });
    const b = cached('f-b', { '_astro/site.css': 'body { margin: 1px }' });
    expect(() => move([unit('pages:a', '1', a), unit('pages:b', '1', b)], join(root, 'dist-move-2'))).toThrow(/_astro\/site\.css differs/);
    const c = cached('f-c', { 'kk/index.html': 'Overview' });
    const first = placeUnits([unit('pages:core', '1', c)], join(root, 'dist-move-3'));
    expect(() => new Placer(join(root, 'dist-move-3'), [unit('pages:core', '1', c)], first.placement, true)).toThrow(/empty folder/);
  });
});

describe('a runner keeping only its own shard\'s units', () => {
  it('keeps its pages in the folder of the Astro run that rendered them, and drops the other units and their pages', () => {
    const work = join(root, 'work-prune');
    // One Astro run rendered the pages of two regions; a search unit of another shard is in the cache too.
    const batch = 'pages-1-of-2-x';
    const files = { abay: ['kk/regions/abay/index.html', 'kk/issues/i-10-00001/index.html'], akmola: ['kk/regions/akmola/index.html', 'kk/issues/i-11-00001/index.html'] };
    for (const [region, list] of Object.entries(files)) {
      for (const file of list) {
        mkdirSync(dirname(join(work, 'units', batch, 'site', file)), { recursive: true });
        writeFileSync(join(work, 'units', batch, 'site', file), region);
      }
      mkdirSync(join(work, 'units', `pages-${region}`), { recursive: true });
      writeFileSync(join(work, 'units', `pages-${region}`, 'unit.json'), JSON.stringify({ unit: `pages:${region}`, inputs: 'i', pages: { batch, files: list }, seconds: 1 }));
    }
    mkdirSync(join(work, 'units', 'search-kk-2026-01', 'search'), { recursive: true });
    writeFileSync(join(work, 'units', 'search-kk-2026-01', 'unit.json'), '{}');

    pruneUnits(work, ['pages:abay']);

    expect(readdirSync(join(work, 'units')).sort()).toEqual([batch, 'pages-abay']);
    expect(tree(join(work, 'units', batch, 'site'))).toEqual({ 'kk/regions/abay/index.html': 'abay', 'kk/issues/i-10-00001/index.html': 'abay' });
    // The folders akmola's pages leave empty go with them.
    expect(readdirSync(join(work, 'units', batch, 'site', 'kk', 'issues'))).toEqual(['i-10-00001']);
    expect(readdirSync(join(work, 'units', batch, 'site', 'kk', 'regions'))).toEqual(['abay']);
  });
});
