/**
 * Stable JSON of a content value, with object keys sorted: two entries are
 * the same when their canonical forms are, however their files order keys
 * or indent. Import uses it to find rows already in the content, the
 * history guard to find published entries that changed.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
