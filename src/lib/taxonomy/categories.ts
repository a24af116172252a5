/**
 * The fixed category taxonomy of issues. Adding a category is a code change:
 * every Record keyed by CategoryId must then handle it.
 */
import type { Language } from '../../schemas/common.ts';

export const categoryIds = [
  'mobile-internet',
  'electricity',
  'gas',
  'water',
  'roads-transport',
  'housing-utilities',
  'health',
  'education',
  'social-support',
  'employment',
  'agriculture',
  'public-order',
  'environment',
  'other',
] as const;
export type CategoryId = (typeof categoryIds)[number];

export interface CategoryInfo {
  /** Label in each language. */
  label: Record<Language, string>;
  /** What belongs in the category (English; shown on the methodology page). */
  covers: string;
}

export const categories: Record<CategoryId, CategoryInfo> = {
  'mobile-internet': {
    label: { kk: 'Ұялы байланыс және интернет', ru: 'Мобильная связь и интернет', en: 'Mobile & internet' },
    covers: 'Mobile coverage, internet speed and access, fixed lines, TV signal.',
  },
  electricity: {
    label: { kk: 'Электрмен жабдықтау', ru: 'Электроснабжение', en: 'Electricity' },
    covers: 'Connection to the grid, power cuts, transformers, line repairs, street lighting supply.',
  },
  gas: {
    label: { kk: 'Газдандыру', ru: 'Газификация', en: 'Gas' },
    covers: 'Gas pipelines, connections, bottled gas supply and prices.',
  },
  water: {
    label: { kk: 'Ауыз су', ru: 'Питьевая вода', en: 'Drinking water' },
    covers: 'Drinking water supply networks, water towers, water delivery, water quality, sewerage.',
  },
  'roads-transport': {
    label: { kk: 'Жолдар және көлік', ru: 'Дороги и транспорт', en: 'Roads & transport' },
    covers: 'Road construction and repair, bridges, public transport routes, school buses.',
  },
  'housing-utilities': {
    label: { kk: 'Тұрғын үй және коммуналдық шаруашылық', ru: 'Жильё и ЖКХ', en: 'Housing & utilities' },
    covers: 'Housing queues, apartment blocks, heating, waste collection, yards and playgrounds.',
  },
  health: {
    label: { kk: 'Денсаулық сақтау', ru: 'Здравоохранение', en: 'Health' },
    covers: 'Clinics, feldsher-obstetric points, doctors, ambulances, medicines.',
  },
  education: {
    label: { kk: 'Білім беру', ru: 'Образование', en: 'Education' },
    covers: 'Schools, kindergartens, teachers, school repairs and equipment.',
  },
  'social-support': {
    label: { kk: 'Әлеуметтік қолдау', ru: 'Социальная поддержка', en: 'Social support' },
    covers: 'Benefits, pensions, support for large families, people with disabilities and veterans.',
  },
  employment: {
    label: { kk: 'Жұмыспен қамту', ru: 'Занятость', en: 'Employment' },
    covers: 'Jobs, youth employment, training, small business support.',
  },
  agriculture: {
    label: { kk: 'Ауыл шаруашылығы', ru: 'Сельское хозяйство', en: 'Agriculture' },
    covers: 'Pastures, irrigation, livestock, veterinary services, farm subsidies.',
  },
  'public-order': {
    label: { kk: 'Қоғамдық тәртіп', ru: 'Общественный порядок', en: 'Public order' },
    covers: 'Policing, road safety, stray animals, emergency services.',
  },
  environment: {
    label: { kk: 'Экология', ru: 'Экология', en: 'Environment' },
    covers: 'Landfills, air and water pollution, green spaces, flood protection.',
  },
  other: {
    label: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
    covers: 'Anything that fits no other category: culture, sport, religion, land registration.',
  },
};
