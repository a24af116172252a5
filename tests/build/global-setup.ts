/**
 * Builds the committed content once for every test that reads the built
 * site, exactly as `npm run build` does, on the suite's one build date
 * (`tests/support/clock.ts`).
 */
import { spawnSync } from 'node:child_process';
import { testSourceDateEpoch } from '../support/clock.ts';

/** Where the test build goes; KEZDESU_TEST_DIST lets two checkouts' test runs share a machine. */
export const testDist = process.env.KEZDESU_TEST_DIST ?? '.cache/test-dist';

export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', testDist], { encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: 'content', SOURCE_DATE_EPOCH: testSourceDateEpoch } });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
}
