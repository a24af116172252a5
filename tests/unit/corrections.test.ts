/**
 * Corrections of an issue's published title or description: the page, lists,
 * feeds and open data show the wording with every correction laid over the
 * one first published, and the earlier wording of each corrected language
 * stays known. The expected wordings are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { Issue, type IssueChange } from '../../src/schemas/issue.ts';
import { currentWording, isCorrected, replacedWordings, wordingCorrections } from '../../src/lib/issues/changes.ts';
import { validTree } from '../content/fixture.ts';

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
