/**
 * The data dictionary: every dataset and column says what it holds in
 * Kazakh, Russian and English, content fields are described once (in their
 * schema), and the published JSON Schemas carry those words and accept
 * exactly the files they describe.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { meaningOf, type Meaning } from '../../src/schemas/common.ts';
import { DeadlineChange, Issue, StatusEvent } from '../../src/schemas/issue.ts';
import { MeetingRecord, MeetingState } from '../../src/schemas/meeting.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { datasets, type Dataset } from '../../src/lib/exports/datasets.ts';
import { label } from '../../src/lib/i18n/labels.ts';
import { csvFileColumns, fileFieldMeanings, schemaExtensionKeywords, toCsv, toJson, toJsonSchema, type FileMeta } from '../../src/lib/exports/files.ts';
import { computeSiteFigures } from '../../src/lib/stats/site-figures.ts';
import { fixtureAsOf, writeTree } from '../content/fixture.ts';
import { openDataTree } from '../content/open-data-fixture.ts';
import { columnTypes, languages } from '../../src/vocabularies.ts';

const meta: FileMeta = { version: '0123456789ab', asOf: fixtureAsOf, license: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' };
const cyrillic = /[а-яё]/i;

let sets: Dataset[];
beforeAll(() => {
  // With a calendar and the rules table, so that every dataset has rows for the schemas to accept.
  const { content, problems } = loadContent(writeTree(openDataTree()), { asOf: fixtureAsOf });
  expect(problems).toEqual([]);
  const index = indexContent(content, fixtureAsOf);
  sets = datasets(Object.assign(index, { figures: computeSiteFigures(index) }));
});

/** Problems with one description: empty, the English copied, or not in Cyrillic (so not yet translated). */
function untranslated(where: string, text: Meaning): string[] {
  const problems: string[] = [];
  for (const lang of languages) if (text[lang].trim() === '') problems.push(`${where}: no ${lang} text`);
  if (text.kk === text.en || text.ru === text.en || text.kk === text.ru) problems.push(`${where}: kk, ru and en are not three different texts`);
  if (!cyrillic.test(text.ru)) problems.push(`${where}: ru is not in Russian: ${text.ru}`);
  if (!cyrillic.test(text.kk)) problems.push(`${where}: kk is not in Kazakh: ${text.kk}`);
  return problems;
}

describe('data dictionary', () => {
  it('describes every dataset, column, type and allowed value in Kazakh, Russian and English', () => {
    expect(sets.map((d) => d.name)).toEqual(['issues', 'status-history', 'issue-changes', 'meetings', 'meeting-changes', 'announcements', 'regions', 'districts', 'measures', 'calendar-entries', 'calendar-corrections', 'obligations', 'compliance', 'accountability-totals']);
    const problems: string[] = [];
    for (const d of sets) {
      problems.push(...untranslated(d.name, d.description));
      for (const c of d.columns) {
        problems.push(...untranslated(`${d.name}.${c.name}`, c.description));
        for (const v of c.values ?? []) {
          for (const lang of languages) if (v.label[lang].trim() === '') problems.push(`${d.name}.${c.name} = ${v.value}: no ${lang} label`);
        }
      }
    }
    for (const c of csvFileColumns) problems.push(...untranslated(`CSV column ${c.name}`, c.description));
    for (const [name, text] of Object.entries(fileFieldMeanings)) problems.push(...untranslated(`JSON field ${name}`, text));
    for (const type of columnTypes) {
      for (const lang of languages) if (label(lang, 'columnType', type).trim() === '') problems.push(`type ${type}: no ${lang} word`);
    }
    expect(problems).toEqual([]);
  });

  it('gives the allowed values of every enumerated column', () => {
    const column = (dataset: string, name: string) => sets.find((d) => d.name === dataset)?.columns.find((c) => c.name === name);
    expect(column('issues', 'status')?.values?.map((v) => v.value)).toEqual(StatusEvent.shape.status.options);
    expect(column('issues', 'category')?.values?.map((v) => v.value)).toEqual(Issue.shape.category.options);
    expect(column('meetings', 'format')?.values?.map((v) => v.value)).toEqual(MeetingRecord.shape.format.options);
    expect(column('meetings', 'status')?.values?.map((v) => v.value)).toEqual(MeetingState.shape.status.options);
  });

  it('takes the meaning of a content field from its schema, so it is written once', () => {
    const column = (dataset: string, name: string) => sets.find((d) => d.name === dataset)?.columns.find((c) => c.name === name)?.description;
    expect(column('issues', 'raised')).toEqual(meaningOf(Issue.shape.raised));
    expect(column('issue-changes', 'deadline')).toEqual(meaningOf(DeadlineChange.shape.deadline));
    expect(column('meetings', 'published_start')).toEqual(meaningOf(MeetingRecord.shape.start));
    expect(column('status-history', 'status')).toEqual(meaningOf(StatusEvent.shape.status));
    expect(column('issues', 'title_ru')?.ru).toContain(meaningOf(Issue.shape.title)?.ru);
  });
});

describe('published JSON Schemas', () => {
  const strictAjv = () => new Ajv2020({ strict: true, allErrors: true, keywords: [...schemaExtensionKeywords] });

  it('are valid 2020-12 schemas in strict mode that accept their own files and carry the three languages, version and licence', () => {
    for (const d of sets) {
      const schema = JSON.parse(toJsonSchema(d, meta)) as { description: string; 'x-description-kk': string; 'x-description-ru': string; properties: Record<string, { const?: string }> };
      const validate = strictAjv().compile(schema);
      const ok = validate(JSON.parse(toJson(d, meta)));
      expect(ok ? [] : validate.errors, d.name).toEqual([]);
      expect([schema.description, schema['x-description-kk'], schema['x-description-ru']]).toEqual([d.description.en, d.description.kk, d.description.ru]);
      expect(schema.properties.license?.const).toBe(meta.license);
      expect(schema.properties.version?.const).toBe(meta.version);
    }
  });

  it('reject a value outside an enumerated column, and describe each column in kk, ru and en', () => {
    const issues = sets.find((d) => d.name === 'issues');
    if (issues === undefined) throw new Error('no issues dataset');
    const schema = JSON.parse(toJsonSchema(issues, meta)) as { properties: { records: { items: { properties: Record<string, Record<string, unknown>> } } } };
    const raised = schema.properties.records.items.properties.raised;
    expect([raised?.description, raised?.['x-description-kk'], raised?.['x-description-ru']]).toEqual([meaningOf(Issue.shape.raised)?.en, meaningOf(Issue.shape.raised)?.kk, meaningOf(Issue.shape.raised)?.ru]);
    const file = JSON.parse(toJson(issues, meta)) as { records: Record<string, unknown>[] };
    const first = file.records[0];
    if (first === undefined) throw new Error('the fixture has no issue');
    first.status = 'fixed';
    expect(strictAjv().compile(schema)(file)).toBe(false);
  });
});

describe('CSV files', () => {
  it('never hand a spreadsheet a formula: a text beginning with =, +, - or @ gets an apostrophe, numbers stay numbers', () => {
    const d: Dataset<{ text: string | null; n: number | null }> = {
      name: 'formulas',
      description: { kk: 'сынақ', ru: 'проверка', en: 'test' },
      columns: [
        { name: 'text', type: 'string', description: { kk: 'мәтін', ru: 'текст', en: 'text' }, value: (r) => r.text },
        { name: 'n', type: 'number', description: { kk: 'сан', ru: 'число', en: 'number' }, value: (r) => r.n },
      ],
      rows: [
        { text: '=HYPERLINK("http://evil.example","Подробнее")', n: -5 },
        { text: '+7 701 000 00 00', n: 12 },
        { text: '-1+1', n: null },
        { text: '@SUM(A1:A2)', n: 0 },
        { text: '\tразрыв', n: 1 },
        { text: 'Нет воды = нет жизни', n: 2 },
      ],
    };
    const lines = toCsv(d as Dataset, meta).replace(/^\uFEFF/, '').trim().split('\r\n');
    const tail = `,${meta.version},${meta.asOf},${meta.license}`;
    expect(lines.slice(1)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""Подробнее"")",-5${tail}`,
      `"'+7 701 000 00 00",12${tail}`,
      `"'-1+1",${tail}`,
      `"'@SUM(A1:A2)",0${tail}`,
      `"'\tразрыв",1${tail}`,
      `Нет воды = нет жизни,2${tail}`,
    ]);
  });

  it('end every row with the dataset version, as-of day and licence', () => {
    for (const d of sets) {
      const lines = toCsv(d, meta).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]?.endsWith(',dataset_version,as_of,license'), d.name).toBe(true);
      for (const line of lines.slice(1)) expect(line.endsWith(`,${meta.version},${meta.asOf},${meta.license}`), d.name).toBe(true);
    }
  });
});
