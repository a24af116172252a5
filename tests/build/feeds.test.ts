/** Calendars, sitemap and schema.org data, read back with a well-kept iCalendar parser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtKey, meetingStart } from '../../src/lib/content/indexes.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { testAsOf } from '../support/clock.ts';
import { testDist } from './global-setup.ts';

let content: Content;
beforeAll(() => {
  content = loadContent('content', { asOf: testAsOf }).content;
});

interface Parsed {
  uid: string;
  start: string;
  status: string;
  url: string;
}

function events(path: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(testDist, path), 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    status: String(v.getFirstPropertyValue('status')),
    url: String(v.getFirstPropertyValue('url')),
  }));
}

describe('calendars', () => {
  it('hold every meeting of the country once, at the right instant, with its status and a link back', () => {
    const list = events('kk/meetings.ics');
    expect(list.map((e) => e.uid).sort()).toEqual(content.meetings.map((m) => `${m.id}@kezdesu`).sort());
    for (const m of content.meetings) {
      const e = list.find((x) => x.uid === `${m.id}@kezdesu`)!;
      expect(e.start, m.id).toBe(new Date(meetingStart(m)).toISOString());
      expect(e.status, m.id).toBe(m.status === 'cancelled' ? 'CANCELLED' : m.status === 'postponed' && !m.newStart ? 'TENTATIVE' : 'CONFIRMED');
      expect(e.url).toBe(`${content.site.siteUrl}/kk/meetings/${m.id}/`);
    }
    expect(content.meetings.some((m) => m.status === 'cancelled')).toBe(true);
  });

  it('hold exactly the meetings of a region and of a district', () => {
    const region = content.regions[0]!.slug;
    expect(events(`ru/regions/${region}/meetings.ics`).map((e) => e.uid).sort()).toEqual(
      content.meetings.filter((m) => m.place.region === region).map((m) => `${m.id}@kezdesu`).sort(),
    );
    const m = content.meetings.find((x) => x.place.district !== undefined)!;
    const key = districtKey(m.place.region, m.place.district!);
    expect(events(`en/regions/${key}/meetings.ics`).map((e) => e.uid).sort()).toEqual(
      content.meetings.filter((x) => x.place.district !== undefined && districtKey(x.place.region, x.place.district) === key).map((x) => `${x.id}@kezdesu`).sort(),
    );
  });

  it('give a meeting the same UID in its own file as in every list, so a moved meeting updates in place', () => {
    const m = content.meetings.find((x) => x.status === 'postponed' && x.newStart) ?? content.meetings[0]!;
    const [own] = events(`meetings/${m.id}.ics`);
    expect(own?.uid).toBe(`${m.id}@kezdesu`);
    expect(own?.start).toBe(new Date(meetingStart(m)).toISOString());
  });
});

describe('sitemap and robots.txt', () => {
  it('list every page but the 404 page and the redirect at /', () => {
    const pages = (readdirSync(testDist, { recursive: true, encoding: 'utf8' }) as string[])
      .map((f) => f.split(sep).join('/'))
      .filter((f) => f.endsWith('/index.html') && !f.startsWith('pagefind/'))
      .map((f) => `${content.site.siteUrl}/${f.slice(0, -'index.html'.length)}`);
    const index = readFileSync(join(testDist, 'sitemap.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    const listed = files.flatMap((f) => [...readFileSync(join(testDist, f), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!));
    expect(listed.sort()).toEqual(pages.sort());
    expect(readFileSync(join(testDist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${content.site.siteUrl}/sitemap.xml`);
  });
});

describe('schema.org Event on meeting pages', () => {
  it('states the time, status and attendance mode of each meeting', () => {
    for (const m of content.meetings.slice(0, 60)) {
      const html = readFileSync(join(testDist, 'ru', 'meetings', m.id, 'index.html'), 'utf8');
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      const event = JSON.parse(json ?? '{}') as Record<string, unknown>;
      expect(event['@type']).toBe('Event');
      expect(event.startDate).toBe(m.newStart ?? m.start);
      if (m.status === 'cancelled') expect(event.eventStatus).toBe('https://schema.org/EventCancelled');
      expect(event.eventAttendanceMode).toContain(m.format === 'in-person' ? 'Offline' : m.format === 'hybrid' ? 'Mixed' : 'Online');
    }
  });
});

describe('Atom feeds', () => {
  it('list the newest announcements and status changes of the country and of a region, with stable ids and links back', async () => {
    const { XMLParser } = await import('fast-xml-parser');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    type Entry = { id: string; updated: string; link: { href: string } };
    const entries = (path: string): Entry[] => {
      const feed = (parser.parse(readFileSync(join(testDist, path), 'utf8')) as { feed: { entry?: Entry | Entry[] } }).feed;
      return feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
    };
    // Announcements and every entry of the meetings' logs: postponed, cancelled, held, corrected.
    const announcements = content.meetings.flatMap((m) => [
      ...m.announcements.map((a, n) => ({ id: `urn:kezdesu:announcement:${m.id}:${n + 1}`, day: a.published, m })),
      ...m.changes.map((c, n) => ({ id: `urn:kezdesu:meeting-change:${m.id}:${n + 1}`, day: c.date, m })),
    ]);
    announcements.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
    const country = entries('ru/feeds/announcements.xml');
    expect(country.map((e) => e.id)).toEqual(announcements.slice(0, 100).map((a) => a.id));
    expect(country[0]?.link.href).toBe(`${content.site.siteUrl}/ru/meetings/${announcements[0]?.m.id}/`);
    expect(country.some((e) => e.id.startsWith('urn:kezdesu:meeting-change:'))).toBe(true);

    const region = content.regions[1]!.slug;
    const regional = entries(`kk/regions/${region}/feeds/status.xml`);
    // Status changes and every other change of the region's issues: deadlines, progress, financing.
    const changes = content.issues
      .filter((i) => i.place.region === region)
      .flatMap((i) => [
        ...i.history.map((e, n) => ({ id: `urn:kezdesu:status:${i.id}:${n + 1}`, day: e.date })),
        ...i.changes.map((c, n) => ({ id: `urn:kezdesu:change:${i.id}:${n + 1}`, day: c.date })),
      ]);
    changes.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
    expect(regional.map((e) => e.id)).toEqual(changes.slice(0, 100).map((c) => c.id));
    expect(regional.every((e) => e.link.href.startsWith(`${content.site.siteUrl}/kk/issues/`))).toBe(true);
    const moved = entries('ru/feeds/status.xml').concat(...content.regions.map((r) => entries(`ru/regions/${r.slug}/feeds/status.xml`))).find((e) => e.id.startsWith('urn:kezdesu:change:'));
    expect(moved, 'a change entry in some status feed').toBeDefined();
  });
});
