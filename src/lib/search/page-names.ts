/**
 * How search pages are named in the index (see compact.ts): `{lang}_{day}_{n}`,
 * the page's date as a day number (days since 1970-01-01) and its place among
 * the pages of that day in its index, both in base 36; or `{lang}_-{n}` for a
 * page without a date. The search index is split by period (periods.ts), and
 * a name carries its date rather than a rank in one index, so names from
 * different periods' indexes still order by date. The build names them; the
 * search page orders results by date from the names alone, so no sort data is
 * downloaded.
 */

const dayMs = 86_400_000;
/** Pages of one day in one index are far fewer than this; it keeps a day's pages after the day before. */
const perDay = 2 ** 20;

/** The name of a page dated `date` (`YYYY-MM-DD`), the `n`-th of that day in its index; without a date, the `n`-th undated page. */
export function pageName(lang: string, date: string | undefined, n: number): string {
  if (date === undefined) return `${lang}_-${n.toString(36)}`;
  const day = Date.parse(`${date}T00:00:00Z`) / dayMs;
  if (!Number.isInteger(day) || day < 0) throw new Error(`a search page dated ${date}: expected YYYY-MM-DD from 1970 on`);
  if (n >= perDay) throw new Error(`more than ${perDay} search pages dated ${date} in one index`);
  return `${lang}_${day.toString(36)}_${n.toString(36)}`;
}

/** A page's place in date order, read back from its name; undated pages give undefined. */
export function dateRank(name: string): number | undefined {
  const rest = name.slice(name.indexOf('_') + 1);
  if (rest.startsWith('-')) return undefined;
  const [day = '', n = '0'] = rest.split('_');
  return Number.parseInt(day, 36) * perDay + Number.parseInt(n, 36);
}

/** Items by the date order of their page names, oldest (1) or newest (-1) first; undated ones last, as they were. */
export function inDateOrder<T extends { id: string }>(items: readonly T[], direction: 1 | -1): T[] {
  const keyed = items.map((item, at) => ({ item, at, rank: dateRank(item.id) }));
  return keyed
    .sort((a, b) => {
      if (a.rank === undefined || b.rank === undefined) return a.rank === b.rank ? a.at - b.at : a.rank === undefined ? 1 : -1;
      return direction * (a.rank - b.rank) || a.at - b.at;
    })
    .map((x) => x.item);
}
