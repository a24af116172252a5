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
    testTimeout: 30_000,
    hookTimeout: 600_000,
    env: { SOURCE_DATE_EPOCH: testSourceDateEpoch },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/build/global-setup.ts'] } },
    ],
  },
});
