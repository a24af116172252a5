/**
 * Names of places and of the akims who hold them, in a language's own words.
 * Regions and districts have Kazakh names; most rural okrugs, towns and
 * villages have only the Russian name of the KATO classifier until editors
 * add the Kazakh one (the geography-names sheet, `npm run geo-names`). A
 * Kazakh sentence never takes a Russian name into its grammar: where the
 * Kazakh name is known it is inflected as Kazakh («Бидайық ауылдық округінің
 * әкімі»); where it is not, the place is named by its kind and district in
 * Kazakh («Ауылдық округ әкімі (Аягөз ауданы)»), and the Russian name may
 * only stand apart, as the value of a labelled field marked as Russian
 * («Ауылдық округ: <span lang="ru">Бидайыкский сельский округ</span>»).
 */
import type { LocalizedText, Names } from '../../schemas/common.ts';
import { settlementKinds, type Settlement } from '../../schemas/settlement.ts';
import type { HolderLevel, Language } from '../../vocabularies.ts';
import { kazakhGenitive } from '../i18n/kazakh-genitive.ts';
import { label } from '../i18n/labels.ts';
import { nameIn, ownText, pickText } from '../i18n/text.ts';
import { t, tf, type TranslationKey } from '../i18n/translations.ts';

/** A run of text with the language it is written in. */
export interface NamePart {
  text: string;
  lang: Language;
}

type SettlementKind = Settlement['kind'];

/** What a settlement is called in a language: «Ауылдық округ», «Сельский округ». */
export function settlementKindLabel(lang: Language, kind: SettlementKind): string {
  return t(lang, `geoName.kind.${kind}` as TranslationKey);
}

/**
 * A place given by reference (a meeting's or issue's settlement) with the
 * names the geography knows added where the reference lacks them: editors
 * who add a Kazakh name to `content/geo/settlements/` name every meeting and
 * issue there in Kazakh at once, without touching their files.
 */
export function withGeographyNames<T extends { kato?: string | undefined; name: LocalizedText }>(ref: T, byKato: ReadonlyMap<string, Settlement>): T {
  const known = ref.kato === undefined ? undefined : byKato.get(ref.kato);
  if (known === undefined) return ref;
  const name = { ...stripUndefined(known.name), ...stripUndefined(ref.name) } as LocalizedText;
  return Object.keys(name).length === Object.keys(ref.name).length ? ref : { ...ref, name };
}

function stripUndefined(text: Partial<Record<Language, string | undefined>>): Partial<Record<Language, string>> {
  return Object.fromEntries(Object.entries(text).filter(([, v]) => v !== undefined)) as Partial<Record<Language, string>>;
}

/** A settlement as a labelled field: its name in `lang`, or its kind in `lang` and its name as written (Russian), marked. */
export function settlementField(name: LocalizedText, kind: SettlementKind | undefined, lang: Language): NamePart[] {
  const own = ownText(name, lang);
  if (own !== undefined) return [{ text: own, lang }];
  const picked = pickText(name, lang);
  return [{ text: `${settlementKindLabel(lang, kind ?? 'other')}: `, lang }, { text: picked.text, lang: picked.lang }];
}

/** What a meeting's holder is made of for naming: its level, office as written, and its place. */
export interface HolderSource {
  level: HolderLevel;
  office: LocalizedText;
  body?: string | undefined;
  settlement?: { name: LocalizedText; kind?: SettlementKind | undefined } | undefined;
  district?: Names | undefined;
  region: Names;
}

/**
 * The holder of a meeting as plain text wholly in `lang`, for titles,
 * descriptions, feeds and press texts: the office as written in `lang`;
 * else, for an akim of a rural okrug, town or village whose name is known in
 * `lang`, «{name in the genitive} әкімі»; else the holder's level with the
 * district in brackets («Ауылдық округ әкімі (Аягөз ауданы)»). A name in
 * another language is left out, never inflected.
 */
export function holderPlain(holder: HolderSource, lang: Language): string {
  const office = ownText(holder.office, lang);
  if (office !== undefined) return office;
  if (holder.level === 'minister' && holder.body !== undefined) return label(lang, 'body', holder.body as Parameters<typeof label<'body'>>[2]);
  if (holder.level === 'rural-okrug' && holder.settlement !== undefined) {
    const own = ownText(holder.settlement.name, lang);
    if (own !== undefined) return tf(lang, 'geoName.akimOf', { place: lang === 'kk' ? kazakhGenitive(own) : own });
    const akim = t(lang, `geoName.kindAkim.${holder.settlement.kind ?? 'other'}` as TranslationKey);
    return holder.district === undefined ? akim : tf(lang, 'geoName.inDistrict', { what: akim, district: nameIn(holder.district, lang) });
  }
  const level = label(lang, 'holderLevel', holder.level);
  const place = holder.level === 'region' || holder.level === 'city' ? nameIn(holder.district ?? holder.region, lang) : holder.district === undefined ? undefined : nameIn(holder.district, lang);
  return place === undefined ? level : tf(lang, 'geoName.inDistrict', { what: level, district: place });
}

/**
 * The holder as a page shows it: the office as written in `lang`, or the
 * Kazakh holder of `holderPlain` with, where the place has a name only in
 * another language, that name standing apart after a colon, marked with its
 * language («Ауылдық округ әкімі (Аягөз ауданы): Бидайыкский сельский округ»).
 */
export function holderParts(holder: HolderSource, lang: Language): NamePart[] {
  const parts: NamePart[] = [{ text: holderPlain(holder, lang), lang }];
  if (ownText(holder.office, lang) !== undefined || holder.level !== 'rural-okrug') return parts;
  // Which okrug, town or village: its name, or the office as written, in the language it has.
  const apart = holder.settlement === undefined ? pickText(holder.office, lang) : ownText(holder.settlement.name, lang) === undefined ? pickText(holder.settlement.name, lang) : undefined;
  if (apart !== undefined) parts.push({ text: ': ', lang }, { text: apart.text, lang: apart.lang });
  return parts;
}

/** How many settlements of each kind have a Kazakh name and how many have not, kinds in the schema's order, for the methodology page. */
export function kazakhNameCoverage(settlements: readonly Settlement[]): { kind: SettlementKind; named: number; unnamed: number }[] {
  return settlementKinds
    .map((kind) => {
      const ofKind = settlements.filter((s) => s.kind === kind);
      const named = ofKind.filter((s) => s.name.kk !== undefined).length;
      return { kind, named, unnamed: ofKind.length - named };
    })
    .filter((row) => row.named + row.unnamed > 0);
}
