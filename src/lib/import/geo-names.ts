/**
 * The geography-names sheet: every rural okrug, town and village that has
 * only its Russian name (from the KATO classifier), for editors to write its
 * Kazakh name in, and the import of what they wrote into
 * `content/geo/settlements/{region}.json`. The sheet is a CSV made like the
 * import templates (bilingual headings, UTF-8 with BOM, read back from CSV or
 * Excel); a filled row gives one settlement its Kazakh name, an empty one is
 * left for later, and every mistake is told at once with the file, row and
 * column and the fix, in the editor's language, and then nothing is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFilesAtomically } from '../content/atomic-write.ts';
import { loadContent, type Content } from '../content/load.ts';
import type { Settlement } from '../../schemas/settlement.ts';
import { districtKey } from '../content/indexes.ts';
import { inEach, msg, say, type Message } from '../i18n/messages.ts';
import { pickText } from '../i18n/text.ts';
import type { Language } from '../../vocabularies.ts';
import { russianWordsIn } from '../i18n/russian-words.ts';
import { t, type TranslationKey } from '../i18n/translations.ts';
import { decodeCsv, fileProblemLine, heading, headingLanguage, parseCsv, type ColumnSpec } from './csv.ts';
import { workbookToCsv } from './xlsx.ts';

/** The sheet's columns: what identifies the place, its Russian name, and the Kazakh name to write. */
export const geoNameColumns = [
  { key: 'kato', kk: 'ӘАОЖ (КАТО) коды', ru: 'Код КАТО', required: true, example: '103653000' },
  { key: 'region', kk: 'Өңір', ru: 'Регион', required: false, example: 'Абай облысы' },
  { key: 'district', kk: 'Аудан немесе қала', ru: 'Район или город', required: false, example: 'Аягөз ауданы' },
  { key: 'kind', kk: 'Түрі', ru: 'Вид', required: false, example: 'Ауылдық округ / Сельский округ' },
  { key: 'nameRu', kk: 'Орысша атауы', ru: 'Название на русском', required: false, example: 'Бидайыкский сельский округ' },
  { key: 'nameKk', kk: 'Қазақша атауы', ru: 'Название на казахском', required: true, example: 'Бидайық ауылдық округі' },
] as const satisfies readonly ColumnSpec[];
export type GeoNameColumn = (typeof geoNameColumns)[number]['key'];

/** The sheet's name in messages. */
export const geoNamesSheetName = 'geo-names.csv';

const cell = (s: string): string => (/[",\n\r;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The settlements that have no Kazakh name yet, in KATO order. */
export function settlementsWithoutKazakh(settlements: readonly Settlement[]): Settlement[] {
  return settlements.filter((s) => s.name.kk === undefined).sort((a, b) => a.kato.localeCompare(b.kato));
}

/** The sheet as CSV: one row per settlement without a Kazakh name, its Kazakh column empty. */
export function geoNamesSheet(content: Pick<Content, 'regions' | 'districts' | 'settlements'>): string {
  const regionOf = new Map(content.regions.map((r) => [r.kato.slice(0, 2), r]));
  const districtOf = new Map(content.districts.map((d) => [districtKey(d.region, d.slug), d]));
  const rows = settlementsWithoutKazakh(content.settlements).map((s) => {
    const region = regionOf.get(s.kato.slice(0, 2));
    const district = region === undefined ? undefined : districtOf.get(districtKey(region.slug, s.district));
    const kind = `${t('kk', `geoName.kind.${s.kind}` as TranslationKey)} / ${t('ru', `geoName.kind.${s.kind}` as TranslationKey)}`;
    return [s.kato, region?.name.kk ?? '', district?.name.kk ?? s.district, kind, s.name.ru, ''].map(cell).join(',');
  });
  return `\uFEFF${geoNameColumns.map((c) => cell(heading(c))).join(',')}\r\n${rows.map((r) => `${r}\r\n`).join('')}`;
}

/** What an import of the sheet gives: the settlements files to write (region slug → the region's settlements) and the names given, or every problem. */
export type GeoNamesImport = { ok: true; named: number; files: Map<string, Settlement[]> } | { ok: false; problems: Message[] };

/**
 * Reads a filled sheet (CSV text) against the content's settlements. A row
 * with a Kazakh name names that settlement; a row without one is skipped. A
 * row is refused when its KATO code is no settlement of the content, when
 * its Kazakh name has Russian words in it (the Russian name copied into the
 * wrong column), when the settlement already has another Kazakh name, or
 * when the sheet gives one settlement two names.
 */
export function readGeoNames(text: string, file: string, content: Pick<Content, 'regions' | 'settlements'>): GeoNamesImport {
  const parsed = parseCsv(text, geoNameColumns, geoNamesSheetName);
  const problems: Message[] = parsed.problems.map((p) => fileProblemLine(file, p));
  // A column as the editor reads it, as the import's messages give it: in English the heading as written; in Kazakh or Russian that language's half.
  const at = (row: number, column: GeoNameColumn, says: Message) => {
    const spec = geoNameColumns.find((c) => c.key === column)!;
    const en = parsed.headings[column] ?? heading(spec);
    problems.push(msg('problem.row', { file, row, column: inEach((lang) => (lang === 'en' ? en : pickText({ kk: spec.kk, ru: spec.ru }, lang).text)), message: says }));
  };
  const byKato = new Map(content.settlements.map((s) => [s.kato, s]));
  const given = new Map<string, { name: string; row: number }>();
  for (const { row, cells } of parsed.rows) {
    const name = cells.nameKk?.replace(/\s+/g, ' ');
    if (name === undefined) continue;
    const kato = cells.kato;
    if (kato === undefined) {
      at(row, 'kato', msg('geoNames.katoMissing'));
      continue;
    }
    const settlement = byKato.get(kato);
    if (settlement === undefined) {
      at(row, 'kato', msg('geoNames.katoUnknown', { kato }));
      continue;
    }
    const russian = russianWordsIn(name);
    if (russian.length > 0) {
      at(row, 'nameKk', msg('geoNames.russianWords', { name, words: russian.map((w) => w.word).join(', '), ru: settlement.name.ru }));
      continue;
    }
    if (settlement.name.kk !== undefined && settlement.name.kk !== name) {
      at(row, 'nameKk', msg('geoNames.alreadyNamed', { kato, name: settlement.name.kk, region: regionSlugOf(content, kato) }));
      continue;
    }
    const before = given.get(kato);
    if (before !== undefined && before.name !== name) {
      at(row, 'nameKk', msg('geoNames.twice', { kato, name: before.name, row: before.row }));
      continue;
    }
    given.set(kato, { name, row });
  }
  if (problems.length > 0) return { ok: false, problems };
  const files = new Map<string, Settlement[]>();
  let named = 0;
  for (const [kato, { name }] of given) {
    const region = regionSlugOf(content, kato);
    if (!files.has(region)) files.set(region, content.settlements.filter((s) => regionSlugOf(content, s.kato) === region).map((s) => ({ ...s, name: { ...s.name } })));
    const settlement = files.get(region)!.find((s) => s.kato === kato)!;
    if (settlement.name.kk === name) continue;
    settlement.name = { kk: name, ...settlement.name };
    named += 1;
  }
  return { ok: true, named, files };
}

function regionSlugOf(content: Pick<Content, 'regions'>, kato: string): string {
  return content.regions.find((r) => r.kato.slice(0, 2) === kato.slice(0, 2))?.slug ?? kato.slice(0, 2);
}

/** A region's settlements file as the geography files are written: two-space JSON, a name's languages kk, ru, en. */
export function settlementsJson(settlements: readonly Settlement[]): string {
  const ordered = settlements.map((s) => ({ ...s, name: { ...(s.name.kk === undefined ? {} : { kk: s.name.kk }), ru: s.name.ru, ...(s.name.en === undefined ? {} : { en: s.name.en }) } }));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** What `importGeoNames` did: every problem line and the closing line, as messages (the inbox's report gives them in Kazakh and Russian), and whether anything was refused. */
export interface GeoNamesOutcome {
  ok: boolean;
  /** The editor's language: `lang`, else that of the headings they kept. */
  lang: Language;
  lines: Message[];
  says: Message;
}

/** Whether a spreadsheet is the geography-names sheet, told by its headings: the KATO code and the Kazakh name columns, in any of their forms. */
export function isGeoNamesSheet(text: string): boolean {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return geoNameColumns.filter((c) => c.required).every((c) => [heading(c), c.kk, c.ru].some((name) => header.includes(name.toLowerCase())));
}

/**
 * `npm run geo-names -- import FILE` and the inbox: reads a filled sheet
 * (CSV or Excel) and writes the Kazakh names it gives into
 * `content/geo/settlements/`, as one change (every file or none). The
 * editor's language is `lang`, else the language of the headings they kept.
 * The content must be valid first.
 */
export async function importGeoNames(options: { root: string; file: string; asOf: string; lang?: Language | undefined; sheet?: string | undefined }): Promise<GeoNamesOutcome> {
  const { root, file, asOf } = options;
  let lang: Language = options.lang ?? 'kk';
  const refused = (lines: Message[]): GeoNamesOutcome => ({ ok: false, lang, lines, says: msg('geoNames.refused', { file, count: lines.length }) });
  if (!existsSync(file)) return refused([msg('problem.line', { file, path: msg('import.where.file'), message: msg('import.file.missing') })]);
  const decoded = /\.xlsx$/i.test(file) ? await workbookToCsv(readFileSync(file), options.sheet) : decodeCsv(readFileSync(file));
  if ('problem' in decoded) return refused([fileProblemLine(file, decoded.problem)]);
  lang = options.lang ?? headingLanguage(decoded.text, geoNameColumns);
  const before = loadContent(root, { asOf });
  if (before.problems.length > 0) return refused(before.problems.map((p) => msg('problem.line', { file: p.file, path: p.path, message: p.says ?? p.message })));
  const read = readGeoNames(decoded.text, file, before.content);
  if (!read.ok) return refused(read.problems);
  const files = [...read.files].map(([region, settlements]) => ({ path: join(root, 'geo/settlements', `${region}.json`), text: settlementsJson(settlements) }));
  await writeFilesAtomically(files, { verify: true });
  return { ok: true, lang, lines: [], says: msg('geoNames.imported', { file, count: read.named }) };
}
