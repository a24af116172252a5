/** The figures every page, feed and export shows, checked on tiny hand-made sets. */
import { describe, expect, it } from 'vitest';
import type { Issue, StatusEvent } from '../../src/schemas/issue.ts';
import type { Announcement, Meeting } from '../../src/schemas/meeting.ts';
import { binDays, computeFigures, leadDayEdges, leadTimeDays, median, resolveDayEdges, type FigureInput } from '../../src/lib/stats/figures.ts';
import type { StatusId } from '../../src/vocabularies.ts';

const asOf = '2026-03-15';

/** One history entry. */
const ev = (date: string, status: StatusId): StatusEvent => ({ date, status, evidence: [] });

/** An issue raised on the day of its first history entry; `extra` overrides anything. */
function issue(n: number, history: StatusEvent[], extra: Partial<Issue> = {}): Issue {
  return {
    id: `i-10-${String(n).padStart(5, '0')}`,
    meetings: ['m-10-0001'],
    raised: history[0]!.date,
    place: { region: 'abay' },
    category: 'water',
    title: { en: 'No water' },
    description: { en: 'The village well is dry.' },
    body: 'district-akimat',
    history,
    ...extra,
    changes: extra.changes ?? [],
  };
}

/** A held in-person meeting; figures never read `end`, so it repeats `start`. */
function meeting(n: number, start: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id: `m-10-${String(n).padStart(4, '0')}`,
    holder: { level: 'district', office: { en: 'Akim of Abay district' } },
    place: { region: 'abay', venue: { en: 'House of culture' }, address: { en: 'Main st 1' } },
    start,
    end: start,
    format: 'in-person',
    status: 'held',
    announcements: [],
    changes: [],
    video: [],
    documents: [],
    coverage: [],
    ...extra,
  };
}

const announced = (published: string): Announcement => ({ channel: 'newspaper', outlet: 'Abay news', issueNumber: '12', published });

function figures(over: Partial<FigureInput>) {
  return computeFigures({ issues: [], meetings: [], asOf, timelyDays: 10, isInRegionalCentre: () => true, ...over });
}

const noStatuses = { received: 0, 'in-review': 0, planned: 0, 'in-progress': 0, resolved: 0, explained: 0, declined: 0, referred: 0, duplicate: 0 };
const noCategories = {
  'mobile-internet': 0, electricity: 0, gas: 0, water: 0, 'roads-transport': 0, 'housing-utilities': 0, health: 0,
  education: 0, 'social-support': 0, employment: 0, agriculture: 0, 'public-order': 0, environment: 0, other: 0,
};

describe('computeFigures', () => {
  it('zero-fills the status and category records', () => {
    expect(figures({}).byStatus).toEqual(noStatuses);
    expect(figures({}).byCategory).toEqual(noCategories);
    const f = figures({ issues: [issue(1, [ev('2026-01-10', 'received'), ev('2026-01-12', 'in-review')], { category: 'gas' })] });
    expect(f.byStatus).toEqual({ ...noStatuses, 'in-review': 1 });
    expect(f.byCategory).toEqual({ ...noCategories, gas: 1 });
  });

  it('gives null, not 0 or NaN, for shares and medians of an empty set', () => {
    expect(figures({})).toEqual({
      issues: 0, byStatus: noStatuses, byCategory: noCategories, closed: 0, resolved: 0, resolvedShare: null, overdue: 0,
      overdueAgainstOriginal: 0, issuesWithMovedDeadline: 0, deadlineMoves: 0,
      medianDaysToResolve: null, moneyDecidedKzt: 0, moneyDecidedByCategory: noCategories, byMonth: [],
      daysToResolve: [
        { from: 0, to: 7, count: 0 }, { from: 8, to: 30, count: 0 }, { from: 31, to: 90, count: 0 }, { from: 91, to: 180, count: 0 },
        { from: 181, to: 365, count: 0 }, { from: 366, to: null, count: 0 },
      ],
      meetingsHeld: 0, meetingsUpcoming: 0, meetingsNotReported: 0, meetingsOutsideCentre: 0, meetingsOutsideCentreShare: null,
      announcements: {
        held: 0, announced: 0, notAnnounced: 0, timely: 0, timelyShare: null, medianLeadDays: null,
        leadDays: [
          { from: 0, to: 6, count: 0, timely: false }, { from: 7, to: 9, count: 0, timely: false }, { from: 10, to: 13, count: 0, timely: true },
          { from: 14, to: 29, count: 0, timely: true }, { from: 30, to: null, count: 0, timely: true },
        ],
      },
    });
  });

  it('counts resolved and closed by the current status, and the resolved share', () => {
    const f = figures({
      issues: [
        issue(1, [ev('2026-01-10', 'received')]),
        issue(2, [ev('2026-01-10', 'received'), ev('2026-02-01', 'resolved')]),
        issue(3, [ev('2026-01-10', 'received'), ev('2026-02-01', 'declined')]),
        issue(4, [ev('2026-01-10', 'received'), ev('2026-02-01', 'resolved'), ev('2026-02-10', 'in-review')]),
      ],
    });
    expect(f.issues).toBe(4);
    expect(f.resolved).toBe(1);
    expect(f.closed).toBe(2);
    expect(f.resolvedShare).toBe(0.25);
  });

  it('counts as overdue only open issues past their deadline; the deadline day is not overdue, referred is open', () => {
    const f = figures({
      issues: [
        issue(1, [ev('2026-01-10', 'in-progress')], { deadline: '2026-03-14' }), // overdue
        issue(2, [ev('2026-01-10', 'planned')], { deadline: '2026-03-15' }), // deadline is today: not yet
        issue(3, [ev('2026-01-10', 'referred')], { deadline: '2026-03-01' }), // overdue
        issue(4, [ev('2026-01-10', 'resolved')], { deadline: '2026-03-01' }), // closed
        issue(5, [ev('2026-01-10', 'declined')], { deadline: '2026-02-01' }), // closed
        issue(6, [ev('2026-01-10', 'received')]), // no deadline
      ],
    });
    expect(f.overdue).toBe(2);
  });

  it('judges overdue by the deadline in force, counts moves, and overdue against the first deadline as well', () => {
    const moved = (date: string, deadline: string) => ({ kind: 'deadline' as const, date, deadline, reason: { ru: 'Подрядчик не успел' } });
    const f = figures({
      issues: [
        // first due 1 Mar, moved to 1 Jun: not overdue now (15 Mar), but overdue against the first deadline
        issue(1, [ev('2026-01-10', 'in-progress')], { deadline: '2026-03-01', changes: [moved('2026-02-20', '2026-06-01')] }),
        // due 1 Feb, moved to 1 Mar, then to 10 Mar: overdue both ways, two moves
        issue(2, [ev('2026-01-10', 'planned')], { deadline: '2026-02-01', changes: [moved('2026-01-25', '2026-03-01'), moved('2026-02-25', '2026-03-10')] }),
        // no deadline at first; set on 1 Feb to 1 Mar (set, not moved): overdue both ways
        issue(3, [ev('2026-01-10', 'in-review')], { changes: [moved('2026-02-01', '2026-03-01')] }),
        // moved, then resolved: closed, so overdue in neither way, but its move counts
        issue(4, [ev('2026-01-10', 'planned'), ev('2026-03-01', 'resolved')], { deadline: '2026-02-01', changes: [moved('2026-01-30', '2026-04-01')] }),
        // never moved, not due yet
        issue(5, [ev('2026-01-10', 'planned')], { deadline: '2026-04-01' }),
      ],
    });
    expect(f.overdue).toBe(2); // issues 2 and 3
    expect(f.overdueAgainstOriginal).toBe(3); // issues 1, 2 and 3
    expect(f.issuesWithMovedDeadline).toBe(3); // issues 1, 2 and 4
    expect(f.deadlineMoves).toBe(4); // 1 + 2 + 1
  });

  it('counts the money of the financing in force: a later maslikhat decision replaces the first', () => {
    const decision = (date: string) => ({ session: 'XII', date, number: '1/1' });
    const f = figures({
      issues: [
        issue(1, [ev('2026-01-10', 'planned')], {
          financing: { amountKzt: 1_000_000, source: 'local', decision: decision('2026-01-20') },
          changes: [{ kind: 'financing', date: '2026-02-10', amountKzt: 1_500_000, source: 'local', decision: decision('2026-02-10') }],
        }),
        issue(2, [ev('2026-01-10', 'planned')], { category: 'gas', financing: { amountKzt: 200_000, source: 'republican', decision: decision('2026-01-20') } }),
      ],
    });
    expect(f.moneyDecidedKzt).toBe(1_700_000);
    expect(f.moneyDecidedByCategory.water).toBe(1_500_000);
    expect(f.moneyDecidedByCategory.gas).toBe(200_000);
  });

  it('measures days to resolve to the last resolved entry after a reopening, over currently resolved issues only', () => {
    const f = figures({
      issues: [
        // resolved, reopened, resolved again: 2026-01-01 → 2026-01-31 = 30 days
        issue(1, [ev('2026-01-01', 'received'), ev('2026-01-11', 'resolved'), ev('2026-01-20', 'in-progress'), ev('2026-01-31', 'resolved')]),
        // 4 days
        issue(2, [ev('2026-02-01', 'received'), ev('2026-02-05', 'resolved')]),
        // resolved after 10 days, then reopened: not resolved now
        issue(3, [ev('2026-01-01', 'received'), ev('2026-01-11', 'resolved'), ev('2026-01-20', 'in-review')]),
      ],
    });
    expect(f.medianDaysToResolve).toBe(17); // median of 30 and 4
  });

  it('adds up money only where a maslikhat decision approved it', () => {
    const decision = { session: 'XII', date: '2026-02-20', number: '12/345' };
    const open = [ev('2026-01-10', 'planned')];
    const f = figures({
      issues: [
        issue(1, open, { financing: { amountKzt: 5_000_000, source: 'local', decision } }),
        issue(2, open, { financing: { amountKzt: 2_000_000, source: 'local' } }), // promised, not decided
        issue(3, open),
        issue(4, open, { financing: { amountKzt: 1_500_000, source: 'republican', decision } }),
      ],
    });
    expect(f.moneyDecidedKzt).toBe(6_500_000);
    expect(f.moneyDecidedByCategory).toEqual({ ...noCategories, water: 6_500_000 });
  });

  it('splits decided money by category, adding up to the total', () => {
    const decision = { session: 'XII', date: '2026-02-20', number: '12/345' };
    const open = [ev('2026-01-10', 'planned')];
    const f = figures({
      issues: [
        issue(1, open, { category: 'gas', financing: { amountKzt: 3_000_000, source: 'local', decision } }),
        issue(2, open, { category: 'gas', financing: { amountKzt: 1_000_000, source: 'local', decision } }),
        issue(3, open, { category: 'roads-transport', financing: { amountKzt: 700_000, source: 'local' } }), // not decided
        issue(4, open, { category: 'health', financing: { amountKzt: 250_000, source: 'republican', decision } }),
      ],
    });
    expect(f.moneyDecidedByCategory).toEqual({ ...noCategories, gas: 4_000_000, health: 250_000 });
    expect(Object.values(f.moneyDecidedByCategory).reduce((a, b) => a + b, 0)).toBe(f.moneyDecidedKzt);
  });

  it('counts issues raised and resolved by month, every month between filled with zeros', () => {
    const f = figures({
      issues: [
        issue(1, [ev('2025-11-20', 'received'), ev('2026-02-03', 'resolved')]),
        issue(2, [ev('2025-11-30', 'received')]),
        issue(3, [ev('2026-01-31', 'received'), ev('2026-01-31', 'resolved')]),
        // resolved in December, then reopened: not resolved now, so no resolution is counted
        issue(4, [ev('2025-12-01', 'received'), ev('2025-12-10', 'resolved'), ev('2026-01-05', 'in-review')]),
      ],
    });
    expect(f.byMonth).toEqual([
      { month: '2025-11', raised: 2, resolved: 0 },
      { month: '2025-12', raised: 1, resolved: 0 },
      { month: '2026-01', raised: 1, resolved: 1 },
      { month: '2026-02', raised: 0, resolved: 1 },
    ]);
    expect(f.byMonth.reduce((a, m) => a + m.raised, 0)).toBe(f.issues);
    expect(f.byMonth.reduce((a, m) => a + m.resolved, 0)).toBe(f.resolved);
  });

  it('puts days to resolution into spans that add up to the resolved issues', () => {
    const resolvedAfter = (n: number, days: number) => {
      const end = new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
      return issue(n, [ev('2025-01-01', 'received'), ev(end, 'resolved')]);
    };
    const f = figures({ issues: [resolvedAfter(1, 0), resolvedAfter(2, 7), resolvedAfter(3, 8), resolvedAfter(4, 365), resolvedAfter(5, 366), issue(6, [ev('2025-01-01', 'received')])] });
    expect(f.daysToResolve.map((b) => b.count)).toEqual([2, 1, 0, 0, 1, 1]);
    expect(f.daysToResolve.reduce((a, b) => a + b.count, 0)).toBe(f.resolved);
  });

  it('puts announced meetings into lead-time spans split at the timely threshold', () => {
    const day = '2026-03-31T10:00+05:00';
    const f = figures({
      timelyDays: 3,
      meetings: [
        meeting(1, day, { announcements: [announced('2026-03-30')] }), // 1 day: late
        meeting(2, day, { announcements: [announced('2026-03-29')] }), // 2: late
        meeting(3, day, { announcements: [announced('2026-03-28')] }), // 3: on time
        meeting(4, day, { announcements: [announced('2026-03-01')] }), // 30
        meeting(5, day), // not announced
      ],
    });
    expect(f.announcements.leadDays).toEqual([
      { from: 0, to: 2, count: 2, timely: false },
      { from: 3, to: 6, count: 1, timely: true },
      { from: 7, to: 13, count: 0, timely: true },
      { from: 14, to: 29, count: 0, timely: true },
      { from: 30, to: null, count: 1, timely: true },
    ]);
    expect(f.announcements.leadDays.filter((b) => b.timely).reduce((a, b) => a + b.count, 0)).toBe(f.announcements.timely);
    expect(f.announcements.leadDays.reduce((a, b) => a + b.count, 0)).toBe(f.announcements.announced);
  });

  it('counts upcoming meetings by the new start of a postponed one, leaving out past and cancelled ones', () => {
    const reason = { en: 'Flooding' };
    const f = figures({
      meetings: [
        meeting(1, '2026-03-15T10:00+05:00', { status: 'scheduled' }), // today: upcoming
        meeting(2, '2026-03-20T10:00+05:00', { status: 'scheduled' }), // upcoming
        meeting(3, '2026-03-14T20:00Z', { status: 'scheduled' }), // 2026-03-15 01:00 in Almaty: upcoming
        meeting(4, '2026-03-14T10:00+05:00', { status: 'scheduled' }), // yesterday, never updated
        meeting(5, '2026-03-10T10:00+05:00', { status: 'postponed', statusReason: reason, newStart: '2026-03-25T10:00+05:00' }), // upcoming
        meeting(6, '2026-03-05T10:00+05:00', { status: 'postponed', statusReason: reason, newStart: '2026-03-14T10:00+05:00' }), // new day passed too
        meeting(7, '2026-03-20T10:00+05:00', { status: 'cancelled', statusReason: reason }),
        meeting(8, '2026-03-15T10:00+05:00'), // held
      ],
    });
    expect(f.meetingsUpcoming).toBe(4);
    expect(f.meetingsHeld).toBe(1);
    // Meetings 4 and 6: their day went by and nobody reported what happened. A postponed meeting
    // with no new day yet is waiting, not unreported.
    expect(f.meetingsNotReported).toBe(2);
  });

  it('shares meetings outside the regional centre over held oblast meetings, ignoring cities of republican significance', () => {
    const inCentre = new Map<string, boolean | undefined>([
      ['m-10-0001', true],
      ['m-10-0002', false],
      ['m-10-0003', false],
      ['m-10-0004', undefined], // Almaty city
      ['m-10-0005', undefined], // Astana
      ['m-10-0006', false], // outside, but only scheduled
    ]);
    const f = figures({
      meetings: [
        meeting(1, '2026-03-01T10:00+05:00'),
        meeting(2, '2026-03-02T10:00+05:00'),
        meeting(3, '2026-03-03T10:00+05:00'),
        meeting(4, '2026-03-04T10:00+05:00'),
        meeting(5, '2026-03-05T10:00+05:00'),
        meeting(6, '2026-03-20T10:00+05:00', { status: 'scheduled' }),
      ],
      isInRegionalCentre: (m) => inCentre.get(m.id),
    });
    expect(f.meetingsOutsideCentre).toBe(2);
    expect(f.meetingsOutsideCentreShare).toBe(2 / 3);
  });

  it('judges announcements timely at exactly timelyDays ahead, late a day after, and not announced without any', () => {
    const day = '2026-03-20T10:00+05:00';
    const f = figures({
      timelyDays: 10,
      meetings: [
        meeting(1, day, { announcements: [announced('2026-03-18'), announced('2026-03-10')] }), // earliest 10 days ahead: timely
        meeting(2, day, { announcements: [announced('2026-03-11')] }), // 9 days: late
        meeting(3, day), // none
        meeting(4, day, { status: 'cancelled', statusReason: { en: 'Storm' }, announcements: [announced('2026-01-01')] }), // not held
      ],
    });
    expect(f.announcements).toEqual({
      held: 3, announced: 2, notAnnounced: 1, timely: 1, timelyShare: 1 / 3, medianLeadDays: 9.5,
      leadDays: [
        { from: 0, to: 6, count: 0, timely: false }, { from: 7, to: 9, count: 1, timely: false }, { from: 10, to: 13, count: 1, timely: true },
        { from: 14, to: 29, count: 0, timely: true }, { from: 30, to: null, count: 0, timely: true },
      ],
    });
  });
});

describe('leadTimeDays', () => {
  const ann = [announced('2026-03-05'), announced('2026-03-03')];

  it('counts from the earliest announcement to the Almaty day of the start', () => {
    expect(leadTimeDays(meeting(1, '2026-03-10T01:00+05:00', { announcements: ann }))).toBe(7); // UTC day would be 03-09
    expect(leadTimeDays(meeting(2, '2026-03-09T21:00Z', { announcements: ann }))).toBe(7); // 02:00 on 03-10 in Almaty
    expect(leadTimeDays(meeting(3, '2026-03-10T23:30+05:00', { announcements: ann }))).toBe(7);
  });

  it('is undefined for a meeting without announcements', () => {
    expect(leadTimeDays(meeting(1, '2026-03-10T10:00+05:00'))).toBeUndefined();
  });
});

describe('binDays', () => {
  it('counts each value in the span that holds it, below the first edge in the first', () => {
    expect(binDays([-2, 0, 7, 8, 400], resolveDayEdges).map((b) => b.count)).toEqual([3, 1, 0, 0, 0, 1]);
  });

  it('makes the timely threshold an edge, once, wherever it falls', () => {
    expect(leadDayEdges(3)).toEqual([0, 3, 7, 14, 30]);
    expect(leadDayEdges(7)).toEqual([0, 7, 14, 30]);
    expect(leadDayEdges(45)).toEqual([0, 7, 14, 30, 45]);
  });
});

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('is the middle value for an odd count', () => {
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('is the mean of the two middle values for an even count, sorting numerically', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 9, 2, 1])).toBe(5.5); // a text sort would give (10 + 2) / 2
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
