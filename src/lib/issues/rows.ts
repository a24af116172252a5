/**
 * An issue as a list shows it: one row of `IssueTable`, whatever list it is in
 * (a region's, a district's, a category's, a measure's, a meeting's). The lists
 * across regions are rendered from rows the build wrote beforehand, a page at a
 * time (see src/lib/build/list-rows.ts), so that their Astro run never holds the
 * issues themselves; every other list makes its rows from the issues here.
 */
import { currentStatus, issueIsOverdue } from '../content/indexes.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { CategoryId, StatusId } from '../../vocabularies.ts';
import { currentDeadline, currentWording } from './changes.ts';

/** Issues on one page of a long list. */
export const issuesPerPage = 50;

export interface IssueRow {
  id: string;
  /** The title as last corrected. */
  title: LocalizedText;
  status: StatusId;
  /** Past its current deadline and not closed on the build day. */
  overdue: boolean;
  region: string;
  district?: string;
  settlement?: LocalizedText;
  category: CategoryId;
  /** The current deadline. */
  deadline?: string;
}

export function issueRow(issue: Issue, asOf: string): IssueRow {
  const row: IssueRow = { id: issue.id, title: currentWording(issue, 'title'), status: currentStatus(issue), overdue: issueIsOverdue(issue, asOf), region: issue.place.region, category: issue.category };
  if (issue.place.district !== undefined) row.district = issue.place.district;
  if (issue.place.settlement !== undefined) row.settlement = issue.place.settlement.name;
  const deadline = currentDeadline(issue);
  if (deadline !== undefined) row.deadline = deadline;
  return row;
}

/** How many pages a list of `total` issues has (one, empty, when it has none). */
export function listPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / issuesPerPage));
}

/** One page of a list: its rows, and how many issues the whole list has. */
export interface ListPage {
  total: number;
  rows: IssueRow[];
}

/** Page `page` (1-based) of issues already in list order, as rows. */
export function pageOf(ordered: readonly Issue[], page: number, asOf: string): ListPage {
  const from = (page - 1) * issuesPerPage;
  return { total: ordered.length, rows: ordered.slice(from, from + issuesPerPage).map((issue) => issueRow(issue, asOf)) };
}
