/** Labels the charts write, in the page's language: spans of days as "0–7" or "366+". */
import type { DayBin } from '../stats/figures.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Language } from '../../vocabularies.ts';

/** A span of days: "8–30", "5" when it is one day, "366+" when open-ended. */
export function dayBinLabel(bin: Pick<DayBin, 'from' | 'to'>, lang: Language): string {
  if (bin.to === null) return `${formatNumber(bin.from, lang)}+`;
  if (bin.to === bin.from) return formatNumber(bin.from, lang);
  return `${formatNumber(bin.from, lang)}–${formatNumber(bin.to, lang)}`;
}
