/**
 * `npm run build [-- --out DIR]`: validates the content, builds the site
 * with Astro, then proves every entry got its page. KEZDESU_CONTENT=DIR
 * builds another tree; SOURCE_DATE_EPOCH fixes the build date.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentRoot, loadContent, type ContentSnapshot } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { contentVersion } from '../src/lib/content/version.ts';
import { reconcile } from '../src/lib/content/reconcile.ts';
import { buildInstant, localDay } from '../src/lib/time.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = values.out;
const root = contentRoot();
const asOf = localDay(buildInstant());
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const { content, problems } = loadContent(root, { asOf });
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problems in ${root}: nothing was built. Fix them and build again.`);
  process.exit(1);
}
console.log(`[kezdesu] ${root} is valid (${content.issues.length} issues, ${content.meetings.length} meetings) as of ${asOf}; ${seconds()} s`);

// Hand the checked content to the Astro process, so it is read and checked once per build, not twice.
const snapshot = join(mkdtempSync(join(tmpdir(), 'kezdesu-build-')), 'content.json');
writeFileSync(snapshot, JSON.stringify({ root, asOf, version: contentVersion(root), content } satisfies ContentSnapshot));

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astro = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
  stdio: 'inherit',
  env: { ...process.env, KEZDESU_SNAPSHOT: snapshot },
});
rmSync(dirname(snapshot), { recursive: true, force: true });
if (astro.status !== 0) {
  console.error(`[kezdesu] astro build failed (exit ${astro.status ?? astro.signal}).`);
  process.exit(1);
}

const check = reconcile(content, outDir);
if (check.missing.length > 0 || check.orphaned.length > 0) {
  for (const p of check.missing.slice(0, 20)) console.error(`missing page: ${p}`);
  for (const p of check.orphaned.slice(0, 20)) console.error(`page without content: ${p}`);
  console.error(`[kezdesu] ${check.missing.length} pages missing, ${check.orphaned.length} without content: the site does not match its content.`);
  process.exit(1);
}
console.log(`[kezdesu] built ${outDir}: all ${check.expected} content pages present, none without content; ${seconds()} s`);
