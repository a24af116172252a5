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

/** A member's JSON text, made already (from the parts of it kept elsewhere, say): a snapshot writes it as it is. */
export class JsonText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/**
 * A content snapshot as lines: the first holds the snapshot with each list of
 * the content left empty and how many members each has; then every member of
 * those lists, one JSON text a line (JSON never has a raw line break in it).
 * Read back line by line (`readSnapshotFile`), a snapshot is never one string:
 * at 100,000 issues the file is some 460 MB, which read whole and parsed at
 * once took a gigabyte beside the content itself. `each`, when given, makes
 * each member as written (an issue without its text, say), one at a time, or
 * its JSON text (`JsonText`).
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
    for (const key of Object.keys(lists)) {
      for (const member of snapshot.content[key as keyof Content] as unknown[]) {
        const made = each === undefined ? member : each(key, member);
        put(`${made instanceof JsonText ? made.text : (JSON.stringify(made) ?? 'null')}\n`);
      }
    }
  });
}

/** Where a line is in a file: its first byte and its length in bytes, without the line end. */
interface Place {
  offset: number;
  length: number;
}

/**
 * The lines of a file, one at a time, read 8 MB at a time: `next` gives a line's text (undefined at the file's
 * end), and `place` where in the file the line `next` last gave is.
 */
function lineReader(fd: number): { next: () => string | undefined; place: () => Place } {
  const chunk = Buffer.alloc(8 << 20);
  let ended = false;
  let start = 0;
  let buffer = Buffer.alloc(0);
  // Where in the file `buffer` begins.
  let from = 0;
  let last: Place = { offset: 0, length: 0 };
  return {
    next: () => {
      for (;;) {
        const at = buffer.indexOf(10, start);
        if (at >= 0) {
          const begin = start;
          start = at + 1;
          last = { offset: from + begin, length: at - begin };
          return buffer.toString('utf8', begin, at);
        }
        if (ended) return undefined;
        from += start;
        const carry = buffer.subarray(start);
        const read = readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0) ended = true;
        buffer = Buffer.concat([carry, chunk.subarray(0, read)]);
        start = 0;
      }
    },
    place: () => last,
  };
}

/** How a snapshot is read: the minutes with their text or not; each issue as it is, or as `issues` makes it. */
export interface SnapshotReading {
  minutesText?: boolean;
  /** Makes each issue as it is read (without its text, say), so that the issue as written is never held. */
  issues?: (issue: Issue) => Issue;
}

/** One list of a snapshot's content, each member read from the file when asked for by its place in the list. `close` when done. */
export interface SnapshotList {
  count: number;
  at: (i: number) => unknown;
  close: () => void;
}

/** Reads the snapshot from `fd`, a line at a time, noting where each member of `listed` is in the file. */
function readSnapshotLines(path: string, fd: number, { minutesText = true, issues }: SnapshotReading, listed?: keyof Content): { snapshot: ContentSnapshot; places: Place[] } {
  const lines = lineReader(fd);
  const first = lines.next();
  if (first === undefined) throw new Error(`${path} is empty: build again`);
  const { lists, ...snapshot } = JSON.parse(first) as ContentSnapshot & { lists: Record<string, number> };
  const content = snapshot.content as unknown as Record<string, unknown[]>;
  const places: Place[] = [];
  for (const [key, count] of Object.entries(lists)) {
    const list: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const line = lines.next();
      if (line === undefined) throw new Error(`${path} ends in its list ${key} (${i} of ${count}): build again`);
      if (key === listed) places.push(lines.place());
      const member: unknown = JSON.parse(line);
      list.push(key === 'minutes' && !minutesText ? minutesWithoutText(member as Minutes) : key === 'issues' && issues !== undefined ? issues(member as Issue) : member);
    }
    content[key] = list;
  }
  return { snapshot, places };
}

/**
 * Reads a snapshot `writeSnapshotFile` wrote, a line at a time; with `minutesText: false`, the minutes without
 * their text (`minutesWithoutText`), which is then never held: for the steps that only count minutes.
 */
export function readSnapshotFile(path: string, reading: SnapshotReading = {}): ContentSnapshot {
  const fd = openSync(path, 'r');
  try {
    return readSnapshotLines(path, fd, reading).snapshot;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a snapshot as `readSnapshotFile` does, and gives one list of its content (`issues`, say) as written, each
 * member read from the file again when asked for by its place in the list: a step that reads the issues without
 * their text, then needs each issue whole once, in an order of its own, holds one whole at a time. The places are
 * noted in the same pass that reads the snapshot. `list.close()` when done.
 */
export function readSnapshotAndList(path: string, reading: SnapshotReading, listed: keyof Content): { snapshot: ContentSnapshot; list: SnapshotList } {
  const fd = openSync(path, 'r');
  try {
    const { snapshot, places } = readSnapshotLines(path, fd, reading, listed);
    const list: SnapshotList = {
      count: places.length,
      at: (i) => {
        const place = places[i];
        if (place === undefined) throw new Error(`${path} has no member ${i} in its list ${listed}`);
        const bytes = Buffer.alloc(place.length);
        readSync(fd, bytes, 0, place.length, place.offset);
        return JSON.parse(bytes.toString('utf8'));
      },
      close: () => closeSync(fd),
    };
    return { snapshot, list };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
