/**
 * Problems found in content, and how they are told to a data editor: one
 * line each, `file: field.path: what is wrong — how to fix it`.
 */
import type { z } from 'zod';
import type { Language } from '../../schemas/common.ts';
import { msg, say, type Message } from '../i18n/messages.ts';

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

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Turns zod issues into problems. Schemas carry their own "— fix" messages;
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
    if (input === undefined && issue.code !== 'custom') {
      const hint = issue.message.includes(' — ') ? issue.message.slice(issue.message.indexOf(' — ') + 3) : `a ${issue.code === 'invalid_type' ? issue.expected : 'value'}`;
      problems.push({ file, path, message: `is missing — add this field: ${hint}` });
      continue;
    }
    if (issue.message.includes(' — ')) {
      problems.push({ file, path, message: issue.message });
      continue;
    }
    if (issue.code === 'invalid_type') {
      problems.push({ file, path, message: `should be ${issue.expected}, not ${describeType(input)} — correct the value` });
      continue;
    }
    problems.push({ file, path, message: `${issue.message} — correct the value` });
  }
  return problems;
}
