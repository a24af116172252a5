/**
 * Problems found in content, and how they are told to a data editor: one
 * line each, `file: field.path: what is wrong — how to fix it`.
 */
import type { z } from 'zod';
import { inEach, msg, say, type Message, type MessageValue } from '../i18n/messages.ts';
import { fixOf, schemaMessageOf } from '../i18n/schema-messages.ts';
import type { Language } from '../../vocabularies.ts';

export interface ContentProblem {
  /** File as the editor knows it, e.g. `content/issues/abay/i-10-00042.json`. */
  file: string;
  /** Field path inside the file (`history[2].status`), `line 12` in minutes, or `(file)` for the whole file. */
  path: string;
  /** What is wrong — how to fix it, in English. */
  message: string;
  /** The same as a message of the translation files, so it can be told in the editor's language; absent for one not yet translated. */
  says?: Message;
}

/** A problem told by a message of the translation files (its English words are `message`). */
export function problem(file: string, path: string, says: Message): ContentProblem {
  return { file, path, message: say(says, 'en'), says };
}

/** What is wrong with it — how to fix it, in one language. */
export function problemMessage(p: ContentProblem, lang: Language = 'en'): string {
  return p.says === undefined ? p.message : say(p.says, lang);
}

/** One problem as the line a data editor reads, in English. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/** How problems read in one language: `formatProblemIn('ru')` gives the Russian line of each. */
export function formatProblemIn(lang: Language): (p: ContentProblem) => string {
  return (p) => say(msg('problem.line', { file: p.file, path: p.path, message: problemMessage(p, lang) }), lang);
}

/** `['history', 2, 'status']` → `history[2].status`; a leading prefix (`[3]`) is kept as given. */
export function formatFieldPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(file)' : out;
}

const zodTypes = ['string', 'number', 'int', 'boolean', 'object', 'array', 'tuple'] as const;
const isZodType = (t: unknown): t is (typeof zodTypes)[number] => (zodTypes as readonly unknown[]).includes(t);

/** The type zod expected, in words of each language ("string", «текстом», «мәтін»). */
function expectedType(expected: string): MessageValue {
  return isZodType(expected) ? msg(`problem.type.${expected}`) : expected;
}

/** The value found, in words of each language: `the text "…"`, «текст «…»», «…» мәтіні. */
function describeType(value: unknown): MessageValue {
  if (value === null) return msg('problem.value.null');
  if (Array.isArray(value)) return msg('problem.value.list');
  if (typeof value === 'object') return msg('problem.value.object');
  if (typeof value === 'string') return msg('problem.value.text', { text: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  if (typeof value === 'number') return msg('problem.value.number', { value: String(value) });
  if (typeof value === 'boolean') return msg('problem.value.boolean', { value: String(value) });
  return `${typeof value} ${String(value)}`;
}

/**
 * What is wrong, when zod said it itself ("Too small: expected string to
 * have >=1 characters"): in English zod's words as they are, in Kazakh and
 * Russian the same problem in the editor's words.
 */
function zodOwnMessage(issue: z.core.$ZodIssue): MessageValue {
  const origin = (issue as { origin?: string }).origin;
  let words: Message;
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    if (origin === 'string') words = minimum <= 1 ? msg('problem.zod.empty') : msg('problem.zod.tooShort', { minimum });
    else if (origin === 'array' || origin === 'set') words = msg('problem.zod.tooFew', { minimum });
    else words = issue.inclusive === false ? msg('problem.zod.notAbove', { minimum }) : msg('problem.zod.tooSmall', { minimum });
  } else if (issue.code === 'too_big') {
    const maximum = Number(issue.maximum);
    if (origin === 'string') words = msg('problem.zod.tooLong', { maximum });
    else if (origin === 'array' || origin === 'set') words = msg('problem.zod.tooMany', { maximum });
    else words = issue.inclusive === false ? msg('problem.zod.notBelow', { maximum }) : msg('problem.zod.tooBig', { maximum });
  } else if (issue.code === 'invalid_value') {
    words = msg('problem.zod.notOneOf', { values: issue.values.map(String).join(', ') });
  } else {
    words = msg('problem.zod.invalid');
  }
  return inEach((lang) => (lang === 'en' ? issue.message : say(words, lang)));
}

/**
 * What a zod issue says, as a message, for callers that place it themselves
 * (the import puts it at a row and column): a schema's own "— fix" message,
 * or zod's words with "— correct the value"; its English is the issue's
 * message, with " — correct the value" when it has no fix. Undefined for a
 * "— fix" text no schema registered.
 */
export function zodIssueSays(issue: z.core.$ZodIssue): Message | undefined {
  const says = schemaMessageOf(issue.message);
  if (issue.message.includes(' — ')) return says;
  return msg('problem.correct', { message: says ?? zodOwnMessage(issue) });
}

/**
 * Turns zod issues into problems. Schemas carry their own "— fix" messages
 * (made with `schemaMessage`, so they are told in the editor's language);
 * issues zod raises itself (a missing field, an unknown key, a wrong type)
 * get one here.
 */
export function problemsFromZod(file: string, issues: readonly z.core.$ZodIssue[], prefix = ''): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(problem(file, formatFieldPath([...issue.path, key], prefix), msg('problem.unknownField')));
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      problems.push(...problemsFromZod(file, issue.errors[0] ?? [], prefix));
      continue;
    }
    const path = formatFieldPath(issue.path, prefix);
    const says = schemaMessageOf(issue.message);
    if (input === undefined && issue.code !== 'custom') {
      let hint: MessageValue;
      if (issue.message.includes(' — ')) {
        const english = issue.message.slice(issue.message.indexOf(' — ') + 3);
        const fix = says === undefined ? undefined : fixOf(says);
        hint = fix !== undefined && say(fix, 'en') === english ? fix : english;
      } else {
        hint = issue.code === 'invalid_type' && isZodType(issue.expected) ? msg(`problem.a.${issue.expected}`) : issue.code === 'invalid_type' ? `a ${issue.expected}` : msg('problem.a.value');
      }
      problems.push(problem(file, path, msg('problem.missing', { hint })));
      continue;
    }
    if (issue.message.includes(' — ')) {
      problems.push(says === undefined ? { file, path, message: issue.message } : problem(file, path, says));
      continue;
    }
    if (issue.code === 'invalid_type') {
      problems.push(problem(file, path, msg('problem.wrongType', { expected: expectedType(issue.expected), value: describeType(input) })));
      continue;
    }
    const own = zodOwnMessage(issue);
    problems.push(says === undefined ? problem(file, path, msg('problem.correct', { message: own })) : problem(file, path, msg('problem.correct', { message: says })));
  }
  return problems;
}
