/**
 * The build writes its content snapshots part by part; what it writes must be
 * the very text JSON.stringify gives, so that every process reads the same
 * content it would have read before.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../src/lib/json-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'kezdesu-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a snapshot part by part', () => {
  it('writes the text JSON.stringify gives, with what it leaves out left out and nulls where it puts them', () => {
    const value = {
      content: {
        site: { siteUrl: 'https://example.kz', demo: true, note: undefined },
        issues: Array.from({ length: 3000 }, (_, i) => ({ id: `i-10-${String(i).padStart(5, '0')}`, title: { kk: 'Жол «жөндеу»\n', ru: 'Ремонт дороги' }, deadline: i % 2 === 0 ? undefined : '2026-05-01', money: i * 1.5 })),
        empty: [],
        nothing: {},
        list: [1, undefined, null, 'x', () => 1],
      },
      asOf: '2026-11-28',
      when: new Date(Date.UTC(2026, 10, 28)),
      skipped: undefined,
    };
    const path = join(dir, 'snapshot.json');
    writeJsonFile(path, value);
    const text = readFileSync(path, 'utf8');
    // Worked out by hand for the small parts: the undefined property and function are gone, the array keeps nulls.
    expect(text).toContain('"list":[1,null,null,"x",null]');
    expect(text).toContain('"site":{"siteUrl":"https://example.kz","demo":true}');
    expect(text).toContain('"when":"2026-11-28T00:00:00.000Z"');
    expect(text).not.toContain('skipped');
    expect(text).toBe(JSON.stringify(value));
  });
});
