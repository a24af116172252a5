/** A value made the first time it is asked for, then kept: for what a step may or may not need. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
