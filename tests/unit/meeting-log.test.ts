/**
 * A meeting's status, time and place as readers see them are derived from
 * its log: the file keeps what was first published, each entry says what
 * happened next. Expected values are worked out by hand from the entries.
 */
import { describe, expect, it } from 'vitest';
import { detailText, meetingLog } from '../../src/lib/meetings/describe.ts';
import { meetingView, recordOf } from '../../src/lib/meetings/log.ts';
import { MeetingRecord, type MeetingChange } from '../../src/schemas/meeting.ts';

const reason = { ru: 'Буран' };
function record(changes: unknown[]): MeetingRecord {
  return MeetingRecord.parse({
    id: 'm-10-0042',
    holder: { level: 'district', office: { ru: 'Аким Жарминского района' } },
    place: { region: 'abay', venue: { ru: 'Дом культуры' }, address: { ru: 'улица Абая, 5' } },
    start: '2026-03-10T10:00+05:00',
    end: '2026-03-10T12:00+05:00',
    format: 'in-person',
    changes,
  });
}

describe('a meeting as its log leaves it', () => {
  it('is scheduled at its published time and place when nothing happened', () => {
    const m = meetingView(record([]));
    expect(m).toMatchObject({ status: 'scheduled', start: '2026-03-10T10:00+05:00', end: '2026-03-10T12:00+05:00', video: [], coverage: [] });
    expect(m.published).toBeUndefined();
  });

  it('postponed to a new time keeps its first time and says the new one; the new end keeps the length of the meeting', () => {
    const m = meetingView(record([{ kind: 'postponed', date: '2026-03-05', reason, start: '2026-03-24T15:00+05:00' }]));
    expect(m).toMatchObject({ status: 'postponed', statusReason: reason, start: '2026-03-10T10:00+05:00', newStart: '2026-03-24T15:00+05:00', newEnd: '2026-03-24T17:00+05:00' });
  });

  it('held after a postponement took place at the new time, with the outcome of the held entry and later materials', () => {
    const m = meetingView(
      record([
        { kind: 'postponed', date: '2026-03-05', reason, start: '2026-03-24T15:00+05:00' },
        { kind: 'held', date: '2026-03-24', attendance: 140, video: ['https://example.org/v'] },
        { kind: 'materials', date: '2026-04-02', coverage: [{ outlet: 'Жарма', title: { ru: 'Встреча' }, url: 'https://example.org/c', published: '2026-04-02' }] },
      ]),
    );
    expect(m).toMatchObject({ status: 'held', start: '2026-03-24T15:00+05:00', end: '2026-03-24T17:00+05:00', attendance: 140, video: ['https://example.org/v'] });
    expect(m.newStart).toBeUndefined();
    expect(m.statusReason).toBeUndefined();
    expect(m.coverage.map((c) => c.outlet)).toEqual(['Жарма']);
    expect(m.published?.start).toBe('2026-03-10T10:00+05:00');
  });

  it('a corrected time and address replace the published ones, which stay readable, and a cancellation ends it', () => {
    const m = meetingView(
      record([
        { kind: 'corrected', date: '2026-03-01', reason: { ru: 'Опечатка' }, start: '2026-03-10T11:00+05:00', address: { ru: 'улица Абая, 15' } },
        { kind: 'cancelled', date: '2026-03-08', reason },
      ]),
    );
    expect(m).toMatchObject({ status: 'cancelled', start: '2026-03-10T11:00+05:00', end: '2026-03-10T13:00+05:00', place: { address: { ru: 'улица Абая, 15' }, venue: { ru: 'Дом культуры' } } });
    expect(m.published).toEqual({ start: '2026-03-10T10:00+05:00', end: '2026-03-10T12:00+05:00', venue: { ru: 'Дом культуры' }, address: { ru: 'улица Абая, 5' }, format: 'in-person', office: { ru: 'Аким Жарминского района' } });
    // The stored record is recovered from what pages see, so the page's history replays the same steps.
    expect(recordOf(m).start).toBe('2026-03-10T10:00+05:00');
    expect(recordOf(m).place.address).toEqual({ ru: 'улица Абая, 5' });
  });

  it('a time corrected after a postponement corrects the new time, not the first one', () => {
    const m = meetingView(
      record([
        { kind: 'postponed', date: '2026-03-05', reason, start: '2026-03-24T15:00+05:00' },
        { kind: 'corrected', date: '2026-03-06', reason: { ru: 'Опечатка' }, start: '2026-03-24T16:00+05:00' },
      ]),
    );
    expect(m).toMatchObject({ status: 'postponed', start: '2026-03-10T10:00+05:00', newStart: '2026-03-24T16:00+05:00', newEnd: '2026-03-24T18:00+05:00' });
  });
});

describe('the history of a meeting in words', () => {
  it('says what happened, what changed from what to what, and why, in the reader’s language', () => {
    const changes: MeetingChange[] = [
      { kind: 'corrected', date: '2026-03-01', reason: { ru: 'Опечатка в адресе' }, address: { ru: 'улица Абая, 15' } },
      { kind: 'postponed', date: '2026-03-05', reason, start: '2026-03-24T15:00+05:00' },
      { kind: 'held', date: '2026-03-24', attendance: 1250, video: [], documents: [], coverage: [] },
      { kind: 'minutes', date: '2026-04-01', lang: 'kk', reason: { ru: 'Уточнено число участников' } },
    ];
    const lines = meetingLog(meetingView(record(changes)), 'ru').map((l) => [l.date, l.label, l.details.map(detailText).join('; ')]);
    expect(lines).toEqual([
      ['2026-03-01', 'Исправлено', 'адрес: улица Абая, 5 → улица Абая, 15'],
      ['2026-03-05', 'Перенесена', 'новое время: 24 марта 2026 г. в 15:00'],
      ['2026-03-24', 'Состоялась', 'Участников: 1\u00a0250'],
      ['2026-04-01', 'Протокол исправлен', 'протокол на языке: казахский'],
    ]);
  });

  it('in Kazakh, gives a settlement or address known only in Russian apart, after the fact’s label, marked Russian', () => {
    const changes: MeetingChange[] = [{ kind: 'corrected', date: '2026-03-01', reason: { ru: 'Опечатка' }, address: { ru: 'улица Абая, 15' }, settlement: { name: { ru: 'Караульский сельский округ' } } }];
    const [corrected] = meetingLog(meetingView(record(changes)), 'kk');
    expect(corrected!.details).toEqual([
      [{ text: 'мекенжайы: ', lang: 'kk' }, { text: 'улица Абая, 5', lang: 'ru' }, { text: ' → ', lang: 'kk' }, { text: 'улица Абая, 15', lang: 'ru' }],
      [{ text: 'елді мекені: ', lang: 'kk' }, { text: '(көрсетілмеген)', lang: 'kk' }, { text: ' → ', lang: 'kk' }, { text: 'Караульский сельский округ', lang: 'ru' }],
    ]);
  });
});
