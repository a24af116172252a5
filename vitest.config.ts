import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing built; `site` runs against the committed
// content built once by its global setup (`vitest run --project unit` skips the build).
export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/build/global-setup.ts'] } },
    ],
  },
});
