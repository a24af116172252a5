/**
 * Writes a large value as JSON, the same text `JSON.stringify` makes, without
 * ever holding all of it as one string: the content snapshot of 100,000 issues
 * is some 400 MB of text, held as 800 MB (Cyrillic takes two bytes a
 * character in a string) on top of the content itself. The outer objects and
 * arrays are written part by part, each of their members stringified alone
 * and written in chunks of about a megabyte.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Objects and arrays this deep or less are written member by member; deeper ones whole. */
const streamedDepth = 3;
const chunkChars = 1 << 20;

export function writeJsonFile(path: string, value: unknown): void {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  const put = (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= chunkChars) flush();
  };
  const write = (item: unknown, depth: number, inArray: boolean): void => {
    const plain = item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON !== 'function';
    if (!plain || depth > streamedDepth) {
      // As JSON.stringify writes it: what it leaves out of an object (undefined, functions) is null in an array.
      const text = JSON.stringify(item);
      put(text === undefined ? (inArray ? 'null' : '') : text);
      return;
    }
    if (Array.isArray(item)) {
      put('[');
      item.forEach((member, i) => {
        if (i > 0) put(',');
        write(member, depth + 1, true);
      });
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const [key, member] of Object.entries(item)) {
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      write(member, depth + 1, false);
    }
    put('}');
  };
  try {
    write(value, 0, false);
    flush();
  } finally {
    closeSync(fd);
  }
}
