/**
 * Core's pages across regions (overview, feeds, obligations, data) are
 * rendered from every issue without its text and the few whose text they
 * show, whole. A reader must not see a difference: every figure and every
 * obligations figure is the same as from the whole issues, and the national
 * feed of changes shows the same entries.
 */
import { describe, expect, it } from 'vitest';
import { accountability } from '../../src/lib/accountability/compute.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { feedLength, statusEntries, statusFeedIssues } from '../../src/lib/feeds/atom.ts';
import { issueWithoutText, issuesShownAcross, recentlyResolved } from '../../src/lib/issues/across.ts';
import { computeSiteFigures } from '../../src/lib/stats/site-figures.ts';
import type { Issue } from '../../src/schemas/issue.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

describe('issues without their text', () => {
  // The fixture, with one issue given a progress note with evidence, a deadline moved with a reason and its title corrected.
  const tree = validTree();
  const planned = tree['issues/abay/i-10-00002.json'] as Record<string, unknown>;
  planned.changes = [
    { kind: 'progress', date: '2026-04-05', note: { ru: 'Закуплено оборудование' }, evidence: [{ url: 'https://example.org/photo.jpg' }] },
    { kind: 'deadline', date: '2026-04-06', deadline: '2026-05-15', reason: { ru: 'Поставка задержана' } },
    { kind: 'correction', date: '2026-04-07', field: 'title', text: { kk: 'Ауылда ұялы байланыс жоқ' }, reason: { ru: 'Уточнено' } },
  ];
  const { content, problems } = loadContent(writeTree(tree), { asOf: fixtureAsOf });
  const without = { ...content, issues: content.issues.map(issueWithoutText) };

  it('are made from valid content', () => expect(problems).toEqual([]));

  it('keep no title, description, note, reason, corrected wording or evidence', () => {
    const issue = without.issues.find((i) => i.id === 'i-10-00002')!;
    expect(issue.title).toEqual({});
    expect(issue.description).toEqual({});
    expect(issue.history.map((e) => e.note ?? {})).toEqual([{}, {}]);
    expect(issue.changes).toEqual([
      { kind: 'progress', date: '2026-04-05', note: {}, evidence: [] },
      { kind: 'deadline', date: '2026-04-06', deadline: '2026-05-15', reason: {} },
      { kind: 'correction', date: '2026-04-07', field: 'title', text: {}, reason: {} },
    ]);
    // The resolved issue's evidence is gone too; its days, status and place are kept.
    const resolved = without.issues.find((i) => i.id === 'i-10-00001')!;
    expect(resolved.history.at(-1)).toEqual({ date: '2026-05-05', status: 'resolved', note: {}, evidence: [] });
    expect(resolved.place.settlement?.kato).toBe('101033000');
  });

  it('give every figure and every obligations figure the whole issues give', () => {
    // i-10-00002's deadline moved to 2026-05-15, past on 2026-06-30 while it is planned: overdue, one move.
    const whole = computeSiteFigures(indexContent(content, fixtureAsOf));
    expect(whole.national).toMatchObject({ issues: 4, overdue: 1, deadlineMoves: 1 });
    expect(computeSiteFigures(indexContent(without, fixtureAsOf))).toEqual(whole);
    expect(accountability(without, fixtureAsOf)).toEqual(accountability(content, fixtureAsOf));
  });
});

describe('the issues whose text core shows', () => {
  /** Issue n (1…60): received on day n of 2026, in review the day after; 120 entries in all. */
  const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10);
  const issues = Array.from({ length: 60 }, (_, i) => {
    const n = i + 1;
    return {
      id: `i-10-${String(n).padStart(5, '0')}`,
      title: { ru: `Вопрос ${n}` },
      raised: day(n),
      history: [
        { date: day(n), status: 'received', evidence: [] },
        { date: day(n + 1), status: n === 60 ? 'resolved' : 'in-review', note: { ru: `Заметка ${n}` }, evidence: [] },
      ],
      changes: [],
    } as unknown as Issue;
  });

  it('are those the national feed shows an entry of, and give the same feed in every language', () => {
    // Newest first: day 61 has one entry (issue 60 resolved); days 60 … 12 two each (issue d received, issue d-1 in
    // review): 99; the 100th is on day 11, issue 10's (its id sorts before issue 11's). Issues 1 … 9 have none.
    expect(feedLength).toBe(100);
    const id = (n: number) => `i-10-${String(n).padStart(5, '0')}`;
    // On a day, by id: issue d-1's second entry ("…-000(d-1):2") before issue d's first.
    const expected = [`${id(60)}:2`];
    for (let d = 60; d >= 12; d--) expected.push(`${id(d - 1)}:2`, `${id(d)}:1`);
    expected.push(`${id(10)}:2`);
    // Whatever order the issues come in.
    for (const given of [issues, [...issues].reverse()]) expect(statusEntries(given, 'ru', '').map((entry) => entry.id.replace('urn:kezdesu:status:', ''))).toEqual(expected);
    const shown = statusFeedIssues(issues);
    expect(shown.map((i) => i.id).sort()).toEqual(issues.slice(9).map((i) => i.id));
    for (const lang of ['kk', 'ru', 'en'] as const) expect(statusEntries(shown, lang, 'https://kezdesu.kz')).toEqual(statusEntries(issues, lang, 'https://kezdesu.kz'));
  });

  it('include the overview\'s recently resolved, which a feed of other changes could leave out', () => {
    expect(recentlyResolved(issues).map((i) => i.id)).toEqual(['i-10-00060']);
    // Issue 1 resolved on day 2, long before the feed's entries: the overview still lists it.
    const resolvedEarly = issues.map((issue, i) => (i === 0 ? { ...issue, history: [issue.history[0]!, { ...issue.history[1]!, status: 'resolved' }] } : issue)) as Issue[];
    expect(recentlyResolved(resolvedEarly).map((i) => i.id)).toEqual(['i-10-00060', 'i-10-00001']);
    expect(issuesShownAcross(resolvedEarly).map((i) => i.id)).toEqual(['i-10-00001', ...issues.slice(9).map((i) => i.id)]);
  });
});
