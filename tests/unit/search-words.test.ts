/**
 * The words the site gives Pagefind: a Kazakh query is asked by its keys, as
 * the Kazakh index holds them, and Russian and English ones as typed; and an
 * index built from stemmed text gets the text as written back into its
 * fragments, word for word, so excerpts show the page's own words.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stemKazakhText } from '../../src/lib/search/kazakh-stem.ts';
import { unpackBytes } from '../../src/lib/search/compact.ts';
import { searchedWords, stemmedHere } from '../../src/lib/search/query-words.ts';
import { showOriginalWords, shownWords } from '../../src/lib/search/shown-words.ts';

/** A fragment file as Pagefind 1.6 writes it. */
const fragmentFile = (path: string, fragment: object) => ({
  path,
  content: new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd', 'latin1'), Buffer.from(JSON.stringify(fragment), 'utf8')]))),
});
const read = (file: { path: string; content: Uint8Array }) => JSON.parse(Buffer.from(unpackBytes(file.content, file.path)).toString('utf8')) as { url: string; content: string; word_count: number };

describe('the query Pagefind is asked', () => {
  it('has Kazakh words by their keys, and Russian and English words as typed', () => {
    expect(stemmedHere).toEqual({ kk: true, ru: false, en: false });
    expect(searchedWords('kk', 'Жарманың жолдары')).toBe('жарма жол');
    expect(searchedWords('ru', 'дороге Жарманың')).toBe('дороге Жарманың');
    expect(searchedWords('en', 'roads')).toBe('roads');
  });
});

describe('a fragment of an index built from stemmed text', () => {
  const original = 'Жарма ауданының тұрғындары\nгаздандыруды сұрайды.';
  const url = '/kk/issues/i-10-00001/';
  const indexed = shownWords(stemKazakhText(original)).join(' ');

  it('gets the text as written back, word for word, and nothing else changes', () => {
    const other = { path: 'pagefind-entry.json', content: new Uint8Array([1, 2, 3]) };
    const [fragment, entry] = showOriginalWords([fragmentFile('fragment/kk_abc.pf_fragment', { url, content: indexed, word_count: 5 }), other], 'kk', new Map([[url, original]]));
    expect(read(fragment!)).toEqual({ url, content: 'Жарма ауданының тұрғындары газдандыруды сұрайды.', word_count: 5 });
    expect(entry).toBe(other);
  });

  it('stops the build when its word count differs from the original\'s, or its page has no record', () => {
    const file = fragmentFile('fragment/kk_abc.pf_fragment', { url, content: `${indexed} extra`, word_count: 6 });
    expect(() => showOriginalWords([file], 'kk', new Map([[url, original]]))).toThrow(/indexed 6 words .* original has 5/);
    expect(() => showOriginalWords([file], 'kk', new Map())).toThrow(/not among its records/);
  });
});
