/**
 * The build writes its content snapshots part by part; what it writes must be
 * the very text JSON.stringify gives, so that every process reads the same
 * content it would have read before.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { readSnapshotAndList, readSnapshotFile, writeJsonFile, writeSnapshotFile } from '../../src/lib/json-file.ts';
import type { Issue } from '../../src/schemas/issue.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import { tempFolder } from '../support/temp.ts';

const dir = tempFolder('kezdesu-json-');
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

describe('a content snapshot written and read a line at a time', () => {
  const { content } = loadContent(writeTree(validTree()), { asOf: fixtureAsOf });
  const snapshot = { root: '/content', asOf: fixtureAsOf, version: 'v1', versions: { core: 'v1', abay: 'a1' }, content };

  it('reads back the very snapshot written, every list and value in place', () => {
    const path = join(dir, 'content.json');
    writeSnapshotFile(path, snapshot);
    // One head line, then one line per issue, meeting, minutes, calendar and every other listed entry.
    const lists = Object.values(content).filter(Array.isArray).reduce((sum, list) => sum + list.length, 0);
    expect(readFileSync(path, 'utf8').split('\n').filter((line) => line !== '')).toHaveLength(1 + lists);
    expect(content.issues.length).toBe(4);
    expect(readSnapshotFile(path)).toEqual(JSON.parse(JSON.stringify(snapshot)));
  });

  it('reads the minutes without their text for the steps that only count them, every other value as written', () => {
    const path = join(dir, 'counted.json');
    writeSnapshotFile(path, snapshot);
    const read = readSnapshotFile(path, { minutesText: false });
    expect(content.minutes.length).toBeGreaterThan(0);
    expect(content.minutes.every((m) => m.text !== '' && m.html !== '')).toBe(true);
    // Each minutes entry is still there, with its meeting, language and agenda; only its text is gone.
    expect(read.content.minutes).toEqual(content.minutes.map((m) => ({ meeting: m.meeting, lang: m.lang, agenda: m.agenda, html: '', text: '' })));
    expect({ ...read, content: { ...read.content, minutes: [] } }).toEqual(JSON.parse(JSON.stringify({ ...snapshot, content: { ...content, minutes: [] } })));
  });

  it('reads the issues without their text as it goes, when asked, and each issue whole by its place in the list', () => {
    // 2,500 issues of some 4 KB of Cyrillic each: 10 MB, more than the 8 MB the reader reads at a time, so that
    // places are found across its reads.
    const many: Issue[] = Array.from({ length: 2500 }, (_, n) => ({ ...content.issues[n % 4]!, id: `i-10-${String(n).padStart(5, '0')}`, title: { ru: `${n}: ${'Ремонт дороги в ауле '.repeat(100)}` } }));
    const path = join(dir, 'many.json');
    writeSnapshotFile(path, { ...snapshot, content: { ...content, issues: many } });
    const { snapshot: read, list } = readSnapshotAndList(path, { issues: (issue) => ({ ...issue, title: { ru: 'без текста' } }) }, 'issues');
    expect(read.content.issues.map((i) => i.title)).toEqual(many.map(() => ({ ru: 'без текста' })));
    expect(read.content.meetings).toEqual(JSON.parse(JSON.stringify(content.meetings)));
    try {
      expect(list.count).toBe(2500);
      // From the last to the first, each the very issue written.
      for (let n = 2499; n >= 0; n--) expect(list.at(n), `issue ${n}`).toEqual(JSON.parse(JSON.stringify(many[n])));
      expect(() => list.at(2500)).toThrow(/no member 2500 in its list issues/);
    } finally {
      list.close();
    }
    // A list written before the issues (the meetings), found by its place too.
    const { snapshot: again, list: meetings } = readSnapshotAndList(path, {}, 'meetings');
    expect(again.content.issues).toEqual(JSON.parse(JSON.stringify(many)));
    try {
      expect(meetings.count).toBe(content.meetings.length);
      expect(meetings.at(content.meetings.length - 1)).toEqual(JSON.parse(JSON.stringify(content.meetings[content.meetings.length - 1])));
    } finally {
      meetings.close();
    }
  });

  it('refuses a snapshot cut short, saying which list it ends in', () => {
    const path = join(dir, 'cut.json');
    writeSnapshotFile(path, snapshot);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${lines.slice(0, -3).join('\n')}\n`);
    expect(() => readSnapshotFile(path)).toThrow(/ends in its list \w+ \(\d+ of \d+\): build again/);
  });
});
