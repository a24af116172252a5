/**
 * Published facts corrected by entries, never in place: a meeting's
 * `corrected` entry for its district, settlement, format, stream, office,
 * ministry and calendar standing, and an issue's `details` entry for its
 * category, responsible body, place and measure. The entries are checked as
 * the stored fields are (same messages, at the entry's path); the value in
 * force is the latest correction's, everywhere — indexes, figures and the
 * accountability computation — while the stored field keeps the value first
 * published. Expected numbers are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { accountability } from '../../src/lib/accountability/compute.ts';
import { indexContent } from '../../src/lib/content/indexes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { issueRecordOf } from '../../src/lib/issues/changes.ts';
import { recordOf } from '../../src/lib/meetings/log.ts';
import { datasets } from '../../src/lib/exports/datasets.ts';
import { statusEntries } from '../../src/lib/feeds/atom.ts';
import { computeFigures } from '../../src/lib/stats/figures.ts';
import { computeSiteFigures } from '../../src/lib/stats/site-figures.ts';
import { calendarTree, maslikhat, semeyOkrug } from './calendar-fixture.ts';
import { entry, fixtureAsOf, problemsOf, validTree, writeTree, type Tree } from './fixture.ts';

const m1 = 'meetings/abay/m-10-0001.json';
const m2 = 'meetings/abay/m-10-0002.json';
const m3 = 'meetings/abay/m-10-0003.json';
const m71 = 'meetings/astana/m-71-0001.json';
const i1 = 'issues/abay/i-10-00001.json';
const i2 = 'issues/abay/i-10-00002.json';
const reason = { ru: 'Ошибка при вводе' };

/** The tree loaded as of the fixture's build day: content and problems. */
function load(tree: Tree) {
  const root = writeTree(tree);
  return loadContent(root, { asOf: fixtureAsOf });
}

/** Astana's 2026 calendar: one planned meeting of the akim of Almaty district in April, which m-71-0001 (held 2 April, outside any calendar) could fulfil. */
function astanaCalendarTree(): Tree {
  const tree = validTree();
  tree['calendars/astana/2026.json'] = {
    region: 'astana',
    year: 2026,
    approved: { date: '2026-01-12', by: { ru: 'Аким города Астаны' }, maslikhat },
    entries: [{ id: 'c-71-2026-001', holder: { level: 'district', district: 'almaty-district' }, place: { district: 'almaty-district' }, planned: { from: '2026-04-01', to: '2026-04-30' } }],
    corrections: [],
  };
  return tree;
}

describe('the schema of the new corrections', () => {
  it('accepts a meeting corrected in its district, settlement, format and stream, office and calendar entry, and an issue in its category, body, place and measure', () => {
    const tree = calendarTree();
    entry(tree, m1).changes.push(
      { kind: 'corrected', date: '2026-03-12', reason, format: 'online', stream: 'https://example.org/live', office: { ru: 'Аким города Семей (и.о.)' } },
      { kind: 'corrected', date: '2026-03-13', reason, settlement: null },
      { kind: 'corrected', date: '2026-03-14', reason, format: 'in-person', stream: null },
    );
    entry(tree, m3).changes.push({ kind: 'corrected', date: '2026-05-13', reason, body: 'min-digital' });
    entry(tree, i2).changes = [{ kind: 'details', date: '2026-04-02', reason, category: 'electricity', body: 'district-akimat', district: 'semey-city', settlement: semeyOkrug, measure: null }];
    expect(problemsOf(tree)).toEqual([]);
  });

  it('refuses a correction that corrects nothing, one both linking a calendar entry and giving a reason to be outside it, a ministry for an akim’s meeting, and online with no stream', () => {
    const tree = validTree();
    entry(tree, m1).changes.push({ kind: 'corrected', date: '2026-03-12', reason });
    entry(tree, m71).changes.push(
      { kind: 'corrected', date: '2026-04-03', reason, calendarEntry: 'c-71-2026-001', outsideCalendar: { ru: 'Внеплановая' } },
      { kind: 'corrected', date: '2026-04-04', reason, body: 'min-energy' },
      { kind: 'corrected', date: '2026-04-05', reason, format: 'online' },
    );
    // m-10-0001 is hybrid with a stream: taking the stream away leaves it hybrid with none.
    entry(tree, m1).changes.push({ kind: 'corrected', date: '2026-03-13', reason, stream: null });
    entry(tree, i1).changes = [{ kind: 'details', date: '2026-04-02', reason }];
    expect(problemsOf(tree)).toEqual([
      'content/meetings/abay/m-10-0001.json: changes[1]: corrects nothing — give the corrected start, end, venue, address, district, settlement, format, stream, office, body, calendarEntry or outsideCalendar',
      'content/meetings/abay/m-10-0001.json: changes[2].stream: is missing for a hybrid meeting — give the address of the stream',
      'content/meetings/astana/m-71-0001.json: changes[1].outsideCalendar: the meeting both fulfils a calendar entry and is marked as outside the calendar — keep one',
      'content/meetings/astana/m-71-0001.json: changes[2].body: a body is given only for a minister’s meeting — remove this field or set the level to minister',
      'content/meetings/astana/m-71-0001.json: changes[3].stream: is missing for a online meeting — give the address of the stream',
      'content/issues/abay/i-10-00001.json: changes[0]: corrects nothing — give the corrected category, body, district, settlement or measure',
    ]);
  });
});

describe('the corrected values checked as the stored ones are', () => {
  it('tells a corrected district or settlement that is not of the region or district, a corrected measure that does not exist, at the entry', () => {
    const tree = validTree();
    entry(tree, m1).changes.push({ kind: 'corrected', date: '2026-03-12', reason, district: 'almaty-district' });
    entry(tree, m71).changes.push({ kind: 'corrected', date: '2026-04-03', reason, settlement: { kato: '101033000', name: { ru: 'Абралинский сельский округ' } } });
    entry(tree, i1).changes = [{ kind: 'details', date: '2026-04-02', reason, district: 'nowhere' }];
    entry(tree, i2).changes = [{ kind: 'details', date: '2026-04-02', reason, measure: 'ap-999' }];
    expect(problemsOf(tree)).toEqual([
      'content/meetings/abay/m-10-0001.json: changes[1].district: almaty-district belongs to region astana, not abay — correct the region or the district',
      'content/meetings/abay/m-10-0001.json: changes[1].district: 101033000 is in district semey-city, not almaty-district — correct the district or the code',
      'content/meetings/astana/m-71-0001.json: changes[1].settlement.kato: 101033000 is in district semey-city, not almaty-district — correct the district or the code',
      'content/issues/abay/i-10-00001.json: changes[0].district: nowhere is not a district of abay — use a slug from geo/districts/abay.json',
      'content/issues/abay/i-10-00001.json: changes[0].district: 101033000 is in district semey-city, not nowhere — correct the district or the code',
      'content/issues/abay/i-10-00002.json: changes[0].measure: ap-999 is not a measure in plan/measures.json — check the id, or add the measure first',
    ]);
  });

  it('tells a corrected calendar entry that no calendar plans, one planned for another akim, a calendar entry for a minister and a ministry that is not one, at the entry', () => {
    const tree = calendarTree();
    entry(tree, m1).changes.push({ kind: 'corrected', date: '2026-03-12', reason, calendarEntry: 'c-10-2026-099' });
    entry(tree, m2).calendarEntry = undefined;
    entry(tree, m2).changes = [{ kind: 'corrected', date: '2026-06-21', reason, calendarEntry: 'c-10-2026-001' }];
    entry(tree, m3).changes.push({ kind: 'corrected', date: '2026-05-13', reason, body: 'water-utility', calendarEntry: 'c-10-2026-003' });
    expect(problemsOf(tree)).toEqual([
      'content/meetings/abay/m-10-0001.json: changes[1].calendarEntry: unknown calendar entry c-10-2026-099: no calendar of abay plans it — give the id of an entry of calendars/abay/, or remove calendarEntry and say in outsideCalendar why the meeting is outside the calendar',
      'content/meetings/abay/m-10-0002.json: changes[0].calendarEntry: the entry c-10-2026-001 is planned for City akim, Semey City — link the meeting to an entry of its own holder, or mark it outsideCalendar with the reason',
      'content/meetings/abay/m-10-0003.json: changes[1].body: water-utility is not a ministry — a minister’s meeting is held by the head of a central government body: give a ministry of the bodies list, e.g. min-energy',
      'content/meetings/abay/m-10-0003.json: changes[1].calendarEntry: a minister’s meetings are not in the akimats’ calendars — remove calendarEntry',
    ]);
  });

  it('tells a correction that gives the value already in force', () => {
    const tree = calendarTree();
    entry(tree, m2).changes = [{ kind: 'corrected', date: '2026-06-21', reason, district: 'abay-district', outsideCalendar: { ru: 'Выездная встреча' } }];
    entry(tree, i1).changes = [
      { kind: 'details', date: '2026-03-15', reason, category: 'gas' },
      { kind: 'details', date: '2026-03-16', reason, category: 'gas', measure: null },
    ];
    expect(problemsOf(tree)).toEqual([
      'content/meetings/abay/m-10-0002.json: changes[0].district: is abay-district, the district already in force — give the corrected value, or leave district out of the correction',
      'content/issues/abay/i-10-00001.json: changes[1].category: is gas, the category already in force — give the corrected value, or leave category out of the correction',
      'content/issues/abay/i-10-00001.json: changes[1].measure: is null, the measure already in force — give the corrected value, or leave measure out of the correction',
    ]);
  });

  it('does not tell again a published value that a correction replaced: it is corrected by the entry, never in place', () => {
    const tree = calendarTree();
    entry(tree, m1).calendarEntry = 'c-10-2026-099';
    entry(tree, m1).changes.push({ kind: 'corrected', date: '2026-03-12', reason, calendarEntry: 'c-10-2026-001' });
    entry(tree, i2).measure = 'ap-999';
    entry(tree, i2).changes = [{ kind: 'details', date: '2026-04-02', reason, measure: 'ap-001' }];
    expect(problemsOf(tree)).toEqual([]);
  });
});

describe('the value in force is the latest correction’s, everywhere', () => {
  it('moves an issue corrected from drinking water to gas into the gas counts, and one corrected into another district and out of its measure', () => {
    const tree = validTree();
    entry(tree, i1).changes = [
      { kind: 'details', date: '2026-03-15', reason, category: 'electricity' },
      { kind: 'details', date: '2026-03-16', reason, category: 'gas' },
    ];
    entry(tree, i2).changes = [{ kind: 'details', date: '2026-04-02', reason, district: 'abay-district', measure: null }];
    const { content, problems } = load(tree);
    expect(problems).toEqual([]);
    const index = indexContent(content, fixtureAsOf);
    // Issues: i-10-00001 water→electricity→gas, i-10-00002 mobile-internet, i-10-00003 water, i-71-00001 roads-transport.
    expect(index.issuesByCategory.get('gas')?.map((i) => i.id)).toEqual(['i-10-00001']);
    expect(index.issuesByCategory.get('water')?.map((i) => i.id)).toEqual(['i-10-00003']);
    expect(index.issuesByCategory.get('electricity')).toBeUndefined();
    const figures = computeFigures({ issues: content.issues, meetings: [], asOf: fixtureAsOf, timelyDays: 3, isInRegionalCentre: () => undefined });
    expect([figures.byCategory.water, figures.byCategory.gas, figures.byCategory.electricity, figures.byCategory['mobile-internet']]).toEqual([1, 1, 0, 1]);
    // i-10-00002 left Semey (where i-10-00001 and i-10-00003 stay) for Abay district, and measure ap-001, which has no issue left.
    expect(index.issuesByDistrict.get('abay/semey-city')?.map((i) => i.id)).toEqual(['i-10-00001', 'i-10-00003']);
    expect(index.issuesByDistrict.get('abay/abay-district')?.map((i) => i.id)).toEqual(['i-10-00002']);
    expect(index.issuesByMeasure.get('ap-001')).toBeUndefined();
    // The stored record keeps what was first published.
    const corrected = index.issueById.get('i-10-00001')!;
    expect(corrected.published).toEqual({ category: 'water', body: 'water-utility', place: entry(validTree(), i1).place });
    expect(issueRecordOf(corrected).category).toBe('water');
    expect(issueRecordOf(index.issueById.get('i-10-00002')!)).toMatchObject({ place: { district: 'semey-city' }, measure: 'ap-001' });
  });

  it('counts a meeting re-linked to a calendar entry as held for that entry from the correction on, and no longer as outside the calendar', () => {
    // Almaty district's akim: c-71-2026-001 planned 1–30 April; m-71-0001 held 2 April, published with no calendar entry.
    const before = load(astanaCalendarTree());
    expect(before.problems).toEqual([]);
    const was = accountability(before.content, fixtureAsOf);
    // 30 April is before the build day (30 June) and no held meeting links the entry: not held; the meeting is outside the calendar.
    expect(was.entries.get('c-71-2026-001')).toMatchObject({ outcome: 'not-held', meetings: [] });
    const q2 = (a: typeof was) => a.byHolder.get('district:astana/almaty-district')!.get('2026-Q2')!.adherence;
    expect(q2(was)).toMatchObject({ planned: ['c-71-2026-001'], onTime: [], notHeld: ['c-71-2026-001'], outsideCalendar: ['m-71-0001'], outsideCalendarNoReason: ['m-71-0001'] });
    expect(q2(was).onTimeShare).toMatchObject({ count: 0, of: 1 });

    // The akimat links the meeting to the entry on 10 May, with the reason.
    const tree = astanaCalendarTree();
    entry(tree, m71).changes.push({ kind: 'corrected', date: '2026-05-10', reason: { ru: 'Встреча проводилась по календарю, номер записи не был указан' }, calendarEntry: 'c-71-2026-001' });
    const after = load(tree);
    expect(after.problems).toEqual([]);
    const is = accountability(after.content, fixtureAsOf);
    // Held 2 April ≤ 30 April: on time, fulfilled by m-71-0001; 1 of 1 due entries on time; nothing outside the calendar.
    expect(is.entries.get('c-71-2026-001')).toMatchObject({ outcome: 'on-time', meeting: 'm-71-0001', meetingDay: '2026-04-02', meetings: ['m-71-0001'] });
    expect(q2(is)).toMatchObject({ planned: ['c-71-2026-001'], onTime: ['c-71-2026-001'], notHeld: [], outsideCalendar: [], outsideCalendarNoReason: [] });
    expect(q2(is).onTimeShare).toMatchObject({ count: 1, of: 1 });
    // The file keeps the meeting as first published: no calendar entry.
    const meeting = after.content.meetings.find((m) => m.id === 'm-71-0001')!;
    expect(meeting.calendarEntry).toBe('c-71-2026-001');
    expect(recordOf(meeting).calendarEntry).toBeUndefined();
  });

  it('unlinks a meeting from its entry with a reason to be outside the calendar: the entry is not held, the meeting outside with its reason', () => {
    const tree = astanaCalendarTree();
    entry(tree, m71).calendarEntry = 'c-71-2026-001';
    entry(tree, m71).changes.push({ kind: 'corrected', date: '2026-05-10', reason, outsideCalendar: { ru: 'Встреча по обращению жителей, не плановая' } });
    const { content, problems } = load(tree);
    expect(problems).toEqual([]);
    const a = accountability(content, fixtureAsOf);
    expect(a.entries.get('c-71-2026-001')).toMatchObject({ outcome: 'not-held', meetings: [] });
    expect(a.byHolder.get('district:astana/almaty-district')!.get('2026-Q2')!.adherence).toMatchObject({ outsideCalendar: ['m-71-0001'], outsideCalendarNoReason: [] });
    const meeting = content.meetings.find((m) => m.id === 'm-71-0001')!;
    expect(meeting.calendarEntry).toBeUndefined();
    expect(meeting.published).toMatchObject({ calendarEntry: 'c-71-2026-001' });
  });
});

describe('open data and feeds carry the corrections', () => {
  it('the issue row has the corrected category, issue-changes the corrected and the earlier values; meeting-changes the calendar entry linked; the feed names what was corrected', () => {
    const tree = astanaCalendarTree();
    entry(tree, i2).changes = [{ kind: 'details', date: '2026-04-02', reason, category: 'electricity', settlement: semeyOkrug, measure: null }];
    entry(tree, m71).changes.push({ kind: 'corrected', date: '2026-05-10', reason, calendarEntry: 'c-71-2026-001' });
    const { content, problems } = load(tree);
    expect(problems).toEqual([]);
    const index = indexContent(content, fixtureAsOf);
    const sets = datasets(Object.assign(index, { figures: computeSiteFigures(index) }));
    const rows = (dataset: string, pick: (r: Record<string, unknown>) => boolean) => {
      const set = sets.find((d) => d.name === dataset)!;
      return set.rows.map((r) => Object.fromEntries(set.columns.map((c) => [c.name, c.value(r)]))).filter(pick);
    };
    expect(rows('issues', (r) => r.id === 'i-10-00002')[0]).toMatchObject({ category: 'electricity' });
    expect(rows('issue-changes', (r) => r.issue_id === 'i-10-00002')).toEqual([
      expect.objectContaining({
        kind: 'details',
        corrected_fields: 'category settlement measure',
        category: 'electricity',
        previous_category: 'mobile-internet',
        body: null,
        previous_body: null,
        settlement_kato: '101033000',
        previous_settlement_kato: null,
        measure: null,
        previous_measure: 'ap-001',
        reason_ru: 'Ошибка при вводе',
      }),
    ]);
    expect(rows('meetings', (r) => r.id === 'm-71-0001')[0]).toMatchObject({ schedule_changes: 0 });
    expect(rows('meeting-changes', (r) => r.meeting_id === 'm-71-0001').at(-1)).toMatchObject({ kind: 'corrected', corrected_fields: 'calendarEntry', calendar_entry: 'c-71-2026-001', start: null });
    const feed = statusEntries(content.issues, 'en', 'https://kezdesu.kz').find((e) => e.id === 'urn:kezdesu:change:i-10-00002:1');
    expect(feed?.title).toBe('Details corrected: Category, Place, Action-plan measure — Ұялы байланыс жоқ');
  });
});
