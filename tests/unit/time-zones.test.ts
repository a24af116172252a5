/**
 * Times right in every region and year. Kazakhstan has kept one time, UTC+5,
 * only since 2024-03-01: before that most regions were UTC+6, the west
 * (Aktobe, Atyrau, Mangystau, West Kazakhstan) UTC+5, Kyzylorda UTC+6 until
 * 2018-12-21. Every expected value below is worked out from those dates by
 * hand; none depends on the machine's own time zone (the zones are named).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MeetingRecord, type Meeting } from '../../src/schemas/meeting.ts';
import { meetingView } from '../../src/lib/meetings/log.ts';
import { instantAt, localDay, offsetAt, offsetsAt, rightOffset, utcLabel, zoneOf } from '../../src/lib/time.ts';
import { formatDateTime, formatTime, formatUtcOffset, formatWeekdayDate } from '../../src/lib/i18n/format.ts';
import { announcementLeadDays, leadTimeDays } from '../../src/lib/stats/figures.ts';
import { dueDay } from '../../src/lib/meetings/outcome.ts';
import { meetingEvent } from '../../src/lib/feeds/ics.ts';
import { meetingEventJsonLd } from '../../src/lib/feeds/event-jsonld.ts';
import { announcementEntries } from '../../src/lib/feeds/atom.ts';

/** A meeting in a region at a start and end as its file writes them, with what happened in its log. */
function meeting(region: string, start: string, end: string, changes: unknown[] = [], announcements: unknown[] = []): Meeting {
  return meetingView(
    MeetingRecord.parse({
      id: 'm-15-0001',
      holder: { level: 'region', office: { ru: 'Аким области' } },
      place: { region, venue: { ru: 'Дом культуры' }, address: { ru: 'улица Абая, 1' } },
      start,
      end,
      format: 'in-person',
      announcements,
      changes,
    }),
  );
}

describe('the zone of each region', () => {
  it('is its own for Kostanay, the four western regions and Kyzylorda, and Asia/Almaty for every other region', () => {
    expect(zoneOf('kostanay')).toBe('Asia/Qostanay');
    expect(zoneOf('aktobe')).toBe('Asia/Aqtobe');
    expect(zoneOf('atyrau')).toBe('Asia/Atyrau');
    expect(zoneOf('west-kazakhstan')).toBe('Asia/Oral');
    expect(zoneOf('mangystau')).toBe('Asia/Aqtau');
    expect(zoneOf('kyzylorda')).toBe('Asia/Qyzylorda');
    for (const region of ['astana', 'almaty', 'shymkent', 'abay', 'zhetysu', 'ulytau', 'almaty-region', 'east-kazakhstan', 'karagandy', 'pavlodar']) {
      expect(zoneOf(region), region).toBe('Asia/Almaty');
    }
  });

  it('names regions by the slugs of content/geo/regions.json, so no region is mistaken for Almaty by a misspelt key', () => {
    const slugs = new Set((JSON.parse(readFileSync('content/geo/regions.json', 'utf8')) as { slug: string }[]).map((r) => r.slug));
    for (const slug of ['kostanay', 'aktobe', 'atyrau', 'west-kazakhstan', 'mangystau', 'kyzylorda']) expect(slugs.has(slug), slug).toBe(true);
  });
});

describe('the offset a place kept on a date (tz database in Node)', () => {
  it('is +06:00 in Astana and Almaty until 2024-03-01 and +05:00 from that day', () => {
    expect(offsetAt(zoneOf('astana'), '2023-05-10T11:00')).toBe('+06:00');
    expect(offsetAt(zoneOf('almaty'), '2024-02-29T11:00')).toBe('+06:00');
    expect(offsetAt(zoneOf('almaty'), '2024-03-01T11:00')).toBe('+05:00');
    expect(offsetAt(zoneOf('astana'), '2025-06-01T11:00')).toBe('+05:00');
  });

  it('is +05:00 in Aktobe on both sides of 2024-03-01', () => {
    expect(offsetAt(zoneOf('aktobe'), '2023-05-10T11:00')).toBe('+05:00');
    expect(offsetAt(zoneOf('aktobe'), '2025-05-10T11:00')).toBe('+05:00');
  });

  it('is +06:00 in Kostanay in 2023 and +05:00 after 2024-03-01', () => {
    expect(offsetAt(zoneOf('kostanay'), '2023-05-10T11:00')).toBe('+06:00');
    expect(offsetAt(zoneOf('kostanay'), '2024-03-02T11:00')).toBe('+05:00');
  });

  it('is +06:00 in Kyzylorda until 2018-12-21 and +05:00 from that day, 2023 included', () => {
    expect(offsetAt(zoneOf('kyzylorda'), '2018-12-20T11:00')).toBe('+06:00');
    expect(offsetAt(zoneOf('kyzylorda'), '2018-12-21T11:00')).toBe('+05:00');
    expect(offsetAt(zoneOf('kyzylorda'), '2023-05-10T11:00')).toBe('+05:00');
  });

  it('knows the hour Almaty lived twice when the clocks went back at midnight of 2024-03-01', () => {
    // 00:00+06:00 on 1 March became 23:00+05:00 on 29 February: 23:30 happened first at +06:00, then at +05:00.
    expect(offsetsAt('Asia/Almaty', '2024-02-29T23:30')).toEqual(['+06:00', '+05:00']);
    expect(rightOffset('2024-02-29T23:30+05:00', 'Asia/Almaty')).toEqual({ ok: true });
    expect(rightOffset('2024-02-29T23:30+06:00', 'Asia/Almaty')).toEqual({ ok: true });
  });

  it('gives the instant of a local day and time with that offset, and names the right one for a wrong offset', () => {
    expect(instantAt('2023-05-10', '11:00', zoneOf('almaty-region'))).toBe('2023-05-10T11:00+06:00');
    expect(instantAt('2025-05-10', '11:00', zoneOf('almaty-region'))).toBe('2025-05-10T11:00+05:00');
    expect(instantAt('2023-05-10', '11:00', zoneOf('aktobe'))).toBe('2023-05-10T11:00+05:00');
    expect(rightOffset('2023-05-10T11:00+06:00', zoneOf('aktobe'))).toEqual({ ok: false, offset: '+05:00', instant: '2023-05-10T11:00+05:00' });
    expect(rightOffset('2023-05-10T11:00Z', zoneOf('astana'))).toEqual({ ok: false, offset: '+06:00', instant: '2023-05-10T11:00+06:00' });
    expect(rightOffset('2023-05-10T11:00+06:00', zoneOf('astana'))).toEqual({ ok: true });
    expect(utcLabel('+06:00')).toBe('UTC+6');
    expect(utcLabel('+05:00')).toBe('UTC+5');
  });
});

describe('the day and clock time of a meeting, in its own region', () => {
  it('keeps a late-evening meeting on its own day', () => {
    // 23:30+06:00 is 17:30Z: still 10 May in Astana.
    expect(localDay('2023-05-10T23:30+06:00', zoneOf('astana'))).toBe('2023-05-10');
    // 23:30+05:00 in Aktobe is 18:30Z, which Almaty's clocks (then +06:00) read as 00:30 on 11 May: Aktobe's day is still 10 May.
    expect(localDay('2023-05-10T23:30+05:00', zoneOf('aktobe'))).toBe('2023-05-10');
    expect(localDay('2023-05-10T23:30+05:00', 'Asia/Almaty')).toBe('2023-05-11');
  });

  it('shows a 2023 Aktobe meeting at the hour it was held, not Almaty’s hour', () => {
    const zone = zoneOf('aktobe');
    expect(formatDateTime('2023-05-10T11:00+05:00', 'ru', zone)).toBe('10 мая 2023 г. в 11:00');
    expect(formatDateTime('2023-05-10T11:00+05:00', 'kk', zone)).toBe('2023 ж. 10 мамыр, 11:00');
    expect(formatDateTime('2023-05-10T11:00+05:00', 'en', zone)).toBe('10 May 2023 at 11:00');
    expect(formatTime('2023-05-10T00:30+05:00', 'ru', zone)).toBe('00:30');
    expect(formatWeekdayDate('2023-05-10T00:30+05:00', 'ru', zone)).toBe('среда, 10 мая 2023 г.');
    expect(formatUtcOffset('2023-05-10T11:00+05:00', zone)).toBe('UTC+5');
  });

  it('says UTC+6 for a 2023 Astana meeting and UTC+5 for a 2025 one', () => {
    expect(formatUtcOffset('2023-05-10T11:00+06:00', zoneOf('astana'))).toBe('UTC+6');
    expect(formatTime('2023-05-10T11:00+06:00', 'ru', zoneOf('astana'))).toBe('11:00');
    expect(formatUtcOffset('2025-05-10T11:00+05:00', zoneOf('astana'))).toBe('UTC+5');
  });
});

describe('figures count days in the meeting’s region', () => {
  it('counts lead time to the meeting’s local day, not Almaty’s', () => {
    // Announced 3 May; the meeting is at 23:30 on 10 May in Aktobe (UTC+5): 7 days, though Almaty's clocks already read 11 May.
    const m = meeting('aktobe', '2023-05-10T23:30+05:00', '2023-05-10T23:59+05:00', [], [{ channel: 'website', outlet: 'aktobe.example.kz', url: 'https://aktobe.example.kz/1', published: '2023-05-03' }]);
    expect(announcementLeadDays(m, '2023-05-03')).toBe(7);
    expect(leadTimeDays(m)).toBe(7);
    expect(dueDay(m)).toBe('2023-05-10');
  });
});

describe('calendars, JSON-LD and feeds', () => {
  it('writes the .ics start as the UTC instant of the local time', () => {
    const ctx = { siteUrl: 'https://kezdesu.kz', stamp: '2026-11-28T00:00:00Z', location: 'Дом культуры', lang: 'ru' as const };
    // 11:00 at UTC+5 is 06:00Z; 11:00 at UTC+6 is 05:00Z.
    expect(meetingEvent(meeting('aktobe', '2023-05-10T11:00+05:00', '2023-05-10T13:00+05:00'), ctx)).toContain('DTSTART:20230510T060000Z');
    expect(meetingEvent(meeting('astana', '2023-05-10T11:00+06:00', '2023-05-10T13:00+06:00'), ctx)).toContain('DTSTART:20230510T050000Z');
    expect(meetingEvent(meeting('astana', '2025-05-10T11:00+05:00', '2025-05-10T13:00+05:00'), ctx)).toContain('DTEND:20250510T080000Z');
  });

  it('keeps the stored time with its offset in JSON-LD, and the new end of a rescheduled meeting', () => {
    const m = meeting('astana', '2024-02-20T11:00+06:00', '2024-02-20T13:00+06:00', [{ kind: 'postponed', date: '2024-02-15', reason: { ru: 'Буран' }, start: '2024-03-05T11:00+05:00' }]);
    const ld = meetingEventJsonLd(m, 'ru', 'https://kezdesu.kz/ru/meetings/m-15-0001/', 'город Астана');
    expect(ld).toMatchObject({ startDate: '2024-03-05T11:00+05:00', previousStartDate: '2024-02-20T11:00+06:00', endDate: '2024-03-05T13:00+05:00' });
  });

  it('titles feed entries with the meeting’s local day', () => {
    const m = meeting('aktobe', '2023-05-10T23:30+05:00', '2023-05-10T23:59+05:00', [], [{ channel: 'website', outlet: 'aktobe.example.kz', url: 'https://aktobe.example.kz/1', published: '2023-05-03' }]);
    expect(announcementEntries([m], 'ru', 'https://kezdesu.kz')[0]?.title).toBe('Аким области — 2023-05-10');
  });
});
