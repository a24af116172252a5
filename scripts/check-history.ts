/**
 * `npm run check-history -- --base REV`: compares the content tree with git
 * revision REV (in a pull request, the branch it goes into) and refuses any
 * change to published content that src/lib/history/guard.ts refuses: a
 * deleted issue, meeting or minutes, a rewritten log entry, a moved
 * deadline or meeting time without an entry, edited minutes without a
 * correction, a reused id, a calendar entry or correction removed or
 * rewritten, a rules version removed or rewritten. Every refused change is
 * printed, one line each; exits 1 if there is any. KEZDESU_CONTENT=DIR
 * checks another tree (it must be inside a git repository). `--lang kk|ru|en`
 * (or KEZDESU_LANG; English when neither is given) says the refused changes
 * and the summary in the editor's language.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/load.ts';
import { formatProblemIn } from '../src/lib/content/problems.ts';
import { editorLanguages, msg, say } from '../src/lib/i18n/messages.ts';
import { readRevision, readWorkingTree, RevisionError } from '../src/lib/history/git.ts';
import { checkHistory } from '../src/lib/history/guard.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, lang: { type: 'string' } } });
const asked = values.lang ?? process.env.KEZDESU_LANG ?? 'en';
const lang = editorLanguages.find((l) => l === asked);
if (lang === undefined) {
  console.error(say(msg('history.badLang', { lang: asked }), 'en'));
  process.exit(2);
}
if (values.base === undefined || values.base === '') {
  console.error(say(msg('history.baseMissing'), lang));
  process.exit(2);
}
const base = values.base;
const root = contentRoot();

let revision: ReturnType<typeof readRevision>;
try {
  revision = readRevision(root, base);
} catch (error) {
  console.error(error instanceof RevisionError ? error.message : say(msg('history.gitFailed', { reason: error instanceof Error ? error.message : String(error) }), lang));
  process.exit(2);
}
const after = readWorkingTree(root);
const problems = checkHistory({ base, before: revision.before, after, deletedBefore: revision.deletedBefore, root });
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblemIn(lang)(p));
  console.error(`\n${say(msg(problems.length === 1 ? 'history.refused.one' : 'history.refused.other', { count: problems.length, base }), lang)}`);
  process.exit(1);
}
const count = (keys: Iterable<string>, minutes: boolean) => [...keys].filter((key) => /^[im]-\d{2}-/.test(key) && key.includes('.minutes.') === minutes).length;
const issues = [...after.keys()].filter((id) => id.startsWith('i-')).length;
console.log(
  say(
    msg('history.ok', { root, base, then: count(revision.before.keys(), false), now: count(after.keys(), false), issues, minutes: count(after.keys(), true) }),
    lang,
  ),
);
