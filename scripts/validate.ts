/**
 * `npm run validate`: checks the whole content tree and reports every
 * problem at once, one line each. Exits non-zero when there is any. Meetings
 * whose day has passed with no outcome recorded are listed as warnings: the
 * site still builds and shows them as "outcome not reported".
 * KEZDESU_CONTENT=DIR checks another tree; SOURCE_DATE_EPOCH sets the day
 * against which "in the future" is judged.
 */
import { contentRoot } from '../src/lib/content/load.ts';
import { loadContentInParallel } from '../src/lib/content/load-parallel.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { buildInstant, localDay } from '../src/lib/time.ts';
import { unreportedOutcomes } from '../src/lib/meetings/outcome.ts';

const root = contentRoot();
const asOf = localDay(buildInstant());
const started = performance.now();
const { content, problems, files, sources } = await loadContentInParallel(root, { asOf });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  const badFiles = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${badFiles} file${badFiles === 1 ? '' : 's'} of ${root} (as of ${asOf}). Nothing is published until every one is fixed.`);
  process.exit(1);
}
// Reminders, not errors: the site still builds, and shows these meetings as "outcome not reported".
const reminders = unreportedOutcomes(content.meetings, asOf, (m) => sources.get(m)?.file ?? m.id);
for (const line of reminders) console.warn(line);
if (reminders.length > 0) console.warn('');
console.log(
  `${root} is valid as of ${asOf}: ${content.regions.length} regions, ${content.districts.length} districts, ` +
    `${content.meetings.length} meetings (${content.minutes.length} minutes), ${content.issues.length} issues, ` +
    `${content.measures.length} action-plan measures; ${files} files in ${seconds} s.`,
);
