/**
 * Minutes of meetings are MDX written by many offices. They are parsed here,
 * never executed: only the components listed below are allowed, with plain
 * string attributes, and no import, export or JavaScript expression. The
 * same parse renders the HTML the meeting page shows, so a file that passes
 * the check is exactly what gets published.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Nodes as HastNodes, Properties } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { gfm } from 'micromark-extension-gfm';
import { checkAddress, relFor, safeHref, shownAddress } from '../security/addresses.ts';
import { mdxjs } from 'micromark-extension-mdxjs';
import { msg, say, type Message } from '../i18n/messages.ts';

interface ComponentSpec {
  /** Attributes it must have. */
  required: readonly string[];
  /** Attributes it may have. */
  optional: readonly string[];
  /** What it is for, shown to editors who use something else. */
  purpose: string;
}

/** The components minutes may use, and their attributes. */
export const minutesComponents = {
  Agenda: { required: [], optional: [], purpose: 'the agenda of the meeting' },
  Speaker: { required: ['role'], optional: [], purpose: 'what an official said; role is the position, e.g. "Akim of the district"' },
  Question: { required: [], optional: ['from'], purpose: 'a question from residents; from says where they live, never their name' },
  Answer: { required: [], optional: ['role'], purpose: 'the answer given' },
  Decision: { required: [], optional: [], purpose: 'what was decided' },
  Note: { required: [], optional: [], purpose: 'a remark by the secretary' },
  IssueRef: { required: ['id'], optional: [], purpose: 'a link to an issue, e.g. <IssueRef id="i-10-00042" />' },
} as const satisfies Record<string, ComponentSpec>;
export type MinutesComponent = keyof typeof minutesComponents;

const componentList = Object.keys(minutesComponents).join(', ');

export interface MinutesProblem {
  /** 1-based line in the MDX file. */
  line: number;
  /** What is wrong — how to fix it, in English. */
  message: string;
  /** The same as a message of the translation files, for the editor's language. */
  says: Message;
}

/** A problem at a line, told by a message of the translation files. */
function minutesProblem(line: number, says: Message): MinutesProblem {
  return { line, message: say(says, 'en'), says };
}

export interface CheckedMinutes {
  problems: MinutesProblem[];
  /** Issue ids the minutes link to with <IssueRef>. */
  issueRefs: { id: string; line: number }[];
  /**
   * All text of the minutes as the reader sees it (text within a paragraph
   * runs on, whatever the emphasis; each block on its own line), with every
   * link's address and title and every component attribute on lines of their
   * own: for the personal-data check and for search.
   */
  text: string;
  /** The items of the <Agenda> list as plain text, for the press texts of the meeting. */
  agenda: string[];
  /** HTML to publish; empty when there are problems. */
  html: string;
}

/** Whether a link is an e-mail address written as plain text, which GFM turns into a mailto: link. */
function writtenAsText(node: MdastNodes): boolean {
  if (node.type !== 'link' || !/^mailto:/i.test(node.url)) return false;
  const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
  return `mailto:${text}`.toLowerCase() === node.url.toLowerCase();
}

function isComponent(name: string): name is MinutesComponent {
  return Object.hasOwn(minutesComponents, name);
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

/** Attribute values of a JSX element, keyed by name (only plain strings survive the check). */
function attributesOf(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string') out[attr.name] = attr.value;
  }
  return out;
}

/** Nodes after which the reader's text starts a new line. */
const blockTypes: ReadonlySet<string> = new Set(['paragraph', 'heading', 'listItem', 'list', 'blockquote', 'tableRow', 'table', 'thematicBreak', 'mdxJsxFlowElement', 'footnoteDefinition']);

function checkTree(tree: MdastRoot, problems: MinutesProblem[], issueRefs: CheckedMinutes['issueRefs'], text: string[]): void {
  const visit = (node: MdastNodes): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(minutesProblem(lineOf(node), msg('minutes.importExport')));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(minutesProblem(lineOf(node), msg('minutes.expression')));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!isComponent(name)) {
          problems.push(minutesProblem(lineOf(node), msg('minutes.component', { tag: `<${name || '>'}${name ? '>' : ''}`, list: componentList })));
          return;
        }
        const spec: ComponentSpec = minutesComponents[name];
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            problems.push(minutesProblem(lineOf(node), msg('minutes.expressionAttribute', { name })));
          } else if (attr.value !== null && typeof attr.value !== 'string') {
            problems.push(minutesProblem(lineOf(node), msg('minutes.attributeExpression', { name, attribute: attr.name })));
          } else if (!spec.required.includes(attr.name) && !spec.optional.includes(attr.name)) {
            const allowed = [...spec.required, ...spec.optional];
            problems.push(
              minutesProblem(
                lineOf(node),
                allowed.length
                  ? msg('minutes.unknownAttribute', { name, attribute: attr.name, allowed: allowed.join(', ') })
                  : msg('minutes.noAttributes', { name, attribute: attr.name }),
              ),
            );
          }
        }
        const attrs = attributesOf(node);
        const named = new Set(node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '')));
        for (const req of spec.required) {
          if (!named.has(req) || attrs[req]?.trim() === '') {
            problems.push(minutesProblem(lineOf(node), msg('minutes.required', { name, attribute: req, purpose: msg(`minutes.purpose.${name}`) })));
          }
        }
        if (name === 'IssueRef' && attrs.id !== undefined) issueRefs.push({ id: attrs.id, line: lineOf(node) });
        for (const value of Object.values(attrs)) text.push('\n', value, '\n');
        break;
      }
      case 'html':
        problems.push(minutesProblem(lineOf(node), msg('minutes.html')));
        return;
      case 'text':
      case 'inlineCode':
        text.push(node.value);
        break;
      case 'code':
        text.push('\n', node.value, '\n');
        break;
      case 'break':
        text.push('\n');
        break;
      case 'link':
      case 'definition':
      case 'image': {
        // The address and title are published too (the title shows on hover): each on a line of its own.
        text.push('\n', node.url, '\n');
        if (node.type === 'image') text.push(node.alt ?? '', '\n');
        if ('title' in node && node.title) text.push(node.title, '\n');
        const verdict = checkAddress(node.url);
        // An e-mail address written as text becomes a mailto: link by itself (GFM): the personal-data check judges
        // the address, and the renderer shows it as text, since only web links are published.
        if (!verdict.ok && !writtenAsText(node)) {
          const what =
            node.type === 'image'
              ? msg('minutes.what.image')
              : node.type === 'definition'
                ? msg('minutes.what.reference', { label: node.label ?? node.identifier })
                : msg('minutes.what.link');
          problems.push(minutesProblem(lineOf(node), msg('minutes.address', { what, address: shownAddress(node.url), reason: verdict.says })));
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as MdastNodes[]) visit(child);
    // Text runs on within a paragraph as the reader sees it ("8 701 **234** 56 78" reads as one number); blocks end a line, table cells are kept apart.
    if (node.type === 'tableCell') text.push(' | ');
    else if (blockTypes.has(node.type)) text.push('\n');
  };
  visit(tree);
}

const componentTags: Record<MinutesComponent, string> = {
  Agenda: 'section',
  Speaker: 'div',
  Question: 'div',
  Answer: 'div',
  Decision: 'div',
  Note: 'aside',
  IssueRef: 'a',
};

function renderComponent(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const name = node.name as MinutesComponent;
  const attrs = attributesOf(node);
  const children = state.all(node) as ElementContent[];
  const properties: Properties = { className: [`minutes-${name.toLowerCase()}`] };
  if (name === 'IssueRef') {
    // Relative, so the link stays in the language of the page that shows the minutes.
    properties.href = `../../issues/${attrs.id ?? ''}/`;
    return { type: 'element', tagName: 'a', properties, children: children.length ? children : [{ type: 'text', value: attrs.id ?? '' }] };
  }
  const label = name === 'Speaker' || name === 'Answer' ? attrs.role : name === 'Question' ? attrs.from : undefined;
  const head: ElementContent[] =
    label !== undefined ? [{ type: 'element', tagName: 'p', properties: { className: ['minutes-who'] }, children: [{ type: 'text', value: label }] }] : [];
  return { type: 'element', tagName: componentTags[name], properties, children: [...head, ...children] };
}

/**
 * The renderer's own guard, whatever the checks said: a link whose address
 * may not be published loses its address (its text stays), an image becomes
 * its description, and links to other sites open with no handle on ours.
 */
function guardAddresses<T extends HastNodes>(node: T): T {
  if (!('children' in node)) return node;
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return guardAddresses(child);
    const { href, src } = child.properties;
    if (child.tagName === 'img') {
      if (typeof src === 'string' && safeHref(src) !== undefined) return child;
      return { type: 'text', value: typeof child.properties.alt === 'string' ? child.properties.alt : '' };
    }
    if (href !== undefined) {
      if (typeof href !== 'string' || safeHref(href) === undefined) {
        delete child.properties.href;
        if (child.tagName === 'a') child.tagName = 'span';
      } else if (child.tagName === 'a') {
        const rel = relFor(href);
        if (rel !== undefined) child.properties.rel = rel.split(' ');
      }
    }
    for (const name of Object.keys(child.properties)) {
      // Markdown makes no event handlers or styles; should anything slip through, it is dropped.
      if (/^on/i.test(name) || name === 'style' || name === 'srcSet' || name === 'formAction' || name === 'action') delete child.properties[name];
    }
    return guardAddresses(child);
  }) as typeof node.children;
  return node;
}

/** The items of the first <Agenda> (its list items, else its paragraphs), each as one line of plain text. */
function agendaItems(tree: MdastRoot): string[] {
  const find = (node: MdastNodes): MdastNodes | undefined => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Agenda') return node;
    if ('children' in node) for (const child of node.children as MdastNodes[]) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const agenda = find(tree);
  if (agenda === undefined || !('children' in agenda)) return [];
  const textOf = (node: MdastNodes): string =>
    'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as MdastNodes[]).map(textOf).join('') : '';
  const collect = (node: MdastNodes, type: 'listItem' | 'paragraph', into: string[]): string[] => {
    if (node.type === type) into.push(textOf(node).replace(/\s+/g, ' ').trim());
    else if ('children' in node) for (const child of node.children as MdastNodes[]) collect(child, type, into);
    return into;
  };
  const items = collect(agenda, 'listItem', []);
  return (items.length > 0 ? items : collect(agenda, 'paragraph', [])).filter((item) => item !== '');
}

/** Parses minutes, checks them against the rules above and renders them when they pass. */
export function checkMinutes(source: string): CheckedMinutes {
  const problems: MinutesProblem[] = [];
  const issueRefs: CheckedMinutes['issueRefs'] = [];
  const text: string[] = [];
  let tree: MdastRoot;
  try {
    tree = fromMarkdown(source, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch (error) {
    const err = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line ?? 1;
    const reason = (err.reason ?? err.message ?? 'cannot be read').replace(/\s+/g, ' ');
    const hint = /expression|acorn|brace/i.test(reason)
      ? msg('minutes.hint.brace')
      : /tag|element|closing/i.test(reason)
        ? msg('minutes.hint.close', { list: componentList })
        : msg('minutes.hint.syntax');
    return { problems: [minutesProblem(line, msg('minutes.unreadable', { reason, hint }))], issueRefs, text: source, agenda: [], html: '' };
  }
  checkTree(tree, problems, issueRefs, text);
  if (problems.length > 0) return { problems, issueRefs, text: text.join(''), agenda: [], html: '' };
  const agenda = agendaItems(tree);
  return { problems, issueRefs, text: text.join(''), agenda, html: renderTree(tree) };
}

/** The HTML of a parsed minutes tree; what the guard refuses never reaches it. */
function renderTree(tree: MdastRoot): string {
  // Minutes sit under the page's own "Minutes" heading: their headings go one level down.
  const shift = (node: MdastNodes): void => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + 1) as typeof node.depth;
    if ('children' in node) for (const child of node.children as MdastNodes[]) shift(child);
  };
  shift(tree);
  const hast = toHast(tree, {
    handlers: { mdxJsxFlowElement: renderComponent, mdxJsxTextElement: renderComponent },
  });
  return toHtml(guardAddresses(hast));
}

/**
 * Renders minutes without checking them first, as a build that skipped
 * validation would: the renderer's guard alone keeps unsafe addresses out.
 * The build itself always goes through `checkMinutes`.
 */
export function renderUncheckedMinutes(source: string): string {
  return renderTree(fromMarkdown(source, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }));
}
