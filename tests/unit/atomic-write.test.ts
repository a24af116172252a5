/**
 * Content is written as one change: a failure part-way leaves the tree byte
 * for byte as it was and no temporary file behind.
 */
import * as realFs from 'node:fs/promises';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicWriteError, writeFilesAtomically, type AtomicFs } from '../../src/lib/content/atomic-write.ts';
import { leftovers, snapshot } from '../support/tree-snapshot.ts';
import { tempFolder } from '../support/temp.ts';

/** A small tree: one issue file to replace, one to delete, one left alone. */
function tree(): string {
  const root = tempFolder('kezdesu-atomic-');
  mkdirSync(join(root, 'issues/abay'), { recursive: true });
  writeFileSync(join(root, 'issues/abay/i-10-00001.json'), '{"id": "i-10-00001", "old": true}\n');
  writeFileSync(join(root, 'issues/abay/i-10-00002.json'), '{"id": "i-10-00002"}\n');
  writeFileSync(join(root, 'site.json'), '{"demo": true}\n');
  return root;
}

/** The change the tests try: replace one file, add three (one in a new folder), delete one. */
const change = (root: string) => ({
  files: [
    { path: join(root, 'issues/abay/i-10-00001.json'), text: '{"id": "i-10-00001", "new": true}\n' },
    { path: join(root, 'issues/abay/i-10-00003.json'), text: '{"id": "i-10-00003"}\n' },
    { path: join(root, 'issues/astana/i-71-00001.json'), text: '{"id": "i-71-00001", "title": "Жол жөндеу"}\n' },
    { path: join(root, 'issues/astana/i-71-00002.json'), text: '{"id": "i-71-00002"}\n' },
  ],
  remove: [join(root, 'issues/abay/i-10-00002.json')],
});

/** The real file system, except that the `n`-th call of `method` fails (after `partly` has done its damage, if given). */
function failingOn(method: 'open' | 'rename' | 'readFile', n: number): AtomicFs {
  let calls = 0;
  const fs: AtomicFs = { ...realFs };
  const real = realFs[method] as (...args: unknown[]) => Promise<unknown>;
  (fs as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    calls += 1;
    if (calls === n) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    return real(...args);
  };
  return fs;
}

/** The real file system, except that the third temporary written gets only half its bytes and then the disk is full. */
function truncatingThirdWrite(): AtomicFs {
  let writes = 0;
  return {
    ...realFs,
    open: (async (path: string, flags: string) => {
      const handle = await realFs.open(path, flags);
      if (flags !== 'wx' || ++writes !== 3) return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: Buffer) => {
              await target.writeFile(data.subarray(0, data.length >> 1));
              throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as AtomicFs['open'],
  };
}

describe('writing a set of files as one change', () => {
  it('replaces, adds (making folders) and deletes every file asked, and leaves no temporary behind', async () => {
    const root = tree();
    const { files, remove } = change(root);
    await writeFilesAtomically(files, { remove, verify: true });
    expect(snapshot(root)).toEqual({
      issues: '(folder)',
      'issues/abay': '(folder)',
      'issues/abay/i-10-00001.json': Buffer.from('{"id": "i-10-00001", "new": true}\n').toString('hex'),
      'issues/abay/i-10-00003.json': Buffer.from('{"id": "i-10-00003"}\n').toString('hex'),
      'issues/astana': '(folder)',
      'issues/astana/i-71-00001.json': Buffer.from('{"id": "i-71-00001", "title": "Жол жөндеу"}\n').toString('hex'),
      'issues/astana/i-71-00002.json': Buffer.from('{"id": "i-71-00002"}\n').toString('hex'),
      'site.json': Buffer.from('{"demo": true}\n').toString('hex'),
    });
  });

  const failures: [string, () => AtomicFs][] = [
    ['the third temporary cannot be created', () => failingOn('open', 3)],
    ['the disk fills half-way through the third file', truncatingThirdWrite],
    ['a file read back differs from what was meant', () => {
      const fs: AtomicFs = { ...realFs };
      let reads = 0;
      fs.readFile = (async (path: string) => (++reads === 2 ? Buffer.from('{"id": "i-10-0') : realFs.readFile(path))) as AtomicFs['readFile'];
      return fs;
    }],
    ['the second rename fails, after one file was already replaced', () => failingOn('rename', 2)],
    ['the fourth rename fails, after a new folder got its files', () => failingOn('rename', 4)],
    ['deleting a file fails, after every file was put in place', () => failingOn('rename', 5)],
  ];
  for (const [what, fs] of failures) {
    it(`leaves the tree byte for byte as it was, with no temporary, when ${what}`, async () => {
      const root = tree();
      const before = snapshot(root);
      const { files, remove } = change(root);
      const error = await writeFilesAtomically(files, { remove, verify: true, fs: fs() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AtomicWriteError);
      expect((error as AtomicWriteError).restored).toBe(true);
      expect(snapshot(root)).toEqual(before);
      expect(leftovers(root)).toEqual([]);
    });
  }

  it('changes nothing when a file stands where a folder is needed, and names it', async () => {
    const root = tree();
    writeFileSync(join(root, 'plan'), 'not a folder');
    const before = snapshot(root);
    const { files } = change(root);
    const error = await writeFilesAtomically([...files, { path: join(root, 'plan/measures.json'), text: '[]\n' }]).catch((e: unknown) => e);
    expect((error as AtomicWriteError).message).toContain(`${join(root, 'plan')} is a file where a folder is needed`);
    expect(snapshot(root)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('names the file it stopped at', async () => {
    const root = tree();
    const { files } = change(root);
    const error = (await writeFilesAtomically(files, { fs: failingOn('open', 1), concurrency: 1 }).catch((e: unknown) => e)) as AtomicWriteError;
    expect(error.path).toBe(join(root, 'issues/abay/i-10-00001.json'));
    expect(readFileSync(join(root, 'issues/abay/i-10-00001.json'), 'utf8')).toBe('{"id": "i-10-00001", "old": true}\n');
  });
});
