/**
 * A resident checking their village: from their district's page, in each
 * language, one link leads to the district akim's obligations, where their
 * rural okrug's row says whether the akim met residents there in the period,
 * with the meeting linked. Which okrug had a meeting and which had none is
 * read from the content files here (a held meeting of the district akim in
 * the okrug in the current half-year), not from the code that builds the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { localDay, zoneOf } from '../../src/lib/time.ts';
import { testDist } from '../build/global-setup.ts';
import { launchBrowser } from '../support/browser.ts';
import { watch } from '../support/browsing.ts';
import { serveDir, type Served } from '../support/serve.ts';
import { testAsOf } from '../support/clock.ts';
import { languages } from '../../src/vocabularies.ts';

const linkText = {
  kk: 'Аудан әкімінің міндеттері: күнтізбе, барған ауылдар, хабарландырулар',
  ru: 'Обязательства акима района: календарь, охват сёл, анонсы',
  en: 'Obligations of the district akim: calendar, villages reached, announcements',
};
const hadMeeting = { kk: 'кездесу болды', ru: 'встреча была', en: 'had a meeting' };
const noMeeting = { kk: 'кездесу болмады', ru: 'встречи не было', en: 'no meeting' };

let content: Content;
let browser: Browser;
let server: Served;
let context: BrowserContext;

beforeAll(async () => {
  const loaded = loadContent('content', { asOf: testAsOf });
  expect(loaded.problems).toEqual([]);
  content = loaded.content;
  [browser, server] = await Promise.all([launchBrowser(), serveDir(testDist)]);
  context = await browser.newContext();
}, 180_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** A district whose akim held a meeting in one of its rural okrugs in this half-year, and an okrug of it with none this year. */
function villages() {
  // The test build is as of 28 November 2026: the half-year is 2026-07-01 – 2026-12-31 under the 2024 rules (once a half-year).
  expect(testAsOf).toBe('2026-11-28');
  const held = content.meetings.filter((m) => m.holder.level === 'district' && m.status === 'held' && m.place.district !== undefined && m.place.settlement?.kato !== undefined);
  for (const m of held) {
    const day = localDay(m.newStart ?? m.start, zoneOf(m.place.region));
    if (day < '2026-07-01' || day > '2026-12-31') continue;
    const region = content.regions.find((r) => r.slug === m.place.region)!;
    if (region.kind !== 'oblast') continue;
    const visitedThisYear = new Set(
      content.meetings
        .filter((x) => x.holder.level === 'district' && x.place.region === m.place.region && x.place.district === m.place.district && x.status === 'held' && localDay(x.newStart ?? x.start, zoneOf(x.place.region)).startsWith('2026'))
        .map((x) => x.place.settlement?.kato),
    );
    const okrugs = content.settlements.filter((s) => s.district === m.place.district && s.kato.slice(0, 2) === region.kato.slice(0, 2));
    const unvisited = okrugs.find((s) => !visitedThisYear.has(s.kato));
    const visited = okrugs.find((s) => s.kato === m.place.settlement?.kato);
    if (unvisited !== undefined && visited !== undefined) return { region: m.place.region, district: m.place.district!, meeting: m.id, visited, unvisited };
  }
  throw new Error('the content has no district akim who met residents in one okrug this half-year and never in another this year');
}

describe('a resident finds their rural okrug', () => {
  for (const lang of languages) {
    it(`${lang}: district page → the akim's obligations → the okrug's row in this half-year`, { timeout: 60_000 }, async () => {
      const { region, district, meeting, visited, unvisited } = villages();
      const page: Page = await context.newPage();
      const watching = await watch(page);
      try {
        await page.goto(`${server.url}/${lang}/regions/${region}/${district}/`);
        await page.getByRole('link', { name: linkText[lang] }).click();
        await page.waitForURL(new RegExp(`/${lang}/regions/${region}/${district}/accountability/2026/#coverage$`));
        // The table of the second half of 2026: its caption names that period.
        const table = page.locator('table').filter({ has: page.locator(`tr[id="place-2026-H2-${visited.kato}"]`) });
        const row = table.locator(`tr[id="place-2026-H2-${visited.kato}"]`);
        await expect.poll(() => row.locator('th').innerText()).toBe(visited.name[lang] ?? visited.name.ru);
        expect(await row.innerText()).toContain(hadMeeting[lang]);
        expect(await row.getByRole('link', { name: meeting }).count()).toBe(1);
        const other = page.locator(`tr[id="place-2026-H2-${unvisited.kato}"]`);
        expect(await other.innerText()).toContain(noMeeting[lang]);
        expect(await watching.problems()).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
