/**
 * The time zone (tz database name) each region keeps, by the region's slug.
 *
 * Kazakhstan has kept one time, UTC+5, since 2024-03-01. Before that the tz
 * database records several histories, and a region's meetings are timed by
 * its own: Kostanay (Asia/Qostanay), the west — Aktobe (Asia/Aqtobe), Atyrau
 * (Asia/Atyrau), West Kazakhstan (Asia/Oral), Mangystau (Asia/Aqtau) — at
 * UTC+5 throughout, and Kyzylorda (Asia/Qyzylorda), UTC+6 until 2018-12-21.
 * Every other region (Astana, Almaty, Shymkent, Abay, Zhetysu, Ulytau, …)
 * keeps Asia/Almaty, UTC+6 until 2024-03-01.
 */
export const timeZones = ['Asia/Almaty', 'Asia/Qostanay', 'Asia/Aqtobe', 'Asia/Atyrau', 'Asia/Oral', 'Asia/Aqtau', 'Asia/Qyzylorda'] as const;
export type TimeZone = (typeof timeZones)[number];

/** Regions whose zone is not Asia/Almaty, by slug (content/geo/regions.json). */
export const regionZones: Readonly<Record<string, TimeZone>> = {
  kostanay: 'Asia/Qostanay',
  aktobe: 'Asia/Aqtobe',
  atyrau: 'Asia/Atyrau',
  'west-kazakhstan': 'Asia/Oral',
  mangystau: 'Asia/Aqtau',
  kyzylorda: 'Asia/Qyzylorda',
};

/** The zone of a region, by its slug (`aktobe` → Asia/Aqtobe); Asia/Almaty for the others. */
export function zoneOf(region: string): TimeZone {
  return Object.hasOwn(regionZones, region) ? regionZones[region]! : 'Asia/Almaty';
}
