/**
 * The records each search unit (one language, one period) indexes, made in a
 * build's preparation with bounded memory: as they are made, the languages
 * side by side, each record is appended to its unit's file of lines (in
 * blocks: at most a block a unit is held); then each
 * unit's lines are put in index order and hashed, and handed on one unit at a
 * time. So no more than one unit's records (a month's) are held at once,
 * whatever the size of the record; before, a language's 35,000 records at
 * 30,000 issues were held whole, beside the plan's model.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIndex } from '../content/indexes.ts';
import { eachSearchRecord, recordOrder, recordPeriod } from '../search/records.ts';
import { languages } from '../../vocabularies.ts';
import { unitName } from './shards.ts';

/**
 * Hands `each` every search unit's name, the hash of what it indexes (its
 * records as JSON lines, exactly as Pagefind gets them, which do not depend on
 * the build day: a change of one issue changes only its month's) and those
 * lines in index order, as `searchRecords` orders them. `folder` holds the
 * units' lines meanwhile, written in blocks of `blockBytes`; returns each
 * unit's hash; `folder` is removed at the end.
 */
export function searchUnits(
  model: ContentIndex,
  minutesText: (meeting: string) => string,
  folder: string,
  each: (name: string, hash: string, lines: string[]) => void,
  blockBytes = 1 << 18,
): Map<string, string> {
  const hashes = new Map<string, string>();
  mkdirSync(folder, { recursive: true });
  // Each unit's lines, `order<TAB>record`, in the order they were made.
  const units = new Map<string, { path: string; block: string[]; size: number }>();
  const flush = (unit: { path: string; block: string[]; size: number }) => {
    appendFileSync(unit.path, unit.block.join(''));
    unit.block = [];
    unit.size = 0;
  };
  // The languages' records are made side by side, a record of each in turn: the three records of one meeting are
  // made one after another, so its minutes' text, read from where the checking kept it, is read once, not three times.
  const text = lastOneKept(minutesText);
  const made = languages.map((lang) => eachSearchRecord(model, lang, text));
  for (let left = made.length; left > 0; ) {
    left = 0;
    for (const records of made) {
      const next = records.next();
      if (next.done === true) continue;
      left += 1;
      const record = next.value;
      const name = unitName({ kind: 'search', lang: record.language, period: recordPeriod(record) });
      let unit = units.get(name);
      if (unit === undefined) {
        unit = { path: join(folder, `${name.replaceAll(':', '-')}.lines`), block: [], size: 0 };
        rmSync(unit.path, { force: true });
        units.set(name, unit);
      }
      // JSON holds no line break, so one record is one line.
      const line = `${recordOrder(record)}\t${JSON.stringify(record)}\n`;
      unit.block.push(line);
      unit.size += line.length;
      if (unit.size >= blockBytes) flush(unit);
    }
  }
  // One unit's lines at a time, the languages in the site's order.
  for (const lang of languages) {
    for (const [name, unit] of units) {
      if (!name.startsWith(`search:${lang}:`)) continue;
      flush(unit);
      const lines = readFileSync(unit.path, 'utf8').split('\n');
      rmSync(unit.path);
      lines.pop();
      // No order key holds a tab and no two are alike, so whole lines sort as their keys do.
      lines.sort();
      const hash = createHash('sha256');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        lines[i] = line.slice(line.indexOf('\t') + 1);
        hash.update(`${lines[i]}\n`);
      }
      const digest = hash.digest('hex');
      hashes.set(name, digest);
      each(name, digest, lines);
    }
  }
  rmSync(folder, { recursive: true, force: true });
  return hashes;
}

/** `text` that keeps the last text it gave: asked again for the same meeting, it gives it without reading it again. */
function lastOneKept(text: (meeting: string) => string): (meeting: string) => string {
  let last: { meeting: string; text: string } | undefined;
  return (meeting) => {
    if (last?.meeting !== meeting) last = { meeting, text: text(meeting) };
    return last.text;
  };
}
