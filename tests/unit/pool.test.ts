/**
 * The pool that runs the shards of `npm run build`: the shard holding the
 * whole content runs alone, the others two at a time; when one fails, no
 * other starts, those running are stopped, and the build ends only when
 * they have.
 */
import { describe, expect, it } from 'vitest';
import { runPool, type Running } from '../../src/lib/build/pool.ts';

/** Shards as a test drives them: each started one can be made to end, fail, or is stopped by the pool. */
function shards() {
  const log: string[] = [];
  const handles = new Map<number, { end: () => void; fail: (why: string) => void }>();
  const start = (k: number): Running => {
    log.push(`start ${k}`);
    let end!: () => void;
    let fail!: (error: Error) => void;
    const ended = new Promise<void>((resolve, reject) => {
      end = resolve;
      fail = reject;
    });
    handles.set(k, { end, fail: (why) => fail(new Error(why)) });
    return {
      ended,
      stop: () => {
        log.push(`stop ${k}`);
        // A stopped shard's process ends as killed.
        setTimeout(() => fail(new Error(`shard ${k} killed`)), 5);
      },
    };
  };
  return { log, handles, start };
}

const tick = () => new Promise((go) => setTimeout(go, 10));

describe('the pool of shards', () => {
  it('runs the shard that holds the whole content alone, then the others two at a time', async () => {
    const { log, handles, start } = shards();
    const ended: number[] = [];
    const pool = runPool({ order: [1, 2, 3, 4], alone: new Set([1]), jobs: 2, start, ended: (k) => ended.push(k) });
    await tick();
    expect(log).toEqual(['start 1']);
    handles.get(1)!.end();
    await tick();
    expect(log).toEqual(['start 1', 'start 2', 'start 3']);
    handles.get(3)!.end();
    await tick();
    expect(log).toEqual(['start 1', 'start 2', 'start 3', 'start 4']);
    handles.get(2)!.end();
    handles.get(4)!.end();
    await pool;
    expect(ended).toEqual([1, 3, 2, 4]);
  });

  it('starts no shard after one fails, stops those running, and ends when they have, with the first failure', async () => {
    const { log, handles, start } = shards();
    const ended: number[] = [];
    let settled = false;
    const pool = runPool({ order: [1, 2, 3, 4, 5], alone: new Set([1]), jobs: 2, start, ended: (k) => ended.push(k) });
    const outcome = pool.then(
      () => 'built',
      (error: Error) => error.message,
    );
    void outcome.then(() => (settled = true));
    await tick();
    handles.get(1)!.end();
    await tick();
    expect(log).toEqual(['start 1', 'start 2', 'start 3']);
    handles.get(2)!.fail('shard 2 failed (exit 1)');
    // Shard 3 is stopped at once; the pool waits for it to end before it says the build failed.
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['start 1', 'start 2', 'start 3', 'stop 3']);
    expect(settled).toBe(false);
    expect(await outcome).toBe('shard 2 failed (exit 1)');
    await tick();
    // Shards 4 and 5 never started, and only shard 1 ended well.
    expect(log).toEqual(['start 1', 'start 2', 'start 3', 'stop 3']);
    expect(ended).toEqual([1]);
  });

  it('starts none of the waiting shards when the shard running alone fails', async () => {
    const { log, handles, start } = shards();
    const pool = runPool({ order: [1, 2, 3], alone: new Set([1]), jobs: 2, start });
    const outcome = pool.then(
      () => 'built',
      (error: Error) => error.message,
    );
    await tick();
    handles.get(1)!.fail('shard 1 failed (exit 1)');
    expect(await outcome).toBe('shard 1 failed (exit 1)');
    await tick();
    expect(log).toEqual(['start 1']);
  });
});
