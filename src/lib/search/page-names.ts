/**
 * How search pages are named in the index (see compact.ts): `{lang}_{rank}`,
 * the page's rank in date order in base 36, or `{lang}_-{n}` for a page
 * without a date. The build names them; the search page orders results by
 * date from the names alone, so no sort data is downloaded.
 */

/** The name of the page at `rank` of `lang`; `dated` false for pages without a date. */
export function pageName(lang: string, rank: number, dated: boolean): string {
  return `${lang}_${dated ? '' : '-'}${rank.toString(36)}`;
}

/** A page's place in date order, read back from its name; undated pages give undefined. */
export function dateRank(name: string): number | undefined {
  const rest = name.slice(name.indexOf('_') + 1);
  return rest.startsWith('-') ? undefined : Number.parseInt(rest, 36);
}

/** Items by the date order of their page names, oldest (1) or newest (-1) first; undated ones last, as they were. */
export function inDateOrder<T extends { id: string }>(items: readonly T[], direction: 1 | -1): T[] {
  const keyed = items.map((item, at) => ({ item, at, rank: dateRank(item.id) }));
  return keyed
    .sort((a, b) => {
      if (a.rank === undefined || b.rank === undefined) return a.rank === b.rank ? a.at - b.at : a.rank === undefined ? 1 : -1;
      return direction * (a.rank - b.rank);
    })
    .map((x) => x.item);
}
