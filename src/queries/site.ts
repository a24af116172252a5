/**
 * The only place pages get content from: the tree is loaded, checked, indexed
 * and its figures computed once per build, and every page reads the same model.
 */
import { dirname, resolve } from 'node:path';
import { indexContent, orderForList as orderIssuesForList, type ContentIndex } from '../lib/content/indexes.ts';
import type { Issue } from '../schemas/issue.ts';
import { contentRoot, loadContent, type ContentSnapshot } from '../lib/content/load.ts';
import { readSnapshotFile } from '../lib/json-file.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { contentHashes, regionVersion } from '../lib/build/inputs.ts';
import { coreKey, crossKeys, keyOfFile, shardKeys } from '../lib/build/shards.ts';
import { computeSiteFigures, type SiteFigures } from '../lib/stats/site-figures.ts';
import { figuresOfRows, readListPage, type ListRows } from '../lib/build/list-rows.ts';
import { listPageCount, pageOf, type ListPage } from '../lib/issues/rows.ts';
import { asOfDay } from '../lib/time.ts';
import { type Language, languages } from '../vocabularies.ts';

export interface SiteModel extends ContentIndex {
  /** Dataset version: a hash of the content files. */
  version: string;
  /**
   * The version of the data each page key's pages show: a region's pages show
   * its own issues and meetings with the shared geography, plan and settings,
   * so their version changes only when those do (and the build can reuse them
   * otherwise); every other page shows the whole dataset.
   */
  versions: Record<string, string>;
  figures: SiteFigures;
  /** The rows of the lists across regions this run renders, when they were written beforehand rather than made from `content`. */
  rows?: ListRows;
  /** Core's run: `content.issues` are without text, and these, by id, are the issues whose text its pages show (src/lib/issues/across.ts). */
  shownIssues?: Map<string, Issue>;
}

let cached: SiteModel | undefined;

function model(index: ContentIndex, version: string, versions: Record<string, string>, given: Pick<ContentSnapshot, 'rows' | 'shownIssues'> = {}): SiteModel {
  const { rows, shownIssues } = given;
  // With rows written beforehand, the content holds only this shard's regions: the lists' figures come with the rows.
  return Object.assign(index, {
    version,
    versions,
    figures: computeSiteFigures(index, rows === undefined ? undefined : figuresOfRows(rows)),
    ...(rows === undefined ? {} : { rows }),
    ...(shownIssues === undefined ? {} : { shownIssues: new Map(shownIssues.map((issue) => [issue.id, issue])) }),
  });
}

/** The issue with its text, for a page that shows it: core's run holds the text of only the issues its pages show. */
export function issueShown(issue: Issue): Issue {
  const shown = siteIndex().shownIssues;
  if (shown === undefined) return issue;
  const whole = shown.get(issue.id);
  if (whole === undefined) throw new Error(`${issue.id}: this run holds the text of the issues its pages show (src/lib/issues/across.ts), and not of this one`);
  return whole;
}

/** The issues the national feed of changes is made from: every issue, or in core's run the whole ones it shows, which give the same feed. */
export function nationalFeedIssues(): readonly Issue[] {
  const { shownIssues, content } = siteIndex();
  return shownIssues === undefined ? content.issues : [...shownIssues.values()];
}

/** The version of the data the page at `path` (after the site root, e.g. `kk/issues/i-10-00042/`) shows. */
export function pageVersion(path: string): string {
  const site = siteIndex();
  return site.versions[keyOfFile(`${path}index.html`, site.content.regions)] ?? site.version;
}

/** The checked, indexed content; throws with the problems when content is invalid, so nothing invalid is built. */
export function siteIndex(): SiteModel {
  if (cached !== undefined) return cached;
  const snapshot = process.env.KEZDESU_SNAPSHOT;
  if (snapshot !== undefined && snapshot !== '') {
    // npm run build has already loaded and checked the content. The pages across regions are read without the
    // minutes' text, which only a meeting's own page (a region's) shows; they say whether a meeting has minutes and
    // in which languages. Their heap is capped from the whole snapshot's size, so what the text took is room to spare.
    const keys = shardKeys();
    const across = keys !== null && keys.size > 0 && [...keys].every((key) => crossKeys.includes(key));
    const { content, asOf, version, versions, rows, shownIssues } = readSnapshotFile(snapshot, { minutesText: !across });
    // The rows' folder is written as the snapshot's folder sees it.
    const listRows = rows === undefined ? undefined : { ...rows, folder: resolve(dirname(snapshot), rows.folder) };
    cached = model(indexContent(content, asOf), version, versions ?? { [coreKey]: version }, { rows: listRows, shownIssues });
    return cached;
  }
  const root = contentRoot();
  const asOf = asOfDay();
  const { content, problems } = loadContent(root, { asOf });
  if (problems.length > 0) {
    const shown = problems.slice(0, 50).map(formatProblem).join('\n');
    throw new Error(`${root} has ${problems.length} problems; nothing is built. Run npm run validate for the full list.\n${shown}`);
  }
  const hashes = contentHashes(root);
  const versions: Record<string, string> = { [coreKey]: hashes.dataset };
  for (const region of content.regions) versions[region.slug] = regionVersion(hashes, region.slug);
  cached = model(indexContent(content, asOf), hashes.dataset, versions);
  return cached;
}

/** `getStaticPaths` entries for pages that exist once per language. */
export function languagePaths(): { params: { lang: Language } }[] {
  return languages.map((lang) => ({ params: { lang } }));
}


const orderedLists = new Map<string, Issue[]>();

/** The issues of a list (region, district, category, measure) in list order, sorted once per build. */
function orderedIssues(key: string, issues: readonly Issue[]): Issue[] {
  let list = orderedLists.get(key);
  if (list === undefined) {
    list = orderIssuesForList(issues, siteIndex().asOf);
    orderedLists.set(key, list);
  }
  return list;
}

/** The issues of a list, by its key: `region:<region>`, `district:<region>/<district>`, `category:<id>`, `measure:<id>`. */
function listIssues(key: string): readonly Issue[] {
  const site = siteIndex();
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  const lists: Record<string, ReadonlyMap<string, readonly Issue[]>> = { region: site.issuesByRegion, district: site.issuesByDistrict, category: site.issuesByCategory, measure: site.issuesByMeasure };
  const map = lists[kind];
  if (map === undefined) throw new Error(`${key} is not a list: expected region:, district:, category: or measure:`);
  // A run given rows holds only its regions' issues: a category's or measure's list made from them would be short.
  if (site.rows !== undefined && (kind === 'category' || kind === 'measure')) throw new Error(`${key}: this run renders the lists across regions from rows, and the list has none (${site.rows.folder})`);
  return map.get(id) ?? [];
}

/** How many issues the list `key` has (see `listIssues`). */
export function listTotal(key: string): number {
  const rows = siteIndex().rows;
  if (rows !== undefined && key in rows.totals) return rows.totals[key]!;
  return listIssues(key).length;
}

/** Page `page` of the list `key`: from the rows written for this run, or made from the content. */
export function listPage(key: string, page: number): ListPage {
  const site = siteIndex();
  if (site.rows !== undefined && key in site.rows.totals) return readListPage(site.rows, key, page);
  return pageOf(orderedIssues(key, listIssues(key)), page, site.asOf);
}

/** `getStaticPaths` entries for pages 2… of each list, in every language. */
export function listPagePaths<P extends Record<string, string>>(lists: { params: P; count: number }[]) {
  return languages.flatMap((lang) =>
    lists.flatMap(({ params, count }) =>
      Array.from({ length: listPageCount(count) - 1 }, (_, i) => ({ params: { lang, ...params, page: String(i + 2) } })),
    ),
  );
}
