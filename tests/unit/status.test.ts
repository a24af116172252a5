/** The status table: what an issue may become next, as editors and residents see it. */
import { describe, expect, it } from 'vitest';
import { isClosed, isOverdue, statusTable, transitionRule } from '../../src/lib/issues/status.ts';
import { type StatusId, statusIds } from '../../src/vocabularies.ts';
import { label } from '../../src/lib/i18n/labels.ts';

/** Every allowed transition, written out by hand: a change to the table must change this list. */
const allowed: [StatusId, StatusId, 'ok' | 'reopen'][] = [
  ['received', 'in-review', 'ok'], ['received', 'planned', 'ok'], ['received', 'in-progress', 'ok'], ['received', 'resolved', 'ok'],
  ['received', 'explained', 'ok'], ['received', 'declined', 'ok'], ['received', 'referred', 'ok'], ['received', 'duplicate', 'ok'],
  ['in-review', 'planned', 'ok'], ['in-review', 'in-progress', 'ok'], ['in-review', 'resolved', 'ok'], ['in-review', 'explained', 'ok'],
  ['in-review', 'declined', 'ok'], ['in-review', 'referred', 'ok'], ['in-review', 'duplicate', 'ok'],
  ['planned', 'in-progress', 'ok'], ['planned', 'resolved', 'ok'], ['planned', 'explained', 'ok'], ['planned', 'declined', 'ok'],
  ['planned', 'referred', 'ok'], ['planned', 'duplicate', 'ok'],
  ['in-progress', 'planned', 'ok'], ['in-progress', 'resolved', 'ok'], ['in-progress', 'declined', 'ok'], ['in-progress', 'referred', 'ok'],
  ['resolved', 'in-review', 'reopen'], ['resolved', 'in-progress', 'reopen'],
  ['explained', 'in-review', 'reopen'],
  ['declined', 'in-review', 'reopen'],
  ['referred', 'in-review', 'ok'], ['referred', 'planned', 'ok'], ['referred', 'in-progress', 'ok'], ['referred', 'resolved', 'ok'],
  ['referred', 'explained', 'ok'], ['referred', 'declined', 'ok'],
];

describe('status transitions', () => {
  it.each(allowed)('%s → %s is allowed (%s)', (from, to, rule) => {
    expect(transitionRule(from, to)).toBe(rule);
  });

  it('refuses every pair not in the list', () => {
    const listed = new Set(allowed.map(([a, b]) => `${a}>${b}`));
    const refused: string[] = [];
    for (const from of statusIds) for (const to of statusIds) if (!listed.has(`${from}>${to}`)) refused.push(`${from}>${to}`);
    expect(refused.filter((pair) => transitionRule(...(pair.split('>') as [StatusId, StatusId])) !== undefined)).toEqual([]);
    // A sample a data editor is likely to try.
    expect(refused).toEqual(expect.arrayContaining(['resolved>received', 'duplicate>in-review', 'planned>received', 'in-progress>explained', 'declined>resolved', 'received>received']));
  });

  it('never goes back to received, and a duplicate is final', () => {
    for (const from of statusIds) expect(transitionRule(from, 'received')).toBeUndefined();
    expect(Object.keys(statusTable.duplicate.next)).toEqual([]);
  });

  it('reopening is the only way out of a closed status', () => {
    for (const from of statusIds.filter(isClosed)) {
      for (const rule of Object.values(statusTable[from].next)) expect(rule).toBe('reopen');
    }
  });

  it('labels every status in kk, ru and en', () => {
    for (const id of statusIds) for (const lang of ['kk', 'ru', 'en'] as const) expect(label(lang, 'status', id).length).toBeGreaterThan(0);
  });
});

describe('overdue', () => {
  it('is past the deadline and not closed, as of the build day', () => {
    expect(isOverdue('in-progress', '2026-05-01', '2026-05-02')).toBe(true);
    expect(isOverdue('in-progress', '2026-05-01', '2026-05-01')).toBe(false);
    expect(isOverdue('resolved', '2026-05-01', '2026-06-01')).toBe(false);
    expect(isOverdue('referred', '2026-05-01', '2026-06-01')).toBe(true);
    expect(isOverdue('planned', undefined, '2026-06-01')).toBe(false);
  });
});
