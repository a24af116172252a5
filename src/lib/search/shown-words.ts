/**
 * Puts the words as written back into the result excerpts of an index built
 * from stemmed text (query-words.ts).
 *
 * Pagefind keeps each page's text in its fragment and builds a result's
 * excerpt from it in the browser, marking the words at the places its index
 * matched: a place is a word's position among the text's words split at
 * whitespace. The stemmed text has the same words at the same places
 * (kazakh-stem.ts replaces each word by its key and keeps every space), so
 * replacing the fragment's text with the original one makes the excerpt show
 * and mark the words the page has, «жолдың» where the reader typed «жолдың» or
 * «жол», never the keys. A fragment whose word count differs from the
 * original's stops the build: its marks would fall on the wrong words.
 * Pagefind 1.6's format, as compact.ts reads it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCbor, type CborValue } from './cbor.ts';
import { knownPagefind, pack, unpack } from './compact.ts';

/** The words of a text as Pagefind and its excerpts count them: split at whitespace (not at U+FEFF). */
export function shownWords(text: string): string[] {
  return text.split(/[^\S\uFEFF]+/).filter((word) => word !== '');
}

/**
 * Replaces the text of every fragment of `lang`'s index in `dir` (the output
 * of `writeFiles`) with its record's original text, by URL; returns the
 * number of fragments rewritten.
 */
export function showOriginalWords(dir: string, lang: string, textOf: ReadonlyMap<string, string>): number {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  if (!knownPagefind.test(entry.version)) {
    throw new Error(`Pagefind ${entry.version} wrote the index, but src/lib/search/shown-words.ts knows only 1.6: check its format before upgrading`);
  }
  const language = entry.languages[lang];
  if (language === undefined) throw new Error(`${entryFile} has no language ${lang}`);
  const metaFile = join(dir, `pagefind.${language.hash}.pf_meta`);
  const meta = decodeCbor(unpack(metaFile));
  // [version, pages [[name, word count, …]], index chunks, filters, sorts, meta fields]
  if (!Array.isArray(meta) || !Array.isArray(meta[1])) throw new Error(`${metaFile}: not the metadata layout of Pagefind 1.6`);
  let rewritten = 0;
  for (const page of meta[1] as CborValue[][]) {
    const file = join(dir, 'fragment', `${String(page[0])}.pf_fragment`);
    const fragment = JSON.parse(Buffer.from(unpack(file)).toString('utf8')) as { url: string; content: string };
    const original = textOf.get(fragment.url);
    if (original === undefined) throw new Error(`the search index of ${lang} has ${fragment.url}, which is not among its records`);
    const indexed = shownWords(fragment.content);
    const shown = shownWords(original);
    if (indexed.length !== shown.length) {
      throw new Error(`${fragment.url}: Pagefind indexed ${indexed.length} words of its stemmed text but the original has ${shown.length}, so excerpts would mark the wrong words`);
    }
    fragment.content = shown.join(' ');
    writeFileSync(file, pack(Buffer.from(JSON.stringify(fragment), 'utf8')));
    rewritten += 1;
  }
  return rewritten;
}
