/**
 * The only place pages get content from: the tree is loaded, checked and
 * indexed once per build, and every page reads the same index.
 */
import { languages, type Language } from '../schemas/common.ts';
import { indexContent, type ContentIndex } from '../lib/content/indexes.ts';
import { readFileSync } from 'node:fs';
import { contentRoot, loadContent, type ContentSnapshot } from '../lib/content/load.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { buildInstant, localDay } from '../lib/time.ts';

let cached: ContentIndex | undefined;

/** The checked, indexed content; throws with the problems when content is invalid, so nothing invalid is built. */
export function siteIndex(): ContentIndex {
  const snapshot = process.env.KEZDESU_SNAPSHOT;
  if (cached === undefined && snapshot !== undefined && snapshot !== '') {
    // npm run build has already loaded and checked the content.
    const { content, asOf } = JSON.parse(readFileSync(snapshot, 'utf8')) as ContentSnapshot;
    cached = indexContent(content, asOf);
  }
  if (cached === undefined) {
    const root = contentRoot();
    const asOf = localDay(buildInstant());
    const { content, problems } = loadContent(root, { asOf });
    if (problems.length > 0) {
      const shown = problems.slice(0, 50).map(formatProblem).join('\n');
      throw new Error(`${root} has ${problems.length} problems; nothing is built. Run npm run validate for the full list.\n${shown}`);
    }
    cached = indexContent(content, asOf);
  }
  return cached;
}

/** `getStaticPaths` entries for pages that exist once per language. */
export function languagePaths(): { params: { lang: Language } }[] {
  return languages.map((lang) => ({ params: { lang } }));
}
