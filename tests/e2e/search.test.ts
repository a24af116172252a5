/**
 * Search as a journalist and a resident use it, in a real browser against
 * the built site: a known issue is found by words of its description, each
 * filter narrows the results to exactly the matching records, and a shared
 * address reopens the same search.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { currentStatus, districtKey, meetingStart } from '../../src/lib/content/indexes.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { currentWording } from '../../src/lib/issues/changes.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { stemKazakhText, stemKazakhWord } from '../../src/lib/search/kazakh-stem.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { localDay, zoneOf } from '../../src/lib/time.ts';
import { testAsOf } from '../support/clock.ts';
import { testDist } from '../build/global-setup.ts';
import { axeViolations, withAxe } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { watch } from '../support/browsing.ts';
import { serveDir, type Served } from '../support/serve.ts';
import type { Language } from '../../src/vocabularies.ts';

let browser: Browser;
let server: Served;
let content: Content;

beforeAll(async () => {
  content = loadContent('content', { asOf: testAsOf }).content;
  [browser, server] = await Promise.all([launchBrowser(), serveDir(testDist)]);
}, 180_000);

/** Contexts a test opened, closed after it whether it passed or not. */
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  count: number;
  /** What went wrong on the page so far (see `watch`). */
  problems: () => Promise<string[]>;
}

/** The month of a meeting's local day, the month whose search index holds it. */
const meetingYearMonth = (m: Content['meetings'][number]) => localDay(meetingStart(m), zoneOf(m.place.region)).slice(0, 7);

/** A month as the English page writes it: "October 2026". */
const monthName = (month: string) =>
  `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;

/** Waits until the search page has shown every result of what it was last asked. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
}

/** Opens a search address and waits until its results are shown; with `axe`, axe-core is in the page to check it. */
async function open(path: string, { axe = false } = {}): Promise<Opened> {
  const context = axe ? await withAxe(await browser.newContext()) : await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const watching = await watch(page);
  await page.goto(`${server.url}${path}`);
  await settled(page);
  const problems = () => watching.problems();
  return { page, count: await shownCount(page, problems), problems };
}

/** Types a query into the field of a search page that is open, as a reader does, and waits until its results are shown. */
async function typeQuery(opened: Opened, query: string): Promise<number> {
  await opened.page.fill('#q', query);
  await settled(opened.page);
  return shownCount(opened.page, opened.problems);
}

/** The number of results the page says it has. */
async function shownCount(page: Page, problems: () => Promise<string[]>): Promise<number> {
  const text = (await page.textContent('#search-count')) ?? '';
  // "2 323 results": digits with the language's thousands separator.
  const digits = /^[\d\s\u00a0\u202f,]+/.exec(text)?.[0];
  if (digits === undefined) throw new Error(`${page.url()}: the search shows no count but "${text}"; ${(await problems()).join('; ')}`);
  return Number(digits.replace(/\D/g, ''));
}

/** Every result URL, clicking "show more" until all are listed. */
async function allResultUrls(page: Page): Promise<string[]> {
  for (let i = 0; i < 500 && (await page.isVisible('#search-more')); i++) {
    const before = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await settled(page);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(before);
  }
  return page.$$eval('#search-results li .result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The text of each page's search record in `lang`, by URL, as the build indexes it (minutes included). */
function recordTexts(lang: Language): Map<string, string> {
  const minutes = new Map<string, string>();
  for (const m of content.minutes) minutes.set(m.meeting, `${minutes.get(m.meeting) ?? ''}\n${m.text}`);
  return new Map(searchRecords(indexContent(content, testAsOf), lang, (id) => minutes.get(id) ?? '').map((r) => [r.url, r.content]));
}

/** The marked words of the results shown, as the excerpts write them. */
async function markedWords(page: Page): Promise<string[]> {
  return page.$$eval('#search-results .result-excerpt mark', (marks) => marks.map((m) => m.textContent ?? ''));
}

/** The issue whose description (as the page shows it, with any correction) has the word that fewest other issues use. */
function issueWithRareWord(lang: Language): { id: string; word: string } {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}]{6,}/gu) ?? [];
  const frequency = new Map<string, number>();
  const description = (i: Content['issues'][number]) => currentWording(i, 'description')[lang];
  const text = (i: Content['issues'][number]) => [description(i) ?? '', currentWording(i, 'title')[lang] ?? ''].join(' ');
  for (const issue of content.issues) for (const w of new Set(words(text(issue)))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  let best: { id: string; word: string; n: number } | undefined;
  for (const issue of content.issues) {
    if (description(issue) === undefined) continue;
    for (const w of words(description(issue) ?? '')) {
      const n = frequency.get(w) ?? 0;
      if (best === undefined || n < best.n) best = { id: issue.id, word: w, n };
    }
  }
  if (best === undefined) throw new Error(`no ${lang} description in the content`);
  return best;
}

describe('search', () => {
  it.each(['ru', 'kk'] as const)('finds a known issue by a word of its description (%s)', async (lang) => {
    const { id, word } = issueWithRareWord(lang);
    // The word fewest issues use may be in any month: search them all.
    const { page, count, problems } = await open(`/${lang}/search/?q=${encodeURIComponent(word)}&earlier=1`);
    expect(count).toBeGreaterThan(0);
    expect(await allResultUrls(page)).toContain(`/${lang}/issues/${id}/`);
    expect(await problems()).toEqual([]);
  });

  it('finds a Kazakh word in any of its forms: each form gives exactly the pages of the bare word', { timeout: 360_000 }, async () => {
    const texts = recordTexts('kk');
    const keys = new Map([...texts].map(([url, text]) => [url, new Set(stemKazakhText(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])]));
    /** The pages with a form of the word, or a word it begins: every one must be found. */
    const having = (word: string) => {
      const key = stemKazakhWord(word);
      return [...keys].filter(([, words]) => [...words].some((w) => w.startsWith(key))).map(([url]) => url);
    };
    const words: [string, string[]][] = [
      ['балабақша', ['балабақшаны', 'балабақшасы', 'балабақшада']],
      ['газдандыру', ['газдандыруды', 'газдандыруға']],
      ['ғимарат', ['ғимараты', 'ғимараттарында']],
      ['Жарма', ['Жарманың', 'Жармада']],
    ];
    for (const [base, forms] of words) {
      // The bare word from its address, every month; then each form typed into the field of the same page.
      const opened = await open(`/kk/search/?q=${encodeURIComponent(base)}&earlier=1`);
      const { page, problems } = opened;
      let pages: string[] | undefined;
      for (const word of [base, ...forms]) {
        const count = word === base ? opened.count : await typeQuery(opened, word);
        const found = [...(await allResultUrls(page))].sort();
        expect(found, word).toHaveLength(count);
        // Every page with the word in any form. (Pagefind may add, lower down, pages of a shorter word the query begins
        // from a month whose index has no word that begins with the query: the same for every form, as their key is one.)
        expect(found, word).toEqual(expect.arrayContaining(having(base)));
        pages ??= found;
        expect(found, `${word} finds what ${base} finds`).toEqual(pages);
        // The field and the address keep the word as the reader typed it.
        expect(await page.inputValue('#q'), word).toBe(word);
        expect(new URL(page.url()).searchParams.get('q'), word).toBe(word);
        expect(new URL(page.url()).searchParams.get('earlier'), word).toBe('1');
        expect(await problems(), word).toEqual([]);
      }
      await page.context().close();
      expect(pages?.length, base).toBeGreaterThan(0);
    }
  });

  it('marks in Kazakh excerpts the words as the page writes them, whatever form the reader typed', async () => {
    const texts = recordTexts('kk');
    const { page, problems } = await open(`/kk/search/?q=${encodeURIComponent('газдандыруды')}&earlier=1`);
    const marked = await markedWords(page);
    expect(marked.length).toBeGreaterThan(0);
    const urls = await page.$$eval('#search-results li .result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const shown = urls.map((url) => texts.get(url) ?? '').join(' ');
    for (const mark of marked) {
      // A word of the page itself (with its punctuation), never a key: «газдандыруға», not «газдандыру» where the page has «газдандыруға».
      expect(shown, mark).toContain(mark);
      expect(stemKazakhWord(mark.replace(/[^\p{L}]/gu, '')).startsWith('газдандыру'), mark).toBe(true);
    }
    expect(marked.some((m) => m.toLowerCase() !== 'газдандыру'), marked.join(', ')).toBe(true);
    expect(await problems()).toEqual([]);
  });

  it('leaves Russian and English search to Pagefind: its own stemming, the words as typed', { timeout: 300_000 }, async () => {
    // A page a language: the first word from its address, every month; the next ones typed into its field.
    const opened = new Map<Language, Opened>();
    const ask = async (lang: Language, word: string) => {
      const known = opened.get(lang);
      const page = known ?? (await open(`/${lang}/search/?q=${encodeURIComponent(word)}&earlier=1`));
      opened.set(lang, page);
      const count = known === undefined ? page.count : await typeQuery(page, word);
      const urls = count <= 200 ? [...(await allResultUrls(page.page))].sort() : [];
      expect(await page.problems(), word).toEqual([]);
      return { count, urls };
    };
    // Pagefind's Russian and English stemmers still make the forms meet.
    for (const [lang, forms] of [['ru', ['газопровод', 'газопровода', 'газопроводом']], ['en', ['region', 'regions']]] as const) {
      const first = await ask(lang, forms[0]);
      expect(first.count, forms[0]).toBeGreaterThan(0);
      for (const form of forms.slice(1)) expect(await ask(lang, form), form).toEqual(first);
    }
    // A Russian word the Kazakh stemmer would cut («дороге» → «доро», which also begins «дорожный») is asked as typed.
    expect(stemKazakhWord('дороге')).toBe('доро');
    const road = await ask('ru', 'дорога');
    expect((await ask('ru', 'дороге')).count).toBe(road.count);
    expect((await ask('ru', 'доро')).count).toBeGreaterThan(road.count);
    // Russian excerpts are the Russian text, Russian words marked.
    await ask('ru', 'газопровода');
    const marks = await markedWords(opened.get('ru')!.page);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^газопровод/);
  });

  it('narrows to exactly the matching records with each filter', { timeout: 120_000 }, async () => {
    const issue = content.issues.find((i) => i.place.district !== undefined && i.measure !== undefined) ?? content.issues[0]!;
    const region = issue.place.region;
    const district = districtKey(region, issue.place.district ?? '');
    const year = issue.raised.slice(0, 4);
    const meetingYear = (m: Content['meetings'][number]) => localDay(meetingStart(m), zoneOf(m.place.region)).slice(0, 4);
    const expected: [string, number][] = [
      ['type=meeting', content.meetings.length],
      [
        `region=${region}`,
        content.issues.filter((i) => i.place.region === region).length +
          content.meetings.filter((m) => m.place.region === region).length +
          1 +
          content.districts.filter((d) => d.region === region).length,
      ],
      [
        `district=${encodeURIComponent(district)}`,
        content.issues.filter((i) => i.place.region === region && i.place.district === issue.place.district).length +
          content.meetings.filter((m) => m.place.region === region && m.place.district === issue.place.district).length +
          1,
      ],
      [`category=${issue.category}`, content.issues.filter((i) => i.category === issue.category).length],
      [`status=${currentStatus(issue)}`, content.issues.filter((i) => currentStatus(i) === currentStatus(issue)).length],
      [
        `year=${year}`,
        content.issues.filter((i) => i.raised.startsWith(year)).length +
          content.meetings.filter((m) => meetingYear(m) === year).length +
          content.measures.filter((m) => m.deadline.startsWith(year)).length,
      ],
      [`body=${issue.body}`, content.issues.filter((i) => i.body === issue.body).length + content.measures.filter((m) => m.ministry === issue.body).length],
      [`region=${region}&category=${issue.category}`, content.issues.filter((i) => i.place.region === region && i.category === issue.category).length],
    ];
    for (const [query, n] of expected) {
      // Over every month: «earlier months» ticked, except for the year, which reads that year's months itself.
      const { page, count, problems } = await open(`/en/search/?${query}${query.startsWith('year=') ? '' : '&earlier=1'}`);
      expect(count, query).toBe(n);
      expect(await problems(), query).toEqual([]);
      await page.context().close();
    }
  });

  it('reads the recent months first and every month when asked, each matching record once', { timeout: 120_000 }, async () => {
    // The build day is 2026-11-28, in the second half of the month: a first search reads November 2026 and every later month.
    const recent = content.meetings.filter((m) => meetingYearMonth(m) >= '2026-11');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(content.meetings.length);
    const first = await open('/en/search/?type=meeting');
    expect(first.count).toBe(recent.length);
    expect(await first.page.textContent('#search-period')).toContain('Months searched: November 2026 – ');
    expect(await first.page.textContent('#search-period')).toContain('Earlier months are not searched');

    // Ticking «Also search earlier months» reads them all, and keeps it in the address.
    await first.page.check('#f-earlier');
    await settled(first.page);
    expect(new URL(first.page.url()).searchParams.get('earlier')).toBe('1');
    const months = content.meetings.map(meetingYearMonth).sort();
    expect(await first.page.textContent('#search-period')).toBe(
      `Months searched: ${monthName(months[0]!)} – ${monthName(months.at(-1)!)}, with every region, district and action-plan measure.`,
    );
    const urls = await allResultUrls(first.page);
    expect(urls).toHaveLength(content.meetings.length);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(content.meetings.map((m) => `/en/meetings/${m.id}/`).sort());
    expect(await first.problems()).toEqual([]);

    // A word and a place over every month: exactly the issues, meetings and district page that have them, once each.
    const issue = content.issues.find((i) => i.place.district !== undefined && i.raised < '2026-06')!;
    const inDistrict = (p: { region: string; district?: string }) => p.region === issue.place.region && p.district === issue.place.district;
    const expected = [
      ...content.issues.filter((i) => inDistrict(i.place)).map((i) => `/ru/issues/${i.id}/`),
      ...content.meetings.filter((m) => inDistrict(m.place)).map((m) => `/ru/meetings/${m.id}/`),
      `/ru/regions/${issue.place.region}/${issue.place.district}/`,
    ].sort();
    const all = await open(`/ru/search/?district=${encodeURIComponent(districtKey(issue.place.region, issue.place.district!))}&earlier=1`);
    expect(all.count).toBe(expected.length);
    const found = await allResultUrls(all.page);
    expect(found).toHaveLength(expected.length);
    expect([...found].sort()).toEqual(expected);
    expect(await all.problems()).toEqual([]);
  });

  it('reopens the same search from its address: query, filters and order', async () => {
    const category = 'water';
    const region = content.issues.find((i) => i.category === category)!.place.region;
    const { page, count, problems } = await open(`/ru/search/?q=${encodeURIComponent('вода')}&region=${region}&category=${category}&sort=oldest&earlier=1`);
    expect(await page.inputValue('#q')).toBe('вода');
    expect(await page.isChecked('#f-earlier')).toBe(true);
    expect(await page.inputValue('#f-region')).toBe(region);
    expect(await page.inputValue('#f-category')).toBe(category);
    expect(await page.inputValue('#f-sort')).toBe('oldest');
    expect(count).toBeGreaterThan(1);
    const dates = await page.$$eval('#search-results time', (times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort()).toEqual(dates);

    // Changing a filter goes back into the address, and the results follow it.
    await page.selectOption('#f-sort', 'newest');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    const newest = await page.$$eval('#search-results time', (times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(newest.length).toBeGreaterThan(1);
    expect([...newest].sort().reverse()).toEqual(newest);
    expect(await problems()).toEqual([]);
  });

  it('writes each result\'s date with the month names its pages use, Kazakh ones too', async () => {
    // Month names as the site's pages write a date, January first (a browser may have no Kazakh ones).
    const kk = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
    const ru = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    const written = { kk: (y: string, m: number, d: number) => `${y} ж. ${d} ${kk[m - 1]}`, ru: (y: string, m: number, d: number) => `${d} ${ru[m - 1]} ${y} г.` };
    for (const lang of ['kk', 'ru'] as const) {
      const { page, problems } = await open(`/${lang}/search/?type=issue&sort=newest`);
      const shown = await page.$$eval('#search-results time', (times) => times.map((t) => [t.getAttribute('datetime') ?? '', t.textContent ?? '']));
      expect(shown.length, lang).toBeGreaterThan(1);
      for (const [day, text] of shown) {
        const [y, m, d] = (day ?? '').split('-');
        expect(text, `${lang} ${day}`).toBe(written[lang](y ?? '', Number(m), Number(d)));
      }
      expect(await problems(), lang).toEqual([]);
    }
  });

  it('has no accessibility violations with results shown', { timeout: 120_000 }, async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const { page, problems } = await open(`/${lang}/search/?type=issue`, { axe: true });
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), lang).toEqual([]);
      expect(await problems(), lang).toEqual([]);
    }
  });
});
