/** The announcement texts of the press kit, in Kazakh and Russian, for meetings to come, held, postponed and cancelled. */
import { describe, expect, it } from 'vitest';
import { MeetingRecord } from '../../src/schemas/meeting.ts';
import { meetingView } from '../../src/lib/meetings/log.ts';
import { checkMinutes } from '../../src/lib/minutes/mdx.ts';
import { russianWordsIn } from '../../src/lib/i18n/russian-words.ts';
import { announcementPlainText, announcementText, type AnnouncementSource } from '../../src/lib/press/announcement.ts';

const region = { kk: 'Абай облысы', ru: 'область Абай', en: 'Abay Region' };
const district = { kk: 'Жарма ауданы', ru: 'Жарминский район', en: 'Zharma District' };

/** A meeting in the given state, written the way content keeps it: what happened is an entry of its log. */
function source(state: { status?: string; statusReason?: unknown; newStart?: string; attendance?: number } & Record<string, unknown>, extra: Partial<AnnouncementSource> = {}): AnnouncementSource {
  const { status = 'scheduled', statusReason: reason, newStart, attendance, ...fields } = state;
  const changes =
    status === 'held'
      ? [{ kind: 'held', date: '2026-07-15', ...(attendance !== undefined ? { attendance } : {}) }]
      : status === 'postponed'
        ? [{ kind: 'postponed', date: '2026-07-10', reason, ...(newStart ? { start: newStart } : {}) }]
        : status === 'cancelled'
          ? [{ kind: 'cancelled', date: '2026-07-10', reason }]
          : [];
  const meeting = meetingView(MeetingRecord.parse({
    id: 'm-10-0042',
    holder: { level: 'district', office: { kk: 'Жарма ауданының әкімі', ru: 'Аким Жарминского района' } },
    place: {
      region: 'abay',
      district: 'zharma-district',
      venue: { kk: 'Мәдениет үйі', ru: 'Дом культуры' },
      address: { kk: 'Абай көшесі, 5, Калбатау', ru: 'улица Абая, 5, Калбатау' },
    },
    start: '2026-07-15T11:00+05:00',
    end: '2026-07-15T13:00+05:00',
    format: 'in-person',
    ...fields,
    changes,
  }));
  return { meeting, region, district, siteUrl: 'https://kezdesu.kz', ...extra };
}

const lines = (s: AnnouncementSource, lang: 'kk' | 'ru') => announcementPlainText(announcementText(s, lang)).split('\n');

describe('announcement of a meeting to come', () => {
  it('says in Kazakh who holds it, when in local time with its UTC offset, where, in what format, how to take part, and links to the page', () => {
    expect(lines(source({}), 'kk')).toEqual([
      'Тұрғындармен кездесу туралы хабарландыру',
      'Жарма ауданының әкімі тұрғындармен кездесу өткізеді.',
      'Уақыты: 2026 ж. 15 шілде, сәрсенбі, 11:00–13:00 (жергілікті уақыт, UTC+5)',
      'Орны: Мәдениет үйі, Абай көшесі, 5, Калбатау, Жарма ауданы, Абай облысы',
      'Форматы: Бетпе-бет',
      'Қалай қатысуға болады: Кіру барлық тұрғындарға еркін: шақыру мен тіркеу қажет емес. Тұрғындар кездесуде сұрақ қойып, ұсыныс айта алады.',
      'Толығырақ: https://kezdesu.kz/kk/meetings/m-10-0042/',
    ]);
  });

  it('says the same in Russian, with the Russian names and the Russian page', () => {
    expect(lines(source({}), 'ru')).toEqual([
      'Объявление о встрече с населением',
      'Аким Жарминского района проведёт встречу с населением.',
      'Когда: среда, 15 июля 2026 г., 11:00–13:00 (местное время, UTC+5)',
      'Где: Дом культуры, улица Абая, 5, Калбатау, Жарминский район, область Абай',
      'Формат: Очно',
      'Как принять участие: Вход свободный для всех жителей: приглашение и регистрация не нужны. На встрече жители могут задать вопросы и внести предложения.',
      'Подробнее: https://kezdesu.kz/ru/meetings/m-10-0042/',
    ]);
  });

  it('gives the stream of an online meeting and no entry for people who come in person', () => {
    const ru = lines(source({ format: 'online', stream: 'https://example.org/stream/42' }), 'ru');
    expect(ru).toContain('Как принять участие: Встреча проходит онлайн: смотрите трансляцию.');
    expect(ru).toContain('Трансляция: https://example.org/stream/42');
    expect(ru.join('\n')).not.toContain('Вход свободный');
  });

  const okrug = (name: { kk?: string; ru: string }) =>
    source({ holder: { level: 'rural-okrug', office: { ru: 'Аким Калбатауского сельского округа' } }, place: { region: 'abay', district: 'zharma-district', settlement: { kato: '634043000', name }, venue: { kk: 'Мәдениет үйі', ru: 'Дом культуры' }, address: { kk: 'Абай көшесі, 5', ru: 'улица Абая, 5' } } }, { settlementKind: 'rural-okrug' });

  it('names in Kazakh an akim whose okrug has only a Russian name by the office and the district, and leaves the Russian name to the Russian text', () => {
    const kk = lines(okrug({ ru: 'Калбатауский сельский округ' }), 'kk');
    expect(kk.slice(1, 2)).toEqual(['Ауылдық округ әкімі (Жарма ауданы) тұрғындармен кездесу өткізеді.']);
    expect(kk).toContain('Орны: Мәдениет үйі, Абай көшесі, 5, Жарма ауданы, Абай облысы');
    const ru = lines(okrug({ ru: 'Калбатауский сельский округ' }), 'ru');
    expect(ru.slice(1, 2)).toEqual(['Аким Калбатауского сельского округа проведёт встречу с населением.']);
    expect(ru).toContain('Где: Дом культуры, улица Абая, 5, Калбатауский сельский округ, Жарминский район, область Абай');
  });

  it('names the akim by the okrug’s Kazakh name, in the genitive, once the okrug has one', () => {
    const kk = lines(okrug({ kk: 'Қалбатау ауылдық округі', ru: 'Калбатауский сельский округ' }), 'kk');
    expect(kk.slice(1, 2)).toEqual(['Қалбатау ауылдық округінің әкімі тұрғындармен кездесу өткізеді.']);
    expect(kk).toContain('Орны: Мәдениет үйі, Абай көшесі, 5, Қалбатау ауылдық округі, Жарма ауданы, Абай облысы');
  });

  it('is wholly in Kazakh: every part of the Kazakh text is Kazakh, and none of its words is Russian', () => {
    const postponed = okrug({ ru: 'Калбатауский сельский округ' });
    const text = announcementText({ ...postponed, agenda: { ru: ['Отчёт акима'] } }, 'kk');
    expect([...text.lead, ...text.facts.flatMap((f) => f.value)].filter((part) => part.lang !== 'kk')).toEqual([]);
    expect(russianWordsIn(announcementPlainText(text))).toEqual([]);
  });
});

describe('announcement of a cancelled meeting', () => {
  const cancelled = source({ status: 'cancelled', statusReason: { kk: 'Су тасқыны қаупіне байланысты', ru: 'В связи с угрозой паводка' } });

  it('says first that it will not take place, and why', () => {
    const kk = lines(cancelled, 'kk');
    expect(kk.slice(0, 2)).toEqual(['Тұрғындармен кездесу өтпейді', 'Жарма ауданының әкімі тұрғындармен жоспарланған кездесуді болдырмады: кездесу өтпейді.']);
    expect(kk).toContain('Себебі: Су тасқыны қаупіне байланысты');
    const ru = lines(cancelled, 'ru');
    expect(ru.slice(0, 2)).toEqual(['Встреча с населением отменена', 'Аким Жарминского района отменил встречу с населением: она не состоится.']);
    expect(ru).toContain('Была назначена на: среда, 15 июля 2026 г., 11:00–13:00 (местное время, UTC+5)');
    expect(ru).toContain('Причина: В связи с угрозой паводка');
  });

  it('does not tell residents how to attend', () => {
    expect(lines(cancelled, 'ru').join('\n')).not.toMatch(/Как принять участие|Вход свободный/);
    expect(lines(cancelled, 'kk').join('\n')).not.toContain('Қалай қатысуға болады');
  });
});

describe('announcement of a postponed meeting', () => {
  const reason = { kk: 'Су тасқыны қаупіне байланысты', ru: 'В связи с угрозой паводка' };

  it('gives the old time and the new one, as long as the old meeting', () => {
    const postponed = source({ status: 'postponed', statusReason: reason, newStart: '2026-09-23T15:00+05:00' });
    const ru = lines(postponed, 'ru');
    expect(ru[0]).toBe('Встреча с населением переносится');
    expect(ru).toContain('Была назначена на: среда, 15 июля 2026 г., 11:00–13:00 (местное время, UTC+5)');
    expect(ru).toContain('Новая дата: среда, 23 сентября 2026 г., 15:00–17:00 (местное время, UTC+5)');
    expect(ru).toContain('Причина: В связи с угрозой паводка');
    const kk = lines(postponed, 'kk');
    expect(kk[0]).toBe('Тұрғындармен кездесу кейінге қалдырылды');
    expect(kk).toContain('Жаңа күні: 2026 ж. 23 қыркүйек, сәрсенбі, 15:00–17:00 (жергілікті уақыт, UTC+5)');
  });

  it('says the new time is still to be announced when it is not known', () => {
    const postponed = source({ status: 'postponed', statusReason: reason });
    expect(lines(postponed, 'ru')).toContain('Новая дата: будет объявлена дополнительно');
    expect(lines(postponed, 'kk')).toContain('Жаңа күні: кейін хабарланады');
  });
});

describe('text of a held meeting', () => {
  it('is in the past tense, with the attendance and the agenda of the minutes', () => {
    const held = source({ status: 'held', attendance: 1250 }, { agenda: { ru: ['Отчёт акима о проделанной работе', 'Вопросы и предложения жителей'] } });
    const ru = lines(held, 'ru');
    expect(ru.slice(0, 2)).toEqual(['Встреча с населением состоялась', 'Аким Жарминского района провёл встречу с населением.']);
    expect(ru).toContain('Участников: 1\u00a0250');
    expect(ru).toContain('Повестка дня: 1) Отчёт акима о проделанной работе; 2) Вопросы и предложения жителей');
    expect(ru.join('\n')).not.toContain('Как принять участие');
  });

  it('prints no agenda in the Kazakh text when only the Russian minutes have one: the Russian text, printed beside it, has it', () => {
    const held = source({ status: 'held' }, { agenda: { ru: ['Отчёт акима'] } });
    expect(announcementText(held, 'kk').facts.find((f) => f.label === 'Күн тәртібі')).toBeUndefined();
    expect(lines(held, 'ru')).toContain('Повестка дня: 1) Отчёт акима');
  });

  it('has no agenda line when the minutes have none', () => {
    expect(lines(source({ status: 'held' }), 'kk').join('\n')).not.toContain('Күн тәртібі');
  });
});

describe('agenda of the minutes', () => {
  it('is read from the <Agenda> list, one item a line, as plain text', () => {
    const minutes = '## Повестка дня\n\n<Agenda>\n\n1. Отчёт акима о **проделанной** работе\n2. Вопросы\n   жителей\n\n</Agenda>\n\n<Decision>\n\n- не пункт повестки\n\n</Decision>\n';
    expect(checkMinutes(minutes).agenda).toEqual(['Отчёт акима о проделанной работе', 'Вопросы жителей']);
  });

  it('is the paragraphs of an <Agenda> without a list, and nothing without an <Agenda>', () => {
    expect(checkMinutes('<Agenda>\n\nОтчёт акима за год\n\n</Agenda>\n').agenda).toEqual(['Отчёт акима за год']);
    expect(checkMinutes('<Decision>\n\n1. Решено\n\n</Decision>\n').agenda).toEqual([]);
  });
});

describe('the time of the announcement is the local time of the meeting’s region, with the UTC offset of that date', () => {
  const astana = { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana' };
  const aktobe = { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' };
  const at = (region: string, start: string, end: string) => ({ place: { region, venue: { kk: 'Мәдениет үйі', ru: 'Дом культуры' }, address: { kk: 'Абай көшесі, 5', ru: 'улица Абая, 5' } }, start, end });

  it('says UTC+6 for a 2023 Astana meeting and UTC+5 for a 2025 one', () => {
    const before = source(at('astana', '2023-05-10T11:00+06:00', '2023-05-10T13:00+06:00'), { region: astana, district: undefined });
    expect(lines(before, 'ru')).toContain('Когда: среда, 10 мая 2023 г., 11:00–13:00 (местное время, UTC+6)');
    expect(lines(before, 'kk')).toContain('Уақыты: 2023 ж. 10 мамыр, сәрсенбі, 11:00–13:00 (жергілікті уақыт, UTC+6)');
    const after = source(at('astana', '2025-05-14T11:00+05:00', '2025-05-14T13:00+05:00'), { region: astana, district: undefined });
    expect(lines(after, 'ru')).toContain('Когда: среда, 14 мая 2025 г., 11:00–13:00 (местное время, UTC+5)');
  });

  it('gives a 2023 Aktobe meeting at half past midnight its own hour and day, not Almaty’s', () => {
    // 00:30 at UTC+5 is 01:30 on Almaty's clocks of 2023 (UTC+6); the notice says 00:30.
    const night = source(at('aktobe', '2023-05-10T00:30+05:00', '2023-05-10T02:30+05:00'), { region: aktobe, district: undefined });
    expect(lines(night, 'ru')).toContain('Когда: среда, 10 мая 2023 г., 00:30–02:30 (местное время, UTC+5)');
    expect(lines(night, 'kk')).toContain('Уақыты: 2023 ж. 10 мамыр, сәрсенбі, 00:30–02:30 (жергілікті уақыт, UTC+5)');
  });

  it('gives each time of a meeting postponed across 2024-03-01 its own offset', () => {
    const moved = source({ ...at('astana', '2024-02-20T11:00+06:00', '2024-02-20T13:00+06:00'), status: 'postponed', statusReason: { ru: 'Буран' }, newStart: '2024-03-05T11:00+05:00' }, { region: astana, district: undefined });
    const ru = lines(moved, 'ru');
    expect(ru).toContain('Была назначена на: вторник, 20 февраля 2024 г., 11:00–13:00 (местное время, UTC+6)');
    expect(ru).toContain('Новая дата: вторник, 5 марта 2024 г., 11:00–13:00 (местное время, UTC+5)');
  });
});
