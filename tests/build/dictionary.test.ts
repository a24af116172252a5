/** The data dictionary page: every column of every published file, described in the language of the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { datasets, type Dataset } from '../../src/lib/exports/datasets.ts';
import { label } from '../../src/lib/i18n/labels.ts';
import { csvFileColumns } from '../../src/lib/exports/files.ts';
import { computeSiteFigures } from '../../src/lib/stats/site-figures.ts';
import { testAsOf } from '../support/clock.ts';
import { testDist } from './global-setup.ts';
import { languages } from '../../src/vocabularies.ts';

const decode = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');

let sets: Dataset[];
beforeAll(() => {
  const asOf = testAsOf;
  const { content } = loadContent('content', { asOf });
  const index = indexContent(content, asOf);
  sets = datasets(Object.assign(index, { figures: computeSiteFigures(index) }));
});

/** The rows of one dictionary table, by the column name in its first cell. */
function dictionaryRows(html: string, table: string): Map<string, string> {
  const start = html.indexOf(`<table id="dictionary-${table}"`);
  expect(start, `table ${table}`).toBeGreaterThan(-1);
  const body = html.slice(start, html.indexOf('</table>', start));
  const rows = new Map<string, string>();
  for (const row of body.split('<tr').slice(1)) {
    const name = /<th scope="row"><code>([^<]+)<\/code>/.exec(row)?.[1];
    if (name !== undefined) rows.set(name, row);
  }
  return rows;
}

describe('data dictionary page', () => {
  it('lists every column of every CSV file with its type, meaning and allowed values in the language of the page', () => {
    for (const lang of languages) {
      const html = decode(readFileSync(join(testDist, lang, 'data', 'index.html'), 'utf8'));
      for (const d of sets) {
        expect(html, `${lang} ${d.name}`).toContain(d.description[lang]);
        const header = readFileSync(join(testDist, 'data', `${d.name}.csv`), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]?.split(',') ?? [];
        const rows = dictionaryRows(html, d.name);
        const columns = new Map(d.columns.map((c) => [c.name, c]));
        for (const name of header.slice(0, header.length - csvFileColumns.length)) {
          const column = columns.get(name);
          const row = rows.get(name);
          expect(row, `${lang} ${d.name}.${name} is not in the dictionary`).toBeDefined();
          if (column === undefined || row === undefined) continue;
          expect(row, `${lang} ${d.name}.${name}`).toContain(column.description[lang]);
          expect(row, `${lang} ${d.name}.${name}`).toContain(label(lang, 'columnType', column.type));
          for (const v of column.values ?? []) expect(row, `${lang} ${d.name}.${name}`).toContain(`<code>${v.value}</code> — ${v.label[lang]}`);
        }
        expect([...rows.keys()], `${lang} ${d.name}`).toEqual(header.slice(0, header.length - csvFileColumns.length));
      }
      const tail = dictionaryRows(html, 'csv');
      for (const c of csvFileColumns) expect(tail.get(c.name), `${lang} ${c.name}`).toContain(c.description[lang]);
    }
  });
});

describe('official contacts on the data page', () => {
  it('lists each contact the texts may give, with whose it is and its body, in the language of the page', () => {
    // The demo content's one contact (content/privacy/allow-list.json).
    const expected = {
      kk: ['Облыс әкімдігі баспасөз қызметінің мекенжайы (демонстрациялық деректер)', 'Облыс (қала) әкімдігі'],
      ru: ['Адрес пресс-службы акимата области (демонстрационные данные)', 'Акимат области (города)'],
      en: ['Press office of a regional akimat (demonstration data)', 'Regional (city) akimat'],
    };
    for (const lang of languages) {
      const html = decode(readFileSync(join(testDist, lang, 'data', 'index.html'), 'utf8'));
      const start = html.indexOf('<h2 id="contacts">');
      expect(start, lang).toBeGreaterThan(-1);
      const section = html.slice(start, html.indexOf('</table>', start));
      const [whose, body] = expected[lang];
      expect(section).toContain(`<th scope="row"><span>${whose}</span></th>`);
      expect(section).toContain('<code>press@example.org</code>');
      expect(section).toContain(`<td>${body}</td>`);
    }
  });
});
