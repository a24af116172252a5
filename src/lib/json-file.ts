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
import type { Issue } from '../schemas/issue.ts';

/** Objects and arrays this deep or less are written member by member; deeper ones whole. */
const streamedDepth = 3;
const chunkChars = 1 << 20;

/** A file being written part by part: `put` adds a part, `close` writes what is left and closes it. */
export interface FileInParts {
  put: (text: string) => void;
  close: () => void;
}

/**
 * Opens a file to be written from parts, `chunk` characters at a time (a megabyte by default), so the text is
 * never one string; `written` sees each chunk as it goes to the file (to hash it, say). Many files written at once
 * take smaller chunks.
 */
export function openInParts(path: string, written?: (chunk: string) => void, chunk = chunkChars): FileInParts {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    const text = pending.join('');
    written?.(text);
    writeSync(fd, text);
    pending = [];
    size = 0;
  };
  return {
    put: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= chunk) flush();
    },
    close: () => {
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}

/**
 * Writes a file from the parts `fill` puts, a megabyte at a time, so the text
 * is never one string; `written` sees each chunk as it goes to the file (to
 * hash it, say).
 */
export function writeInParts(path: string, fill: (put: (text: string) => void) => void, written?: (chunk: string) => void): void {
  const file = openInParts(path, written);
  try {
    fill(file.put);
  } finally {
    file.close();
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
 * The lines of a file, one at a time, read 8 MB at a time: `next` gives a line's text, `skip` only where it is
 * in the file (its first byte and its length, without the line end); each undefined at the file's end.
 */
function lineReader(fd: number): { next: () => string | undefined; skip: () => { offset: number; length: number } | undefined } {
  const chunk = Buffer.alloc(8 << 20);
  let ended = false;
  let start = 0;
  let buffer = Buffer.alloc(0);
  // Where in the file `buffer` begins.
  let from = 0;
  const find = (): { at: number; begin: number } | undefined => {
    for (;;) {
      const at = buffer.indexOf(10, start);
      if (at >= 0) {
        const begin = start;
        start = at + 1;
        return { at, begin };
      }
      if (ended) return undefined;
      from += start;
      const carry = buffer.subarray(start);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) ended = true;
      buffer = Buffer.concat([carry, chunk.subarray(0, read)]);
      start = 0;
    }
  };
  return {
    next: () => {
      const line = find();
      return line === undefined ? undefined : buffer.toString('utf8', line.begin, line.at);
    },
    skip: () => {
      const line = find();
      return line === undefined ? undefined : { offset: from + line.begin, length: line.at - line.begin };
    },
  };
}

/** How a snapshot is read: the minutes with their text or not; each issue as it is, or as `issues` makes it. */
export interface SnapshotReading {
  minutesText?: boolean;
  /** Makes each issue as it is read (without its text, say), so that the issue as written is never held. */
  issues?: (issue: Issue) => Issue;
}

/**
 * Reads a snapshot `writeSnapshotFile` wrote, a line at a time; with `minutesText: false`, the minutes without
 * their text (`minutesWithoutText`), which is then never held: for the steps that only count minutes.
 */
export function readSnapshotFile(path: string, { minutesText = true, issues }: SnapshotReading = {}): ContentSnapshot {
  const fd = openSync(path, 'r');
  const lines = lineReader(fd);
  try {
    const first = lines.next();
    if (first === undefined) throw new Error(`${path} is empty: build again`);
    const { lists, ...snapshot } = JSON.parse(first) as ContentSnapshot & { lists: Record<string, number> };
    const content = snapshot.content as unknown as Record<string, unknown[]>;
    for (const [key, count] of Object.entries(lists)) {
      const list: unknown[] = [];
      for (let i = 0; i < count; i++) {
        const line = lines.next();
        if (line === undefined) throw new Error(`${path} ends in its list ${key} (${i} of ${count}): build again`);
        const member: unknown = JSON.parse(line);
        list.push(key === 'minutes' && !minutesText ? minutesWithoutText(member as Minutes) : key === 'issues' && issues !== undefined ? issues(member as Issue) : member);
      }
      content[key] = list;
    }
    return snapshot;
  } finally {
    closeSync(fd);
  }
}

/**
 * One list of a snapshot's content (`issues`, say), its members read from the file one at a time when asked for
 * by their place in the list: a step that needs each issue whole once, in an order of its own, holds one at a
 * time. `close` when done.
 */
export function snapshotList(path: string, list: keyof Content): { count: number; at: (i: number) => unknown; close: () => void } {
  const fd = openSync(path, 'r');
  try {
    const lines = lineReader(fd);
    const first = lines.next();
    if (first === undefined) throw new Error(`${path} is empty: build again`);
    const { lists } = JSON.parse(first) as { lists: Record<string, number> };
    const places: { offset: number; length: number }[] = [];
    for (const [key, count] of Object.entries(lists)) {
      for (let i = 0; i < count; i++) {
        const line = lines.skip();
        if (line === undefined) throw new Error(`${path} ends in its list ${key} (${i} of ${count}): build again`);
        if (key === list) places.push(line);
      }
      if (key === list) break;
    }
    return {
      count: places.length,
      at: (i) => {
        const place = places[i];
        if (place === undefined) throw new Error(`${path} has no member ${i} in its list ${list}`);
        const bytes = Buffer.alloc(place.length);
        readSync(fd, bytes, 0, place.length, place.offset);
        return JSON.parse(bytes.toString('utf8'));
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
