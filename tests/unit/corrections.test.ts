/**
 * Corrections of an issue's published title or description: the page, lists,
 * feeds and open data show the wording with every correction laid over the
 * one first published, and the earlier wording of each corrected language
 * stays known. The expected wordings are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { Issue, type IssueChange } from '../../src/schemas/issue.ts';
import { currentWording, isCorrected, replacedWordings, wordingCorrections } from '../../src/lib/issues/changes.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { apiDocuments } from '../../src/lib/exports/api.ts';
import { datasets } from '../../src/lib/exports/datasets.ts';
import { toCsv } from '../../src/lib/exports/files.ts';
import { statusEntries } from '../../src/lib/feeds/atom.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { computeSiteFigures } from '../../src/lib/stats/site-figures.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

/** The fixture's issue i-10-00001 ("Нет питьевой воды", Russian only) with a title in kk and ru and the given change log. */
function issueWith(changes: unknown[]): Issue {
  const raw = validTree()['issues/abay/i-10-00001.json'] as Record<string, unknown>;
  return Issue.parse({ ...raw, title: { kk: 'Ауыз су жоқ', ru: 'Нет питевой воды' }, changes });
}

const typo = { kind: 'correction', date: '2026-05-12', field: 'title', text: { ru: 'Нет питьевой воды' }, reason: { ru: 'Исправлена опечатка', kk: 'Қате түзетілді' } };
const village = { kind: 'correction', date: '2026-06-01', field: 'title', text: { kk: 'Абралы ауылында ауыз су жоқ', ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село' } };
const english = { kind: 'correction', date: '2026-06-02', field: 'title', text: { en: 'No drinking water in Abraly' }, reason: { en: 'Translated' } };
const clarified = { kind: 'correction', date: '2026-06-03', field: 'description', text: { ru: 'Воду привозят раз в неделю, летом реже.' }, reason: { ru: 'Уточнено по протоколу' } };
const progress = { kind: 'progress', date: '2026-04-01', note: { ru: 'Завезены трубы' } };

describe('the wording of a corrected issue', () => {
  it('is the stored text itself when nothing was corrected, so nothing is allocated for it', () => {
    const issue = issueWith([progress]);
    expect(isCorrected(issue)).toBe(false);
    expect(currentWording(issue, 'title')).toBe(issue.title);
    expect(currentWording(issue, 'description')).toBe(issue.description);
    expect(wordingCorrections(issue, 'title')).toEqual([]);
    expect(replacedWordings(issue).size).toBe(0);
  });

  it('changes only the languages a correction gives, keeping the others as first published', () => {
    const issue = issueWith([progress, typo]);
    expect(currentWording(issue, 'title')).toEqual({ kk: 'Ауыз су жоқ', ru: 'Нет питьевой воды' });
    // The description was not corrected: it is the stored one.
    expect(currentWording(issue, 'description')).toBe(issue.description);
    // The file keeps the title as first published.
    expect(issue.title).toEqual({ kk: 'Ауыз су жоқ', ru: 'Нет питевой воды' });
  });

  it('lays corrections over each other in order, the last one winning, and adds a language given for the first time', () => {
    const issue = issueWith([typo, village, english, clarified]);
    expect(currentWording(issue, 'title')).toEqual({ kk: 'Абралы ауылында ауыз су жоқ', ru: 'Нет питьевой воды в Абралы', en: 'No drinking water in Abraly' });
    expect(currentWording(issue, 'description')).toEqual({ ru: 'Воду привозят раз в неделю, летом реже.' });
  });

  it('lists each correction of a field with the wording it replaced, in the languages it corrected', () => {
    const issue = issueWith([typo, village, english, clarified]);
    const title = wordingCorrections(issue, 'title');
    expect(title.map((c) => c.change.date)).toEqual(['2026-05-12', '2026-06-01', '2026-06-02']);
    expect(title.map((c) => c.replaced)).toEqual([
      // The typo fix replaced the Russian title only.
      { ru: 'Нет питевой воды' },
      // The second replaced both languages: the Kazakh first published, the Russian as the typo fix left it.
      { kk: 'Ауыз су жоқ', ru: 'Нет питьевой воды' },
      // An English title given for the first time replaced nothing.
      {},
    ]);
    expect(wordingCorrections(issue, 'description').map((c) => c.replaced)).toEqual([{ ru: 'Воду привозят раз в неделю.' }]);
  });

  it('gives open data and feeds the replaced wording by entry', () => {
    const issue = issueWith([progress, typo, clarified]);
    const replaced = replacedWordings(issue);
    const [p, t, d] = issue.changes as [IssueChange, IssueChange, IssueChange];
    expect(replaced.get(p)).toBeUndefined();
    expect(replaced.get(t)).toEqual({ ru: 'Нет питевой воды' });
    expect(replaced.get(d)).toEqual({ ru: 'Воду привозят раз в неделю.' });
  });
});

describe('a correction entry', () => {
  it('is refused with a clear message when its field is not a published text', () => {
    const result = Issue.safeParse({ ...(validTree()['issues/abay/i-10-00001.json'] as object), changes: [{ ...typo, field: 'category' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['changes.0.field: is not a field that can be corrected — use one of: title, description']);
  });

  it('needs a reason and the corrected wording', () => {
    const result = Issue.safeParse({ ...(validTree()['issues/abay/i-10-00001.json'] as object), changes: [{ kind: 'correction', date: '2026-05-12', field: 'title', text: {} }] });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['changes.0.reason', 'changes.0.text']);
  });
});

describe('what readers get from a corrected issue', () => {
  // The fixture's i-10-00001 was published as «Нет питьевой воды» / «Воду привозят раз в неделю.» (Russian only).
  function corrected() {
    const tree = validTree();
    (tree['issues/abay/i-10-00001.json'] as Record<string, unknown>).changes = [
      { kind: 'progress', date: '2026-05-01', note: { ru: 'Пробурена скважина' } },
      { kind: 'correction', date: '2026-05-12', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село', kk: 'Ауыл нақтыланды' } },
      { kind: 'correction', date: '2026-05-20', field: 'description', text: { ru: 'Воду привозят раз в две недели.', kk: 'Суды екі аптада бір рет әкеледі.' }, reason: { ru: 'Сверено с протоколом' } },
    ];
    const { content, problems } = loadContent(writeTree(tree), { asOf: fixtureAsOf });
    expect(problems).toEqual([]);
    const index = indexContent(content, fixtureAsOf);
    return { content, model: Object.assign(index, { figures: computeSiteFigures(index) }) };
  }

  it('open data: the issue row has the corrected wording, and issue-changes has one row per correction with the field, both wordings and the reason', () => {
    const { model } = corrected();
    const sets = datasets(model);
    const row = (dataset: string, pick: (r: Record<string, unknown>) => boolean) => {
      const set = sets.find((d) => d.name === dataset)!;
      return set.rows.map((r) => Object.fromEntries(set.columns.map((c) => [c.name, c.value(r)]))).filter(pick);
    };
    expect(row('issues', (r) => r.id === 'i-10-00001')[0]).toMatchObject({
      title_ru: 'Нет питьевой воды в Абралы',
      title_kk: null,
      description_ru: 'Воду привозят раз в две недели.',
      description_kk: 'Суды екі аптада бір рет әкеледі.',
    });
    const changes = row('issue-changes', (r) => r.issue_id === 'i-10-00001');
    expect(changes.map((r) => [r.seq, r.kind, r.field])).toEqual([[1, 'progress', null], [2, 'correction', 'title'], [3, 'correction', 'description']]);
    expect(changes[1]).toMatchObject({
      date: '2026-05-12',
      corrected_text_ru: 'Нет питьевой воды в Абралы',
      corrected_text_kk: null,
      previous_text_ru: 'Нет питьевой воды',
      previous_text_kk: null,
      reason_ru: 'Уточнено село',
      reason_kk: 'Ауыл нақтыланды',
    });
    // The Kazakh description was added by the correction: there was no earlier Kazakh wording to replace.
    expect(changes[2]).toMatchObject({ corrected_text_kk: 'Суды екі аптада бір рет әкеледі.', previous_text_ru: 'Воду привозят раз в неделю.', previous_text_kk: null, reason_ru: 'Сверено с протоколом' });
    expect(changes[0]).toMatchObject({ field: null, corrected_text_ru: null, previous_text_ru: null });
    const csv = toCsv(sets.find((d) => d.name === 'issue-changes')!, { version: 'v', asOf: fixtureAsOf, license: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' });
    expect(csv).toContain(',Нет питьевой воды в Абралы,,,Нет питьевой воды,,');
  });

  it('the JSON API document of the issue carries the same row and change rows', () => {
    const { model } = corrected();
    const doc = [...apiDocuments(model, { version: 'v', asOf: fixtureAsOf, license: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' })].find((d) => d.path === '/api/issues/i-10-00001.json')!;
    const body = doc.body as { issue: Record<string, unknown>; changes: Record<string, unknown>[] };
    expect(body.issue.title_ru).toBe('Нет питьевой воды в Абралы');
    expect(body.changes[1]).toMatchObject({ kind: 'correction', field: 'title', previous_text_ru: 'Нет питьевой воды' });
  });

  it('search and the status feed show the corrected title; the feed lists the correction with its reason', () => {
    const { content, model } = corrected();
    const record = searchRecords(model, 'ru', () => '').find((r) => r.url === '/ru/issues/i-10-00001/')!;
    expect(record.meta.title).toBe('Нет питьевой воды в Абралы');
    expect(record.content).toContain('Воду привозят раз в две недели.');
    expect(record.content).not.toContain('раз в неделю');
    const feed = statusEntries(content.issues, 'ru', 'https://kezdesu.kz').filter((e) => e.id.startsWith('urn:kezdesu:change:i-10-00001:'));
    expect(feed.map((e) => [e.id, e.title, e.summary])).toEqual([
      ['urn:kezdesu:change:i-10-00001:3', 'Исправлено описание — Нет питьевой воды в Абралы', 'Сверено с протоколом'],
      ['urn:kezdesu:change:i-10-00001:2', 'Исправлено название — Нет питьевой воды в Абралы', 'Уточнено село'],
      ['urn:kezdesu:change:i-10-00001:1', 'Ход работ — Нет питьевой воды в Абралы', 'Пробурена скважина'],
    ]);
  });
});
