/**
 * A tiny, valid content tree that tests copy and break one rule at a time.
 * Build day of the fixture: 2026-06-30.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { tempFolder } from '../support/temp.ts';

export const fixtureAsOf = '2026-06-30';

/** Files of a tree: JSON values, or text for MDX. */
export type Tree = Record<string, unknown>;

const names = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** A fresh copy of the valid fixture tree. */
export function validTree(): Tree {
  return structuredClone({
    'site.json': { demo: true, timelyAnnouncementDays: 3 },
    'privacy/allow-list.json': { phones: ['8 (7172) 55-66-77'], emails: ['press@akimat.example.kz'] },
    'geo/regions.json': [
      {
        kato: '100000000', slug: 'abay', iso: 'KZ-10', kind: 'oblast',
        name: names('Абай облысы', 'область Абай', 'Abay Region'), shortName: names('Абай', 'Абай', 'Abay'),
        centre: { kato: '101010000', name: names('Семей', 'Семей', 'Semey') },
      },
      {
        kato: '710000000', slug: 'astana', iso: 'KZ-71', kind: 'city',
        name: names('Астана қаласы', 'город Астана', 'Astana'), shortName: names('Астана', 'Астана', 'Astana'),
        centre: { kato: '710000000', name: names('Астана', 'Астана', 'Astana') },
      },
    ],
    'geo/tiles.json': [
      { region: 'abay', column: 1, row: 0, label: names('Абай', 'Абай', 'Abay') },
      { region: 'astana', column: 0, row: 0, label: names('Астана', 'Астана', 'Astana') },
    ],
    'geo/districts/abay.json': [
      { kato: '101000000', region: 'abay', slug: 'semey-city', kind: 'city', name: names('Семей қаласы', 'город Семей', 'Semey City'), shortName: names('Семей', 'Семей', 'Semey'), katoSource: 'kato-2022' },
      { kato: '103000000', region: 'abay', slug: 'abay-district', kind: 'district', name: names('Абай ауданы', 'Абайский район', 'Abay District'), shortName: names('Абай', 'Абай', 'Abay'), katoSource: 'kato-2022' },
    ],
    'geo/districts/astana.json': [
      { kato: '711100000', region: 'astana', slug: 'almaty-district', kind: 'city-district', name: names('Алматы ауданы', 'район Алматы', 'Almaty District'), shortName: names('Алматы', 'Алматы', 'Almaty'), katoSource: 'kato-2022' },
    ],
    'geo/settlements/abay.json': [{ kato: '101033000', district: 'semey-city', kind: 'rural-okrug', name: { ru: 'Абралинский сельский округ' } }],
    'plan/measures.json': [{ id: 'ap-001', title: { ru: 'Мобильный интернет в сёлах' }, ministry: 'min-digital', deadline: '2027-12-31' }],
    'meetings/abay/m-10-0001.json': {
      id: 'm-10-0001',
      holder: { level: 'city', office: { ru: 'Аким города Семей' } },
      place: { region: 'abay', district: 'semey-city', settlement: { kato: '101033000', name: { ru: 'Абралинский сельский округ' } }, venue: { ru: 'Дом культуры' }, address: { ru: 'улица Абая, 1' } },
      start: '2026-03-10T10:00+05:00',
      end: '2026-03-10T12:00+05:00',
      format: 'hybrid',
      stream: 'https://example.org/stream',
      announcements: [{ channel: 'newspaper', outlet: 'Семей таңы', issueNumber: '12', published: '2026-03-01' }],
      changes: [{ kind: 'held', date: '2026-03-11', attendance: 80 }],
    },
    'meetings/abay/m-10-0001.minutes.ru.mdx': '## Повестка\n\n<Speaker role="Аким города">\n\nОтвечаем на вопрос <IssueRef id="i-10-00001" />.\n\n</Speaker>\n',
    'meetings/abay/m-10-0002.json': {
      id: 'm-10-0002',
      holder: { level: 'district', office: { kk: 'Абай ауданының әкімі' } },
      place: { region: 'abay', district: 'abay-district', venue: { kk: 'Мәдениет үйі' }, address: { kk: 'Абай көшесі, 5' } },
      start: '2026-07-15T11:00+05:00',
      end: '2026-07-15T13:00+05:00',
      format: 'in-person',
      announcements: [{ channel: 'website', outlet: 'abay.example.kz', url: 'https://abay.example.kz/news/1', published: '2026-06-20' }],
    },
    'meetings/astana/m-71-0001.json': {
      id: 'm-71-0001',
      holder: { level: 'district', office: { ru: 'Аким района Алматы' } },
      place: { region: 'astana', district: 'almaty-district', venue: { ru: 'Школа № 5' }, address: { ru: 'проспект Республики, 10' } },
      start: '2026-04-02T15:00+05:00',
      end: '2026-04-02T17:00+05:00',
      format: 'in-person',
      announcements: [],
      changes: [{ kind: 'held', date: '2026-04-02' }],
    },
    'issues/abay/i-10-00001.json': {
      id: 'i-10-00001',
      meetings: ['m-10-0001'],
      raised: '2026-03-10',
      place: { region: 'abay', district: 'semey-city', settlement: { kato: '101033000', name: { ru: 'Абралинский сельский округ' } } },
      category: 'water',
      title: { ru: 'Нет питьевой воды' },
      description: { ru: 'Воду привозят раз в неделю.' },
      body: 'water-utility',
      history: [
        { date: '2026-03-10', status: 'received' },
        { date: '2026-03-20', status: 'in-review', note: { ru: 'Изучаем' } },
        { date: '2026-05-05', status: 'resolved', note: { ru: 'Скважина пробурена' }, evidence: [{ url: 'https://example.org/act.pdf' }] },
      ],
    },
    'issues/abay/i-10-00002.json': {
      id: 'i-10-00002',
      meetings: ['m-10-0001'],
      raised: '2026-03-10',
      place: { region: 'abay', district: 'semey-city' },
      category: 'mobile-internet',
      title: { kk: 'Ұялы байланыс жоқ' },
      description: { kk: 'Ауылда байланыс нашар.' },
      body: 'min-digital',
      history: [
        { date: '2026-03-10', status: 'received' },
        { date: '2026-04-01', status: 'planned', note: { ru: 'Включено в план' } },
      ],
      deadline: '2026-12-31',
      financing: { amountKzt: 12500000, source: 'local', decision: { session: 'XII', date: '2026-04-01', number: '12/345' } },
      measure: 'ap-001',
    },
    'issues/abay/i-10-00003.json': {
      id: 'i-10-00003',
      meetings: ['m-10-0001'],
      raised: '2026-03-10',
      place: { region: 'abay', district: 'semey-city' },
      category: 'water',
      title: { ru: 'Вода' },
      description: { ru: 'Тот же вопрос о воде. Телефон горячей линии акимата: +7 7172 55 66 77.' },
      body: 'water-utility',
      history: [
        { date: '2026-03-10', status: 'received' },
        { date: '2026-03-12', status: 'duplicate', note: { ru: 'Повтор' } },
      ],
      duplicateOf: 'i-10-00001',
    },
    'issues/astana/i-71-00001.json': {
      id: 'i-71-00001',
      meetings: ['m-71-0001'],
      raised: '2026-04-02',
      place: { region: 'astana', district: 'almaty-district' },
      category: 'roads-transport',
      title: { en: 'Pothole on the avenue' },
      description: { en: 'A deep pothole near school 5.' },
      body: 'district-akimat',
      history: [{ date: '2026-04-02', status: 'received' }],
    },
  });
}

/** Writes a tree into a new temporary folder and returns its path. */
export function writeTree(tree: Tree): string {
  const root = tempFolder('kezdesu-fixture-');
  for (const [path, value] of Object.entries(tree)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  }
  return root;
}

/** Validates a tree and returns the problem lines, with the temporary folder shown as `content`. */
export function problemsOf(tree: Tree, asOf = fixtureAsOf): string[] {
  const root = writeTree(tree);
  const { problems } = loadContent(root, { asOf });
  return problems.map((p) => formatProblem(p).replace(root, 'content'));
}

/** A JSON file of the tree, typed loosely for editing in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function entry(tree: Tree, path: string): any {
  const value = tree[path];
  if (value === undefined) throw new Error(`fixture has no ${path}`);
  return value;
}
