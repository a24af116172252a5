/**
 * The validator's problems as a Kazakh and a Russian editor read them: each
 * rule broken once on the valid fixture, and the exact lines in both
 * languages. Files and field paths stay as written; vocabulary is in the
 * site's own words (statuses «Шешілді» / «Решено», entries «Өтті» /
 * «Состоялась»), never the codes the English lines keep.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblemIn } from '../../src/lib/content/problems.ts';
import { unreportedOutcomeWarnings } from '../../src/lib/meetings/outcome.ts';
import { entry, fixtureAsOf, validTree, writeTree, type Tree } from './fixture.ts';
import type { Language } from '../../src/vocabularies.ts';

/** The problem lines of a broken fixture in one language, the temporary folder shown as `content`. */
function linesIn(tree: Tree, lang: Language): string[] {
  const root = writeTree(tree);
  const { problems } = loadContent(root, { asOf: fixtureAsOf });
  return problems.map((p) => formatProblemIn(lang)(p).replaceAll(root, 'content'));
}

interface Case {
  mutate: (t: Tree) => void;
  kk: string[];
  ru: string[];
}

function expectLines({ mutate, kk, ru }: Case): void {
  const tree = validTree();
  mutate(tree);
  expect(linesIn(tree, 'kk')).toEqual(kk);
  expect(linesIn(tree, 'ru')).toEqual(ru);
}

const i1 = 'issues/abay/i-10-00001.json';
const i2 = 'issues/abay/i-10-00002.json';
const i3 = 'issues/abay/i-10-00003.json';
const i71 = 'issues/astana/i-71-00001.json';
const m1 = 'meetings/abay/m-10-0001.json';
const m2 = 'meetings/abay/m-10-0002.json';
const m71 = 'meetings/astana/m-71-0001.json';
const minutes = 'meetings/abay/m-10-0001.minutes.ru.mdx';
const reason = { ru: 'Паводок' };

const cases: Record<string, Case> = {
  // Dates in the future.
  'an issue raised and its status changed after the day of the check': {
    mutate: (t) => { const i = entry(t, i71); i.raised = '2026-07-02'; i.history[0].date = '2026-07-02'; },
    kk: [
      'content/issues/astana/i-71-00001.json: raised: тексеру күнінен (2026-06-30) кейін тұр — мәселе көтерілген күн болашақ күнмен жазылмайды; жылы мен айын тексеріңіз',
      'content/issues/astana/i-71-00001.json: history[0].date: тексеру күнінен (2026-06-30) кейін тұр — мәртебенің өзгеруі болашақ күнмен жазылмайды; жылы мен айын тексеріңіз',
    ],
    ru: [
      'content/issues/astana/i-71-00001.json: raised: позже даты проверки 2026-06-30 — дата постановки вопроса не может быть в будущем; проверьте год и месяц',
      'content/issues/astana/i-71-00001.json: history[0].date: позже даты проверки 2026-06-30 — смена статуса не может быть в будущем; проверьте год и месяц',
    ],
  },
  'a maslikhat decision and an announcement in the future': {
    mutate: (t) => { entry(t, i2).financing.decision.date = '2026-07-01'; entry(t, m2).announcements[0].published = '2026-07-01'; },
    kk: [
      'content/meetings/abay/m-10-0002.json: announcements[0].published: тексеру күнінен (2026-06-30) кейін тұр — жариялау күні болашақ күнмен жазылмайды; жылы мен айын тексеріңіз',
      'content/issues/abay/i-10-00002.json: financing.decision.date: тексеру күнінен (2026-06-30) кейін тұр — мәслихат шешімі болашақ күнмен жазылмайды; жылы мен айын тексеріңіз',
    ],
    ru: [
      'content/meetings/abay/m-10-0002.json: announcements[0].published: позже даты проверки 2026-06-30 — дата публикации не может быть в будущем; проверьте год и месяц',
      'content/issues/abay/i-10-00002.json: financing.decision.date: позже даты проверки 2026-06-30 — решение маслихата не может быть в будущем; проверьте год и месяц',
    ],
  },
  'a meeting held in the future, its outcome recorded before its day': {
    mutate: (t) => { entry(t, m2).changes = [{ kind: 'held', date: '2026-06-29' }]; },
    kk: [
      'content/meetings/abay/m-10-0002.json: start: тексеру күнінен (2026-06-30) кейін, бірақ кездесу өтті деп жазылған — өткен кездесу болашақта болмайды; күнін тексеріңіз немесе changes ішінен «Өтті» жазбасын өшіріңіз',
      'content/meetings/abay/m-10-0002.json: changes[0].date: 2026-06-29 кездесу күнінен (2026-07-15) бұрын — нәтиже кездесу өткен күні немесе одан кейін жазылады; күнін тексеріңіз',
    ],
    ru: [
      'content/meetings/abay/m-10-0002.json: start: позже даты проверки 2026-06-30, но встреча отмечена как состоявшаяся — состоявшаяся встреча не может быть в будущем; проверьте дату или удалите запись «Состоялась» из changes',
      'content/meetings/abay/m-10-0002.json: changes[0].date: 2026-06-29 раньше дня встречи 2026-07-15 — итог записывают в день встречи или позже; проверьте дату',
    ],
  },
  // A meeting's log.
  'a held meeting cancelled, then held again after the cancellation': {
    mutate: (t) => { entry(t, m71).changes.push({ kind: 'cancelled', date: '2026-04-10', reason }, { kind: 'held', date: '2026-04-11' }); },
    kk: [
      'content/meetings/astana/m-71-0001.json: changes[1].kind: 2026-04-02 күнгі «Өтті» жазбасынан кейін тұр — өткен кездесуге кейін «Болдырылмады» жазбасы қосылмайды; оның орнына жаңа кездесу жазыңыз',
      'content/meetings/astana/m-71-0001.json: changes[2].kind: 2026-04-10 күнгі болдырмаудан кейін тұр — болдырылмаған кездесу енді кейінге қалдырылмайды, өткізілмейді және түзетілмейді; оның орнына жаңа кездесу жазыңыз',
    ],
    ru: [
      'content/meetings/astana/m-71-0001.json: changes[1].kind: идёт после записи «Состоялась» от 2026-04-02 — у состоявшейся встречи потом не бывает записи «Отменена»; вместо этого запишите новую встречу',
      'content/meetings/astana/m-71-0001.json: changes[2].kind: идёт после отмены 2026-04-10 — отменённую встречу больше не переносят, не проводят и не исправляют; вместо этого запишите новую встречу',
    ],
  },
  'a meeting held twice': {
    mutate: (t) => { entry(t, m71).changes.push({ kind: 'held', date: '2026-04-03' }); },
    kk: [
      'content/meetings/astana/m-71-0001.json: changes[1].kind: 2026-04-02 күнгі «Өтті» жазбасынан кейін тұр — өткен кездесу екінші рет өтпейді; кейінгі бейнені, құжаттар мен жарияланымдарды «Материалдар қосылды» жазбасымен қосыңыз',
    ],
    ru: [
      'content/meetings/astana/m-71-0001.json: changes[1].kind: идёт после записи «Состоялась» от 2026-04-02 — состоявшаяся встреча не проходит второй раз; позднее видео, документы или публикации добавьте записью «Добавлены материалы»',
    ],
  },
  'entries out of order, materials before the meeting was held, an entry in the future': {
    mutate: (t) => {
      entry(t, m2).changes = [
        { kind: 'postponed', date: '2026-06-20', reason },
        { kind: 'materials', date: '2026-06-10', video: ['https://example.org/v'] },
        { kind: 'corrected', date: '2026-07-01', reason, venue: { ru: 'Школа' } },
      ];
    },
    kk: [
      'content/meetings/abay/m-10-0002.json: changes[1].date: 2026-06-10 алдыңғы жазбаның күнінен (2026-06-20) бұрын — жазбалар уақыт ретімен жүреді; жаңасын соңына, күн ретімен қосыңыз',
      'content/meetings/abay/m-10-0002.json: changes[1].kind: «Өтті» жазбасынан бұрын тұр — материалдар кездесу өткеннен кейін ғана қосылады; алдымен «Өтті» жазбасын қосыңыз',
      'content/meetings/abay/m-10-0002.json: changes[2].date: тексеру күнінен (2026-06-30) кейін тұр — жазба болашақ күнмен жазылмайды; жылы мен айын тексеріңіз',
    ],
    ru: [
      'content/meetings/abay/m-10-0002.json: changes[1].date: 2026-06-10 раньше даты предыдущей записи 2026-06-20 — записи идут вперёд по времени; добавляйте новые в конец по порядку дат',
      'content/meetings/abay/m-10-0002.json: changes[1].kind: стоит раньше записи «Состоялась» — материалы добавляют только после того, как встреча состоялась; сначала добавьте запись «Состоялась»',
      'content/meetings/abay/m-10-0002.json: changes[2].date: позже даты проверки 2026-06-30 — запись не может быть в будущем; проверьте год и месяц',
    ],
  },
  'minutes corrected before the meeting was held, in a language it has no minutes in': {
    mutate: (t) => { entry(t, m2).changes = [{ kind: 'minutes', date: '2026-06-20', lang: 'kk', reason }]; },
    kk: [
      'content/meetings/abay/m-10-0002.json: changes[0].kind: «Өтті» жазбасынан бұрын тұр — хаттама кездесу өткеннен кейін ғана түзетіледі; алдымен «Өтті» жазбасын қосыңыз',
      'content/meetings/abay/m-10-0002.json: changes[0].lang: kk: кездесудің бұл тілде хаттамасы жоқ — түзетілген хаттама файлының тілін жазыңыз (m-10-0002.minutes.kk.mdx файлы жоқ)',
    ],
    ru: [
      'content/meetings/abay/m-10-0002.json: changes[0].kind: стоит раньше записи «Состоялась» — протокол исправляют только после того, как встреча состоялась; сначала добавьте запись «Состоялась»',
      'content/meetings/abay/m-10-0002.json: changes[0].lang: kk: у встречи нет протокола на этом языке — укажите язык исправленного файла протокола (m-10-0002.minutes.kk.mdx не существует)',
    ],
  },
  'coverage before the meeting, and a corrected end before its start': {
    mutate: (t) => {
      entry(t, m1).changes[0].coverage = [{ outlet: 'Газета', title: { ru: 'Статья' }, url: 'https://example.org/a', published: '2026-03-09' }];
      entry(t, m2).changes = [{ kind: 'corrected', date: '2026-06-20', reason, start: '2026-07-15T11:00+05:00', end: '2026-07-15T10:00+05:00' }];
    },
    kk: [
      'content/meetings/abay/m-10-0001.json: changes[0].coverage[0].published: 2026-03-09 кездесуден (2026-03-10) бұрын — жарияланым кездесу туралы ол өткеннен кейін жазады; күнін тексеріңіз',
      'content/meetings/abay/m-10-0002.json: changes[0].end: басталу уақытынан (start) кейін емес — екі уақытты да және олардың уақыт белдеуін тексеріңіз',
    ],
    ru: [
      'content/meetings/abay/m-10-0001.json: changes[0].coverage[0].published: 2026-03-09 раньше встречи 2026-03-10 — публикация рассказывает о встрече после неё; проверьте дату',
      'content/meetings/abay/m-10-0002.json: changes[0].end: не позже начала (start) — проверьте оба времени и их часовой пояс',
    ],
  },
  'an announcement published on the day of the meeting': {
    mutate: (t) => { entry(t, m1).announcements[0].published = '2026-03-10'; },
    kk: ['content/meetings/abay/m-10-0001.json: announcements[0].published: 2026-03-10 кездесуден (2026-03-10) бұрын емес — хабарландыру кездесуден бұрын жариялануы керек; күнін тексеріңіз'],
    ru: ['content/meetings/abay/m-10-0001.json: announcements[0].published: 2026-03-10 не раньше встречи 2026-03-10 — объявление публикуют до встречи; проверьте дату'],
  },
  // Ids and files.
  'a meeting copied under another file name': {
    mutate: (t) => { t['meetings/abay/m-10-0003.json'] = entry(t, m1); },
    kk: [
      'content/meetings/abay/m-10-0003.json: id: m-10-0001 деп жазылған, бірақ файлдың аты m-10-0003.json — файлды m-10-0001.json деп атаңыз',
      'content/meetings/abay/m-10-0003.json: id: m-10-0001 нөмірі басқа кездесуге берілген — нөмірлер қайта берілмейді; келесі бос нөмірді алыңыз',
    ],
    ru: [
      'content/meetings/abay/m-10-0003.json: id: указано m-10-0001, но файл называется m-10-0003.json — назовите файл m-10-0001.json',
      'content/meetings/abay/m-10-0003.json: id: номер m-10-0001 уже занят другой встречей — номера не используются повторно; возьмите следующий свободный',
    ],
  },
  'an issue copied under another file name': {
    mutate: (t) => { t['issues/abay/i-10-00009.json'] = entry(t, i2); },
    kk: [
      'content/issues/abay/i-10-00009.json: id: i-10-00002 деп жазылған, бірақ файлдың аты i-10-00009.json — файлды i-10-00002.json деп атаңыз',
      'content/issues/abay/i-10-00009.json: id: i-10-00002 нөмірі басқа мәселеге берілген — нөмірлер қайта берілмейді; келесі бос нөмірді алыңыз',
    ],
    ru: [
      'content/issues/abay/i-10-00009.json: id: указано i-10-00002, но файл называется i-10-00009.json — назовите файл i-10-00002.json',
      'content/issues/abay/i-10-00009.json: id: номер i-10-00002 уже занят другим вопросом — номера не используются повторно; возьмите следующий свободный',
    ],
  },
  'a measure listed twice': {
    mutate: (t) => { const list = entry(t, 'plan/measures.json'); list.push({ ...list[0] }); },
    kk: ['content/plan/measures.json: [1].id: ap-001 нөмірі басқа шараға берілген — нөмірлер қайта берілмейді; келесі бос нөмірді алыңыз'],
    ru: ['content/plan/measures.json: [1].id: номер ap-001 уже занят другой мерой — номера не используются повторно; возьмите следующий свободный'],
  },
  'an issue in the folder of another region': {
    mutate: (t) => { t['issues/astana/i-10-00002.json'] = entry(t, i2); delete t[i2]; },
    kk: ['content/issues/astana/i-10-00002.json: place.region: abay деп жазылған, бірақ файл issues/astana/ қалтасында тұр — оны issues/abay/ қалтасына көшіріңіз'],
    ru: ['content/issues/astana/i-10-00002.json: place.region: указано abay, но файл лежит в issues/astana/ — перенесите его в issues/abay/'],
  },
  'a meeting in the folder of another region': {
    mutate: (t) => { t['meetings/astana/m-10-0002.json'] = entry(t, m2); delete t[m2]; },
    kk: ['content/meetings/astana/m-10-0002.json: place.region: abay деп жазылған, бірақ файл meetings/astana/ қалтасында тұр — оны meetings/abay/ қалтасына көшіріңіз'],
    ru: ['content/meetings/astana/m-10-0002.json: place.region: указано abay, но файл лежит в meetings/astana/ — перенесите его в meetings/abay/'],
  },
  'an issue numbered for another region': {
    mutate: (t) => { t['issues/astana/i-10-00009.json'] = { ...entry(t, i71), id: 'i-10-00009' }; delete t[i71]; },
    kk: ['content/issues/astana/i-10-00009.json: id: i-10-00009 нөмірі 10 өңіріне арналған, ал мәселе astana (71) өңірінде — оған astana өңірінің келесі бос нөмірін беріңіз: i-71-…'],
    ru: ['content/issues/astana/i-10-00009.json: id: номер i-10-00009 относится к региону 10, а вопрос находится в регионе astana (71) — присвойте следующий свободный номер региона astana: i-71-…'],
  },
  'stray files, a list that is not a list, a missing map': {
    mutate: (t) => {
      t['issues/abay/notes.txt'] = 'hello';
      t['meetings/abay/photo.jpg'] = 'x';
      t['geo/districts/abay/old.json'] = [];
      t['geo/settlements/abay.csv'] = 'kato';
      t['plan/measures.json'] = { id: 'ap-001' };
      delete t['geo/tiles.json'];
    },
    kk: [
      'content/geo/tiles.json: (file): жоқ — өңірлер картасын қосыңыз: әр өңірге бір ұяшықтан тұратын тізім, content/geo/README.md қараңыз',
      'content/geo/districts/abay/old.json: (file): деректер файлы емес — аудандар файлдары geo/districts/{region}.json түрінде болады; оны көшіріңіз немесе атын өзгертіңіз',
      'content/geo/settlements/abay.csv: (file): деректер файлы емес — елді мекендер файлдары geo/settlements/{region}.json түрінде болады; оны көшіріңіз немесе атын өзгертіңіз',
      'content/meetings/abay/photo.jpg: (file): деректер файлы емес — кездесулер meetings/{region}/{id}.json, хаттамалары {id}.minutes.{kk|ru|en}.mdx түрінде болады; оны көшіріңіз немесе атын өзгертіңіз',
      'content/issues/abay/notes.txt: (file): деректер файлы емес — мәселелер issues/{region}/{id}.json түрінде болады; оны көшіріңіз немесе атын өзгертіңіз',
      'content/plan/measures.json: (file): тізім емес — файлда жазбалардың JSON тізімі [ … ] болуы керек',
      'content/issues/abay/i-10-00002.json: measure: plan/measures.json ішінде ap-001 шарасы жоқ — нөмірді тексеріңіз немесе алдымен шараны қосыңыз',
    ],
    ru: [
      'content/geo/tiles.json: (file): отсутствует — добавьте карту регионов: список, в котором у каждого региона одна клетка, см. content/geo/README.md',
      'content/geo/districts/abay/old.json: (file): не файл данных — файлы районов называются geo/districts/{region}.json; перенесите или переименуйте его',
      'content/geo/settlements/abay.csv: (file): не файл данных — файлы населённых пунктов называются geo/settlements/{region}.json; перенесите или переименуйте его',
      'content/meetings/abay/photo.jpg: (file): не файл данных — встречи лежат в meetings/{region}/{id}.json, протоколы к ним — в {id}.minutes.{kk|ru|en}.mdx; перенесите или переименуйте его',
      'content/issues/abay/notes.txt: (file): не файл данных — вопросы лежат в issues/{region}/{id}.json; перенесите или переименуйте его',
      'content/plan/measures.json: (file): не список — в файле должен быть JSON-массив [ … ] записей',
      'content/issues/abay/i-10-00002.json: measure: меры ap-001 нет в plan/measures.json — проверьте номер или сначала добавьте меру',
    ],
  },
  // References.
  'an issue of an unknown meeting': {
    mutate: (t) => { entry(t, i1).meetings = ['m-10-0099']; },
    kk: ['content/issues/abay/i-10-00001.json: meetings[0]: meetings/ ішінде m-10-0099 кездесуі жоқ — нөмірді тексеріңіз немесе алдымен кездесуді қосыңыз'],
    ru: ['content/issues/abay/i-10-00001.json: meetings[0]: встречи m-10-0099 нет в meetings/ — проверьте номер или сначала добавьте встречу'],
  },
  'an issue of a meeting not yet held': {
    mutate: (t) => { entry(t, i1).meetings = ['m-10-0002']; },
    kk: [
      'content/issues/abay/i-10-00001.json: meetings[0]: m-10-0002 кездесуінің мәртебесі «Жоспарланды», «Өтті» емес — мәселелер өткен кездесулерде көтеріледі; кездесудің changes тізіміне «Өтті» жазбасын қосыңыз немесе нөмірді түзетіңіз',
      'content/issues/abay/i-10-00001.json: raised: 2026-03-10 өз кездесуінен (2026-07-15) бұрын — мәселе кездесуде немесе одан кейін көтеріледі; күнін тексеріңіз',
    ],
    ru: [
      'content/issues/abay/i-10-00001.json: meetings[0]: у встречи m-10-0002 статус «Запланирована», а не «Состоялась» — вопросы поднимают на состоявшихся встречах; добавьте в changes встречи запись «Состоялась» или исправьте номер',
      'content/issues/abay/i-10-00001.json: raised: 2026-03-10 раньше его встречи 2026-07-15 — вопрос поднимают на встрече или позже; проверьте дату',
    ],
  },
  'a deadline before the issue was raised, and an unknown measure': {
    mutate: (t) => { entry(t, i2).deadline = '2026-03-01'; entry(t, i2).measure = 'ap-009'; },
    kk: [
      'content/issues/abay/i-10-00002.json: deadline: 2026-03-01 мәселе көтерілген күннен (2026-03-10) бұрын — мерзімді тексеріңіз',
      'content/issues/abay/i-10-00002.json: measure: plan/measures.json ішінде ap-009 шарасы жоқ — нөмірді тексеріңіз немесе алдымен шараны қосыңыз',
    ],
    ru: [
      'content/issues/abay/i-10-00002.json: deadline: 2026-03-01 раньше дня, когда вопрос был поднят (2026-03-10) — проверьте срок',
      'content/issues/abay/i-10-00002.json: measure: меры ap-009 нет в plan/measures.json — проверьте номер или сначала добавьте меру',
    ],
  },
  'duplicateOf: unknown, the issue itself, without a duplicate entry': {
    mutate: (t) => {
      entry(t, i3).duplicateOf = 'i-10-00077';
      entry(t, i71).duplicateOf = 'i-71-00001';
    },
    kk: [
      'content/issues/abay/i-10-00003.json: duplicateOf: i-10-00077 деген мәселе жоқ — нөмірді тексеріңіз',
      'content/issues/astana/i-71-00001.json: duplicateOf: толтырылған, бірақ тарихта «Қайталанған» жазбасы жоқ — оны қосыңыз немесе duplicateOf өрісін өшіріңіз',
      'content/issues/astana/i-71-00001.json: duplicateOf: мәселенің өзін көрсетіп тұр — бұл мәселе қайталайтын мәселені атаңыз',
    ],
    ru: [
      'content/issues/abay/i-10-00003.json: duplicateOf: вопроса i-10-00077 нет — проверьте номер',
      'content/issues/astana/i-71-00001.json: duplicateOf: заполнено, но в истории нет записи «Дубликат» — добавьте её или удалите duplicateOf',
      'content/issues/astana/i-71-00001.json: duplicateOf: указывает на сам вопрос — укажите вопрос, который этот повторяет',
    ],
  },
  'a duplicate without duplicateOf, and a cycle of duplicates': {
    mutate: (t) => {
      delete entry(t, i3).duplicateOf;
      const a = entry(t, i2);
      a.history = [{ date: '2026-03-10', status: 'received' }, { date: '2026-03-12', status: 'duplicate', note: { ru: 'x' } }];
      a.duplicateOf = 'i-10-00001';
      const b = entry(t, i1);
      b.history = [{ date: '2026-03-10', status: 'received' }, { date: '2026-03-12', status: 'duplicate', note: { ru: 'x' } }];
      b.duplicateOf = 'i-10-00002';
    },
    kk: [
      'content/issues/abay/i-10-00003.json: duplicateOf: толтырылмаған — «Қайталанған» мәселесі duplicateOf өрісінде өзі қайталайтын мәселені атайды',
      'content/issues/abay/i-10-00001.json: duplicateOf: тұйық тізбек құрайды: i-10-00001 → i-10-00002 → i-10-00001 — тізбектегі бір мәселе негізгі болуы керек, duplicateOf өрісінсіз',
    ],
    ru: [
      'content/issues/abay/i-10-00003.json: duplicateOf: не заполнено — у вопроса со статусом «Дубликат» в duplicateOf указан вопрос, который он повторяет',
      'content/issues/abay/i-10-00001.json: duplicateOf: образует замкнутую цепочку i-10-00001 → i-10-00002 → i-10-00001 — один вопрос в цепочке должен быть исходным, без duplicateOf',
    ],
  },
  // Status history: order and transitions.
  'a history that starts elsewhere than received, before the issue was raised': {
    mutate: (t) => { entry(t, i71).history[0] = { date: '2026-04-01', status: 'in-review' }; },
    kk: [
      'content/issues/astana/i-71-00001.json: history[0].status: «Қаралуда» деп жазылған — тарих «Тіркелді» мәртебесінен басталады; алдымен «Тіркелді» жазбасын қосыңыз',
      'content/issues/astana/i-71-00001.json: history[0].date: 2026-04-01 мәселе көтерілген күннен (2026-04-02) бұрын — күнін тексеріңіз',
    ],
    ru: [
      'content/issues/astana/i-71-00001.json: history[0].status: указано «На рассмотрении» — история начинается со статуса «Поступило»; сначала добавьте запись «Поступило»',
      'content/issues/astana/i-71-00001.json: history[0].date: 2026-04-01 раньше дня, когда вопрос был поднят (2026-04-02) — проверьте дату',
    ],
  },
  'history dates going back': {
    mutate: (t) => { entry(t, i1).history[1].date = '2026-06-01'; },
    kk: ['content/issues/abay/i-10-00001.json: history[2].date: 2026-05-05 алдыңғы жазбаның күнінен (2026-06-01) бұрын — тарихтағы күндер уақыт ретімен жүреді; жазбаларды соңына, күн ретімен қосыңыз'],
    ru: ['content/issues/abay/i-10-00001.json: history[2].date: 2026-05-05 раньше даты предыдущей записи 2026-06-01 — даты в истории идут вперёд; добавляйте записи в конец по порядку дат'],
  },
  'a status that cannot follow the one before': {
    mutate: (t) => { entry(t, i2).history.push({ date: '2026-04-05', status: 'received' }); },
    kk: ['content/issues/abay/i-10-00002.json: history[2].status: «Жоспарланды» мәртебесінен кейін келе алмайды — «Жоспарланды» мәртебесінен кейін мыналар келеді: «Орындалуда», «Шешілді», «Түсіндірілді», «Қабылданбады», «Жолданды», «Қайталанған»'],
    ru: ['content/issues/abay/i-10-00002.json: history[2].status: не может идти после статуса «Запланировано» — после «Запланировано» может идти: «В работе», «Решено», «Разъяснено», «Отклонено», «Передано», «Дубликат»'],
  },
  'a status after the final one': {
    mutate: (t) => { entry(t, i3).history.push({ date: '2026-03-15', status: 'in-review' }); },
    kk: ['content/issues/abay/i-10-00003.json: history[2].status: «Қайталанған» мәртебесінен кейін келе алмайды — «Қайталанған» соңғы мәртебе, одан кейін ештеңе келмейді'],
    ru: ['content/issues/abay/i-10-00003.json: history[2].status: не может идти после статуса «Дубликат» — статус «Дубликат» окончательный, после него других статусов нет'],
  },
  'a resolved issue reopened without a note': {
    mutate: (t) => { entry(t, i1).history.push({ date: '2026-05-10', status: 'in-progress' }); },
    kk: ['content/issues/abay/i-10-00001.json: history[3].note: толтырылмаған — «Шешілді» мәселесін қайта ашу үшін себебін айтатын түсініктеме керек'],
    ru: ['content/issues/abay/i-10-00001.json: history[3].note: не заполнено — чтобы снова открыть вопрос со статусом «Решено», нужно примечание с причиной'],
  },
  'resolved without note or evidence': {
    mutate: (t) => { const h = entry(t, i1).history[2]; delete h.note; h.evidence = []; },
    kk: [
      'content/issues/abay/i-10-00001.json: history[2].note: толтырылмаған — «Шешілді» жазбасында не істелгенін айтатын түсініктеме керек',
      'content/issues/abay/i-10-00001.json: history[2].evidence: бос — «Шешілді» жазбасына дәлел керек: фотоға, актіге немесе есепке сілтеме',
    ],
    ru: [
      'content/issues/abay/i-10-00001.json: history[2].note: не заполнено — в записи «Решено» нужно примечание о том, что сделано',
      'content/issues/abay/i-10-00001.json: history[2].evidence: пусто — записи «Решено» нужно подтверждение: ссылка на фото, акт или отчёт',
    ],
  },
  'declined without a reason': {
    mutate: (t) => { entry(t, i71).history.push({ date: '2026-04-10', status: 'declined' }); },
    kk: ['content/issues/astana/i-71-00001.json: history[1].note: толтырылмаған — «Қабылданбады» жазбасына себебі керек'],
    ru: ['content/issues/astana/i-71-00001.json: history[1].note: не заполнено — в записи «Отклонено» нужна причина'],
  },
  'referred without the body': {
    mutate: (t) => { entry(t, i71).history.push({ date: '2026-04-10', status: 'referred' }); },
    kk: ['content/issues/astana/i-71-00001.json: history[1].referredTo: толтырылмаған — «Жолданды» жазбасында мәселе жіберілген орган аталады'],
    ru: ['content/issues/astana/i-71-00001.json: history[1].referredTo: не заполнено — в записи «Передано» указывают орган, которому передан вопрос'],
  },
  // An issue's change log.
  'a change log out of order, a deadline already in force, a change in the future': {
    mutate: (t) => {
      entry(t, i2).changes = [
        { kind: 'deadline', date: '2026-05-01', deadline: '2026-12-31', reason: { ru: 'Ошибка' } },
        { kind: 'progress', date: '2026-04-10', note: { ru: 'Работы идут' } },
        { kind: 'progress', date: '2026-07-01', note: { ru: 'Ещё не было' } },
      ];
    },
    kk: [
      'content/issues/abay/i-10-00002.json: changes[0].deadline: 2026-12-31 қазір қолданыстағы мерзіммен бірдей — жаңа мерзімді жазыңыз немесе жазбаны өшіріңіз',
      'content/issues/abay/i-10-00002.json: changes[1].date: 2026-04-10 алдыңғы өзгерістің күнінен (2026-05-01) бұрын — өзгерістер уақыт ретімен жүреді; жаңасын соңына, күн ретімен қосыңыз',
      'content/issues/abay/i-10-00002.json: changes[2].date: тексеру күнінен (2026-06-30) кейін тұр — өзгеріс болашақ күнмен жазылмайды; жылы мен айын тексеріңіз',
    ],
    ru: [
      'content/issues/abay/i-10-00002.json: changes[0].deadline: 2026-12-31 совпадает с уже действующим сроком — укажите новый срок или удалите запись',
      'content/issues/abay/i-10-00002.json: changes[1].date: 2026-04-10 раньше даты предыдущего изменения 2026-05-01 — изменения идут вперёд по времени; добавляйте новые в конец по порядку дат',
      'content/issues/abay/i-10-00002.json: changes[2].date: позже даты проверки 2026-06-30 — изменение не может быть в будущем; проверьте год и месяц',
    ],
  },
  'a change and a new deadline before the issue was raised, a maslikhat decision in the future': {
    mutate: (t) => {
      entry(t, i2).changes = [
        { kind: 'deadline', date: '2026-03-01', deadline: '2026-03-05', reason: { ru: 'Ошибка' } },
        { kind: 'financing', date: '2026-05-02', amountKzt: 15000000, source: 'local', decision: { session: 'XIII', date: '2026-07-02', number: '13/1' } },
      ];
    },
    kk: [
      'content/issues/abay/i-10-00002.json: changes[0].date: 2026-03-01 мәселе көтерілген күннен (2026-03-10) бұрын — күнін тексеріңіз',
      'content/issues/abay/i-10-00002.json: changes[0].deadline: 2026-03-05 мәселе көтерілген күннен (2026-03-10) бұрын — мерзімді тексеріңіз',
      'content/issues/abay/i-10-00002.json: changes[1].decision.date: тексеру күнінен (2026-06-30) кейін тұр — мәслихат шешімі болашақ күнмен жазылмайды; жылы мен айын тексеріңіз',
    ],
    ru: [
      'content/issues/abay/i-10-00002.json: changes[0].date: 2026-03-01 раньше дня, когда вопрос был поднят (2026-03-10) — проверьте дату',
      'content/issues/abay/i-10-00002.json: changes[0].deadline: 2026-03-05 раньше дня, когда вопрос был поднят (2026-03-10) — проверьте срок',
      'content/issues/abay/i-10-00002.json: changes[1].decision.date: позже даты проверки 2026-06-30 — решение маслихата не может быть в будущем; проверьте год и месяц',
    ],
  },
  'a correction that repeats the wording in force': {
    mutate: (t) => {
      entry(t, i1).changes = [
        { kind: 'correction', date: '2026-05-12', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село' } },
        { kind: 'correction', date: '2026-05-13', field: 'title', text: { ru: 'Нет питьевой воды в Абралы', en: 'No drinking water in Abraly' }, reason: { en: 'Translated' } },
      ];
    },
    kk: ['content/issues/abay/i-10-00001.json: changes[1].text.ru: «Атауы» өрісінің қазір тұрған мәтінімен бірдей (орысша) — түзетілген мәтінді жазыңыз немесе ru тілін түзетуден алып тастаңыз'],
    ru: ['content/issues/abay/i-10-00001.json: changes[1].text.ru: совпадает с действующим текстом поля «Название» (на русском) — укажите исправленный текст или уберите ru из исправления'],
  },
  // Geography.
  'a place in an unknown region': {
    mutate: (t) => { entry(t, i71).place.region = 'astanaa'; },
    kk: ['content/issues/astana/i-71-00001.json: place.region: astanaa деген өңір жоқ — geo/regions.json файлындағы slug мәнін жазыңыз, мысалы abay'],
    ru: ['content/issues/astana/i-71-00001.json: place.region: региона astanaa нет — укажите slug из geo/regions.json, например abay'],
  },
  'a district of another region, and one of no region': {
    mutate: (t) => { entry(t, i71).place.district = 'semey-city'; entry(t, m71).place.district = 'yesil'; },
    kk: [
      'content/meetings/astana/m-71-0001.json: place.district: astana өңірінде yesil ауданы жоқ — geo/districts/astana.json файлындағы slug мәнін жазыңыз',
      'content/issues/astana/i-71-00001.json: place.district: semey-city ауданы astana өңірінде емес, abay өңірінде — өңірді немесе ауданды түзетіңіз',
    ],
    ru: [
      'content/meetings/astana/m-71-0001.json: place.district: в регионе astana нет района yesil — укажите slug из geo/districts/astana.json',
      'content/issues/astana/i-71-00001.json: place.district: район semey-city относится к региону abay, а не astana — исправьте регион или район',
    ],
  },
  'a settlement that is not in the list, and one in another district': {
    mutate: (t) => {
      entry(t, i1).place.settlement.kato = '101099000';
      entry(t, i2).place = { region: 'abay', district: 'abay-district', settlement: { kato: '101033000', name: { ru: 'x' } } };
    },
    kk: [
      'content/issues/abay/i-10-00001.json: place.settlement.kato: geo/settlements ішінде 101099000 коды жоқ — кодты тексеріңіз немесе kato өрісін өшіріп, атауын қалдырыңыз',
      'content/issues/abay/i-10-00002.json: place.settlement.kato: 101033000 abay-district ауданында емес, semey-city ауданында — ауданды немесе кодты түзетіңіз',
    ],
    ru: [
      'content/issues/abay/i-10-00001.json: place.settlement.kato: кода 101099000 нет в geo/settlements — проверьте код или удалите kato, оставив название',
      'content/issues/abay/i-10-00002.json: place.settlement.kato: 101033000 находится в районе semey-city, а не abay-district — исправьте район или код',
    ],
  },
  'regions: a slug twice, an ISO code that does not match the KATO code': {
    mutate: (t) => {
      const regions = entry(t, 'geo/regions.json');
      regions[0].iso = 'KZ-11';
      regions.push({ ...regions[1], kato: '719000000' });
    },
    kk: [
      'content/geo/regions.json: [0].iso: KZ-11 деп жазылған, бірақ КАТО коды 10 санынан басталады — KZ-10 деп жазыңыз',
      'content/geo/regions.json: [2].slug: astana басқа өңірде де қолданылған — әр өңірдің slug мәні өзіне ғана тиесілі болсын',
    ],
    ru: [
      'content/geo/regions.json: [0].iso: указано KZ-11, но код КАТО начинается с 10 — напишите KZ-10',
      'content/geo/regions.json: [2].slug: astana уже использует другой регион — дайте каждому региону свой slug',
    ],
  },
  'districts: in the file of another region, a slug twice, a KATO code taken or outside the region': {
    mutate: (t) => {
      const districts = entry(t, 'geo/districts/abay.json');
      districts.push({ ...districts[0], kato: '101000001' });
      districts.push({ ...entry(t, 'geo/districts/astana.json')[0], kato: '711200000', slug: 'yesil' });
      districts[1].kato = '101000000';
      entry(t, 'geo/districts/astana.json')[0].kato = '751100000';
    },
    kk: [
      'content/geo/districts/abay.json: [1].kato: 101000000 кодын abay/semey-city ауданы қолданып тұр — әр КАТО коды бір ғана бірлікке тиесілі; кодты тексеріңіз',
      'content/geo/districts/abay.json: [2].slug: semey-city abay өңірінде екі рет қолданылған — әр ауданның slug мәні өзіне ғана тиесілі болсын',
      'content/geo/districts/abay.json: [3].region: astana деп жазылған, бірақ аудан content/geo/districts/abay.json файлында тұр — оны geo/districts/astana.json файлына жазыңыз',
      'content/geo/districts/astana.json: [0].kato: 751100000 коды astana өңірінің коды 71 санынан басталмайды — кодты немесе өңірді тексеріңіз',
    ],
    ru: [
      'content/geo/districts/abay.json: [1].kato: код 101000000 уже занят: район abay/semey-city — каждый код КАТО принадлежит одной единице; проверьте код',
      'content/geo/districts/abay.json: [2].slug: semey-city дважды встречается в регионе abay — дайте каждому району свой slug',
      'content/geo/districts/abay.json: [3].region: указано astana, но район записан в content/geo/districts/abay.json — запишите его в geo/districts/astana.json',
      'content/geo/districts/astana.json: [0].kato: 751100000 не начинается с 71, кода региона astana — проверьте код или регион',
    ],
  },
  'settlements: of an unknown district, outside their district, a KATO code taken': {
    mutate: (t) => {
      const settlements = entry(t, 'geo/settlements/abay.json');
      settlements.push({ kato: '103033000', district: 'abay-dist', kind: 'rural-okrug', name: { ru: 'Новый' } });
      settlements.push({ kato: '101533000', district: 'abay-district', kind: 'rural-okrug', name: { ru: 'Дальний' } });
      settlements.push({ kato: '101033000', district: 'semey-city', kind: 'rural-okrug', name: { ru: 'Повтор' } });
    },
    kk: [
      'content/geo/settlements/abay.json: [1].district: abay өңірінде abay-dist ауданы жоқ — geo/districts/abay.json файлындағы slug мәнін жазыңыз',
      'content/geo/settlements/abay.json: [2].kato: 101533000 коды abay-district ауданының коды 1030 санынан басталмайды — кодты немесе ауданды тексеріңіз',
      'content/geo/settlements/abay.json: [3].kato: 101033000 кодын «Абралинский сельский округ» елді мекені қолданып тұр — әр КАТО коды бір ғана бірлікке тиесілі; кодты тексеріңіз',
    ],
    ru: [
      'content/geo/settlements/abay.json: [1].district: в регионе abay нет района abay-dist — укажите slug из geo/districts/abay.json',
      'content/geo/settlements/abay.json: [2].kato: 101533000 не начинается с 1030, кода района abay-district — проверьте код или район',
      'content/geo/settlements/abay.json: [3].kato: код 101033000 уже занят: населённый пункт Абралинский сельский округ — каждый код КАТО принадлежит одной единице; проверьте код',
    ],
  },
  'the map: two squares for a region, two regions on a square, a square of no region, a region without one': {
    mutate: (t) => {
      const tiles = entry(t, 'geo/tiles.json');
      tiles[1].column = 1;
      tiles.push({ region: 'abay', column: 2, row: 0, label: { kk: 'Абай', ru: 'Абай', en: 'Abay' } });
      tiles.push({ region: 'astna', column: 3, row: 0, label: { kk: 'А', ru: 'А', en: 'A' } });
      tiles[1].region = 'astna';
      tiles.pop();
    },
    kk: [
      'content/geo/tiles.json: [1].region: geo/regions.json файлында astna өңірі жоқ — өңірлердің бірінің slug мәнін жазыңыз',
      'content/geo/tiles.json: [1].column: 1-баған, 0-жол [0] орнындағы abay өңірінің ұяшығы болып тұр — біреуін бос ұяшыққа ауыстырыңыз',
      'content/geo/tiles.json: [2].region: abay өңірінің [0] орнында ұяшығы бар — әр өңірге бір ұяшық; біреуін өшіріңіз',
      'content/geo/tiles.json: (file): astana өңірінің ұяшығы жоқ — бос ұяшыққа {"region": "astana", "column": …, "row": …, "label": {"kk": …, "ru": …, "en": …}} қосыңыз',
    ],
    ru: [
      'content/geo/tiles.json: [1].region: региона astna нет в geo/regions.json — укажите slug одного из регионов',
      'content/geo/tiles.json: [1].column: клетка (столбец 1, строка 0) уже занята регионом abay в [0] — перенесите одну из них на свободную клетку',
      'content/geo/tiles.json: [2].region: у региона abay уже есть клетка в [0] — у каждого региона одна клетка; удалите одну из них',
      'content/geo/tiles.json: (file): нет клетки для региона astana — добавьте {"region": "astana", "column": …, "row": …, "label": {"kk": …, "ru": …, "en": …}} на свободную клетку',
    ],
  },
  // Minutes files against meetings and issues.
  'minutes of an unknown meeting, of a meeting not held, in the folder of another region, citing no issue': {
    mutate: (t) => {
      t['meetings/abay/m-10-0005.minutes.kk.mdx'] = 'Мәтін\n';
      t['meetings/abay/m-10-0002.minutes.kk.mdx'] = 'Мәтін\n';
      t['meetings/abay/m-71-0001.minutes.ru.mdx'] = 'Текст\n';
      t[minutes] = 'См. <IssueRef id="i-10-00042" />\n';
    },
    kk: [
      'content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: <IssueRef id="i-10-00042"> көрсеткен мәселе жоқ — нөмірді тексеріңіз',
      'content/meetings/abay/m-10-0002.minutes.kk.mdx: (file): m-10-0002 кездесуінің хаттамасы, ал кездесу «Жоспарланды» — хаттама тек өткен кездесулерге жарияланады; алдымен кездесудің changes тізіміне «Өтті» жазбасын қосыңыз',
      'content/meetings/abay/m-10-0005.minutes.kk.mdx: (file): m-10-0005 деген кездесу жоқ — файлды өз кездесуінің нөмірімен атаңыз',
      'content/meetings/abay/m-71-0001.minutes.ru.mdx: (file): astana өңірінің m-71-0001 кездесуіне тиесілі — оны meetings/astana/ қалтасына көшіріңіз',
    ],
    ru: [
      'content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: <IssueRef id="i-10-00042"> указывает на несуществующий вопрос — проверьте номер',
      'content/meetings/abay/m-10-0002.minutes.kk.mdx: (file): это протокол встречи m-10-0002, а она «Запланирована» — протоколы публикуют только для состоявшихся встреч; сначала добавьте в changes встречи запись «Состоялась»',
      'content/meetings/abay/m-10-0005.minutes.kk.mdx: (file): встречи m-10-0005 нет — назовите файл по номеру его встречи',
      'content/meetings/abay/m-71-0001.minutes.ru.mdx: (file): относится к встрече m-71-0001 региона astana — перенесите его в meetings/astana/',
    ],
  },
  // Personal data.
  'an IIN, a phone number and an e-mail address': {
    mutate: (t) => {
      entry(t, i1).description.ru = 'Заявитель, ИИН 900101300017, просит воду.';
      entry(t, i1).history[1].note.ru = 'Звонить 8 701 234 56 78';
      t[minutes] = 'Пишите: aigerim.n@mail.kz\n';
    },
    kk: [
      'content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: мәтінде электрондық пошта мекенжайы бар (a***@mail.kz) — тұрғындардың жеке деректерін өшіріңіз; ресми жедел желі немесе баспасөз қызметінің мекенжайы рұқсат етілген байланыстар тізіміне жазылады (templates/contacts.csv үлгісінің бір жолымен немесе privacy/allow-list.json файлына)',
      'content/issues/abay/i-10-00001.json: description.ru: мәтінде ЖСН бар (9001******17) — тұрғындардың жеке деректерін өшіріңіз; ресми жедел желі немесе баспасөз қызметінің мекенжайы рұқсат етілген байланыстар тізіміне жазылады (templates/contacts.csv үлгісінің бір жолымен немесе privacy/allow-list.json файлына)',
      'content/issues/abay/i-10-00001.json: history[1].note.ru: мәтінде телефон нөмірі бар (+7 701 *** ** 78) — тұрғындардың жеке деректерін өшіріңіз; ресми жедел желі немесе баспасөз қызметінің мекенжайы рұқсат етілген байланыстар тізіміне жазылады (templates/contacts.csv үлгісінің бір жолымен немесе privacy/allow-list.json файлына)',
    ],
    ru: [
      'content/meetings/abay/m-10-0001.minutes.ru.mdx: line 1: содержит адрес электронной почты (a***@mail.kz) — удалите персональные данные жителей; официальную горячую линию или адрес пресс-службы внесите в список разрешённых контактов (строкой шаблона templates/contacts.csv или в privacy/allow-list.json)',
      'content/issues/abay/i-10-00001.json: description.ru: содержит ИИН (9001******17) — удалите персональные данные жителей; официальную горячую линию или адрес пресс-службы внесите в список разрешённых контактов (строкой шаблона templates/contacts.csv или в privacy/allow-list.json)',
      'content/issues/abay/i-10-00001.json: history[1].note.ru: содержит номер телефона (+7 701 *** ** 78) — удалите персональные данные жителей; официальную горячую линию или адрес пресс-службы внесите в список разрешённых контактов (строкой шаблона templates/contacts.csv или в privacy/allow-list.json)',
    ],
  },
};

describe('each kind of mistake in Kazakh and in Russian', () => {
  it.each(Object.entries(cases))('%s', (_what, c) => expectLines(c));

  it('a file that cannot be read', () => {
    const root = writeTree(validTree());
    rmSync(join(root, 'site.json'));
    symlinkSync(join(root, 'nowhere.json'), join(root, 'site.json'));
    const { problems } = loadContent(root, { asOf: fixtureAsOf });
    expect(problems.map((p) => formatProblemIn('kk')(p).replace(root, 'content'))).toEqual([
      'content/site.json: (file): оқылмайды — файлдың бар екенін және оны оқуға болатынын тексеріңіз',
    ]);
    expect(problems.map((p) => formatProblemIn('ru')(p).replace(root, 'content'))).toEqual([
      'content/site.json: (file): не читается — проверьте, что файл существует и его можно прочитать',
    ]);
  });

  it('JSON that cannot be read keeps the parser\'s reason and says how to fix it', () => {
    const tree = validTree();
    tree[i1] = '{ "id": "i-10-00001", }';
    const [kk, ...restKk] = linesIn(tree, 'kk');
    const [ru, ...restRu] = linesIn(tree, 'ru');
    expect([restKk, restRu]).toEqual([[], []]);
    expect(kk).toMatch(/^content\/issues\/abay\/i-10-00001\.json: \(file\): JSON ретінде қате \(.+\) — синтаксисті түзетіңіз: тырнақшаларды, үтірлерді және жақшаларды$/);
    expect(ru).toMatch(/^content\/issues\/abay\/i-10-00001\.json: \(file\): ошибка в JSON \(.+\) — исправьте синтаксис: кавычки, запятые и скобки$/);
  });
});

describe('minutes problems in Kazakh and in Russian', () => {
  const minutesCases: [string, string, unknown[], unknown[]][] = [
    [
      'import',
      'import X from "./x.js"\n\nТекст\n',
      ['line 1: import немесе export қолданылған — хаттамада код болмайды; бұл жолды өшіріңіз'],
      ['line 1: используется import или export — в протоколе не может быть кода; удалите строку'],
    ],
    [
      'an expression',
      'Итого {2 + 2} вопроса\n',
      ['line 1: фигуралық жақшада {…} JavaScript өрнегі бар — кәдімгі мәтін жазыңыз; жақшаның өзін көрсету үшін \\{ немесе \\} деп жазыңыз'],
      ['line 1: содержит выражение JavaScript в фигурных скобках {…} — пишите обычный текст; чтобы показать скобку, напишите \\{ или \\}'],
    ],
    [
      'a component not allowed',
      'Текст\n\n<Script src="x" />\n',
      ['line 3: <Script> қолданылған, ал хаттамада оған рұқсат жоқ — тек мыналарды қолданыңыз: Agenda, Speaker, Question, Answer, Decision, Note, IssueRef'],
      ['line 3: используется <Script>, а в протоколе это не разрешено — используйте только Agenda, Speaker, Question, Answer, Decision, Note, IssueRef'],
    ],
    [
      'attributes: an expression, a wrong one, one on a component that takes none, a required one missing',
      '<Speaker {...props} role="Аким">\n\nТекст\n\n</Speaker>\n\n<Question from={x}>\n\nВопрос\n\n</Question>\n\n<Answer name="Иванов">\n\nОтвет\n\n</Answer>\n\n<Decision date="1">\n\nРешение\n\n</Decision>\n\n<Speaker>\n\nТекст\n\n</Speaker>\n',
      [
        'line 1: <Speaker> ішінде {…} өрнек-атрибут бар — атрибуттарды name="мәтін" түрінде жазыңыз',
        'line 7: <Question from={…}> өрнек қолданады — from="мәтін" деп жазыңыз',
        'line 13: <Answer> компонентінде "name" атрибуты жоқ — мыналарды қолданыңыз: role',
        'line 19: <Decision> компонентінде "date" атрибуты жоқ — оны өшіріңіз',
        'line 25: <Speaker> компонентіне role="…" керек — бұл компонент: лауазымды тұлғаның сөзі; role — оның лауазымы, мысалы "Аудан әкімі"',
      ],
      [
        'line 1: у <Speaker> есть атрибут-выражение {…} — пишите атрибуты в виде name="текст"',
        'line 7: <Question from={…}> использует выражение — напишите from="текст"',
        'line 13: у <Answer> нет атрибута "name" — используйте role',
        'line 19: у <Decision> нет атрибута "date" — удалите его',
        'line 25: у <Speaker> должен быть role="…" — этот компонент означает: слова должностного лица; role — его должность, например "Аким района"',
      ],
    ],
    [
      'an HTML comment, which MDX cannot read',
      'Текст\n\n<!-- скрыто -->\n',
      [expect.stringMatching(/^line 3: MDX ретінде оқылмайды \(.+\) — осы жолдағы MDX синтаксисін түзетіңіз$/)],
      [expect.stringMatching(/^line 3: не читается как MDX \(.+\) — исправьте синтаксис MDX в этой строке$/)],
    ],
    [
      'a component left open',
      'Текст\n\n<Decision>\n\nРешение\n',
      [expect.stringMatching(/^line \d+: MDX ретінде оқылмайды \(.+\) — ашқан әр компонентті жабыңыз, мысалы <Decision>…<\/Decision>, және тек мыналарды қолданыңыз: Agenda, Speaker, Question, Answer, Decision, Note, IssueRef$/)],
      [expect.stringMatching(/^line \d+: не читается как MDX \(.+\) — закрывайте каждый открытый компонент, например <Decision>…<\/Decision>, и используйте только Agenda, Speaker, Question, Answer, Decision, Note, IssueRef$/)],
    ],
    [
      'an expression the parser cannot read',
      'Итого {2 +\n',
      [expect.stringMatching(/^line \d+: MDX ретінде оқылмайды \(.+\) — кәдімгі мәтін жазыңыз; жақшаның өзін көрсету үшін \\\{ немесе \\\} деп жазыңыз$/)],
      [expect.stringMatching(/^line \d+: не читается как MDX \(.+\) — пишите обычный текст; чтобы показать скобку, напишите \\\{ или \\\}$/)],
    ],
  ];

  it.each(minutesCases)('%s', (_what, source, kk, ru) => {
    const tree = validTree();
    tree[minutes] = source;
    const strip = (line: string) => line.replace('content/meetings/abay/m-10-0001.minutes.ru.mdx: ', '');
    expect(linesIn(tree, 'kk').map(strip)).toEqual(kk);
    expect(linesIn(tree, 'ru').map(strip)).toEqual(ru);
  });
});

describe('the outcome-not-reported warning', () => {
  it('names the entries to add in the words of the site', () => {
    const root = writeTree(validTree());
    const { content, sources } = loadContent(root, { asOf: '2026-07-20' });
    const warnings = unreportedOutcomeWarnings(content.meetings, '2026-07-20', (m) => sources.get(m)!.file.replace(root, 'content'));
    expect(warnings.map(formatProblemIn('kk'))).toEqual([
      'content/meetings/abay/m-10-0002.json: changes: ескерту: кездесу 2026-07-15 күні өтуі керек еді, бірақ нәтижесі жазылмаған — жазба қосыңыз: «Өтті» (қатысушылар санымен), «Кейінге қалдырылды» (себебімен және жаңа басталу уақытымен) немесе «Болдырылмады» (себебімен), мысалы templates/meeting-changes.csv файлының бір жолымен; оған дейін сайт «Нәтижесі хабарланбаған» деп көрсетеді',
    ]);
    expect(warnings.map(formatProblemIn('ru'))).toEqual([
      'content/meetings/abay/m-10-0002.json: changes: предупреждение: встреча должна была пройти 2026-07-15, но итог не записан — добавьте запись: «Состоялась» (с числом участников), «Перенесена» (с причиной и новым временем начала) или «Отменена» (с причиной), например строкой templates/meeting-changes.csv; до тех пор сайт показывает «Итоги не сообщены»',
    ]);
  });
});

describe('npm run validate -- --lang', () => {
  const validate = (root: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: String(Date.parse('2026-06-30T12:00:00+05:00') / 1000), KEZDESU_LANG: '', ...env },
    });
  const broken = () => {
    const tree = validTree();
    entry(tree, i2).history.push({ date: '2026-04-05', status: 'received' });
    entry(tree, i71).history.push({ date: '2026-04-10', status: 'declined' });
    return writeTree(tree);
  };

  it('prints every problem and the summary in Russian', () => {
    const root = broken();
    const run = validate(root, ['--lang', 'ru']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${root}/issues/abay/i-10-00002.json: history[2].status: не может идти после статуса «Запланировано» — после «Запланировано» может идти: «В работе», «Решено», «Разъяснено», «Отклонено», «Передано», «Дубликат»`,
      `${root}/issues/astana/i-71-00001.json: history[1].note: не заполнено — в записи «Отклонено» нужна причина`,
      '',
      `2 ошибки в 2 файлах из ${root} (на 2026-06-30). Пока не исправлены все, ничего не публикуется.`,
    ]);
  });

  it('prints Kazakh when KEZDESU_LANG=kk, and English by default', () => {
    const root = broken();
    const kk = validate(root, [], { KEZDESU_LANG: 'kk' });
    expect(kk.stderr.trim().split('\n').at(-1)).toBe(`${root} ішінде: 2 файлда 2 қате (2026-06-30 күнгі жағдай). Барлығы түзетілмейінше ештеңе жарияланбайды.`);
    expect(kk.stderr).toContain(`${root}/issues/astana/i-71-00001.json: history[1].note: толтырылмаған — «Қабылданбады» жазбасына себебі керек`);
    const en = validate(root, []);
    expect(en.stderr.trim().split('\n').at(-1)).toBe(`2 problems in 2 files of ${root} (as of 2026-06-30). Nothing is published until every one is fixed.`);
    expect(en.stderr).toContain(`${root}/issues/astana/i-71-00001.json: history[1].note: is missing — a declined entry needs the reason`);
    // --lang wins over the environment; one problem in one file takes the singular.
    const tree = validTree();
    entry(tree, i71).history.push({ date: '2026-04-10', status: 'declined' });
    const one = writeTree(tree);
    expect(validate(one, ['--lang=ru'], { KEZDESU_LANG: 'kk' }).stderr.trim().split('\n').at(-1)).toBe(`1 ошибка в 1 файле из ${one} (на 2026-06-30). Пока не исправлены все, ничего не публикуется.`);
  });

  it('says which languages there are when asked for another', () => {
    const run = validate(writeTree(validTree()), ['--lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('de is not a language of messages — use --lang kk, --lang ru or --lang en');
  });

  it('prints the warnings and the summary of a valid tree in Russian', () => {
    const root = writeTree(validTree());
    const run = validate(root, ['--lang', 'ru'], { SOURCE_DATE_EPOCH: String(Date.parse('2026-07-20T12:00:00+05:00') / 1000) });
    expect(run.status).toBe(0);
    expect(run.stderr.trim()).toBe(
      `${root}/meetings/abay/m-10-0002.json: changes: предупреждение: встреча должна была пройти 2026-07-15, но итог не записан — добавьте запись: «Состоялась» (с числом участников), «Перенесена» (с причиной и новым временем начала) или «Отменена» (с причиной), например строкой templates/meeting-changes.csv; до тех пор сайт показывает «Итоги не сообщены»`,
    );
    expect(run.stdout).toMatch(new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} без ошибок на 2026-07-20: регионов — 2, районов — 3, встреч — 3 \\(протоколов — 1\\), вопросов — 4, мер плана мероприятий — 1; файлов — \\d+, [\\d.]+ с\\.\\n$`));
  });
});
