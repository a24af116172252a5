/**
 * A region as an editor types it in a spreadsheet: its official name, its
 * short name, the usual abbreviations (обл., г., қ.), in Kazakh, Russian or
 * English; the city of Almaty is not Almaty Region. A name that is right but
 * for Latin letters that look Cyrillic ("Tуркестанская" with a Latin T) is
 * refused with the name it should be, so the editor sees what to retype.
 */
import type { Region } from '../../schemas/region.ts';
import { inEach, msg, orList, placeWords, say, type Message } from '../i18n/messages.ts';
import { pickText } from '../i18n/text.ts';

/** Latin letters that look like Cyrillic ones, as keyboards and OCR mix them up. */
const lookalikes: Record<string, string> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', K: 'К', k: 'к', M: 'М', O: 'О', o: 'о', P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', y: 'у', Y: 'У', i: 'і', I: 'І',
};

/** Words for "region", "city" and "district" and their usual abbreviations, each folded to one token. */
const kindWords: Record<string, string> = {
  область: 'обл', обл: 'обл', облысы: 'обл', region: 'обл', oblast: 'обл',
  город: 'г', гор: 'г', г: 'г', қаласы: 'г', қ: 'г', city: 'г',
  район: 'р', 'р-н': 'р', ауданы: 'р', аудан: 'р', ауд: 'р', district: 'р',
};

/** A name as compared: lower case, ё as е, no quotes or dots, "область", "облысы", "обл." as one word (and so for city and district). */
export function placeKey(value: string): string {
  return value
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[«»"'“”]/g, '')
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => kindWords[word] ?? word)
    .join(' ');
}

/** The value with Latin look-alike letters inside Cyrillic words made Cyrillic, and which letters they were. */
export function withoutLookalikes(value: string): { text: string; letters: string[] } {
  const letters: string[] = [];
  const text = value.replace(/[\p{L}]+/gu, (word) => {
    if (!/\p{Script=Cyrillic}/u.test(word) || !/[A-Za-z]/.test(word)) return word;
    return word.replace(/[A-Za-z]/g, (c) => {
      const cyrillic = lookalikes[c];
      if (cyrillic === undefined) return c;
      letters.push(c);
      return cyrillic;
    });
  });
  return { text, letters };
}

/** A region found, or what to write instead: `problem` in English, `says` in the editor's language. */
/** What to say of a value with Latin look-alike letters: which letters, and the value retyped in Cyrillic. */
export function retype(value: string, letters: readonly string[], text: string): Message {
  const latin = [...new Set(letters)];
  const list = latin.join(', ');
  const one = latin.length === 1;
  return msg('import.place.latin', {
    value,
    letters: msg(one ? 'import.place.latinOne' : 'import.place.latinMany', { list }),
    text,
  });
}

export type RegionMatch = { region: Region } | { problem: string; says: Message };

const refuse = (says: Message): RegionMatch => ({ problem: say(says, 'en'), says });

/** Every way a region may be written, best first: full names, then short names (a city's before a region's: «Алматы» is the city). */
function namesOf(region: Region): { key: string; rank: number }[] {
  const full = Object.values(region.name).map((n) => ({ key: placeKey(n), rank: 0 }));
  const short = Object.values(region.shortName).map((n) => ({ key: placeKey(n), rank: region.kind === 'city' ? 1 : 2 }));
  return [{ key: region.slug, rank: 0 }, ...full, ...short];
}

function lookup(value: string, regions: readonly Region[]): Region[] {
  const wanted = placeKey(value);
  let best = Number.POSITIVE_INFINITY;
  let found: Region[] = [];
  for (const region of regions) {
    const rank = Math.min(...namesOf(region).filter((n) => n.key === wanted).map((n) => n.rank));
    if (rank < best) {
      best = rank;
      found = [region];
    } else if (rank === best && Number.isFinite(rank)) found.push(region);
  }
  return found;
}

/** The region a cell names, or a problem that says what to write instead. */
export function matchRegion(value: string, regions: readonly Region[]): RegionMatch {
  const found = lookup(value, regions);
  if (found.length === 1) return { region: found[0]! };
  if (found.length > 1) {
    const names = inEach((lang) => (lang === 'en' ? found.map((r) => `${r.name.ru} (${r.name.kk})`).join(' or ') : orList(lang, found.map((r) => pickText(r.name, lang).text))));
    return refuse(msg('import.place.ambiguous', { value, names }));
  }
  const { text, letters } = withoutLookalikes(value);
  if (letters.length > 0) {
    const fixed = lookup(text, regions);
    if (fixed.length === 1) {
      return refuse(retype(value, letters, text));
    }
  }
  const examples = regions.slice(0, 3);
  return refuse(
    msg('import.place.notRegion', {
      value,
      examples: inEach((lang) => examples.map((r) => placeWords(r.shortName)[lang]).join(', ')),
    }),
  );
}
