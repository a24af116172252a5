/**
 * Dates as Kazakhstan sees them. Instants are stored with their offset; a
 * "day" is always the calendar day in Asia/Almaty (UTC+5 country-wide since
 * 2024-03-01), whatever the machine's own time zone.
 */
export const timeZone = 'Asia/Almaty';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Almaty calendar day (`YYYY-MM-DD`) of an instant. */
export function localDay(instant: string | Date): string {
  return dayFormat.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * The build date ("as of"): `SOURCE_DATE_EPOCH` (seconds) when set, so the
 * same content and date give the same site; otherwise now.
 */
export function buildInstant(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH=${epoch} is not a number of seconds — set it like SOURCE_DATE_EPOCH=$(date +%s)`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date();
}

/** Whole days from day `a` to day `b` (both `YYYY-MM-DD`); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
