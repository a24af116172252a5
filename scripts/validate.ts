/**
 * `npm run validate`: checks the whole content tree and reports every
 * problem at once, one line each. Exits non-zero when there is any. Meetings
 * whose day has passed with no outcome recorded are listed as warnings: the
 * site still builds and shows them as "outcome not reported".
 * `npm run validate -- --lang kk|ru|en` (or KEZDESU_LANG=kk) prints every
 * problem, warning and summary in Kazakh, Russian or English (the default);
 * files and field paths stay as they are written.
 * KEZDESU_CONTENT=DIR checks another tree; SOURCE_DATE_EPOCH sets the day
 * against which "in the future" is judged.
 */
import { contentRoot } from '../src/lib/content/load.ts';
import { loadContentInParallel } from '../src/lib/content/load-parallel.ts';
import { formatProblemIn } from '../src/lib/content/problems.ts';
import { editorLanguages, inEach, msg, say } from '../src/lib/i18n/messages.ts';
import { asOfDay } from '../src/lib/time.ts';
import { unreportedOutcomeWarnings } from '../src/lib/meetings/outcome.ts';
import type { Language } from '../src/vocabularies.ts';

/** The language asked for: `--lang X` or `--lang=X`, else KEZDESU_LANG, else English. */
function messageLanguage(args: readonly string[], env: Record<string, string | undefined>): Language {
  let asked: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--lang') asked = args[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
  });
  asked ??= env.KEZDESU_LANG === '' ? undefined : env.KEZDESU_LANG;
  if (asked === undefined) return 'en';
  if ((editorLanguages as readonly string[]).includes(asked)) return asked as Language;
  console.error(say(msg('validate.unknownLanguage', { value: asked === '' ? '""' : asked }), 'en'));
  process.exit(2);
}

/** "3 problems" / «3 ошибки» / «5 ошибок»: the counted word in the plural form each language needs. */
function counted(n: number, noun: 'problems' | 'files'): Readonly<Record<Language, string>> {
  const form = (lang: Language) => {
    const rule = new Intl.PluralRules(lang).select(n);
    const key = rule === 'one' || rule === 'few' || rule === 'many' ? rule : 'other';
    return say(msg(`validate.${noun}.${key}`, { count: n }), lang);
  };
  return inEach(form);
}

const lang = messageLanguage(process.argv.slice(2), process.env);
const line = formatProblemIn(lang);
const root = contentRoot();
const asOf = asOfDay();
const started = performance.now();
const { content, problems, files, sources } = await loadContentInParallel(root, { asOf });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  for (const p of problems) console.error(line(p));
  const badFiles = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${say(msg('validate.summary', { problems: counted(problems.length, 'problems'), files: counted(badFiles, 'files'), root, asOf }), lang)}`);
  process.exit(1);
}
// Reminders, not errors: the site still builds, and shows these meetings as "outcome not reported".
const reminders = unreportedOutcomeWarnings(content.meetings, asOf, (m) => sources.get(m)?.file ?? m.id);
for (const reminder of reminders) console.warn(line(reminder));
if (reminders.length > 0) console.warn('');
console.log(
  say(
    msg('validate.valid', {
      root,
      asOf,
      regions: content.regions.length,
      districts: content.districts.length,
      meetings: content.meetings.length,
      minutes: content.minutes.length,
      issues: content.issues.length,
      measures: content.measures.length,
      files,
      seconds,
    }),
    lang,
  ),
);
