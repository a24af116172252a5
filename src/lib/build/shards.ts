/**
 * How the build is split into shards: independent pieces of work, each run
 * by its own process, whose outputs a merge step assembles into `dist/`.
 *
 * The work is a set of units: the pages of one region (its issues, meetings,
 * notices, calendars, region and district pages), the pages that cut across
 * regions (the lists by category, those by measure, and `core`: overview,
 * meetings, search, data, obligations, feeds),
 * the search index of one language and period (a month, or the general index
 * of regions, districts and measures; see src/lib/search/periods.ts), the API
 * documents of one region (its issues, meetings and region document), and the
 * open data with the national API documents. Each
 * unit has an estimated cost; the units are dealt out to N shards, largest
 * first, each to the shard with the least work so far. The plan depends only
 * on the content, N and where the shards run (one machine, or one each: see
 * `Where`), so every runner that runs shard K of N runs the same units.
 */
import type { ContentIndex } from '../content/indexes.ts';
import type { Content } from '../content/load.ts';
import { periodCounts } from '../search/records.ts';
import { type Language, languages } from '../../vocabularies.ts';

/** A piece of the build. */
export type Unit =
  | { kind: 'pages'; key: string }
  | { kind: 'search'; lang: Language; period: string }
  | { kind: 'api'; key: string }
  | { kind: 'data' };

export interface Shard {
  /** 1-based, as in `--shard K/N`. */
  number: number;
  units: Unit[];
  /** Estimated cost of each unit, in page-equivalents. */
  costs: number[];
  /** Estimated cost of them all. */
  cost: number;
}

/** The key of the pages that belong to no region. */
export const coreKey = 'core';

/**
 * The pages across regions, in three keys: the lists by category, the lists
 * by action-plan measure, and the rest (`core`: overview, search, data,
 * feeds, accountability…). Each shows the dataset's version. `core` is made
 * from the whole content, in shard 1 (see planShards); the lists from rows
 * the preparation wrote (src/lib/build/list-rows.ts), in any shard.
 */
export const crossKeys: readonly string[] = [coreKey, 'categories', 'plan'];

/** `K/N` → { k, n }, with a message that says the fix when it is not that. */
export function parseShard(text: string): { k: number; n: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (match === null || n < 1 || k < 1 || k > n) throw new Error(`--shard ${text}: expected K/N with 1 ≤ K ≤ N, e.g. --shard 2/4`);
  return { k, n };
}

export function unitName(unit: Unit): string {
  return unit.kind === 'pages' ? `pages:${unit.key}` : unit.kind === 'api' ? `api:${unit.key}` : unit.kind === 'search' ? `search:${unit.lang}:${unit.period}` : 'data';
}

/** Estimated cost of each unit, in pages rendered: search records and API documents are cheaper than pages. */
export function unitCosts(index: ContentIndex): { unit: Unit; cost: number }[] {
  const { content } = index;
  const perLanguage = 3;
  const units: { unit: Unit; cost: number }[] = [];
  for (const region of content.regions) {
    const issues = index.issuesByRegion.get(region.slug)?.length ?? 0;
    const meetings = index.meetingsByRegion.get(region.slug)?.length ?? 0;
    const districts = index.districtsByRegion.get(region.slug)?.length ?? 0;
    // Issue pages; meeting pages, notice and calendar; region and district pages, lists and calendars.
    const cost = issues * perLanguage + meetings * (perLanguage + 2) + (districts + 1) * perLanguage * 3 + ((issues / 50) * 2 + 1) * perLanguage;
    units.push({ unit: { kind: 'pages', key: region.slug }, cost });
    // Its API documents: one per issue, meeting and the region, cheaper than a page.
    units.push({ unit: { kind: 'api', key: region.slug }, cost: (issues + meetings) * 0.3 + 20 });
  }
  const issues = content.issues.length;
  // Lists of 50 issues cost about two pages each; every issue is in one category's list, and in a measure's when it has one.
  const measured = content.issues.filter((i) => i.measure !== undefined).length;
  units.push({ unit: { kind: 'pages', key: 'categories' }, cost: ((issues / 50) * 2 + 20) * perLanguage });
  units.push({ unit: { kind: 'pages', key: 'plan' }, cost: ((measured / 50) * 2 + content.measures.length) * perLanguage });
  // Core's pages read and index the whole content (without the issues' text) before they render: at 100,000 issues
  // and 38,000 meetings they took 31.8 s, as long as 21,000 pages of a region; at 30,000 issues 9.5 s.
  units.push({ unit: { kind: 'pages', key: coreKey }, cost: 40 * perLanguage + 200 + (issues + content.meetings.length) * 0.15 });
  // Each index also costs a start of Pagefind and its own writing: about 20 pages' worth.
  for (const [period, records] of periodCounts(index)) {
    for (const lang of languages) units.push({ unit: { kind: 'search', lang, period }, cost: records * 0.5 + 20 });
  }
  // Open data files of the whole country and of each region, calendars, accountability documents and the API index.
  units.push({ unit: { kind: 'data' }, cost: (issues + content.meetings.length) * 0.3 });
  return units;
}

/**
 * Whether a unit reads the whole content: the pages across regions but the lists (`core`, in its Astro run) and
 * the open data. The lists by category and measure are rendered from rows, a page at a time.
 */
export function readsWholeContent(unit: Unit): boolean {
  return unit.kind === 'data' || (unit.kind === 'pages' && unit.key === coreKey);
}

/**
 * How many shards `npm run build` makes when none is asked: enough that none
 * renders more than about `perShard` pages' worth, and at least one a job. When
 * the units besides those that read the whole content (shard 1's) need more
 * than one shard, their shards are a multiple of the `jobs` run at once, so
 * that they run in full rounds: at 30,000 issues five shards of regions on two cores
 * left one core idle for the last one's 105 s of a 473 s build; six smaller ones
 * make three full rounds.
 */
export function shardsFor(costs: readonly { unit: Unit; cost: number }[], jobs: number, perShard = 40_000): number {
  // A small record: one shard a job (on one core, one in all).
  if (isSmallRecord(costs, perShard)) return Math.max(jobs, Math.ceil(costs.reduce((sum, u) => sum + u.cost, 0) / perShard));
  return 1 + Math.ceil(Math.ceil(otherCost(costs) / perShard) / jobs) * jobs;
}

/** The estimated cost of the units that do not read the whole content. */
function otherCost(costs: readonly { unit: Unit; cost: number }[]): number {
  return costs.reduce((sum, u) => sum + (readsWholeContent(u.unit) ? 0 : u.cost), 0);
}

/**
 * A small record: the units besides those that read the whole content fit in
 * one shard's worth of pages (`perShard`). Its shards all run at once
 * (`runsAlone`): the committed content (2,000 issues) takes under 700 MB for
 * the whole build, and its shard 1 run alone left one core idle: 84 s, against
 * 71 s run beside shard 2. (Shard 1 taking regions' units as well, to even the
 * two out, made it no faster: two Astro runs at once are each slower.)
 */
export function isSmallRecord(costs: readonly { unit: Unit; cost: number }[], perShard = 40_000): boolean {
  return otherCost(costs) <= perShard;
}

/**
 * Whether a shard holds units that read the whole content. `npm run build`
 * runs such a shard with no other beside it: the Astro run of the pages
 * across regions takes 2.0 GB at 100,000 issues (710–850 MB of it live), which
 * with another shard's Astro run beside it passed the memory budget.
 */
export function holdsWholeContent(shard: Shard): boolean {
  return shard.units.some(readsWholeContent);
}

/**
 * Whether `npm run build` runs `shard` with no other beside it: when it holds
 * the whole content (see above) and the record is past a small one.
 */
export function runsAlone(shard: Shard, shards: readonly Shard[], perShard = 40_000): boolean {
  return holdsWholeContent(shard) && !isSmallRecord(shards.flatMap((s) => s.units.map((unit, i) => ({ unit, cost: s.costs[i] ?? 0 }))), perShard);
}

/**
 * Deals the units out to `n` shards: largest first, each to the least-loaded shard (ties to the lowest number;
 * apart, by its lanes: see `Where`). The units that read the whole content go to shard 1 together;
 * with two shards or more, shard 1 takes nothing else when the shards run together, so that what runs alone is
 * only what must, and search indexes as well when they run apart.
 */
export function planShards(index: ContentIndex, n: number, where: Where = 'together'): Shard[] {
  return dealShards(unitCosts(index), n, where);
}

/**
 * Where the shards run, which decides what shard 1 takes besides the units that read the whole content.
 * - `together`: on one machine, a pool of jobs (`npm run build`). Shard 1 runs alone while the other cores wait
 *   (`runsAlone`), so it takes nothing else.
 * - `apart`: each on a machine of its own (`--prepare`, `--shard K/N`, `--merge`: the publishing workflow's
 *   runners). A shard there makes its search indexes, API documents and open data while Astro renders its pages,
 *   in two lanes, and takes as long as the longer (`laneCost`; the shard may then even them out by rendering some
 *   of its pages in a second Astro run, `splitPages`): each unit goes where it delays no shard's end if
 *   it can, and there to the shortest lane. Shard 1 may take search indexes as well, which read only their
 *   records. Not regions' pages nor the lists: rendered in the Astro run of core's pages, they would make it read
 *   the whole content with the issues' text. At 100,000 issues on 8 runners, dealt by the sum of the two lanes,
 *   shard 1 took 133 s (core's pages 45 s beside 28 search indexes, 85 s, and the open data, 46 s) against
 *   109–119 s for the others, whose search took 43–60 s beside 105–115 s of pages.
 */
export type Where = 'together' | 'apart';

/** Deals units of the given costs out to `n` shards, as `planShards` does. */
export function dealShards(all: readonly { unit: Unit; cost: number }[], n: number, where: Where = 'together'): Shard[] {
  const shards: Shard[] = Array.from({ length: n }, (_, i) => ({ number: i + 1, units: [], costs: [], cost: 0 }));
  // The units that read the whole content (core's pages and the open data) go to one shard together: two of
  // those at once would pass the memory budget; in one shard they run one after another.
  const whole = all.filter(({ unit }) => readsWholeContent(unit));
  // A region's API documents go with its pages: they are made from the part of the content those pages show.
  const byRegion = new Map<string, { unit: Unit; cost: number }[]>();
  for (const u of all) {
    if ((u.unit.kind === 'pages' || u.unit.kind === 'api') && !crossKeys.includes(u.unit.key)) byRegion.set(u.unit.key, [...(byRegion.get(u.unit.key) ?? []), u]);
  }
  const grouped = new Set([...whole, ...[...byRegion.values()].flat()]);
  const group = (members: { unit: Unit; cost: number }[]) => ({ members, cost: members.reduce((sum, u) => sum + u.cost, 0), name: unitName(members[0]?.unit ?? { kind: 'data' }) });
  const groups = [...[...byRegion.values()].map(group), ...all.filter((u) => !grouped.has(u)).map((u) => group([u]))].filter((g) => g.members.length > 0);
  groups.sort((a, b) => b.cost - a.cost || a.name.localeCompare(b.name));
  const put = (target: Shard, members: { unit: Unit; cost: number }[]) => {
    for (const { unit, cost } of members) {
      target.units.push(unit);
      target.costs.push(cost);
      target.cost += cost;
    }
  };
  put(shards[0]!, whole);
  const others = n > 1 ? shards.slice(1) : shards;
  for (const group of groups) {
    const open = where === 'apart' && group.members.every(({ unit }) => unit.kind === 'search') ? shards : others;
    let target = open[0]!;
    if (where === 'together') {
      for (const shard of open) if (shard.cost < target.cost) target = shard;
    } else {
      // A group that fits in a shard without its longer lane passing the longest of all so far delays no shard's
      // end: of the shards where it fits, the one whose lane it joins stays shortest; where it fits nowhere, the
      // shard whose longer lane stays shortest. Then the least work in all, then the lowest number.
      const longest = Math.max(...shards.map((shard) => laneCost(shard)));
      const rank = (shard: Shard): [number, number, number] => {
        const after = lanes(shard, group.members);
        const fits = Math.max(after.pages, after.rest) <= longest;
        const joined = Math.max(group.members.some(({ unit }) => unit.kind === 'pages') ? after.pages : 0, group.members.some(({ unit }) => unit.kind !== 'pages') ? after.rest : 0);
        return [fits ? 0 : 1, fits ? joined : Math.max(after.pages, after.rest), shard.cost];
      };
      const before = (a: [number, number, number], b: [number, number, number]) => a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
      for (const shard of open) if (before(rank(shard), rank(target))) target = shard;
    }
    put(target, group.members);
  }
  return shards;
}

/**
 * The work of a shard on a machine of its own, with `extra` units added: that of the longer of its two lanes, its
 * pages (one Astro run) and the rest (search indexes, API documents, open data), which it makes while Astro
 * renders (`runShard`'s overlap).
 */
export function laneCost(shard: Shard, extra: readonly { unit: Unit; cost: number }[] = []): number {
  const { pages, rest } = lanes(shard, extra);
  return Math.max(pages, rest);
}

/** The work of each lane of a shard on a machine of its own, with `extra` units added (see `laneCost`). */
function lanes(shard: Shard, extra: readonly { unit: Unit; cost: number }[]): { pages: number; rest: number } {
  const sum = { pages: 0, rest: 0 };
  const add = (unit: Unit, cost: number) => {
    if (unit.kind === 'pages') sum.pages += cost;
    else sum.rest += cost;
  };
  shard.units.forEach((unit, i) => add(unit, shard.costs[i] ?? 0));
  for (const { unit, cost } of extra) add(unit, cost);
  return sum;
}

/**
 * What starting an Astro run costs before it renders a page (bundling the site's code, reading its part of the
 * content), in pages' worth: see `splitPages`. At 100,000 issues, on the part of the content of shard 8 of 8,
 * Ulytau's pages (6,188 pages' worth) took 12.0 s alone and 34.5 s with North Kazakhstan's (19,455): 870 a second,
 * and 4.9 s, 4,300 pages' worth, to start.
 */
export const astroStart = 4_000;

/**
 * The pages of a shard on a machine of its own, split into two Astro runs: `first` renders while the rest of the
 * shard (search indexes, API documents) is made beside it, `second` after the rest, on the core the rest leaves
 * free. Without the split, that core waits once the rest is made: at 100,000 issues on 8 runners, 42–54 s of
 * search beside 73–106 s of pages. The split is the one whose longer run ends first (`second` pays another start
 * of Astro, `start`); none when no split ends sooner than one run. Core's pages are never split, nor rendered
 * beside another run: their Astro run reads the whole content (2.0 GB at 100,000 issues).
 * `pages` are the keys to render with their costs, `rest` the cost of the rest; ties go to the split that renders
 * less in the second run, then to the first found, trying keys in the order given. Every split is tried, so a shard
 * of more than 16 keys (2^16 splits) is not split: on 8 runners at 100,000 issues a shard holds 2–4 regions.
 */
export function splitPages(pages: readonly { key: string; cost: number }[], rest: number, start = astroStart): { first: string[]; second: string[] } {
  const all = pages.map((p) => p.key);
  if (pages.length < 2 || pages.length > 16 || all.includes(coreKey)) return { first: all, second: [] };
  const total = pages.reduce((sum, p) => sum + p.cost, 0);
  let best = { mask: 0, end: Math.max(total, rest), second: 0 };
  // Every second run but all the pages: the first run renders at least one key.
  for (let mask = 1; mask < (1 << pages.length) - 1; mask++) {
    const second = pages.reduce((sum, p, i) => sum + ((mask >> i) & 1 ? p.cost : 0), 0);
    const end = Math.max(total - second, rest + start + second);
    if (end < best.end || (end === best.end && second < best.second)) best = { mask, end, second };
  }
  return { first: all.filter((_, i) => ((best.mask >> i) & 1) === 0), second: all.filter((_, i) => ((best.mask >> i) & 1) === 1) };
}

/** The page keys a shard renders, as the Astro process is told them (KEZDESU_SHARD_KEYS, comma-separated). */
export function pageKeys(shard: Shard): string[] {
  return shard.units.flatMap((u) => (u.kind === 'pages' ? [u.key] : []));
}

let keys: Set<string> | null | undefined;

/** The page keys this process renders; null when it renders every page (no shard given). */
export function shardKeys(env: Record<string, string | undefined> = process.env): Set<string> | null {
  if (keys !== undefined) return keys;
  const given = env.KEZDESU_SHARD_KEYS;
  keys = given === undefined ? null : new Set(given.split(',').filter((k) => k !== ''));
  return keys;
}

type Params = Record<string, string | undefined>;

/** The region an issue or meeting id names: `i-10-00042` and `m-10-0042` belong to the region whose KATO code begins `10`. */
export function regionOfId(id: string, regions: readonly { kato: string; slug: string }[]): string | undefined {
  const digits = /^[im]-(\d{2})-/.exec(id)?.[1];
  return regions.find((r) => r.kato.slice(0, 2) === digits)?.slug;
}

/**
 * The page key of a page, from its `getStaticPaths` params: its region (from
 * `params.region`, or the region the id of an issue or meeting names), or
 * `core` for a page that belongs to no region.
 */
export function keyOfParams(params: Params, regions: readonly { kato: string; slug: string }[], cross: string = coreKey): string {
  if (params.region !== undefined) return params.region;
  if (params.id !== undefined) return regionOfId(params.id, regions) ?? coreKey;
  return cross;
}

/**
 * How deep a folder of the built site must be for every file under it to belong to one page key (`keyOfFile` reads
 * no more than the first three parts of a path): `kk/issues/i-10-00042/`, `kk/regions/abay/`.
 */
export const keyDepth = 3;

/**
 * The page key of a file of the built site, by its path (`kk/issues/i-10-00042/index.html`):
 * the same key `keyOfParams` gives the page that wrote it. Every file no region owns
 * (the cross-cutting pages, the stylesheet, the public files) is `core`'s.
 */
export function keyOfFile(path: string, regions: readonly { kato: string; slug: string }[]): string {
  const parts = path.split('/');
  const [first, second, third] = parts;
  if (first === 'meetings' && second !== undefined) return regionOfId(second.replace(/\.ics$/, ''), regions) ?? coreKey;
  if (languages.includes(first as Language) && third !== undefined) {
    if (second === 'issues' || second === 'meetings') return regionOfId(third, regions) ?? coreKey;
    if (second === 'regions' && parts.length > 3) return third;
    if (second === 'categories' || second === 'plan') return second;
  }
  return coreKey;
}

/**
 * Keeps the `getStaticPaths` entries of the pages this shard renders (all of
 * them when no shard is given). `cross` names the key of the route's pages
 * that belong to no region: one of `crossKeys`, `core` unless said.
 */
export function inShard<P extends { params: Params }>(paths: P[], regions: readonly { kato: string; slug: string }[] = [], cross: string = coreKey): P[] {
  const wanted = shardKeys();
  if (wanted === null) return paths;
  return paths.filter(({ params }) => wanted.has(keyOfParams(params, regions, cross)));
}

/**
 * The content a shard of regions' pages needs: those regions' issues,
 * meetings and minutes, and everything that is not a region's own (geography,
 * plan, settings), which its pages name.
 */
export function regionsContent(content: Content, regions: ReadonlySet<string>): Content {
  const meetings = content.meetings.filter((m) => regions.has(m.place.region));
  const kept = new Set(meetings.map((m) => m.id));
  return {
    ...content,
    meetings,
    issues: content.issues.filter((i) => regions.has(i.place.region)),
    minutes: content.minutes.filter((m) => kept.has(m.meeting)),
    calendars: content.calendars.filter((c) => regions.has(c.region)),
  };
}

