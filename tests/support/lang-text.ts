/**
 * The text of a built page that a reader or a search engine takes to be in
 * the page's language: every text node not inside an element marked with
 * another language (`lang="ru"`), and the attributes people read or hear
 * (`title`, `alt`, `aria-label`, the meta description). Enough for the
 * site's own generated HTML; not a full parser.
 */
import { decodeEntities } from './site.ts';

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const rawElements = new Set(['script', 'style', 'template', 'textarea']);
const readAttributes = ['title', 'alt', 'aria-label', 'placeholder'];

/**
 * The runs of text outside elements whose `lang` is `otherLang`, each with
 * the tag path it sits in (for the test's message). A run that comes right
 * after such an element and goes on with a word («<span lang="ru">Бидайыкский
 * сельский округ</span> әкімінің аппараты») is marked `after`: the name was
 * taken into the sentence's grammar rather than standing apart.
 */
export function textOutsideLang(html: string, otherLang: string): { text: string; where: string; after?: string }[] {
  const runs: { text: string; where: string; after?: string }[] = [];
  let closedOther: string | undefined;
  const stack: { name: string; other: boolean }[] = [];
  const outside = () => !stack.some((e) => e.other);
  const where = () => stack.map((e) => e.name).join('>');
  const pattern = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html)) !== null) {
    const [, closing, opening, attributeText = '', text] = match;
    if (text !== undefined) {
      if (outside() && text.trim() !== '') runs.push({ text: decodeEntities(text), where: where(), ...(closedOther === undefined ? {} : { after: closedOther }) });
      closedOther = undefined;
    } else if (closing !== undefined) {
      const name = closing.toLowerCase();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      const wasOther = at >= 0 && stack[at]!.other && !stack.slice(0, at).some((e) => e.other);
      if (at >= 0) stack.length = at;
      closedOther = wasOther ? html.slice(html.lastIndexOf('>', match.index - 1) + 1, match.index) : undefined;
    } else if (opening !== undefined) {
      closedOther = undefined;
      const name = opening.toLowerCase();
      const attributes = new Map([...attributeText.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)].map((a) => [a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')]));
      const lang = attributes.get('lang');
      const other = lang !== undefined && lang.toLowerCase().split('-')[0] === otherLang;
      const inside = outside() && !other;
      if (inside) {
        for (const a of readAttributes) if (attributes.get(a)) runs.push({ text: attributes.get(a)!, where: `${where()}>${name}[${a}]` });
        if (name === 'meta' && ['description', 'og:description', 'og:title', 'twitter:description'].includes(attributes.get('name') ?? attributes.get('property') ?? '')) runs.push({ text: attributes.get('content') ?? '', where: `meta[${attributes.get('name') ?? attributes.get('property')}]` });
      }
      if (rawElements.has(name) && !/\/\s*$/.test(attributeText)) {
        const end = html.toLowerCase().indexOf(`</${name}`, pattern.lastIndex);
        if (end === -1) break;
        pattern.lastIndex = end;
        continue;
      }
      if (!voidElements.has(name) && !/\/\s*$/.test(attributeText)) stack.push({ name, other });
    }
  }
  return runs;
}

/**
 * Texts the content's editors wrote themselves — every string of the
 * meetings and issues except the names of their places and holders, which
 * the site composes from the geography, and every line of the minutes with
 * its attributes' values — that already hold Russian words where Kazakh was
 * written. The page check leaves these to the content (the demo generator
 * writes some: a settlement's Russian name inside a Kazakh issue text) and
 * holds the site to every word it puts around them.
 */
export function wordsOfEditors(files: Iterable<{ path: string; text: string }>, isRussian: (text: string) => boolean): string[] {
  const found = new Set<string>();
  const add = (text: string) => {
    for (const line of text.split(/\n+/)) if (line.trim() !== '' && isRussian(line)) found.add(line.trim());
  };
  const walk = (value: unknown, key: string) => {
    if (key === 'settlement' || key === 'holder' || key === 'office') return;
    if (typeof value === 'string') add(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const { path, text } of files) {
    if (path.endsWith('.json')) walk(JSON.parse(text), '');
    else {
      for (const attribute of text.matchAll(/\b\w+="([^"]*)"/g)) add(attribute[1]!);
      add(text.replace(/<[^>]*>/g, '\n').replace(/^#+\s*|^\d+\.\s+|^[-*]\s+/gm, ''));
    }
  }
  return [...found];
}

/** Which Russian words of a run of page text stand inside a text the editors wrote (one of `editors`), and so are the content's. */
export function byEditors(editors: readonly string[], wordsOf: (text: string) => { word: string; index: number }[]): (run: string, word: { word: string; index: number }) => boolean {
  const byWord = new Map<string, string[]>();
  for (const text of editors) for (const { word } of wordsOf(text)) (byWord.get(word.toLowerCase()) ?? byWord.set(word.toLowerCase(), []).get(word.toLowerCase())!).push(text);
  return (run, { word, index }) => {
    const trimmed = run.trim().replace(/\s+/g, ' ');
    for (const text of byWord.get(word.toLowerCase()) ?? []) {
      const flat = text.replace(/\s+/g, ' ');
      if (flat.includes(trimmed)) return true;
      for (let at = run.indexOf(text); at >= 0; at = run.indexOf(text, at + 1)) if (at <= index && index < at + text.length) return true;
    }
    return false;
  };
}
