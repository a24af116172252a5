/**
 * The search page in the browser: reads the query, filters and order from
 * the address, asks Pagefind, and writes the results; every change goes back
 * into the address so the page can be shared. Pagefind and its filter data
 * load only when the reader first searches.
 *
 * The index is split by month (src/lib/search/periods.ts): Pagefind loads the
 * general index (regions, districts, measures) from `/pagefind/` and merges
 * in the months the search needs, each from its own folder, so a first search
 * downloads the recent months only, and «earlier months», a year or the
 * oldest-first order add the others. Every record is in exactly one index, so
 * the merged results hold each match once. A Kazakh query is stemmed as the
 * Kazakh index was (src/lib/search/query-words.ts).
 */
import { type DayWords, writeDay } from '../lib/i18n/dates.ts';
import { inDateOrder } from '../lib/search/page-names.ts';
import { periodPath, periodsFor } from '../lib/search/periods.ts';
import { searchedWords } from '../lib/search/query-words.ts';
import type { Language } from '../vocabularies.ts';

interface Labels {
  type: Record<string, string>;
  status: Record<string, string>;
  meeting: Record<string, string>;
  region: Record<string, string>;
  district: Record<string, string>;
  prompt: string;
  loading: string;
  error: string;
  /** `{from} – {to}`: the months searched. */
  period: string;
  notEarlier: string;
  /** Every month with an index, and those a first search reads. */
  months: string[];
  recent: string[];
  /** Each month written out, "October 2026" (the browser may know no Kazakh month names). */
  monthNames: Record<string, string>;
  /** The page language's words for a day (`dayWords` in src/lib/i18n/format.ts). */
  dayWords: DayWords;
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  locale: string;
  lang: Language;
}

interface PagefindResult {
  /** The page's name in the index; the build makes it carry the page's place in date order (src/lib/search/compact.ts). */
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(query: string | null, o: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): Pagefind;
}

const filterNames = ['type', 'region', 'district', 'category', 'status', 'year', 'body'] as const;

// Each result shown costs a download of its fragment: show ten at a time.
const pageSize = 10;

/** Wires the search form on the current page. */
export function startSearch(): void {
  const form = document.getElementById('search') as HTMLFormElement | null;
  const labelsNode = document.getElementById('search-labels');
  const count = document.getElementById('search-count');
  const period = document.getElementById('search-period');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !labelsNode || !count || !period || !list || !more) return;
  const labels = JSON.parse(labelsNode.textContent ?? '{}') as Labels;
  const plural = new Intl.PluralRules(labels.locale);
  const numbers = new Intl.NumberFormat(labels.locale);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const earlier = field('earlier') as HTMLInputElement | null;
  const monthName = (month: string) => labels.monthNames[month] ?? month;

  let module: Promise<PagefindModule> | undefined;
  // The Pagefind instance and the months merged into it (or being merged).
  let current: { pagefind: Promise<Pagefind>; months: Set<string> } | undefined;
  /** Pagefind with the general index and exactly `months` merged in. */
  const load = (months: string[]): Promise<Pagefind> => {
    const url = '/pagefind/pagefind.js';
    module ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
    const loaded = module;
    // An instance with a month the search must not read is let go: Pagefind cannot take an index out.
    if (current !== undefined && [...current.months].some((m) => !months.includes(m))) {
      void current.pagefind.then((pf) => pf.destroy()).catch(() => undefined);
      current = undefined;
    }
    if (current === undefined) {
      // Without the worker the first query downloads 43 KB less; searching stays fast enough on the main thread.
      current = { pagefind: loaded.then((m) => m.createInstance({ basePath: '/pagefind/', baseUrl: '/', noWorker: true })), months: new Set() };
    }
    const missing = months.filter((m) => !current?.months.has(m));
    for (const m of missing) current.months.add(m);
    if (missing.length > 0) {
      current.pagefind = current.pagefind.then(async (pf) => {
        await Promise.all(missing.map((m) => pf.mergeIndex(periodPath(m))));
        return pf;
      });
    }
    return current.pagefind;
  };

  // The address is the state: fill the form from it.
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'sort', ...filterNames]) {
    const input = field(name);
    const value = params.get(name);
    if (input && value !== null) input.value = value;
  }
  if (earlier) earlier.checked = params.get('earlier') === '1';

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  // The results list is busy from the moment a search starts until its results are all shown
  // (assistive technology waits for it, and so do the browser tests).
  const busy = (state: boolean) => list.setAttribute('aria-busy', String(state));

  const render = async (from: number): Promise<void> => {
    const mine = generation;
    const slice = results.slice(from, from + pageSize);
    busy(true);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== generation) return;
    for (const d of data) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = d.url;
      link.textContent = d.meta.title ?? d.url;
      const title = document.createElement('p');
      title.className = 'result-title';
      title.append(link);
      const facts = document.createElement('p');
      facts.className = 'result-facts';
      const tag = (text: string, cls: string) => {
        const span = document.createElement('span');
        span.className = `tag ${cls}`;
        span.textContent = text;
        facts.append(span, ' ');
      };
      const type = d.meta.type ?? '';
      tag(labels.type[type] ?? type, 'tag--meeting');
      if (d.meta.status) tag(labels.status[d.meta.status] ?? d.meta.status, `tag--${d.meta.status}`);
      if (d.meta.meeting) tag(labels.meeting[d.meta.meeting] ?? d.meta.meeting, 'tag--meeting');
      const place = [d.meta.region ? labels.region[d.meta.region] : undefined, d.meta.district ? labels.district[d.meta.district] : undefined].filter(Boolean).join(', ');
      if (place) facts.append(place, ' ');
      if (d.meta.date) {
        const time = document.createElement('time');
        time.dateTime = d.meta.date;
        time.textContent = writeDay(d.meta.date, labels.dayWords);
        facts.append(time);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      excerpt.innerHTML = d.excerpt; // Pagefind escapes the text and marks the matches.
      item.append(title, facts, excerpt);
      list.append(item);
    }
    shown = from + slice.length;
    more.hidden = shown >= results.length;
    busy(false);
  };

  const run = async (): Promise<void> => {
    generation += 1;
    const mine = generation;
    const query = (field('q')?.value ?? '').trim();
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const value = field(name)?.value ?? '';
      if (value !== '') filters[name] = value;
    }
    const sort = field('sort')?.value ?? '';
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [k, v] of Object.entries(filters)) next.set(k, v);
    if (sort) next.set('sort', sort);
    if (earlier?.checked === true) next.set('earlier', '1');
    const address = `${location.pathname}${next.size ? `?${next}` : ''}`;
    if (address !== `${location.pathname}${location.search}`) history.replaceState(null, '', address);

    list.replaceChildren();
    more.hidden = true;
    period.textContent = '';
    if (!query && Object.keys(filters).length === 0) {
      count.textContent = labels.prompt;
      busy(false);
      return;
    }
    busy(true);
    count.textContent = labels.loading;
    try {
      const months = periodsFor({ earlier: earlier?.checked === true, year: filters.year ?? '', sort }, labels.months, labels.recent);
      const pf = await load(months.months);
      // Filter data loads only when a filter is chosen, so a plain query stays small. Kazakh words are asked
      // by their keys, as the Kazakh index holds them; the field and the address keep what the reader typed.
      const search = await pf.search(query ? searchedWords(labels.lang, query) : null, Object.keys(filters).length > 0 ? { filters } : {});
      if (mine !== generation) return;
      results = sort ? inDateOrder(search.results, sort === 'oldest' ? 1 : -1) : search.results;
      const n = results.length;
      count.textContent = `${numbers.format(n)} ${labels.results[plural.select(n)] ?? labels.results.other}`;
      const [from, to] = [months.months[0], months.months.at(-1)];
      if (from !== undefined && to !== undefined) {
        period.textContent = `${labels.period.replace('{from}', monthName(from)).replace('{to}', monthName(to))}${months.complete ? '' : ` ${labels.notEarlier}`}`;
      }
      await render(0);
    } catch {
      if (mine === generation) {
        count.textContent = labels.error;
        busy(false);
      }
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', (event) => {
    // Busy at once, not only after the pause for typing: what is shown is about to change.
    busy(true);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), (event.target as HTMLElement).id === 'q' ? 250 : 0);
  });
  more.addEventListener('click', () => void render(shown));
  void run();
}
