/**
 * The fixed list of bodies an issue can be assigned to. Local akimats are
 * listed by level: the place says which one (the akimat of its
 * district, say), so one id serves all 20 regions.
 */
import type { Language } from '../../schemas/common.ts';

export const bodyIds = [
  'region-akimat',
  'district-akimat',
  'rural-akimat',
  'maslikhat',
  'min-digital',
  'min-energy',
  'min-industry',
  'min-transport',
  'min-health',
  'min-education',
  'min-labour',
  'min-agriculture',
  'min-water',
  'min-ecology',
  'min-interior',
  'min-emergencies',
  'min-economy',
  'min-information',
  'kazakhtelecom',
  'kegoc',
  'qazaqgaz',
  'power-distribution',
  'water-utility',
] as const;
export type BodyId = (typeof bodyIds)[number];

export const bodyKinds = ['local', 'ministry', 'company'] as const;

export interface BodyInfo {
  kind: (typeof bodyKinds)[number];
  /** Name in each language; for local bodies, the generic name (the page adds the place). */
  name: Record<Language, string>;
}

export const bodies: Record<BodyId, BodyInfo> = {
  'region-akimat': { kind: 'local', name: { kk: 'Облыс (қала) әкімдігі', ru: 'Акимат области (города)', en: 'Regional (city) akimat' } },
  'district-akimat': { kind: 'local', name: { kk: 'Аудан (қала) әкімдігі', ru: 'Акимат района (города)', en: 'District (city) akimat' } },
  'rural-akimat': { kind: 'local', name: { kk: 'Ауылдық округ әкімінің аппараты', ru: 'Аппарат акима сельского округа', en: 'Rural okrug akim’s office' } },
  maslikhat: { kind: 'local', name: { kk: 'Мәслихат', ru: 'Маслихат', en: 'Maslikhat (local council)' } },
  'min-digital': {
    kind: 'ministry',
    name: {
      kk: 'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
      ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности',
      en: 'Ministry of Digital Development, Innovation and Aerospace Industry',
    },
  },
  'min-energy': { kind: 'ministry', name: { kk: 'Энергетика министрлігі', ru: 'Министерство энергетики', en: 'Ministry of Energy' } },
  'min-industry': {
    kind: 'ministry',
    name: { kk: 'Өнеркәсіп және құрылыс министрлігі', ru: 'Министерство промышленности и строительства', en: 'Ministry of Industry and Construction' },
  },
  'min-transport': { kind: 'ministry', name: { kk: 'Көлік министрлігі', ru: 'Министерство транспорта', en: 'Ministry of Transport' } },
  'min-health': { kind: 'ministry', name: { kk: 'Денсаулық сақтау министрлігі', ru: 'Министерство здравоохранения', en: 'Ministry of Health' } },
  'min-education': { kind: 'ministry', name: { kk: 'Оқу-ағарту министрлігі', ru: 'Министерство просвещения', en: 'Ministry of Education' } },
  'min-labour': {
    kind: 'ministry',
    name: {
      kk: 'Еңбек және халықты әлеуметтік қорғау министрлігі',
      ru: 'Министерство труда и социальной защиты населения',
      en: 'Ministry of Labour and Social Protection',
    },
  },
  'min-agriculture': { kind: 'ministry', name: { kk: 'Ауыл шаруашылығы министрлігі', ru: 'Министерство сельского хозяйства', en: 'Ministry of Agriculture' } },
  'min-water': {
    kind: 'ministry',
    name: { kk: 'Су ресурстары және ирригация министрлігі', ru: 'Министерство водных ресурсов и ирригации', en: 'Ministry of Water Resources and Irrigation' },
  },
  'min-ecology': {
    kind: 'ministry',
    name: { kk: 'Экология және табиғи ресурстар министрлігі', ru: 'Министерство экологии и природных ресурсов', en: 'Ministry of Ecology and Natural Resources' },
  },
  'min-interior': { kind: 'ministry', name: { kk: 'Ішкі істер министрлігі', ru: 'Министерство внутренних дел', en: 'Ministry of Internal Affairs' } },
  'min-emergencies': { kind: 'ministry', name: { kk: 'Төтенше жағдайлар министрлігі', ru: 'Министерство по чрезвычайным ситуациям', en: 'Ministry of Emergency Situations' } },
  'min-economy': { kind: 'ministry', name: { kk: 'Ұлттық экономика министрлігі', ru: 'Министерство национальной экономики', en: 'Ministry of National Economy' } },
  'min-information': { kind: 'ministry', name: { kk: 'Мәдениет және ақпарат министрлігі', ru: 'Министерство культуры и информации', en: 'Ministry of Culture and Information' } },
  kazakhtelecom: { kind: 'company', name: { kk: '«Қазақтелеком» АҚ', ru: 'АО «Казахтелеком»', en: 'Kazakhtelecom JSC' } },
  kegoc: { kind: 'company', name: { kk: '«KEGOC» АҚ', ru: 'АО «KEGOC»', en: 'KEGOC JSC' } },
  qazaqgaz: { kind: 'company', name: { kk: '«QazaqGaz» ҰК» АҚ', ru: 'АО «НК «QazaqGaz»', en: 'QazaqGaz NC JSC' } },
  'power-distribution': {
    kind: 'company',
    name: { kk: 'Өңірлік электр желілік компания', ru: 'Региональная электросетевая компания', en: 'Regional power distribution company' },
  },
  'water-utility': { kind: 'company', name: { kk: 'Жергілікті су шаруашылығы кәсіпорны', ru: 'Местное водохозяйственное предприятие', en: 'Local water utility' } },
};
