/**
 * Messages that content schemas give zod. Zod keeps a message as a string,
 * so a schema writes `schemaMessage('schema.date.format')`: that is the
 * English text zod stores, and this module remembers which message of the
 * translation files it is. `problemsFromZod` (src/lib/content/problems.ts)
 * looks the text of each issue up again and tells it in the editor's
 * language.
 *
 * A message an editor may meet on a missing field ("is not a date — {fix}")
 * keeps its fix as a message of its own in the value `fix`, so "is missing —
 * add this field: …" can say the fix alone, and read well in every language.
 */
import { msg, say, type Message, type MessageValue } from './messages.ts';
import type { TranslationKey } from './translations.ts';

const byText = new Map<string, Message>();

/** Remembers a message as the English text zod will store, and returns that text. */
export function rememberMessage(message: Message): string {
  const text = say(message, 'en');
  if (!byText.has(text)) byText.set(text, message);
  return text;
}

/** The English text of a message for a zod schema (`.min(1, schemaMessage(…))`, `{ error: schemaMessage(…) }`), remembered so it can be told in any language. */
export function schemaMessage(key: TranslationKey, values?: Record<string, MessageValue>): string {
  return rememberMessage(msg(key, values));
}

/** The message a schema gave zod as this English text; undefined for a text zod made itself. */
export function schemaMessageOf(text: string): Message | undefined {
  return byText.get(text);
}

/** The fix part of a message ("— how to fix it"), when it was given as a message of its own. */
export function fixOf(message: Message): Message | undefined {
  const fix = message.values?.fix;
  return fix !== undefined && typeof fix === 'object' && 'key' in fix && typeof fix.key === 'string' ? (fix as Message) : undefined;
}
