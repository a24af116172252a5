/**
 * Calendars and Atom feeds of a small fixture: each meeting's instant and
 * status in iCalendar, and which entries a feed lists in which order. Every
 * expected value is worked out by hand from the fixture below.
 */
import { describe, expect, it } from 'vitest';
import { Issue } from '../../src/schemas/issue.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { announcementEntries, feedLength, statusEntries } from '../../src/lib/feeds/atom.ts';
import { meetingEventJsonLd } from '../../src/lib/feeds/event-jsonld.ts';
import { meetingEvent } from '../../src/lib/feeds/ics.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

const site = 'https://kezdesu.kz';

/**
 * The fixture tree (its build day 30 June 2026) with a meeting of each state:
 * m-10-0001 and m-71-0001 held; m-10-0002 (15 July, 11:00) postponed with no
 * new day; m-71-0002 (20 July, 10:00–12:00) postponed to 3 August, 15:00–17:00;
 * m-71-0003 (25 July) cancelled. i-71-00001 has a progress note.
 */
function fixture(): Content {
  const tree = validTree();
  const astana = (id: string, start: string, end: string, changes: unknown[]) => ({
    id,
    holder: { level: 'district', office: { ru: 'Аким района Алматы' } },
    place: { region: 'astana', district: 'almaty-district', venue: { ru: 'Школа № 5' }, address: { ru: 'проспект Республики, 10' } },
    start,
    end,
    format: 'in-person',
    announcements: [{ channel: 'website', outlet: 'astana.example.kz', url: `https://astana.example.kz/news/${id}`, published: '2026-06-10' }],
    changes,
  });
  (tree['meetings/abay/m-10-0002.json'] as Record<string, unknown>).changes = [{ kind: 'postponed', date: '2026-06-25', reason: { ru: 'Буран' } }];
  tree['meetings/astana/m-71-0002.json'] = astana('m-71-0002', '2026-07-20T10:00+05:00', '2026-07-20T12:00+05:00', [
    { kind: 'postponed', date: '2026-06-28', reason: { ru: 'Ремонт школы' }, start: '2026-08-03T15:00+05:00', end: '2026-08-03T17:00+05:00' },
  ]);
  tree['meetings/astana/m-71-0003.json'] = astana('m-71-0003', '2026-07-25T10:00+05:00', '2026-07-25T12:00+05:00', [
    { kind: 'cancelled', date: '2026-06-29', reason: { ru: 'Аким в отпуске' } },
  ]);
  (tree['issues/astana/i-71-00001.json'] as Record<string, unknown>).changes = [{ kind: 'progress', date: '2026-05-05', note: { ru: 'Яму засыпали щебнем' } }];
  const { content, problems } = loadContent(writeTree(tree), { asOf: fixtureAsOf });
  expect(problems).toEqual([]);
  return content;
}

/** `NAME:value` of an event's lines, for the properties a calendar shows. */
function properties(lines: string[]): Record<string, string> {
  const wanted = ['UID', 'DTSTART', 'DTEND', 'STATUS', 'URL'];
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]).filter(([name]) => wanted.includes(name!)));
}

describe('a meeting in iCalendar', () => {
  const content = fixture();
  const event = (id: string) => properties(meetingEvent(content.meetings.find((m) => m.id === id)!, { siteUrl: site, stamp: '2026-06-30T07:00:00Z', location: 'Дом культуры', lang: 'ru' }));

  it('is confirmed at its time in UTC once held (10:00 in Almaty, UTC+5, is 05:00Z)', () => {
    expect(event('m-10-0001')).toEqual({ UID: 'm-10-0001@kezdesu', DTSTART: '20260310T050000Z', DTEND: '20260310T070000Z', URL: 'https://kezdesu.kz/ru/meetings/m-10-0001/', STATUS: 'CONFIRMED' });
    expect(event('m-71-0001')).toMatchObject({ DTSTART: '20260402T100000Z', DTEND: '20260402T120000Z', STATUS: 'CONFIRMED' });
  });

  it('is tentative at the time first announced while postponed with no new day', () => {
    expect(event('m-10-0002')).toMatchObject({ UID: 'm-10-0002@kezdesu', DTSTART: '20260715T060000Z', DTEND: '20260715T080000Z', STATUS: 'TENTATIVE' });
  });

  it('moves to the new time, under the same UID, when postponed to a known day', () => {
    expect(event('m-71-0002')).toMatchObject({ UID: 'm-71-0002@kezdesu', DTSTART: '20260803T100000Z', DTEND: '20260803T120000Z', STATUS: 'CONFIRMED' });
  });

  it('is cancelled, and stays at its time, when cancelled', () => {
    expect(event('m-71-0003')).toMatchObject({ UID: 'm-71-0003@kezdesu', DTSTART: '20260725T050000Z', STATUS: 'CANCELLED' });
  });
});

describe('a meeting as a schema.org Event', () => {
  const content = fixture();
  const event = (id: string) => meetingEventJsonLd(content.meetings.find((m) => m.id === id)!, 'ru', `https://kezdesu.kz/ru/meetings/${id}/`, 'Астана');

  it('is rescheduled to the new time, from start to end, with the time first announced as the previous one', () => {
    expect(event('m-71-0002')).toMatchObject({
      startDate: '2026-08-03T15:00+05:00',
      endDate: '2026-08-03T17:00+05:00',
      previousStartDate: '2026-07-20T10:00+05:00',
      eventStatus: 'https://schema.org/EventRescheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
  });

  it('says cancelled, held and postponed with no new day in schema.org words, and how one attends', () => {
    expect(event('m-71-0003')).toMatchObject({ startDate: '2026-07-25T10:00+05:00', endDate: '2026-07-25T12:00+05:00', eventStatus: 'https://schema.org/EventCancelled' });
    expect(event('m-10-0001')).toMatchObject({ startDate: '2026-03-10T10:00+05:00', eventStatus: 'https://schema.org/EventScheduled', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' });
    expect(event('m-10-0002')).toMatchObject({ startDate: '2026-07-15T11:00+05:00', eventStatus: 'https://schema.org/EventPostponed' });
    expect(event('m-10-0002')).not.toHaveProperty('previousStartDate');
  });
});

describe('the Atom feeds', () => {
  const content = fixture();

  it('list announcements and meeting log entries newest first, entries of one day by id', () => {
    const entries = announcementEntries(content.meetings, 'ru', site);
    expect(entries.map((e) => [e.updated, e.id])).toEqual([
      ['2026-06-29', 'urn:kezdesu:meeting-change:m-71-0003:1'],
      ['2026-06-28', 'urn:kezdesu:meeting-change:m-71-0002:1'],
      ['2026-06-25', 'urn:kezdesu:meeting-change:m-10-0002:1'],
      ['2026-06-20', 'urn:kezdesu:announcement:m-10-0002:1'],
      ['2026-06-10', 'urn:kezdesu:announcement:m-71-0002:1'],
      ['2026-06-10', 'urn:kezdesu:announcement:m-71-0003:1'],
      ['2026-04-02', 'urn:kezdesu:meeting-change:m-71-0001:1'],
      ['2026-03-11', 'urn:kezdesu:meeting-change:m-10-0001:1'],
      ['2026-03-01', 'urn:kezdesu:announcement:m-10-0001:1'],
    ]);
    expect(entries[0]).toMatchObject({ title: 'Отменена: Аким района Алматы — 2026-07-25', link: 'https://kezdesu.kz/ru/meetings/m-71-0003/' });
    expect(entries[0]!.summary).toContain('Аким в отпуске');
    // An announcement is titled by the office and the day first announced; m-10-0002 is written in Kazakh only.
    expect(entries[3]).toMatchObject({ title: 'Абай ауданының әкімі — 2026-07-15', summary: 'Сайт: abay.example.kz. Мәдениет үйі, Абай көшесі, 5' });
  });

  it('list status changes and other changes of issues newest first, entries of one day by id, under the issue title in the language', () => {
    const entries = statusEntries(content.issues, 'ru', site);
    expect(entries.map((e) => [e.updated, e.id])).toEqual([
      ['2026-05-05', 'urn:kezdesu:change:i-71-00001:1'],
      ['2026-05-05', 'urn:kezdesu:status:i-10-00001:3'],
      ['2026-04-02', 'urn:kezdesu:status:i-71-00001:1'],
      ['2026-04-01', 'urn:kezdesu:status:i-10-00002:2'],
      ['2026-03-20', 'urn:kezdesu:status:i-10-00001:2'],
      ['2026-03-12', 'urn:kezdesu:status:i-10-00003:2'],
      ['2026-03-10', 'urn:kezdesu:status:i-10-00001:1'],
      ['2026-03-10', 'urn:kezdesu:status:i-10-00002:1'],
      ['2026-03-10', 'urn:kezdesu:status:i-10-00003:1'],
    ]);
    expect(entries[0]).toMatchObject({ title: 'Ход работ — Pothole on the avenue', summary: 'Яму засыпали щебнем', link: 'https://kezdesu.kz/ru/issues/i-71-00001/' });
    expect(entries[1]).toMatchObject({ title: 'Решено: Нет питьевой воды', summary: 'Скважина пробурена' });
    // The Kazakh-only title stands in the Russian feed, under the Russian status word.
    expect(entries[3]).toMatchObject({ title: 'Запланировано: Ұялы байланыс жоқ', summary: 'Включено в план' });
    expect(statusEntries(content.issues, 'kk', site)[1]!.title).toBe('Шешілді: Нет питьевой воды');
  });

  it('keep only the newest 100 entries', () => {
    // 60 copies of i-10-00001 (received 10 March, in review 20 March, resolved 5 May): 180 entries. The newest
    // 100 are the 60 resolutions, then the 40 reviews of the lowest ids; nothing of 10 March.
    const raw = validTree()['issues/abay/i-10-00001.json'] as Record<string, unknown>;
    const issues = Array.from({ length: 60 }, (_, n) => Issue.parse({ ...raw, id: `i-10-${10001 + n}` }));
    const entries = statusEntries(issues, 'en', site);
    expect(feedLength).toBe(100);
    expect(entries).toHaveLength(100);
    expect(entries[0]!.id).toBe('urn:kezdesu:status:i-10-10001:3');
    expect(entries[59]!.id).toBe('urn:kezdesu:status:i-10-10060:3');
    expect(entries[60]!.id).toBe('urn:kezdesu:status:i-10-10001:2');
    expect(entries[99]!.id).toBe('urn:kezdesu:status:i-10-10040:2');
    expect(entries.some((e) => e.updated === '2026-03-10')).toBe(false);
  });
});
