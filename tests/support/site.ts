/**
 * Reading a built site as a visitor's browser would see it: which pages
 * there are, at which URL, of which kind, and what they link to.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { languages } from '../../src/vocabularies.ts';

/** Every file under `dir`, relative, with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page under `dir`, relative (`kk/issues/i-1/index.html`), sorted. */
export function listPages(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The URL path a static host serves `file` at: `kk/index.html` → `/kk/`, `404.html` → `/404.html`. */
export function pageUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The language a page URL is in, if it is under a language prefix. */
export function urlLanguage(url: string): string | undefined {
  const first = url.split('/')[1];
  return (languages as readonly string[]).includes(first ?? '') ? first : undefined;
}

/**
 * The pages of a site grouped by kind, from the shapes of their URLs alone,
 * so tests cover every kind the site has without a list of them. The
 * language becomes `{lang}` and the section right after it stays as
 * written. Deeper, a segment stays as written when it recurs under at least
 * half of its sibling pages of one kind (`meetings` and `issues` under
 * every region, `issues` under every paginated district); numbers become
 * `{n}` and other segments `{slug}`. So `/kk/regions/abay/zharma-district/`
 * is of the kind `/{lang}/regions/{slug}/{slug}/`, `/kk/regions/abay/meetings/`
 * of `/{lang}/regions/{slug}/meetings/` and `/ru/regions/abay/issues/2/` of
 * `/{lang}/regions/{slug}/issues/{n}/`. Pages outside a language are
 * grouped by the same rules from their first segment on, so the notices
 * `/meetings/m-10-0001/notice/` are one kind, `/meetings/{slug}/notice/`,
 * while `/` and `/404.html` are each their own. Kinds and their URLs come
 * sorted.
 */
export function pageTypes(urls: readonly string[]): Map<string, string[]> {
  const split = urls.map((url) => {
    const lang = urlLanguage(url);
    const segments = url.split('/').filter(Boolean);
    // Paths after a language are keyed as written; paths outside one under a leading `/`, so the two never mix.
    return { url, lang, root: lang === undefined ? '/' : '', segments: lang === undefined ? segments : segments.slice(1), slash: url.endsWith('/') ? '/' : '' };
  });
  // The kind of each path prefix (after the language, or from the root), worked out one depth at a time.
  const kindOf = new Map<string, string>([['', ''], ['/', '/']]);
  const depth = Math.max(0, ...split.map((page) => page.segments.length));
  for (let i = 0; i < depth; i++) {
    // parent kind → parent path → its children at depth i
    const groups = new Map<string, Map<string, Set<string>>>();
    for (const { root, segments } of split) {
      if (segments.length <= i) continue;
      const parent = root + segments.slice(0, i).join('/');
      const parentKind = kindOf.get(parent)!;
      const parents = groups.get(parentKind) ?? groups.set(parentKind, new Map()).get(parentKind)!;
      (parents.get(parent) ?? parents.set(parent, new Set()).get(parent)!).add(segments[i]!);
    }
    for (const [parentKind, parents] of groups) {
      const recurrence = new Map<string, number>();
      for (const children of parents.values()) for (const child of children) recurrence.set(child, (recurrence.get(child) ?? 0) + 1);
      for (const [parent, children] of parents) {
        for (const child of children) {
          const word =
            i === 0 || (!/^\d+$/.test(child) && parents.size >= 2 && recurrence.get(child)! * 2 >= parents.size) ? child : /^\d+$/.test(child) ? '{n}' : '{slug}';
          const top = parent === '' || parent === '/';
          kindOf.set(top ? parent + child : `${parent}/${child}`, top ? parentKind + word : `${parentKind}/${word}`);
        }
      }
    }
  }
  const kinds = new Map<string, string[]>();
  for (const { url, lang, root, segments, slash } of split) {
    const kind =
      lang === undefined
        ? segments.length === 0 ? url : `${kindOf.get(root + segments.join('/'))}${slash}`
        : `/{lang}/${kindOf.get(segments.join('/'))}${segments.length > 0 ? slash : ''}`.replace('//', '/');
    (kinds.get(kind) ?? kinds.set(kind, []).get(kind)!).push(url);
  }
  return new Map([...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => [kind, list.sort()]));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value can hold. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/**
 * The start tags of an HTML document with their attributes, skipping
 * comments and the insides of `script`, `style`, `template` and `textarea`.
 * Enough for reading links out of generated pages; not a full parser.
 */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let match: RegExpExecArray | null;
  while ((match = tagPattern.exec(html)) !== null) {
    const name = match[1]?.toLowerCase();
    if (name === undefined) continue;
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(attributePattern)) {
      const key = attribute[1]!.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    tags.push({ name, attributes });
    if (['script', 'style', 'template', 'textarea'].includes(name) && !/\/\s*$/.test(match[2] ?? '')) {
      const end = html.toLowerCase().indexOf(`</${name}`, tagPattern.lastIndex);
      if (end === -1) break;
      tagPattern.lastIndex = end;
    }
  }
  return tags;
}

export interface Reference {
  /** Where it appears, e.g. `a[href]`. */
  where: string;
  /** The value as written (decoded). */
  value: string;
}

/** Every URL a page refers to: `href`, `src`, `srcset`, `poster`, `data` on `<object>`, and a `<meta http-equiv="refresh">` target. */
export function references(html: string): Reference[] {
  const found: Reference[] = [];
  for (const { name, attributes } of startTags(html)) {
    for (const attribute of ['href', 'src', 'poster'] as const) {
      const value = attributes.get(attribute);
      if (value !== undefined) found.push({ where: `${name}[${attribute}]`, value: value.trim() });
    }
    const srcset = attributes.get('srcset');
    if (srcset !== undefined) {
      for (const candidate of srcset.split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) found.push({ where: `${name}[srcset]`, value });
      }
    }
    if (name === 'object' && attributes.has('data')) found.push({ where: 'object[data]', value: attributes.get('data')!.trim() });
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.get('content') ?? '')?.[1];
      if (target) found.push({ where: 'meta[http-equiv=refresh]', value: target.trim() });
    }
  }
  return found;
}
