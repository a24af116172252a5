/**
 * What a build unit is made from (src/lib/build/inputs.ts): a region's data
 * version, shown on its pages, changes when its own issues or meetings change
 * or when the shared geography, plan or settings do, and not when another
 * region's files change; the dataset version changes with any file, as
 * `contentVersion` says. So a one-issue edit leaves every other region's
 * pages as they were, and the build can reuse them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash, contentHashes, regionVersion } from '../../src/lib/build/inputs.ts';
import { contentVersion } from '../../src/lib/content/version.ts';
import { tempFolder } from '../support/temp.ts';

const root = tempFolder('kezdesu-inputs-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function versions() {
  const hashes = contentHashes(root);
  return { dataset: hashes.dataset, abay: regionVersion(hashes, 'abay'), astana: regionVersion(hashes, 'astana') };
}

describe('data versions of the build', () => {
  write('site.json', '{"demo":true}');
  write('geo/regions.json', '[]');
  write('issues/abay/i-10-00001.json', '{"id":"i-10-00001","history":[]}');
  write('meetings/abay/m-10-0001.json', '{"id":"m-10-0001"}');
  write('issues/astana/i-71-00001.json', '{"id":"i-71-00001","history":[]}');

  it('gives the dataset version contentVersion gives, and a version of its own to each region', () => {
    const v = versions();
    expect(v.dataset).toBe(contentVersion(root));
    expect(v.abay).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set([v.dataset, v.abay, v.astana]).size).toBe(3);
  });

  it('changes a region\'s version with its own issue, and no other region\'s', () => {
    const before = versions();
    write('issues/abay/i-10-00001.json', '{"id":"i-10-00001","history":[{"status":"received"}]}');
    const after = versions();
    expect(after.abay).not.toBe(before.abay);
    expect(after.astana).toBe(before.astana);
    expect(after.dataset).not.toBe(before.dataset);
  });

  it('changes a region\'s version with its meetings and their minutes too', () => {
    const before = versions();
    write('meetings/abay/m-10-0001.minutes.kk.mdx', 'Хаттама');
    const after = versions();
    expect(after.abay).not.toBe(before.abay);
    expect(after.astana).toBe(before.astana);
  });

  it('changes every region\'s version when the shared geography or settings change', () => {
    const before = versions();
    write('site.json', '{"demo":false}');
    const after = versions();
    expect(after.abay).not.toBe(before.abay);
    expect(after.astana).not.toBe(before.astana);
  });

  it('gives the code one hash that changes with any source file', () => {
    const project = tempFolder('kezdesu-code-');
    try {
      mkdirSync(join(project, 'src'), { recursive: true });
      writeFileSync(join(project, 'src', 'a.ts'), 'export const a = 1;');
      writeFileSync(join(project, 'astro.config.mjs'), 'export default {};');
      const first = codeHash(project);
      expect(codeHash(project)).toBe(first);
      writeFileSync(join(project, 'src', 'a.ts'), 'export const a = 2;');
      expect(codeHash(project)).not.toBe(first);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
