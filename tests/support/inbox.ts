/** `npm run inbox` as the inbox workflow runs it, on a content tree of the fixture's build day. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fixtureAsOf } from '../content/fixture.ts';

/** Runs the inbox over `inbox` into the content tree `root`, with the fixture's build day; extra arguments after `--dir`. */
export function runInbox(root: string, inbox: string, args: readonly string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/inbox.ts', '--dir', inbox, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse(`${fixtureAsOf}T12:00:00+05:00`) / 1000) },
  });
}
