/**
 * What a written search index holds: the URL of every page Pagefind put in
 * each language's index, read back from its files as the search page reads
 * them (the language's metadata lists the pages; each page's fragment has
 * its URL). The build compares these with the pages the content calls for,
 * so a page Pagefind dropped, or put in another language, stops the build.
 * Pagefind 1.6's format, as compact.ts reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCbor, type CborValue } from './cbor.ts';
import { knownPagefind, unpack } from './compact.ts';

export interface IndexedPages {
  /** Language → the URLs of the pages in its index, in the order the metadata lists them. */
  pages: Map<string, string[]>;
  /** Pages the metadata lists whose fragment is not there: a search would find them and fail to show them. */
  broken: string[];
}

/** Reads the index Pagefind wrote into `dir` (a site's `pagefind/` folder). */
export function indexedPages(dir: string): IndexedPages {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  if (!knownPagefind.test(entry.version)) {
    throw new Error(`Pagefind ${entry.version} wrote the index, but src/lib/search/indexed.ts knows only 1.6: check its format before upgrading`);
  }
  const pages = new Map<string, string[]>();
  const broken: string[] = [];
  for (const [lang, { hash }] of Object.entries(entry.languages)) {
    const metaFile = join(dir, `pagefind.${hash}.pf_meta`);
    const meta = decodeCbor(unpack(metaFile));
    // [version, pages [[name, word count, …]], index chunks, filters, sorts, meta fields]
    if (!Array.isArray(meta) || !Array.isArray(meta[1])) throw new Error(`${metaFile}: not the metadata layout of Pagefind 1.6`);
    const urls: string[] = [];
    for (const page of meta[1] as CborValue[][]) {
      const name = String(page[0]);
      const fragment = join(dir, 'fragment', `${name}.pf_fragment`);
      let bytes: Uint8Array;
      try {
        bytes = unpack(fragment);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        broken.push(`${lang}: ${name}`);
        continue;
      }
      urls.push((JSON.parse(Buffer.from(bytes).toString('utf8')) as { url: string }).url);
    }
    pages.set(lang, urls);
  }
  return { pages, broken };
}
