/**
 * What core's pages across regions (overview, feeds, obligations, data…) need
 * of the issues: the facts of every issue, for the figures, the obligations'
 * handling and the open data's row counts, but the text of only a few — the
 * recently resolved the overview lists and those the national feed of changes
 * shows. Their Astro run reads the issues without text (`issueWithoutText`)
 * and those few whole (`issuesShownAcross`): at 30,000 issues it then takes
 * 771 MB rather than 1,032 MB, about what it takes with no issue at all.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type { Issue } from '../../schemas/issue.ts';
import { currentEvent, currentStatus } from '../content/indexes.ts';
import { statusFeedIssues } from '../feeds/atom.ts';

/** The overview's list: the ten issues resolved last, by the day of their resolution, then by id. */
export function recentlyResolved(issues: readonly Issue[], count = 10): Issue[] {
  return issues
    .filter((i) => currentStatus(i) === 'resolved')
    .sort((a, b) => currentEvent(b).date.localeCompare(currentEvent(a).date) || a.id.localeCompare(b.id))
    .slice(0, count);
}

/** The issues whose text core's pages show, whole: the overview's recently resolved and the national feed's. */
export function issuesShownAcross(issues: readonly Issue[]): Issue[] {
  const shown = new Set([...recentlyResolved(issues), ...statusFeedIssues(issues)]);
  return issues.filter((i) => shown.has(i));
}

/** Text left out: one shared empty object, so an issue without text costs nothing for it. */
const noText = Object.freeze({}) as LocalizedText;

/** An entry (status event or change) without its note, reason, corrected wording or evidence; its kind, days, amounts and decisions kept. */
function entryWithoutText<T extends object>(entry: T): T {
  const out: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  for (const key of ['note', 'reason', 'text']) if (out[key] !== undefined) out[key] = noText;
  if (Array.isArray(out.evidence) && out.evidence.length > 0) out.evidence = [];
  return out as T;
}

/**
 * The issue with its title, description, notes, reasons, corrected wordings and evidence left out: what every
 * figure, the obligations and the open data's row counts are computed from, and nothing a page shows as text.
 */
export function issueWithoutText(issue: Issue): Issue {
  return { ...issue, title: noText, description: noText, history: issue.history.map(entryWithoutText), changes: issue.changes.map(entryWithoutText) };
}
