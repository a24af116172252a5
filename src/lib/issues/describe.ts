/**
 * A correction of an issue's details in words, for the issue page and the
 * status feed alike: each fact it corrected, from the value before to the
 * value after ("Category: Drinking water → Gas").
 */
import type { IssuePublished } from '../../schemas/issue.ts';
import type { Measure } from '../../schemas/measure.ts';
import { msg, say } from '../i18n/messages.ts';
import { pickText } from '../i18n/text.ts';
import { label } from '../i18n/labels.ts';
import { t } from '../i18n/translations.ts';
import type { DetailsEntry, DetailsStep } from './changes.ts';
import type { Language } from '../../vocabularies.ts';

/** The facts a `details` entry corrected, named as the issue page names them: category, responsible, place, measure. */
export function detailsFieldsCorrected(change: DetailsEntry, lang: Language): string[] {
  const out: string[] = [];
  if (change.category !== undefined) out.push(t(lang, 'issue.category'));
  if (change.body !== undefined) out.push(t(lang, 'issue.body'));
  if (change.district !== undefined || change.settlement !== undefined) out.push(t(lang, 'issue.place'));
  if (change.measure !== undefined) out.push(t(lang, 'issue.measure'));
  return out;
}

/** What the issue page needs to name places and measures. */
export interface DetailsNames {
  /** A district's name from its region and slug; undefined when unknown (the slug is shown). */
  district: (region: string, district: string) => string | undefined;
  measures: readonly Pick<Measure, 'id' | 'title'>[];
}

/** One line per fact the correction gave: `Category: Drinking water → Gas`. */
export function detailsLines(step: DetailsStep, lang: Language, names: DetailsNames): string[] {
  const { change, before, after } = step;
  const none = say(msg('check.place.none'), lang);
  const place = (d: IssuePublished) => {
    const district = d.place.district === undefined ? undefined : (names.district(d.place.region, d.place.district) ?? d.place.district);
    const settlement = d.place.settlement === undefined ? undefined : pickText(d.place.settlement.name, lang).text;
    return [district, settlement].filter((x) => x !== undefined).join(', ') || none;
  };
  const measure = (id: string | undefined) => {
    if (id === undefined) return none;
    const found = names.measures.find((m) => m.id === id);
    return found === undefined ? id : `${id} ${pickText(found.title, lang).text}`;
  };
  const line = (name: string, from: string, to: string) => `${name}: ${from} → ${to}`;
  const out: string[] = [];
  if (change.category !== undefined) out.push(line(t(lang, 'issue.category'), label(lang, 'category', before.category), label(lang, 'category', after.category)));
  if (change.body !== undefined) out.push(line(t(lang, 'issue.body'), label(lang, 'body', before.body), label(lang, 'body', after.body)));
  if (change.district !== undefined || change.settlement !== undefined) out.push(line(t(lang, 'issue.place'), place(before), place(after)));
  if (change.measure !== undefined) out.push(line(t(lang, 'issue.measure'), measure(before.measure), measure(after.measure)));
  return out;
}
