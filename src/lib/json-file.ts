/**
 * Writes a large value as JSON, the same text `JSON.stringify` makes, without
 * ever holding all of it as one string: the content snapshot of 100,000 issues
 * is some 400 MB of text, held as 800 MB (Cyrillic takes two bytes a
 * character in a string) on top of the content itself. The outer objects and
 * arrays are written part by part, each of their members stringified alone
 * and written in chunks of about a megabyte.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { minutesWithoutText, type Content, type ContentSnapshot, type Minutes } from './content/load.ts';

/** Objects and arrays this deep or less are written member by member; deeper ones whole. */
const streamedDepth = 3;
const chunkChars = 1 << 20;

/**
 * Writes a file from the parts `fill` puts, a megabyte at a time, so the text
 * is never one string; `written` sees each chunk as it goes to the file (to
 * hash it, say).
 */
export function writeInParts(path: string, fill: (put: (text: string) => void) => void, written?: (chunk: string) => void): void {
  const fd = openSync(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      const chunk = pending.join('');
      written?.(chunk);
      writeSync(fd, chunk);
      pending = [];
      size = 0;
    };
    fill((text) => {
      pending.push(text);
      size += text.length;
      if (size >= chunkChars) flush();
    });
    flush();
  } finally {
    closeSync(fd);
  }
}

export function writeJsonFile(path: string, value: unknown): void {
  writeInParts(path, (put) => writeParts(value, 0, false, put));
}

/** Puts the JSON text of `item` part by part: as JSON.stringify writes it. */
function writeParts(item: unknown, depth: number, inArray: boolean, put: (text: string) => void): void {
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
      writeParts(member, depth + 1, true, put);
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
    writeParts(member, depth + 1, false, put);
  }
  put('}');
}

/**
 * A content snapshot as lines: the first holds the snapshot with each list of
 * the content left empty and how many members each has; then every member of
 * those lists, one JSON text a line (JSON never has a raw line break in it).
 * Read back line by line (`readSnapshotFile`), a snapshot is never one string:
 * at 100,000 issues the file is some 460 MB, which read whole and parsed at
 * once took a gigabyte beside the content itself. `each`, when given, makes
 * each member as written (an issue without its text, say), one at a time.
 */
export function writeSnapshotFile(path: string, snapshot: ContentSnapshot, each?: (list: string, member: unknown) => unknown): void {
  const lists: Record<string, number> = {};
  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot.content)) {
    if (Array.isArray(value)) {
      lists[key] = value.length;
      head[key] = [];
    } else head[key] = value;
  }
  writeInParts(path, (put) => {
    put(`${JSON.stringify({ ...snapshot, content: head, lists })}\n`);
    for (const key of Object.keys(lists)) for (const member of snapshot.content[key as keyof Content] as unknown[]) put(`${JSON.stringify(each === undefined ? member : each(key, member)) ?? 'null'}\n`);
  });
}

/**
 * Reads a snapshot `writeSnapshotFile` wrote, a line at a time; with `minutesText: false`, the minutes without
 * their text (`minutesWithoutText`), which is then never held: for the steps that only count minutes.
 */
export function readSnapshotFile(path: string, { minutesText = true }: { minutesText?: boolean } = {}): ContentSnapshot {
  const fd = openSync(path, 'r');
  const lines: (() => string | undefined) = (() => {
    const chunk = Buffer.alloc(8 << 20);
    let carry = Buffer.alloc(0);
    let ended = false;
    let start = 0;
    let buffer = Buffer.alloc(0);
    return () => {
      for (;;) {
        const at = buffer.indexOf(10, start);
        if (at >= 0) {
          const line = buffer.toString('utf8', start, at);
          start = at + 1;
          return line;
        }
        if (ended) return undefined;
        carry = buffer.subarray(start);
        const read = readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0) ended = true;
        buffer = Buffer.concat([carry, chunk.subarray(0, read)]);
        start = 0;
      }
    };
  })();
  try {
    const first = lines();
    if (first === undefined) throw new Error(`${path} is empty: build again`);
    const { lists, ...snapshot } = JSON.parse(first) as ContentSnapshot & { lists: Record<string, number> };
    const content = snapshot.content as unknown as Record<string, unknown[]>;
    for (const [key, count] of Object.entries(lists)) {
      const list: unknown[] = [];
      for (let i = 0; i < count; i++) {
        const line = lines();
        if (line === undefined) throw new Error(`${path} ends in its list ${key} (${i} of ${count}): build again`);
        const member: unknown = JSON.parse(line);
        list.push(key === 'minutes' && !minutesText ? minutesWithoutText(member as Minutes) : member);
      }
      content[key] = list;
    }
    return snapshot;
  } finally {
    closeSync(fd);
  }
}
