/**
 * Makes a written Pagefind index smaller for its first query.
 *
 * Before the first result, a browser downloads the language's metadata file,
 * which lists every page by its fragment name: a 7-character hash, random and
 * so incompressible, 35,000 times at 30,000 issues. That file alone was 286 KB
 * of a 479 KB first query. This step renames each page by its date and its
 * place among that day's pages, in base 36 (`ru_kbd_0`, `ru_kbd_1`; pages
 * without a date `ru_-…`; see page-names.ts), in date order, so the names
 * compress to almost nothing and the name itself carries the date: the search
 * page sorts newest or oldest from the names, across the indexes of every
 * period, and the index needs no sort data of its own.
 *
 * It reads Pagefind 1.6's files (gzip of `pagefind_dcd` + CBOR) and refuses any
 * other version by name, so upgrading Pagefind stops the build here until this
 * step is checked against the new format.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import { pageName } from './page-names.ts';

const signature = 'pagefind_dcd';
/** The Pagefind versions whose index layout this step knows. */
export const knownPagefind = /^1\.6\./;

/** Decompresses a Pagefind file and checks its signature. */
export function unpack(file: string): Uint8Array {
  return unpackBytes(readFileSync(file), file);
}

/** Decompresses the bytes of a Pagefind file (`name` for messages) and checks its signature. */
export function unpackBytes(packed: Uint8Array, name: string): Uint8Array {
  const bytes = gunzipSync(packed);
  if (Buffer.from(bytes.subarray(0, signature.length)).toString('latin1') !== signature) throw new Error(`${name} does not start with Pagefind's signature`);
  return bytes.subarray(signature.length);
}

/** Compresses bytes as Pagefind writes its files, signature first. */
export function pack(bytes: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(signature, 'latin1'), bytes]), { level: 9 });
}

export interface CompactResult {
  pages: number;
  metaBytesBefore: number;
  metaBytesAfter: number;
}

/** A file of an index as Pagefind's `getFiles` gives it: its path in the bundle folder and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * Renames the pages of one language's index, given as its files in memory
 * (Pagefind's `getFiles`), by each page's date (`YYYY-MM-DD`, or undefined)
 * by URL. Returns the files to write, what the metadata weighed, and the URL
 * of every page in the order the metadata lists them (what the index holds).
 */
export function compactFiles(files: readonly IndexFile[], lang: string, dateOf: ReadonlyMap<string, string | undefined>): CompactResult & { files: IndexFile[]; urls: string[] } {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const entryFile = byPath.get('pagefind-entry.json');
  if (entryFile === undefined) throw new Error(`the search index of ${lang} has no pagefind-entry.json`);
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as { version: string; languages: Record<string, { hash: string; wasm: string; page_count: number }> };
  if (!knownPagefind.test(entry.version)) {
    throw new Error(`Pagefind ${entry.version} wrote the index, but src/lib/search/compact.ts knows only 1.6: check its format before upgrading`);
  }
  const language = entry.languages[lang];
  if (language === undefined) throw new Error(`pagefind-entry.json has no language ${lang}`);
  const metaPath = `pagefind.${language.hash}.pf_meta`;
  const metaFile = byPath.get(metaPath);
  if (metaFile === undefined) throw new Error(`the search index of ${lang} has no ${metaPath}`);
  const metaBytesBefore = metaFile.content.length;
  const meta = decodeCbor(unpackBytes(metaFile.content, metaPath));
  // [version, pages [[name, word count, …]], index chunks, filters, sorts, meta fields]
  if (!Array.isArray(meta) || !Array.isArray(meta[1])) throw new Error(`${metaPath}: not the metadata layout of Pagefind 1.6`);
  const pages = meta[1] as CborValue[][];

  // Each page's URL is in its fragment; its date comes from the records.
  const found = pages.map((page) => {
    const name = page[0];
    if (typeof name !== 'string') throw new Error(`${metaPath}: a page without a name`);
    const path = `fragment/${name}.pf_fragment`;
    const file = byPath.get(path);
    if (file === undefined) throw new Error(`the search index of ${lang} lists ${name}, whose fragment is not there`);
    const fragment = JSON.parse(Buffer.from(unpackBytes(file.content, path)).toString('utf8')) as { url: string };
    if (!dateOf.has(fragment.url)) throw new Error(`the search index of ${lang} has ${fragment.url}, which is not among its records`);
    return { page, name, url: fragment.url, date: dateOf.get(fragment.url) };
  });
  const urls = found.map((p) => p.url);
  const byKey = (key: (p: (typeof found)[number]) => string) => (a: (typeof found)[number], b: (typeof found)[number]) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const dated = found.filter((p) => p.date !== undefined).sort(byKey((p) => `${p.date} ${p.url}`));
  const undated = found.filter((p) => p.date === undefined).sort(byKey((p) => p.url));
  let n = 0;
  dated.forEach((p, at) => {
    n = at > 0 && dated[at - 1]!.date === p.date ? n + 1 : 0;
    p.page[0] = pageName(lang, p.date, n);
  });
  undated.forEach((p, at) => (p.page[0] = pageName(lang, undefined, at)));
  const before = new Set(found.map((p) => p.name));
  const clash = found.find((p) => before.has(String(p.page[0])));
  if (clash !== undefined) throw new Error(`${metaPath}: the new page name ${String(clash.page[0])} is already a Pagefind page name`);
  const renamed = new Map(found.map((p) => [`fragment/${p.name}.pf_fragment`, `fragment/${String(p.page[0])}.pf_fragment`]));

  const packed = pack(encodeCbor(meta));
  const hash = `${lang}_${createHash('sha256').update(packed).digest('hex').slice(0, 10)}`;
  language.hash = hash;
  const out: IndexFile[] = [];
  for (const file of files) {
    if (file.path === metaPath || file.path === 'pagefind-entry.json') continue;
    out.push({ path: renamed.get(file.path) ?? file.path, content: file.content });
  }
  out.push({ path: `pagefind.${hash}.pf_meta`, content: packed }, { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify(entry), 'utf8') });
  return { files: out, urls, pages: pages.length, metaBytesBefore, metaBytesAfter: packed.length };
}

/**
 * The same for an index already written for one language in `dir` (the
 * output of `writeFiles`): its files are read, renamed and written back.
 */
export function compactIndex(dir: string, lang: string, dateOf: ReadonlyMap<string, string | undefined>): CompactResult {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => {
      const path = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
      return { path, content: readFileSync(join(dir, path)) };
    });
  const result = compactFiles(files, lang, dateOf);
  for (const file of files) rmSync(join(dir, file.path));
  for (const file of result.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  return { pages: result.pages, metaBytesBefore: result.metaBytesBefore, metaBytesAfter: result.metaBytesAfter };
}
