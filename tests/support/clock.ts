/**
 * The one build date of the test suite. The test build, every test that
 * works out what the built pages must show ("as of", overdue, upcoming) and
 * every build a test makes of its own use this date, never the wall clock,
 * so a run that crosses midnight in Almaty (or runs a year from now) checks
 * the same site. `vitest.config.ts` puts it into SOURCE_DATE_EPOCH for the
 * whole run.
 */

/** Noon in Almaty on the day after the committed demo content's "today" (2026-11-27, `npm run demo`'s default). */
export const testBuildInstant = '2026-11-28T12:00:00+05:00';

/** The same instant as SOURCE_DATE_EPOCH wants it: whole seconds since 1970. */
export const testSourceDateEpoch = String(Date.parse(testBuildInstant) / 1000);

/** The "as of" day the test build shows: the Almaty calendar day of that instant. */
export const testAsOf = '2026-11-28';
