/**
 * `npm run check-history -- --base REV`: compares the content tree with git
 * revision REV (in a pull request, the branch it goes into) and refuses any
 * change to published content that src/lib/history/guard.ts refuses: a
 * deleted issue, meeting or minutes, a rewritten log entry, a moved
 * deadline or meeting time without an entry, edited minutes without a
 * correction, a reused id. Every refused change is
 * printed, one line each; exits 1 if there is any. KEZDESU_CONTENT=DIR
 * checks another tree (it must be inside a git repository).
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { readRevision, readWorkingTree, RevisionError } from '../src/lib/history/git.ts';
import { checkHistory } from '../src/lib/history/guard.ts';

const { values } = parseArgs({ options: { base: { type: 'string' } } });
if (values.base === undefined || values.base === '') {
  console.error('--base REV is missing: say which revision to compare with, e.g. npm run check-history -- --base origin/main');
  process.exit(2);
}
const base = values.base;
const root = contentRoot();

let revision: ReturnType<typeof readRevision>;
try {
  revision = readRevision(root, base);
} catch (error) {
  console.error(error instanceof RevisionError ? error.message : `git failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const after = readWorkingTree(root);
const problems = checkHistory({ base, before: revision.before, after, deletedBefore: revision.deletedBefore, root });
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} change${problems.length === 1 ? '' : 's'} to published content since ${base} refused: published issues, meetings and history entries stay as they were.`);
  process.exit(1);
}
const count = (keys: Iterable<string>, minutes: boolean) => [...keys].filter((key) => key.includes('.minutes.') === minutes).length;
const issues = [...after.keys()].filter((id) => id.startsWith('i-')).length;
console.log(
  `${root}: nothing published since ${base} was removed or rewritten (${count(revision.before.keys(), false)} issues and meetings then, ${count(after.keys(), false)} now, ` +
    `${issues} of them issues; ${count(after.keys(), true)} minutes).`,
);
