/** Calendars, sitemap and schema.org data, read back with a well-kept iCalendar parser. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtKey } from '../../src/lib/content/indexes.ts';
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

/**
 * Meetings of the committed content whose calendar entries are worked out by hand (the content's
 * "today" is 27 November 2026; times in Almaty are UTC+5):
 * m-10-0001 held on 11 January at 10:00; m-10-0010, first on 9 December at 15:00–18:00, postponed on
 * 27 November to 30 December at 15:00; m-71-0005 (14 March, 11:00) cancelled; m-10-0011 scheduled
 * for 10 December at 10:00. A postponement with no new day (TENTATIVE) is in tests/unit/feeds.test.ts.
 */
const known: Record<string, Omit<Parsed, 'uid' | 'url'>> = {
  'm-10-0001': { start: '2026-01-11T05:00:00.000Z', status: 'CONFIRMED' },
  'm-10-0010': { start: '2026-12-30T10:00:00.000Z', status: 'CONFIRMED' },
  'm-71-0005': { start: '2026-03-14T06:00:00.000Z', status: 'CANCELLED' },
  'm-10-0011': { start: '2026-12-10T05:00:00.000Z', status: 'CONFIRMED' },
};

describe('calendars', () => {
  it('hold every meeting of the country once, at the right instant, with its status and a link back', () => {
    const list = events('kk/meetings.ics');
    expect(list.map((e) => e.uid).sort()).toEqual(content.meetings.map((m) => `${m.id}@kezdesu`).sort());
    for (const [id, expected] of Object.entries(known)) {
      expect(list.find((x) => x.uid === `${id}@kezdesu`), id).toEqual({ uid: `${id}@kezdesu`, ...expected, url: `https://kezdesu.kz/kk/meetings/${id}/` });
    }
    // Cancelled are exactly the meetings whose log says so; nothing is left without a status.
    const cancelled = content.meetings.filter((m) => m.changes.some((c) => c.kind === 'cancelled')).map((m) => `${m.id}@kezdesu`);
    expect(cancelled.length).toBeGreaterThan(1);
    expect(list.filter((e) => e.status === 'CANCELLED').map((e) => e.uid).sort()).toEqual(cancelled.sort());
    expect(list.every((e) => ['CONFIRMED', 'TENTATIVE', 'CANCELLED'].includes(e.status) && e.url === `https://kezdesu.kz/kk/meetings/${e.uid.slice(0, -'@kezdesu'.length)}/`)).toBe(true);
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

  it('give a meeting the same UID and time in its own file as in every list, so a moved meeting updates in place', () => {
    const [own] = events('meetings/m-10-0010.ics');
    expect(own).toEqual({ uid: 'm-10-0010@kezdesu', start: '2026-12-30T10:00:00.000Z', status: 'CONFIRMED', url: 'https://kezdesu.kz/ru/meetings/m-10-0010/' });
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

  it('llms.txt points a reading program to pages and files the site has, and says when the data is a demonstration', () => {
    const text = readFileSync(join(testDist, 'llms.txt'), 'utf8');
    const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) {
      expect(link.startsWith(`${content.site.siteUrl}/`), link).toBe(true);
      const path = link.slice(content.site.siteUrl.length + 1);
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      expect(existsSync(join(testDist, file)), link).toBe(true);
    }
    expect(text.includes('demonstration data')).toBe(content.site.demo);
  });
});

describe('schema.org Event on meeting pages', () => {
  const eventOf = (id: string) => {
    const html = readFileSync(join(testDist, 'ru', 'meetings', id, 'index.html'), 'utf8');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    return JSON.parse(json ?? '{}') as Record<string, unknown>;
  };

  it('states the time, status and attendance mode of each meeting', () => {
    // The meetings of `known` above; m-10-0001 and m-71-0005 are hybrid, m-10-0010 and m-10-0011 in person.
    expect(eventOf('m-10-0001')).toMatchObject({ '@type': 'Event', startDate: '2026-01-11T10:00+05:00', endDate: '2026-01-11T12:00+05:00', eventStatus: 'https://schema.org/EventScheduled', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' });
    expect(eventOf('m-10-0010')).toMatchObject({
      startDate: '2026-12-30T15:00+05:00',
      endDate: '2026-12-30T18:00+05:00',
      previousStartDate: '2026-12-09T15:00+05:00',
      eventStatus: 'https://schema.org/EventRescheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    expect(eventOf('m-71-0005')).toMatchObject({ startDate: '2026-03-14T11:00+05:00', eventStatus: 'https://schema.org/EventCancelled', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' });
    expect(eventOf('m-10-0011')).toMatchObject({ startDate: '2026-12-10T10:00+05:00', eventStatus: 'https://schema.org/EventScheduled', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' });
  });

  it('never ends before it starts', () => {
    for (const m of content.meetings) {
      const event = eventOf(m.id);
      expect(Date.parse(String(event.endDate)), m.id).toBeGreaterThan(Date.parse(String(event.startDate)));
    }
  });
});

describe('Atom feeds', () => {
  type Entry = { id: string; updated: string; link: { href: string } };
  const entries = async (path: string): Promise<Entry[]> => {
    const { XMLParser } = await import('fast-xml-parser');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const feed = (parser.parse(readFileSync(join(testDist, path), 'utf8')) as { feed: { entry?: Entry | Entry[] } }).feed;
    return feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
  };

  /**
   * A feed holds the newest 100 of `all` (id → day): newest first, one day's entries by id, and
   * nothing newer than its last entry left out.
   */
  function expectNewest(feed: Entry[], all: Map<string, string>): void {
    expect(all.size).toBeGreaterThan(100);
    expect(feed).toHaveLength(100);
    for (const e of feed) expect(`${all.get(e.id)}T00:00:00Z`, e.id).toBe(e.updated);
    for (let i = 1; i < feed.length; i++) {
      const [a, b] = [feed[i - 1]!, feed[i]!];
      expect(a.updated > b.updated || (a.updated === b.updated && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    const last = feed[feed.length - 1]!;
    const listed = new Set(feed.map((e) => e.id));
    const lastDay = last.updated.slice(0, 10);
    const left = [...all].filter(([id, day]) => !listed.has(id) && (day > lastDay || (day === lastDay && id < last.id)));
    expect(left, 'newer entries left out').toEqual([]);
  }

  it('list the newest announcements, meeting log entries and calendar corrections of the country, with stable ids and links back', async () => {
    const country = await entries('ru/feeds/announcements.xml');
    // 27 November 2026, the content's last day, has 16 entries (announcements of calendar meetings among them); these five come first by id.
    expect(country.slice(0, 5).map((e) => [e.id, e.updated])).toEqual([
      ['urn:kezdesu:announcement:m-15-0027:5', '2026-11-27T00:00:00Z'],
      ['urn:kezdesu:announcement:m-23-0033:2', '2026-11-27T00:00:00Z'],
      ['urn:kezdesu:announcement:m-23-0034:3', '2026-11-27T00:00:00Z'],
      ['urn:kezdesu:announcement:m-35-0018:2', '2026-11-27T00:00:00Z'],
      ['urn:kezdesu:announcement:m-61-0032:1', '2026-11-27T00:00:00Z'],
    ]);
    expect(country[0]?.link.href).toBe('https://kezdesu.kz/ru/meetings/m-15-0027/');
    expect(country[4]?.link.href).toBe('https://kezdesu.kz/ru/meetings/m-61-0032/');
    // Announcements are numbered from 1 in each meeting, and so is every entry of its log and every correction of a calendar.
    const all = new Map<string, string>();
    for (const m of content.meetings) {
      m.announcements.forEach((a, n) => all.set(`urn:kezdesu:announcement:${m.id}:${n + 1}`, a.published));
      m.changes.forEach((c, n) => all.set(`urn:kezdesu:meeting-change:${m.id}:${n + 1}`, c.date));
    }
    for (const c of content.calendars) c.corrections.forEach((k, n) => all.set(`urn:kezdesu:calendar-correction:${c.region}:${c.year}:${n + 1}`, k.date));
    expectNewest(country, all);
    // Kyzylorda's calendar was corrected on 21 November: its feed has the entry, linking the region's obligations page of 2026.
    const kyzylorda = content.calendars.find((c) => c.region === 'kyzylorda' && c.year === 2026)!;
    const n = kyzylorda.corrections.findIndex((k) => k.date === '2026-11-21') + 1;
    const regional = await entries('ru/regions/kyzylorda/feeds/announcements.xml');
    expect(regional.find((e) => e.id === `urn:kezdesu:calendar-correction:kyzylorda:2026:${n}`)).toMatchObject({ updated: '2026-11-21T00:00:00Z', link: { href: `https://kezdesu.kz/ru/regions/kyzylorda/accountability/2026/#correction-2026-${n}` } });
  });

  it('link each calendar correction to its own row, by a stable anchor, on the page they name', async () => {
    const pages = new Map<string, string>();
    const page = (path: string) => {
      let html = pages.get(path);
      if (html === undefined) {
        html = readFileSync(join(testDist, path), 'utf8');
        pages.set(path, html);
      }
      return html;
    };
    const missing: string[] = [];
    let links = 0;
    for (const lang of ['kk', 'ru', 'en']) {
      for (const feed of [`${lang}/feeds/announcements.xml`, ...content.regions.map((r) => `${lang}/regions/${r.slug}/feeds/announcements.xml`)]) {
        for (const e of await entries(feed)) {
          if (!e.id.startsWith('urn:kezdesu:calendar-correction:')) continue;
          links++;
          // urn:kezdesu:calendar-correction:{region}:{year}:{n} → …/regions/{region}/accountability/{year}/#correction-{year}-{n}
          const [, , , region, year, n] = e.id.split(':');
          const url = new URL(e.link.href);
          expect(url.hash, e.id).toBe(`#correction-${year}-${n}`);
          expect(url.pathname, e.id).toBe(`/${lang}/regions/${region}/accountability/${year}/`);
          if (!page(`${url.pathname.slice(1)}index.html`).includes(`<tr id="${url.hash.slice(1)}">`)) missing.push(`${feed}: ${e.link.href}`);
        }
      }
    }
    // 48 corrections in 17 regions' calendars of 2026; a feed holds its newest 100 entries, so some corrections are among them
    expect(links).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('list the newest status changes and other changes of a region\'s issues, linking to the issue in the feed\'s language', async () => {
    const regional = await entries('kk/regions/akmola/feeds/status.xml');
    // Akmola's newest: the third entry of i-11-00075's history, on 15 November 2026.
    expect(regional[0]).toMatchObject({ id: 'urn:kezdesu:status:i-11-00075:3', updated: '2026-11-15T00:00:00Z', link: { href: 'https://kezdesu.kz/kk/issues/i-11-00075/' } });
    const all = new Map<string, string>();
    for (const i of content.issues.filter((x) => x.place.region === 'akmola')) {
      i.history.forEach((e, n) => all.set(`urn:kezdesu:status:${i.id}:${n + 1}`, e.date));
      i.changes.forEach((c, n) => all.set(`urn:kezdesu:change:${i.id}:${n + 1}`, c.date));
    }
    expectNewest(regional, all);
    expect(regional.every((e) => e.link.href === `https://kezdesu.kz/kk/issues/${e.id.split(':')[3]}/`)).toBe(true);
    const countryWide = (await entries('ru/feeds/status.xml')).concat(...(await Promise.all(content.regions.map((r) => entries(`ru/regions/${r.slug}/feeds/status.xml`)))));
    expect(countryWide.find((e) => e.id.startsWith('urn:kezdesu:change:')), 'a change entry in some status feed').toBeDefined();
  });
});
