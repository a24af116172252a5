/**
 * Which search indexes this site stems itself, and the words it gives
 * Pagefind for them. Pagefind stems Russian and English; it has no Kazakh
 * stemmer and takes none from outside, so the Kazakh index is built from
 * stemmed text (kazakh-stem.ts) and the search page stems the reader's query
 * the same way before asking it. The build and the search page both read
 * this module, so the two sides cannot disagree.
 */
import { stemKazakhQuery } from './kazakh-stem.ts';
import { languageList, type Language } from '../../vocabularies.ts';

/** The languages whose words the site stems before Pagefind sees them (`stemmer` of their line in `languageList`): the build indexes their text stemmed (src/lib/build/work.ts). */
export const stemmedHere = Object.fromEntries(languageList.map((line) => [line.code, 'stemmer' in line && line.stemmer === 'kazakh'])) as Record<Language, boolean>;

/** The query Pagefind is asked for what the reader typed in `lang`. */
export function searchedWords(lang: Language, query: string): string {
  return stemmedHere[lang] ? stemKazakhQuery(query) : query;
}
