/** Counted nouns: "1 issue", "5 вопросов", "3 мәселе" — plural rules differ per language (Intl.PluralRules), the words are the translation files'. */
import { formatNumber } from './format.ts';
import type { Language } from '../../vocabularies.ts';
import { t } from './translations.ts';

/** The nouns a number counts on the site; their forms are keys of the translation files (`counted.issues.few`). */
const nouns = ['issues', 'meetings', 'times', 'days'] as const;
export type CountedNoun = (typeof nouns)[number];
/** The plural forms the translation files give each noun; a language's other forms take `other`. */
const forms = ['one', 'few', 'many', 'other'] as const;

const rules = new Map<Language, Intl.PluralRules>();

/** "12 issues" in the page's language, with its number format and plural form. */
export function counted(lang: Language, n: number, noun: CountedNoun): string {
  let rule = rules.get(lang);
  if (rule === undefined) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const category = rule.select(n);
  const form = (forms as readonly string[]).includes(category) ? (category as (typeof forms)[number]) : 'other';
  return `${formatNumber(n, lang)} ${t(lang, `counted.${noun}.${form}`)}`;
}
