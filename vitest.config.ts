import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { testSourceDateEpoch } from './tests/support/clock.ts';

// One build date for the whole run: the test build (global setup), the
// builds tests make themselves and the expectations tests work out all read
// SOURCE_DATE_EPOCH, set here once and inherited by every worker.
process.env.SOURCE_DATE_EPOCH = testSourceDateEpoch;

// Two projects: `unit` needs nothing built; `site` runs against the committed
// content built once by its global setup (`vitest run --project unit` skips the build).
export default defineConfig({
  test: {
    pool: 'forks',
    // A test file a core. Vitest's own default leaves one core out, which on two cores ran the files one after
    // another (1,070–1,352 s for the suite on 2 December); many files wait on a browser or a build process and leave
    // their core idle meanwhile. Two at a time (and with faster accessibility checks) it took 865 s on the same machine.
    maxWorkers: availableParallelism(),
    // Timeouts are for a test that hangs, not a speed goal: with two files at once, a test may take twice its time
    // alone (24 s for a unit test that spawns npm scripts, beside the reproducible builds).
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Whatever a test file made in the temporary directory (tests/support/temp.ts) is removed when its tests end.
    setupFiles: ['tests/support/cleanup.ts'],
    env: { SOURCE_DATE_EPOCH: testSourceDateEpoch },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/build/global-setup.ts'] } },
    ],
  },
});
