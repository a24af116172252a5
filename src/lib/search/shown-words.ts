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
 * It works on the index's files in memory, before they are written, so that
 * no fragment is written twice. Pagefind 1.6's format, as compact.ts reads it.
 */
import { pack, unpackBytes, type IndexFile } from './compact.ts';

/** The words of a text as Pagefind and its excerpts count them: split at whitespace (not at U+FEFF). */
export function shownWords(text: string): string[] {
  return text.split(/[^\S\uFEFF]+/).filter((word) => word !== '');
}

export type { IndexFile } from './compact.ts';

/**
 * The files of one language's index with the text of every fragment replaced
 * by its record's original text, by URL (`textOf`); the other files as they are.
 */
export function showOriginalWords(files: readonly IndexFile[], lang: string, textOf: ReadonlyMap<string, string>): IndexFile[] {
  return files.map((file) => {
    if (!/^fragment\/[^/]+\.pf_fragment$/.test(file.path)) return file;
    const fragment = JSON.parse(Buffer.from(unpackBytes(file.content, file.path)).toString('utf8')) as { url: string; content: string };
    const original = textOf.get(fragment.url);
    if (original === undefined) throw new Error(`the search index of ${lang} has ${fragment.url}, which is not among its records`);
    const indexed = shownWords(fragment.content);
    const shown = shownWords(original);
    if (indexed.length !== shown.length) {
      throw new Error(`${fragment.url}: Pagefind indexed ${indexed.length} words of its stemmed text but the original has ${shown.length}, so excerpts would mark the wrong words`);
    }
    fragment.content = shown.join(' ');
    return { path: file.path, content: pack(Buffer.from(JSON.stringify(fragment), 'utf8')) };
  });
}
