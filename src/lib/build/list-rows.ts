/**
 * The lists across regions — each category's issues and each action-plan
 * measure's — as rows written beforehand, a file per page of the list.
 *
 * Those lists hold every issue of the record, and their Astro run used to read
 * the whole content for them (about 1 GB at 30,000 issues, growing with the
 * record). Written here by the preparation, which holds the content anyway,
 * their pages read one page's rows at a time and their figures from the shard's
 * snapshot (`rows`), so that run holds no issue: its memory is bounded by the
 * pages it renders, and the units go to any shard, not to the one that reads
 * the whole content.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { orderForList, type ContentIndex } from '../content/indexes.ts';
import type { Issue } from '../../schemas/issue.ts';
import { issuesPerPage, listPageCount, pageOf, type ListPage } from '../issues/rows.ts';
import type { Figures } from '../stats/figures.ts';
import { listFigures, type SiteFigures } from '../stats/site-figures.ts';
import { categoryIds } from '../../vocabularies.ts';

/** The page keys whose lists are rendered from rows: the lists by category and by measure. */
export const rowKeys: readonly string[] = ['categories', 'plan'];

/** What a shard's snapshot says of the rows written for it. */
export interface ListRows {
  /** The folder of the rows: one folder per list, one file per page. A shard's snapshot gives it from the snapshot's own folder. */
  folder: string;
  /**
   * Every list by category and by measure, by its key (`category:roads`, `measure:1.2`), with its number of issues:
   * the routes of both units count them, whichever of the two the shard renders.
   */
  totals: Record<string, number>;
  /** The lists whose rows were written: those of the units the shard renders. */
  written: string[];
  /** The figures of each category and measure, as `SiteFigures` holds them. */
  figures: { byCategory: Record<string, Figures>; byMeasure: Record<string, Figures> };
}

/** The lists a page key shows, by list key, each list's issues in no particular order. */
function listsOf(index: ContentIndex, key: string): Map<string, readonly Issue[]> {
  if (key === 'categories') return new Map(categoryIds.map((id) => [`category:${id}`, index.issuesByCategory.get(id) ?? []]));
  if (key === 'plan') return new Map(index.content.measures.map((m) => [`measure:${m.id}`, index.issuesByMeasure.get(m.id) ?? []]));
  throw new Error(`${key} has no lists written as rows; those that have: ${rowKeys.join(', ')}`);
}

function pageFile(folder: string, list: string, page: number): string {
  return join(folder, encodeURIComponent(list), `${page}.json`);
}

/**
 * Writes the rows of the lists of `keys` (some of `rowKeys`) into `folder`, emptied first: each list in list order,
 * a file per page, as `listPage` reads them. The figures are computed here, once, by the same function the pages
 * across regions use otherwise.
 */
export function writeListRows(folder: string, index: ContentIndex, keys: readonly string[]): ListRows {
  rmSync(folder, { recursive: true, force: true });
  const totals: Record<string, number> = {};
  for (const key of rowKeys) for (const [list, issues] of listsOf(index, key)) totals[list] = issues.length;
  const written: string[] = [];
  for (const key of keys) {
    for (const [list, issues] of listsOf(index, key)) {
      written.push(list);
      mkdirSync(join(folder, encodeURIComponent(list)), { recursive: true });
      const ordered = orderForList(issues, index.asOf);
      for (let page = 1; page <= listPageCount(ordered.length); page++) writeFileSync(pageFile(folder, list, page), JSON.stringify(pageOf(ordered, page, index.asOf).rows));
    }
  }
  const figures = listFigures(index);
  return { folder, totals, written, figures: { byCategory: Object.fromEntries(figures.byCategory), byMeasure: Object.fromEntries(figures.byMeasure) } };
}

/** Page `page` of a list written by `writeListRows`. */
export function readListPage(rows: ListRows, list: string, page: number): ListPage {
  const total = rows.totals[list];
  if (total === undefined || !rows.written.includes(list)) throw new Error(`${rows.folder} has no rows of the list ${list}: build again`);
  if (page < 1 || page > listPageCount(total)) throw new Error(`the list ${list} has no page ${page} (${total} issues, ${issuesPerPage} a page)`);
  return { total, rows: JSON.parse(readFileSync(pageFile(rows.folder, list, page), 'utf8')) as ListPage['rows'] };
}

/** The figures of the lists as `SiteFigures` holds them, from what `writeListRows` wrote. */
export function figuresOfRows(rows: ListRows): Pick<SiteFigures, 'byCategory' | 'byMeasure'> {
  return {
    byCategory: new Map(Object.entries(rows.figures.byCategory)) as SiteFigures['byCategory'],
    byMeasure: new Map(Object.entries(rows.figures.byMeasure)),
  };
}
