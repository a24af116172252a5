/** Counted nouns: "1 issue", "5 вопросов", "3 мәселе" — plural rules differ per language. */
import { formatNumber } from './format.ts';
import type { Language } from '../../vocabularies.ts';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const nouns = {
  issues: {
    kk: { other: 'мәселе' },
    ru: { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' },
    en: { one: 'issue', other: 'issues' },
  },
  meetings: {
    kk: { other: 'кездесу' },
    ru: { one: 'встреча', few: 'встречи', many: 'встреч', other: 'встречи' },
    en: { one: 'meeting', other: 'meetings' },
  },
  times: {
    kk: { other: 'рет' },
    ru: { one: 'раз', few: 'раза', many: 'раз', other: 'раза' },
    en: { one: 'time', other: 'times' },
  },
  days: {
    kk: { other: 'күн' },
    ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
    en: { one: 'day', other: 'days' },
  },
} as const satisfies Record<string, Record<Language, Forms>>;
export type CountedNoun = keyof typeof nouns;

const rules = new Map<Language, Intl.PluralRules>();

/** "12 issues" in the page's language, with its number format and plural form. */
export function counted(lang: Language, n: number, noun: CountedNoun): string {
  let rule = rules.get(lang);
  if (rule === undefined) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const forms: Forms = nouns[noun][lang];
  return `${formatNumber(n, lang)} ${forms[rule.select(n)] ?? forms.other}`;
}
