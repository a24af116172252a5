/**
 * The test suite judges the site on one build date (tests/support/clock.ts),
 * never on the wall clock: a run tomorrow, or one that crosses midnight in
 * Almaty, expects what a run today expects. Here: every test sees that date
 * as the build date, and no test reads the wall clock, except to wait for
 * something with a time limit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOfDay, buildInstant } from '../../src/lib/time.ts';
import { testAsOf, testSourceDateEpoch } from '../support/clock.ts';

/** Files that read the clock only to give up waiting: `browser.ts` waits at most 180 s for another run's Chromium download. */
const timeLimitsOnly = new Set(['tests/support/browser.ts']);

describe('the test suite\'s clock', () => {
  it('is the one build date of tests/support/clock.ts, 28 November 2026 in Almaty', () => {
    expect(process.env.SOURCE_DATE_EPOCH).toBe(testSourceDateEpoch);
    expect(buildInstant().toISOString()).toBe('2026-11-28T07:00:00.000Z');
    expect(asOfDay()).toBe(testAsOf);
  });

  it('is never the wall clock in any test', () => {
    const wallClock = /\bnew Date\(\s*\)|\bDate\.now\(\)|\bDate\(\s*\)|Temporal\.Now\b/;
    const files = (readdirSync('tests', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join('tests', f).split('\\').join('/'));
    expect(files.length).toBeGreaterThan(30);
    const reads: string[] = [];
    for (const file of files) {
      if (timeLimitsOnly.has(file) || file === 'tests/unit/clock.test.ts') continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
        if (wallClock.test(line)) reads.push(`${file}:${n + 1}: ${line.trim()}`);
      });
    }
    expect(reads).toEqual([]);
  });
});
