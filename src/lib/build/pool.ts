/**
 * The pool that runs a build's shards: J at a time, in the order given; a
 * shard that holds the whole content runs with no other beside it. Once a
 * shard fails no other starts and those running are stopped, so no shard is
 * left running after the build has ended.
 */

/** A shard started by the pool: it settles when the shard ends, and can be stopped. */
export interface Running {
  ended: Promise<void>;
  stop(): void;
}

export interface PoolOptions {
  /** Shard numbers, in the order they start. */
  order: readonly number[];
  /** Shards that run with no other beside them. */
  alone: ReadonlySet<number>;
  /** How many run at a time. */
  jobs: number;
  /** Starts shard K. */
  start: (k: number) => Running;
  /** Shard K ended well. */
  ended?: (k: number) => void;
}

/** Runs every shard, or rejects with the first failure once the shards still running have been stopped. */
export async function runPool({ order, alone, jobs, start, ended }: PoolOptions): Promise<void> {
  const queue = [...order];
  const running = new Set<Running>();
  let exclusive = false;
  let failed = false;
  let failure: unknown;
  let waiting: (() => void)[] = [];
  const changed = () => {
    const wake = waiting;
    waiting = [];
    for (const go of wake) go();
  };
  const worker = async () => {
    for (;;) {
      // The next shard may start when no shard that must run alone is running, and, if it must, when none is.
      while (!failed && queue.length > 0 && (exclusive || (alone.has(queue[0]!) && running.size > 0))) await new Promise<void>((go) => waiting.push(go));
      const k = failed ? undefined : queue.shift();
      if (k === undefined) return;
      exclusive = alone.has(k);
      const shard = start(k);
      running.add(shard);
      try {
        await shard.ended;
        ended?.(k);
      } catch (error) {
        if (!failed) {
          failed = true;
          failure = error;
          for (const other of running) if (other !== shard) other.stop();
        }
        return;
      } finally {
        running.delete(shard);
        if (alone.has(k)) exclusive = false;
        changed();
      }
    }
  };
  // Every worker is awaited, so the pool settles only when no shard it started is still running.
  await Promise.all(Array.from({ length: Math.min(jobs, order.length) }, worker));
  if (failed) throw failure;
}
