/**
 * Builds Kezdesu's own geography content (`content/geo/`) from the shared
 * Kazakhstan reference data.
 *
 *   node scripts/geo-from-reference.ts [REFERENCE_DIR]
 *
 * REFERENCE_DIR defaults to `../shared/data/kz` (relative to the project root)
 * and must hold `regions.json`, `districts.json` and
 * `raw/kato-2022-10-17.ru.csv` (see SOURCES.md there). Geometry files are
 * never read; only the `label_point` numbers of regions.json/districts.json.
 *
 * Writes (deterministic: same input, same bytes):
 *   content/geo/regions.json                  20 first-level units
 *   content/geo/districts/<region-slug>.json  second-level units per region
 *   content/geo/settlements/<region-slug>.json third-level KATO units per region
 *
 * Any inconsistency in the input stops the script with an error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- types

type Lang = 'kk' | 'ru' | 'en';
type Names = Record<Lang, string>;
type LabelPoint = [number, number];

interface RefRegion {
  kato: string;
  iso_3166_2: string;
  slug: string;
  type: string;
  name: Partial<Record<Lang, string | null>>;
  short_name: Partial<Record<Lang, string | null>>;
  admin_centre: { kato: string; name: Partial<Record<Lang, string | null>> } | null;
  label_point: LabelPoint | null;
  notes: string[] | null;
}

interface RefDistrict {
  kato: string | null;
  region_kato: string;
  region_slug: string;
  type: string;
  slug: string | null;
  name: Partial<Record<Lang, string | null>>;
  short_name: Partial<Record<Lang, string | null>>;
  geokz_kato: string | null;
  label_point: LabelPoint | null;
  sources: string[];
  notes: string[] | null;
}

interface KatoRow {
  id: string;
  parentId: string;
  code: string;
  name: string;
}

interface Region {
  kato: string;
  slug: string;
  iso: string;
  kind: 'oblast' | 'city';
  name: Names;
  shortName: Names;
  centre: { kato: string; name: Names };
  labelPoint?: LabelPoint;
  notes?: string[];
}

interface District {
  kato: string;
  region: string;
  slug: string;
  kind: 'district' | 'city' | 'city-district';
  name: Names;
  shortName: Names;
  centre?: { kato: string; name: { ru: string } };
  katoSource: 'kato-2022' | 'geokz-2024' | 'unconfirmed';
  labelPoint?: LabelPoint;
  notes?: string[];
}

type SettlementKind = 'rural-okrug' | 'town' | 'settlement' | 'village' | 'other';

interface Settlement {
  kato: string;
  district: string;
  kind: SettlementKind;
  name: { kk?: string; ru: string; en?: string };
}

// ---------------------------------------------------------------- special cases

/**
 * Reference districts without a KATO code (`kato: null`), keyed by
 * `<region slug>/<district slug>`. The code is not in any data file.
 */
const UNCONFIRMED_CODES: Record<string, { kato: string; note: string }> = {
  'abay/zhanasemey-district': {
    kato: '104100000',
    note:
      'KATO code 104100000 is unconfirmed: it is cited by a third-party script and is not in any data file used. ' +
      'Check it against a current KATO (stat.gov.kz) before launch.',
  },
};

/** Reference districts that lack a slug or kk/en names, keyed by KATO code. */
const COMPOSED_NAMES: Record<string, { slug: string; name: Names; shortName: Names; note: string }> = {
  '615500000': {
    slug: 'sauran-district',
    name: { kk: 'Сауран ауданы', ru: 'район Сауран', en: 'Sauran District' },
    shortName: { kk: 'Сауран', ru: 'Сауран', en: 'Sauran' },
    note: 'Kazakh and English names were composed by Kezdesu (not in the sources) and need native review.',
  },
};

/**
 * Districts whose centre is not derived although the KATO rule would give one,
 * with the reason (written as a note).
 */
const CENTRE_WITHHELD: Record<string, string> = {
  '635400000':
    'Administrative centre not given: KATO 17.10.2022 places it at Ulken Naryn, which is reported to head the ' +
    'separate Ulken Naryn district created after that date (not in the sources). Check against a current KATO.',
};

// ---------------------------------------------------------------- helpers

function fail(message: string): never {
  throw new Error(`geo-from-reference: ${message}`);
}

function readJson(path: string): unknown {
  if (!existsSync(path)) fail(`missing reference file ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Latin letters (and stray non-Kazakh Cyrillic) that look like Kazakh/Russian Cyrillic ones. */
const HOMOGLYPHS: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
  'Ќ': 'Қ', 'ќ': 'қ',
};

/** Replaces look-alike letters inside words that are otherwise Cyrillic; collapses spaces. */
function fixText(s: string): string {
  const fixed = s.replace(/[\p{L}]+/gu, (word) => {
    if (!/\p{Script=Cyrillic}/u.test(word.replace(/[Ќќ]/g, ''))) return word;
    return [...word].map((ch) => HOMOGLYPHS[ch] ?? ch).join('');
  });
  return fixed.replace(/\s+/g, ' ').trim();
}

function names(value: Partial<Record<Lang, string | null>> | undefined, what: string): Names {
  const out = { kk: '', ru: '', en: '' };
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const v = value?.[lang];
    if (typeof v !== 'string' || fixText(v) === '') fail(`${what}: empty ${lang} name`);
    out[lang] = fixText(v);
  }
  return out;
}

function labelPoint(value: unknown, what: string): LabelPoint | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    fail(`${what}: label_point is not [lon, lat]`);
  }
  return [value[0] as number, value[1] as number];
}

function notes(value: string[] | null | undefined, extra: string[] = []): string[] | undefined {
  const all = [...(value ?? []), ...extra].map((n) => n.trim()).filter((n) => n !== '');
  return all.length > 0 ? all : undefined;
}

function byKato<T extends { kato: string }>(a: T, b: T): number {
  return a.kato < b.kato ? -1 : a.kato > b.kato ? 1 : 0;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function isKato(s: unknown): s is string {
  return typeof s === 'string' && /^\d{9}$/.test(s);
}

// ---------------------------------------------------------------- KATO

function readKato(path: string): KatoRow[] {
  if (!existsSync(path)) fail(`missing reference file ${path}`);
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header !== 'id;parent_id;code;name') fail(`${path}: unexpected header ${JSON.stringify(header)}`);
  return lines.map((line, i) => {
    const [id, parentId, code, ...rest] = line.split(';');
    if (id === undefined || parentId === undefined || !isKato(code) || rest.length === 0) {
      fail(`${path}:${i + 2}: malformed row ${JSON.stringify(line)}`);
    }
    return { id, parentId, code, name: rest.join(';') };
  });
}

/** Administrative-unit abbreviations of the KATO file and their full Russian forms. */
const ADMIN_UNITS: { re: string; full: string; kind: SettlementKind }[] = [
  { re: 'с\\.о\\.?', full: 'сельский округ', kind: 'rural-okrug' },
  { re: 'с\\.а\\.', full: 'сельская администрация', kind: 'rural-okrug' },
  { re: 'п\\.а\\.', full: 'поселковая администрация', kind: 'settlement' },
  { re: 'г\\.а\\.', full: 'городская администрация', kind: 'town' },
  { re: 'р\\.а\\.', full: 'районная администрация', kind: 'other' },
];

/** Settlement-type prefixes ("г.Семей") and their full Russian forms. */
const PLACE_PREFIXES: { re: RegExp; full: string; kind: SettlementKind }[] = [
  { re: /^г\.\s*(.+)$/, full: 'город', kind: 'town' },
  { re: /^п\.\s*(.+)$/, full: 'поселок', kind: 'settlement' },
  { re: /^с\.\s*(.+)$/, full: 'село', kind: 'village' },
  { re: /^аул\s+(.+)$/, full: 'аул', kind: 'village' },
];

function expandIm(s: string): string {
  return s.replace(/(^|\s)им\.\s*/g, '$1имени ');
}

const ADJECTIVE_END = /(ий|ый|ой|ая|яя|ое|ее)$/;

/** Full Russian name and kind of a third-level KATO unit. */
function describeUnit(raw: string): { name: string; kind: SettlementKind } {
  const s = fixText(raw);
  for (const unit of ADMIN_UNITS) {
    const prefix = new RegExp(`^${unit.re}\\s*(.+)$`).exec(s);
    if (prefix?.[1]) return { name: `${unit.full} ${expandIm(prefix[1].trim())}`, kind: unit.kind };
    const suffix = new RegExp(`^(.+?)\\s+${unit.re}$`).exec(s);
    if (suffix?.[1]) {
      const rest = expandIm(suffix[1].trim());
      // "Абралинский с.о." -> "Абралинский сельский округ"; "Айтеке би п.а." -> "поселковая администрация Айтеке би"
      return { name: ADJECTIVE_END.test(rest) ? `${rest} ${unit.full}` : `${unit.full} ${rest}`, kind: unit.kind };
    }
  }
  for (const place of PLACE_PREFIXES) {
    const m = place.re.exec(s);
    if (m?.[1]) return { name: `${place.full} ${expandIm(m[1].trim())}`, kind: place.kind };
  }
  const villageSuffix = /^(.+?)\s+с\.$/.exec(s);
  if (villageSuffix?.[1]) return { name: `село ${expandIm(villageSuffix[1])}`, kind: 'village' };
  return { name: expandIm(s), kind: 'other' };
}

/** Name of a settlement without its type prefix: "г.Семей" -> "Семей". */
function bareName(raw: string): string {
  return expandIm(fixText(raw).replace(/^(г|с|п)\.\s*/, '')).trim();
}

// ---------------------------------------------------------------- main

function main(): void {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const refDir = process.argv[2] ? resolve(process.argv[2]) : resolve(projectRoot, '../shared/data/kz');
  const outDir = join(projectRoot, 'content', 'geo');

  const refRegions = (readJson(join(refDir, 'regions.json')) as { regions?: RefRegion[] }).regions;
  const refDistricts = (readJson(join(refDir, 'districts.json')) as { districts?: RefDistrict[] }).districts;
  if (!Array.isArray(refRegions) || !Array.isArray(refDistricts)) fail('regions.json/districts.json lack their arrays');
  const kato = readKato(join(refDir, 'raw', 'kato-2022-10-17.ru.csv'));

  const rowByCode = new Map<string, KatoRow>();
  const children = new Map<string, KatoRow[]>();
  for (const row of kato) {
    if (rowByCode.has(row.code)) fail(`KATO code ${row.code} appears twice in the raw file`);
    rowByCode.set(row.code, row);
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const childrenOf = (row: KatoRow): KatoRow[] => children.get(row.id) ?? [];
  const katoLevel1 = children.get('0') ?? [];
  const katoLevel2 = katoLevel1.flatMap(childrenOf);

  // ---- regions
  if (refRegions.length !== 20) fail(`expected 20 regions, found ${refRegions.length}`);
  const regions: Region[] = refRegions.map((r) => {
    const what = `region ${r.kato}`;
    if (!isKato(r.kato) || !r.kato.endsWith('0000000')) fail(`${what}: bad KATO code`);
    if (!katoLevel1.some((row) => row.code === r.kato)) fail(`${what}: not a first-level unit of the raw KATO file`);
    if (r.iso_3166_2 !== `KZ-${r.kato.slice(0, 2)}`) fail(`${what}: ISO code ${r.iso_3166_2} does not match the KATO digits`);
    if (r.type !== 'oblast' && r.type !== 'city') fail(`${what}: unknown type ${r.type}`);
    const name = names(r.name, what);
    const shortName = names(r.short_name, `${what} short`);
    let centre: Region['centre'];
    if (r.type === 'city') {
      centre = { kato: r.kato, name: shortName };
    } else {
      const c = r.admin_centre;
      if (!c || !isKato(c.kato)) fail(`${what}: oblast without an administrative centre code`);
      if (!rowByCode.has(c.kato)) fail(`${what}: centre ${c.kato} is not in the raw KATO file`);
      if (c.kato.slice(0, 2) !== r.kato.slice(0, 2)) fail(`${what}: centre ${c.kato} lies outside the region`);
      centre = { kato: c.kato, name: names(c.name, `${what} centre`) };
    }
    const region: Region = {
      kato: r.kato,
      slug: r.slug,
      iso: r.iso_3166_2,
      kind: r.type,
      name,
      shortName,
      centre,
    };
    const lp = labelPoint(r.label_point, what);
    if (lp) region.labelPoint = lp;
    const n = notes(r.notes);
    if (n) region.notes = n;
    return region;
  });
  regions.sort(byKato);
  if (new Set(regions.map((r) => r.slug)).size !== regions.length) fail('region slugs are not unique');
  if (katoLevel1.length !== regions.length) fail('raw KATO first level and regions.json disagree');
  const regionBySlug = new Map(regions.map((r) => [r.slug, r]));

  // ---- districts
  const districts: District[] = refDistricts.map((d) => {
    const region = regionBySlug.get(d.region_slug);
    if (!region || region.kato !== d.region_kato) fail(`district ${d.kato ?? d.slug}: unknown region ${d.region_slug}`);
    const extraNotes: string[] = [];

    let code = d.kato;
    let katoSource: District['katoSource'];
    if (code === null) {
      const override = UNCONFIRMED_CODES[`${d.region_slug}/${d.slug}`];
      if (!override) fail(`district ${d.region_slug}/${d.slug} has no KATO code and no override`);
      if (rowByCode.has(override.kato)) fail(`override code ${override.kato} is in the raw KATO file: drop the override`);
      code = override.kato;
      katoSource = 'unconfirmed';
      extraNotes.push(override.note);
    } else if (rowByCode.has(code)) {
      katoSource = 'kato-2022';
    } else if (d.sources.includes('geokz-1.0.2') && d.geokz_kato === code) {
      katoSource = 'geokz-2024';
    } else {
      fail(`district ${code}: code is neither in the raw KATO file nor from geokz`);
    }
    const what = `district ${code}`;
    if (!isKato(code)) fail(`${what}: not a 9-digit KATO code`);
    if (code.slice(0, 2) !== region.kato.slice(0, 2)) fail(`${what}: first two digits differ from region ${region.kato}`);

    const composed = COMPOSED_NAMES[code];
    let slug = d.slug;
    let name: Names;
    let shortName: Names;
    const complete = (v: Partial<Record<Lang, string | null>>): boolean =>
      (['kk', 'ru', 'en'] as const).every((l) => typeof v[l] === 'string' && v[l]?.trim() !== '');
    if (composed) {
      if (slug !== null && slug !== composed.slug) fail(`${what}: reference now has slug ${slug}: drop the override`);
      if (complete(d.name) && complete(d.short_name)) fail(`${what}: reference now has all names: drop the override`);
      if (d.name.ru && fixText(d.name.ru) !== composed.name.ru) fail(`${what}: Russian name differs from the override`);
      slug = composed.slug;
      name = composed.name;
      shortName = composed.shortName;
      extraNotes.push(composed.note);
    } else {
      if (!slug) fail(`${what}: no slug`);
      name = names(d.name, what);
      shortName = names(d.short_name, `${what} short`);
    }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`${what}: bad slug ${slug}`);

    const kind =
      d.type === 'district' ? 'district'
      : d.type === 'city_of_regional_significance' ? 'city'
      : d.type === 'city_district' ? 'city-district'
      : fail(`${what}: unknown type ${d.type}`);

    let centre: District['centre'];
    if (katoSource === 'kato-2022') {
      const row = rowByCode.get(code);
      if (!row || !katoLevel2.includes(row)) fail(`${what}: not a second-level unit of the raw KATO file`);
      const withheld = CENTRE_WITHHELD[code];
      if (withheld) extraNotes.push(withheld);
      else centre = findCentre(row, kind, childrenOf);
    }
    // Keys are added in the order they are written to the file.
    const district: District = {
      kato: code,
      region: region.slug,
      slug,
      kind,
      name,
      shortName,
      ...(centre ? { centre } : {}),
      katoSource,
    };
    const lp = labelPoint(d.label_point, what);
    if (lp) district.labelPoint = lp;
    const n = notes(d.notes, extraNotes);
    if (n) district.notes = n;
    return district;
  });
  districts.sort(byKato);

  if (new Set(districts.map((d) => d.kato)).size !== districts.length) fail('district KATO codes are not unique');
  for (const region of regions) {
    const slugs = districts.filter((d) => d.region === region.slug).map((d) => d.slug);
    if (slugs.length === 0) fail(`region ${region.slug} has no districts`);
    if (new Set(slugs).size !== slugs.length) fail(`district slugs repeat within ${region.slug}`);
  }
  const districtByKato = new Map(districts.map((d) => [d.kato, d]));
  for (const row of katoLevel2) {
    if (!districtByKato.has(row.code)) fail(`KATO second-level unit ${row.code} ${row.name} is missing from districts.json`);
  }

  // ---- settlements: KATO children of the districts
  const settlements: { region: string; s: Settlement }[] = [];
  for (const row of katoLevel2) {
    const district = districtByKato.get(row.code);
    if (!district || district.katoSource !== 'kato-2022') continue;
    for (const child of childrenOf(row)) {
      if (child.code.slice(0, 4) !== row.code.slice(0, 4)) fail(`KATO ${child.code} does not share its district's first four digits`);
      const { name, kind } = describeUnit(child.name);
      if (name === '') fail(`KATO ${child.code}: empty name`);
      settlements.push({ region: district.region, s: { kato: child.code, district: district.slug, kind, name: { ru: name } } });
    }
  }

  // ---- write
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'regions.json'), json(regions));
  for (const sub of ['districts', 'settlements'] as const) {
    const dir = join(outDir, sub);
    mkdirSync(dir, { recursive: true });
    const wanted = new Set(regions.map((r) => `${r.slug}.json`));
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.json') && !wanted.has(file)) rmSync(join(dir, file));
    }
  }
  for (const region of regions) {
    const ds = districts.filter((d) => d.region === region.slug);
    writeFileSync(join(outDir, 'districts', `${region.slug}.json`), json(ds));
    // Kazakh (and English) names are not in the reference: editors add them (npm run geo-names), and they are kept.
    const file = join(outDir, 'settlements', `${region.slug}.json`);
    const named = new Map<string, Settlement['name']>(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Settlement[]).map((s) => [s.kato, s.name]) : []);
    const ss = settlements
      .filter((x) => x.region === region.slug)
      .map((x) => {
        const kept = named.get(x.s.kato);
        return { ...x.s, name: { ...(kept?.kk === undefined ? {} : { kk: kept.kk }), ru: x.s.name.ru, ...(kept?.en === undefined ? {} : { en: kept.en }) } };
      })
      .sort(byKato);
    writeFileSync(file, json(ss));
  }

  // ---- report and verify
  const count = <T>(items: T[], key: (t: T) => string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  const regionKinds = count(regions, (r) => r.kind);
  console.log(`regions: ${regions.length}`, regionKinds);
  console.log(`districts: ${districts.length}`, count(districts, (d) => d.kind));
  console.log('districts by code source:', count(districts, (d) => d.katoSource));
  console.log(`districts with a centre: ${districts.filter((d) => d.centre).length}`);
  console.log(`settlements: ${settlements.length}`, count(settlements, (x) => x.s.kind));

  const problems: string[] = [];
  if (regions.length !== 20 || regionKinds.oblast !== 17 || regionKinds.city !== 3) problems.push('expected 20 regions: 17 oblasts + 3 cities');
  if (districts.length !== 225) problems.push(`expected 225 districts, got ${districts.length}`);
  const empty = (n: Record<string, string>): boolean => Object.values(n).some((v) => v.trim() === '');
  for (const r of regions) if (empty(r.name) || empty(r.shortName) || empty(r.centre.name)) problems.push(`region ${r.slug}: empty name`);
  for (const d of districts) if (empty(d.name) || empty(d.shortName) || (d.centre && empty(d.centre.name))) problems.push(`district ${d.kato}: empty name`);
  if (problems.length > 0) fail(`verification failed:\n  ${problems.join('\n  ')}`);
  console.log('verified: 20 regions (17 oblasts + 3 cities), 225 districts, unique slugs within each region, no empty name');
}

/**
 * Administrative centre of a second-level KATO unit, where the KATO code
 * structure states it:
 *  - city of regional significance XXXX00000: its child XXXX10000 "г.X" (the city itself);
 *  - district XXXX00000: the single child in group 20 (town of district significance)
 *    or group 30 (the district-centre settlement administration / rural okrug) —
 *    the centre is that town ("г.X" at XXXX20100, directly or under "X г.а.")
 *    or the okrug's first settlement XXXX30100.
 * Anything else (no such child, both groups, or an unexpected name) gives no centre.
 */
function findCentre(
  row: KatoRow,
  kind: District['kind'],
  childrenOf: (row: KatoRow) => KatoRow[],
): District['centre'] | undefined {
  const prefix = row.code.slice(0, 4);
  const kids = childrenOf(row);
  const place = /^(г|с|п)\.(?!о\.|а\.)\s*\S/;
  let centre: KatoRow | undefined;
  if (kind === 'city') {
    centre = kids.find((k) => k.code === `${prefix}10000`);
    if (centre && !centre.name.startsWith('г.')) centre = undefined;
  } else if (kind === 'district') {
    const groups = kids.filter((k) => ['20', '30'].includes(k.code.slice(4, 6)));
    if (groups.length !== 1) return undefined;
    const unit = groups[0] as KatoRow;
    const target = `${unit.code.slice(0, 6)}100`;
    centre = unit.code === target ? unit : childrenOf(unit).find((k) => k.code === target);
    if (centre && unit.code.slice(4, 6) === '20' && !centre.name.startsWith('г.')) centre = undefined;
  }
  if (!centre || !place.test(centre.name)) return undefined;
  return { kato: centre.code, name: { ru: bareName(centre.name) } };
}

main();
