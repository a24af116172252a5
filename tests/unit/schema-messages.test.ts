/**
 * Content schema problems in the editor's language: each kind of mistake in
 * an issue or meeting file reads in Kazakh and in Russian as written here,
 * closed sets list the site's words with the code in brackets, a missing
 * field says the fix of its own message, and English stays as it was.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { problemMessage, problemsFromZod, zodIssueSays } from '../../src/lib/content/problems.ts';
import { say } from '../../src/lib/i18n/messages.ts';
import { Issue } from '../../src/schemas/issue.ts';
import { MeetingRecord } from '../../src/schemas/meeting.ts';
import { validTree } from '../content/fixture.ts';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Each problem of `value` as `path`, then its words in English, Kazakh and Russian. */
function told(schema: z.ZodType, value: unknown): [string, string, string, string][] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return problemsFromZod('f.json', result.error.issues).map((p) => [p.path, problemMessage(p, 'en'), problemMessage(p, 'kk'), problemMessage(p, 'ru')]);
}

const issue = (change: (v: Json) => void): Json => {
  const v = validTree()['issues/abay/i-10-00001.json'] as Json;
  change(v);
  return v;
};
const meeting = (change: (v: Json) => void): Json => {
  const v = validTree()['meetings/abay/m-10-0002.json'] as Json;
  change(v);
  return v;
};

describe('schema problems in Kazakh and Russian', () => {
  it('the fixture is valid, so each case below has only its own problem', () => {
    expect(told(Issue, issue(() => {}))).toEqual([]);
    expect(told(MeetingRecord, meeting(() => {}))).toEqual([]);
  });

  it('a date in the wrong format', () => {
    expect(told(Issue, issue((v) => (v.raised = '15.03.2026')))).toEqual([
      [
        'raised',
        'is not a date — write it as YYYY-MM-DD, e.g. 2026-03-15',
        'күн емес — күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-03-15',
        'это не дата — запишите дату в виде ГГГГ-ММ-ДД, например 2026-03-15',
      ],
    ]);
  });

  it('a date not in the calendar', () => {
    expect(told(Issue, issue((v) => (v.raised = '2026-02-30')))).toEqual([
      ['raised', 'is not a real calendar date — check the day and month', 'күнтізбеде мұндай күн жоқ — күні мен айын тексеріңіз', 'такой даты нет в календаре — проверьте день и месяц'],
    ]);
  });

  it('a meeting time without its offset, and an hour that does not exist', () => {
    expect(
      told(
        MeetingRecord,
        meeting((v) => {
          v.start = '2026-07-15 10:00';
          v.end = '2026-07-15T25:00+05:00';
        }),
      ),
    ).toEqual([
      [
        'start',
        'is not a date and time with a UTC offset — write it as 2026-03-15T10:00+05:00 (local time with its UTC offset: +05:00 everywhere since 2024-03-01)',
        'UTC ығысуы көрсетілген күн мен уақыт емес — күн мен уақытты 2026-03-15T10:00+05:00 түрінде жазыңыз (жергілікті уақыт UTC ығысуымен: 2024-03-01 бастап барлық жерде +05:00)',
        'это не дата и время со смещением от UTC — запишите дату и время в виде 2026-03-15T10:00+05:00 (местное время со смещением от UTC: с 2024-03-01 везде +05:00)',
      ],
      ['end', 'is not a real date and time — check the day, month and hour', 'мұндай күн мен уақыт жоқ — күнін, айын және сағатын тексеріңіз', 'таких даты и времени не бывает — проверьте день, месяц и час'],
    ]);
  });

  it('an empty text, and an empty reference zod itself finds empty', () => {
    expect(
      told(
        Issue,
        issue((v) => {
          v.title = { ru: '   ' };
          v.history[0].decision = '';
        }),
      ),
    ).toEqual([
      ['title.ru', 'is empty — write the Russian text or remove the key', 'бос — орысша мәтінді жазыңыз немесе кілтті өшіріңіз', 'пусто — напишите текст на русском или удалите ключ'],
      ['history[0].decision', 'Too small: expected string to have >=1 characters — correct the value', 'бос — мәнді түзетіңіз', 'пусто — исправьте значение'],
    ]);
  });

  it('a missing field says the fix of its own message, or what kind of value to add', () => {
    expect(
      told(
        Issue,
        issue((v) => {
          delete v.raised;
          delete v.place;
        }),
      ),
    ).toEqual([
      [
        'raised',
        'is missing — add this field: write it as YYYY-MM-DD, e.g. 2026-03-15',
        'толтырылмаған — бұл өрісті қосыңыз: күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-03-15',
        'не заполнено — добавьте это поле: запишите дату в виде ГГГГ-ММ-ДД, например 2026-03-15',
      ],
      ['place', 'is missing — add this field: a object', 'толтырылмаған — бұл өрісті қосыңыз: объект ({ … })', 'не заполнено — добавьте это поле: объект ({ … })'],
    ]);
  });

  it('an unknown field', () => {
    expect(told(Issue, issue((v) => (v.priority = 'high')))).toEqual([
      ['priority', 'is not a known field — remove it or correct its spelling', 'мұндай өріс жоқ — оны өшіріңіз немесе жазылуын түзетіңіз', 'такого поля нет — удалите его или исправьте написание'],
    ]);
  });

  it('a value of the wrong type, named in the words of each language', () => {
    expect(
      told(
        Issue,
        issue((v) => {
          v.meetings = 'm-10-0001';
          v.duplicateOf = 42;
        }),
      ),
    ).toEqual([
      ['meetings', 'should be array, not the text "m-10-0001" — correct the value', '«m-10-0001» мәтіні емес, тізім ([ … ]) болуы керек — мәнді түзетіңіз', 'должно быть списком ([ … ]), а здесь текст «m-10-0001» — исправьте значение'],
      ['duplicateOf', 'should be string, not number 42 — correct the value', '42 саны емес, мәтін болуы керек — мәнді түзетіңіз', 'должно быть текстом, а здесь число 42 — исправьте значение'],
    ]);
  });

  it('a value outside a closed set lists the site’s words with the code in brackets', () => {
    expect(told(Issue, issue((v) => (v.history[0].status = 'solved')))).toEqual([
      [
        'history[0].status',
        'is not a status — use one of: received, in-review, planned, in-progress, resolved, explained, declined, referred, duplicate',
        'мәртебе емес — мыналардың бірін жазыңыз: Тіркелді (received); Қаралуда (in-review); Жоспарланды (planned); Орындалуда (in-progress); Шешілді (resolved); Түсіндірілді (explained); Қабылданбады (declined); Жолданды (referred); Қайталанған (duplicate)',
        'это не статус — укажите одно из значений: Поступило (received); На рассмотрении (in-review); Запланировано (planned); В работе (in-progress); Решено (resolved); Разъяснено (explained); Отклонено (declined); Передано (referred); Дубликат (duplicate)',
      ],
    ]);
    expect(told(MeetingRecord, meeting((v) => (v.holder.level = 'akim')))).toEqual([
      [
        'holder.level',
        'is not a holder level — use one of: region, city, district, rural-okrug, minister',
        'кездесуді өткізетін әкімнің деңгейі емес — мыналардың бірін жазыңыз: Облыс әкімі (region); Қала әкімі (city); Аудан әкімі (district); Ауылдық округ әкімі (rural-okrug); Министр (minister)',
        'это не уровень акима, проводящего встречу — укажите одно из значений: Аким области (region); Аким города (city); Аким района (district); Аким сельского округа (rural-okrug); Министр (minister)',
      ],
    ]);
  });

  it('a kind of change not in the list, or none, lists the kinds in the site’s words', () => {
    expect(told(Issue, issue((v) => (v.changes = [{ kind: 'delay', date: '2026-06-01' }, { date: '2026-06-02' }])))).toEqual([
      [
        'changes[0].kind',
        'is not a kind of change — give "kind" as one of: progress, deadline, financing, correction, details',
        'өзгеріс түрі емес — "kind" өрісіне мыналардың бірін жазыңыз: Жұмыс барысы (progress); Мерзім (deadline); Қаржыландыру (financing); Түзету (correction); Мәліметтер түзетілді (details)',
        'это не вид изменения — укажите в поле "kind" одно из значений: Ход работ (progress); Срок (deadline); Финансирование (financing); Исправление (correction); Сведения исправлены (details)',
      ],
      [
        'changes[1].kind',
        'is not a kind of change — give "kind" as one of: progress, deadline, financing, correction, details',
        'өзгеріс түрі емес — "kind" өрісіне мыналардың бірін жазыңыз: Жұмыс барысы (progress); Мерзім (deadline); Қаржыландыру (financing); Түзету (correction); Мәліметтер түзетілді (details)',
        'это не вид изменения — укажите в поле "kind" одно из значений: Ход работ (progress); Срок (deadline); Финансирование (financing); Исправление (correction); Сведения исправлены (details)',
      ],
    ]);
  });

  it('a web address that may not be published, and a path where a full address is needed', () => {
    expect(
      told(
        Issue,
        issue((v) => {
          v.history[0].evidence = [{ url: 'javascript:alert(1)' }, { url: '/kk/' }];
        }),
      ),
    ).toEqual([
      [
        'history[0].evidence[0].url',
        'is a "javascript:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /',
        '"javascript:" мекенжайы, ондай мекенжайларға сайтта рұқсат жоқ — https:// деп басталатын толық веб-мекенжайды немесе осы сайттағы / деп басталатын жолды жазыңыз',
        'это адрес "javascript:", такие адреса на сайте запрещены — напишите веб-адрес полностью, начиная с https://, или путь на этом сайте, начиная с /',
      ],
      ['history[0].evidence[1].url', 'is not a web address — write it in full, starting with https://', 'веб-мекенжай емес — мекенжайды https:// деп басталатын толық түрінде жазыңыз', 'это не веб-адрес — напишите адрес полностью, начиная с https://'],
    ]);
  });

  it('an id of the wrong form', () => {
    expect(
      told(
        Issue,
        issue((v) => {
          v.id = 'i-10-42';
          v.meetings = ['m-10-1'];
        }),
      ),
    ).toEqual([
      [
        'id',
        'is not an issue id — write "i-" + the two region digits + a 5-digit number, e.g. i-10-00042',
        'мәселенің идентификаторы емес — "i-" + өңірдің екі цифры + 5 цифрлы нөмір түрінде жазыңыз, мысалы i-10-00042',
        'это не идентификатор вопроса — запишите "i-" + две цифры региона + номер из 5 цифр, например i-10-00042',
      ],
      [
        'meetings[0]',
        'is not a meeting id — write "m-" + the two region digits + a 4-digit number, e.g. m-10-0042',
        'кездесудің идентификаторы емес — "m-" + өңірдің екі цифры + 4 цифрлы нөмір түрінде жазыңыз, мысалы m-10-0042',
        'это не идентификатор встречи — запишите "m-" + две цифры региона + номер из 4 цифр, например m-10-0042',
      ],
    ]);
  });

  it('a hybrid meeting with no stream names its format in the site’s words', () => {
    expect(told(MeetingRecord, meeting((v) => (v.format = 'hybrid')))).toEqual([
      [
        'stream',
        'is missing for a hybrid meeting — give the address of the stream',
        '«Аралас (бетпе-бет және онлайн)» түріндегі кездесу үшін толтырылмаған — трансляцияның мекенжайын көрсетіңіз',
        'не указано для встречи в формате «Смешанный (очно и онлайн)» — укажите адрес трансляции',
      ],
    ]);
  });

  it('an amount that is not a number', () => {
    expect(told(Issue, issue((v) => (v.financing = { amountKzt: '12 500 000', source: 'local' })))).toEqual([
      [
        'financing.amountKzt',
        'is not a number — write the amount in tenge without spaces, e.g. 12500000',
        'сан емес — соманы теңгемен, бос орынсыз жазыңыз, мысалы 12500000',
        'это не число — запишите сумму в тенге без пробелов, например 12500000',
      ],
    ]);
  });
});

describe('a zod issue placed by its caller', () => {
  it('reads as the import has always written it in English, and in the editor’s words in Kazakh and Russian', () => {
    const result = Issue.safeParse(issue((v) => (v.history[0].decision = '')));
    const [first] = result.error?.issues ?? [];
    const says = first === undefined ? undefined : zodIssueSays(first);
    expect(says && [say(says, 'en'), say(says, 'kk'), say(says, 'ru')]).toEqual(['Too small: expected string to have >=1 characters — correct the value', 'бос — мәнді түзетіңіз', 'пусто — исправьте значение']);
    const date = Issue.safeParse(issue((v) => (v.raised = '2026-13-01'))).error?.issues[0];
    const dateSays = date === undefined ? undefined : zodIssueSays(date);
    expect(dateSays && say(dateSays, 'ru')).toBe('такой даты нет в календаре — проверьте день и месяц');
  });
});
