/**
 * The allow-list of official contacts, kept from a spreadsheet: a contacts
 * sheet puts hotlines and press addresses on the list with whose each is,
 * after which texts that give them are published while any other number is
 * still refused; importing it again adds nothing; a bad row is told in the
 * editor's language; the inbox imports contacts before the texts that use
 * them; and the list, a published fact, is only appended to. Runs on the
 * validation fixture (build day 2026-06-30), whose allow-list is still in
 * the older form: bare `phones` and `emails`.
 */
import { runInbox } from '../support/inbox.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkHistory, type StoredEntry } from '../../src/lib/history/guard.ts';
import { templateColumns } from '../../src/lib/import/columns.ts';
import { heading } from '../../src/lib/import/csv.ts';
import { planImport, type ImportPlan } from '../../src/lib/import/import.ts';
import { recogniseKind } from '../../src/lib/import/run.ts';
import { fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';
import type { ImportKind } from '../../src/vocabularies.ts';

function csv(rows: string[][]): string {
  const cell = (s: string) => (/[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The template's headings (bilingual, or one language's halves) followed by rows given by column key. */
function sheet(kind: ImportKind, rows: Record<string, string>[], headings: 'both' | 'kk' | 'ru' = 'both'): string {
  const columns = templateColumns[kind];
  const named = columns.map((c) => (headings === 'both' ? heading(c) : c[headings]));
  return csv([named, ...rows.map((r) => columns.map((c) => r[c.key] ?? ''))]);
}

function plan(root: string, kind: ImportKind, text: string, lang: 'en' | 'kk' | 'ru' = 'en'): ImportPlan {
  return planImport({ root, file: 'in.csv', text, kind, asOf: fixtureAsOf, lang });
}

function apply(root: string, p: ImportPlan): void {
  for (const f of p.files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

const problems = (root: string) => loadContent(root, { asOf: fixtureAsOf }).problems.map((p) => formatProblem(p).replace(root, 'content'));

/** Puts a text into the Russian description of issue i-10-00001 of the tree at root. */
function describeIssue(root: string, text: string): void {
  const path = join(root, 'issues/abay/i-10-00001.json');
  const issue = JSON.parse(readFileSync(path, 'utf8'));
  issue.description = { ru: text };
  writeFileSync(path, `${JSON.stringify(issue, null, 2)}\n`);
}

const hotline = {
  phone: '8 (7222) 56-34-12',
  email: 'Press@Abay.GOV.kz',
  whoseKk: 'Абай облысы әкімдігінің сенім телефоны',
  whoseRu: 'Телефон доверия акимата области Абай',
  body: 'Акимат области (города)',
  region: 'Абай',
  date: '15.06.2026',
};
const office = { email: 'akimat@astana.gov.kz', whoseRu: 'Адрес для обращений в акимат Астаны', body: 'region-akimat', region: 'астана', date: '2026-06-20' };

const refusal = (masked: string) =>
  `content/issues/abay/i-10-00001.json: description.ru: contains a phone number (${masked}) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)`;

describe('importing official contacts', () => {
  it('adds each contact with whose it is, the phone in the form the check compares and the e-mail in lower case, after the contacts already there', () => {
    const root = writeTree(validTree());
    const p = plan(root, 'contacts', sheet('contacts', [hotline, office]));
    expect(p.problems).toEqual([]);
    expect(p.added).toEqual(['row 2: +7 7222 56 34 12, press@abay.gov.kz', 'row 3: akimat@astana.gov.kz']);
    expect(p.files.map((f) => f.path)).toEqual(['privacy/allow-list.json']);
    const whose = { kk: 'Абай облысы әкімдігінің сенім телефоны', ru: 'Телефон доверия акимата области Абай' };
    expect(JSON.parse(p.files[0]?.text ?? '')).toEqual({
      contacts: [
        { kind: 'added', date: '2026-06-15', phone: '77222563412', whose, body: 'region-akimat', region: 'abay' },
        { kind: 'added', date: '2026-06-15', email: 'press@abay.gov.kz', whose, body: 'region-akimat', region: 'abay' },
        { kind: 'added', date: '2026-06-20', email: 'akimat@astana.gov.kz', whose: { ru: 'Адрес для обращений в акимат Астаны' }, body: 'region-akimat', region: 'astana' },
      ],
      // The older bare values stay as they were, and stay allowed.
      phones: ['8 (7172) 55-66-77'],
      emails: ['press@akimat.example.kz'],
    });
    apply(root, p);
    expect(problems(root)).toEqual([]);
    const content = loadContent(root, { asOf: fixtureAsOf }).content;
    expect(content.contacts.map((c) => c.phone ?? c.email)).toEqual(['77222563412', 'press@abay.gov.kz', 'akimat@astana.gov.kz']);
  });

  it('lets a text with an imported number be published, while another number is still refused', () => {
    const text = 'Звоните на телефон доверия 8 7222 56 34 12.';
    // Without the import the hotline is a phone like any other.
    const without = writeTree(validTree());
    describeIssue(without, text);
    expect(problems(without)).toEqual([refusal('+7 722 *** ** 12')]);
    const root = writeTree(validTree());
    const p = plan(root, 'contacts', sheet('contacts', [hotline]));
    expect(p.problems).toEqual([]);
    apply(root, p);
    describeIssue(root, text);
    expect(problems(root)).toEqual([]);
    // One digit off is another person's number.
    describeIssue(root, 'Звоните на телефон доверия 8 7222 56 34 12 или соседу 8 7222 56 34 13.');
    expect(problems(root)).toEqual([refusal('+7 722 *** ** 13')]);
  });

  it('lets a sheet of new issues give the imported number and refuses another one, in that row and column', () => {
    const root = writeTree(validTree());
    apply(root, plan(root, 'contacts', sheet('contacts', [hotline])));
    const issue = { meeting: 'm-10-0001', category: 'water', titleRu: 'Нет воды', body: 'water-utility' };
    const good = plan(root, 'issues', sheet('issues', [{ ...issue, descriptionRu: 'Телефон доверия акимата: +7 (7222) 563412.' }]));
    expect(good.problems).toEqual([]);
    expect(good.added).toEqual(['row 2: i-10-00004']);
    const bad = plan(root, 'issues', sheet('issues', [{ ...issue, descriptionRu: 'Позвоните Айгуль: +7 701 234 56 78.' }]));
    expect(bad.problems).toEqual([
      "in.csv: row 2, column Сипаттамасы (орысша) / Описание (на русском): contains a phone number (+7 701 *** ** 78) — remove residents' personal data; an official hotline or press address goes on the allow-list (a row of templates/contacts.csv, or privacy/allow-list.json)",
    ]);
  });

  it('changes nothing when the same sheet is imported again, and skips a contact already on the list in the older form', () => {
    const root = writeTree(validTree());
    apply(root, plan(root, 'contacts', sheet('contacts', [hotline])));
    const once = readFileSync(join(root, 'privacy/allow-list.json'), 'utf8');
    const again = plan(root, 'contacts', sheet('contacts', [hotline, { ...office, phone: '+7 7172 556677', email: 'PRESS@akimat.example.kz' }]));
    expect(again.problems).toEqual([]);
    expect(again.files).toEqual([]);
    expect(again.added).toEqual([]);
    expect(again.skipped).toEqual([
      'row 2: +7 7222 56 34 12, press@abay.gov.kz is already on the list of official contacts',
      'row 3: +7 7172 55 66 77, press@akimat.example.kz is already on the list of official contacts',
    ]);
    expect(readFileSync(join(root, 'privacy/allow-list.json'), 'utf8')).toBe(once);
  });

  describe('bad rows, told in the editor’s language, and nothing written', () => {
    const rows = [
      { ...hotline, phone: '+7 495 123-45-67', email: '' },
      { ...hotline, phone: '', email: 'press@abay' },
      { ...hotline, whoseKk: '', whoseRu: '' },
      // The contact cells may give a number, the others may not give a resident's.
      { ...hotline, email: '', whoseRu: 'Телефон доверия; после 18:00 звонить Асель 8 701 234 56 78' },
      // A contact cell is told what is wrong with it as a contact, not refused as personal data.
      { ...hotline, phone: '8 701 234 56 78, Асель', email: '' },
    ];

    it('in Russian', () => {
      const root = writeTree(validTree());
      const p = plan(root, 'contacts', sheet('contacts', rows, 'ru'), 'ru');
      expect(p.problems).toEqual([
        'in.csv: строка 2, столбец «Номер телефона»: «+7 495 123-45-67» — не номер телефона Казахстана — напишите его с кодом города или оператора, например 8 (7132) 55-66-77 или +7 701 234 56 78',
        'in.csv: строка 3, столбец «Электронная почта»: «press@abay» — не адрес электронной почты — напишите в виде имя@домен, например press@aktobe.gov.kz',
        'in.csv: строка 4, столбец «Чей контакт и почему публичный (на казахском)»: не заполнено — напишите на казахском или русском, чей это контакт и почему он публичный, например: Телефон доверия акимата Актюбинской области',
        'in.csv: строка 5, столбец «Чей контакт и почему публичный (на русском)»: содержит номер телефона (+7 701 *** ** 78) — удалите персональные данные жителей; официальную горячую линию или адрес пресс-службы внесите в список разрешённых контактов (строкой шаблона templates/contacts.csv или в privacy/allow-list.json)',
        'in.csv: строка 6, столбец «Номер телефона»: «8 701 234 56 78, Асель» — не номер телефона Казахстана — напишите его с кодом города или оператора, например 8 (7132) 55-66-77 или +7 701 234 56 78',
      ]);
      expect(p.files).toEqual([]);
    });

    it('in Kazakh', () => {
      const root = writeTree(validTree());
      const p = plan(root, 'contacts', sheet('contacts', rows, 'kk'), 'kk');
      expect(p.problems).toEqual([
        'in.csv: 2-жол, «Телефон нөмірі» бағаны: «+7 495 123-45-67» — Қазақстан телефон нөмірі емес — қала не оператор кодымен жазыңыз, мысалы 8 (7132) 55-66-77 немесе +7 701 234 56 78',
        'in.csv: 3-жол, «Электрондық пошта» бағаны: «press@abay» — электрондық пошта мекенжайы емес — атау@домен түрінде жазыңыз, мысалы press@aktobe.gov.kz',
        'in.csv: 4-жол, «Кімнің байланысы және неге жария (қазақша)» бағаны: толтырылмаған — байланыс кімдікі екенін және неге жария екенін қазақша немесе орысша жазыңыз, мысалы: Ақтөбе облысы әкімдігінің сенім телефоны',
        'in.csv: 5-жол, «Кімнің байланысы және неге жария (орысша)» бағаны: мәтінде телефон нөмірі бар (+7 701 *** ** 78) — тұрғындардың жеке деректерін өшіріңіз; ресми жедел желі немесе баспасөз қызметінің мекенжайы рұқсат етілген байланыстар тізіміне жазылады (templates/contacts.csv үлгісінің бір жолымен немесе privacy/allow-list.json файлына)',
        'in.csv: 6-жол, «Телефон нөмірі» бағаны: «8 701 234 56 78, Асель» — Қазақстан телефон нөмірі емес — қала не оператор кодымен жазыңыз, мысалы 8 (7132) 55-66-77 немесе +7 701 234 56 78',
      ]);
      expect(p.files).toEqual([]);
    });
  });
});

describe('the inbox', () => {
  const headings = (kind: ImportKind) => templateColumns[kind].map(heading).join(',');

  it('recognises a contacts sheet from its headings, bilingual or in one language', () => {
    expect(recogniseKind(headings('contacts'))).toBe('contacts');
    expect(recogniseKind('Номер телефона;Чей контакт и почему публичный (на русском);Орган или акимат;Дата внесения в список')).toBe('contacts');
    expect(recogniseKind('Электрондық пошта,Органы немесе әкімдігі,Тізімге қосылған күні')).toBe('contacts');
  });

  it('imports contacts before the meetings whose texts give them, whatever the files are called', () => {
    const root = writeTree(validTree());
    const inbox = `${root}-inbox`;
    mkdirSync(inbox);
    const meeting = Object.fromEntries(templateColumns.meetings.map((c) => [c.key, c.example]));
    writeFileSync(join(inbox, 'а-встречи.csv'), sheet('meetings', [{ ...meeting, addressRu: 'улица Абая, 12, Караул; справки по тел. 8 (7222) 56-34-12' }]));
    writeFileSync(join(inbox, 'я-контакты.csv'), sheet('contacts', [hotline]));
    const run = runInbox(root, inbox);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(inbox)).toEqual([]);
    const contacts = run.stdout.indexOf('## ✅ я-контакты.csv — ресми байланыстар · официальные контакты');
    expect(contacts).toBeGreaterThan(0);
    expect(run.stdout.indexOf('## ✅ а-встречи.csv — жаңа кездесулер · новые встречи')).toBeGreaterThan(contacts);
    expect(problems(root)).toEqual([]);
  });
});

describe('the allow-list is only appended to', () => {
  const file = 'privacy/allow-list.json';
  const added = { kind: 'added', date: '2026-06-15', phone: '77222563412', whose: { ru: 'Телефон доверия акимата области Абай' }, body: 'region-akimat', region: 'abay' };
  const check = (was: unknown, is: unknown) =>
    checkHistory({
      base: 'main',
      before: new Map<string, StoredEntry>([[file, { path: file, value: was }]]),
      after: new Map<string, StoredEntry>([[file, { path: file, value: is }]]),
      deletedBefore: new Set(),
      root: 'content',
    }).map(formatProblem);

  it('accepts a contact taken off by a dated entry, and the older bare values moved into the log', () => {
    const removed = { kind: 'removed', date: '2026-06-29', phone: '77222563412', reason: { ru: 'Номер отключён' } };
    expect(check({ contacts: [added] }, { contacts: [added, removed] })).toEqual([]);
    const moved = { kind: 'added', date: '2026-06-29', email: 'press@akimat.example.kz', whose: { ru: 'Пресс-служба акимата' }, body: 'region-akimat' };
    expect(check({ phones: [], emails: ['press@akimat.example.kz'] }, { contacts: [moved] })).toEqual([]);
  });

  it('refuses a published contact deleted, whether an entry of the log or an older bare value', () => {
    expect(check({ contacts: [added] }, { contacts: [] })).toEqual([
      'content/privacy/allow-list.json: contacts[0]: the published entry 2026-06-15 added 77222563412 was removed — restore it as it was in main; the allow-list of contacts is append-only, so a correction is a new entry at the end',
    ]);
    expect(check({ phones: ['8 (7172) 55-66-77'] }, { phones: [] })).toEqual([
      'content/privacy/allow-list.json: phones[0]: 8 (7172) 55-66-77, allowed in main, was deleted from phones — restore it; to take it off the list, add an entry { "kind": "removed", "date": …, "reason": … } at the end of contacts',
    ]);
  });

  it('refuses whose a contact is rewritten in place', () => {
    expect(check({ contacts: [added] }, { contacts: [{ ...added, whose: { ru: 'Приёмная акима' } }] })).toEqual([
      'content/privacy/allow-list.json: contacts[0]: the published entry 2026-06-15 added 77222563412 was rewritten (whose) — restore it as it was in main; to correct it, add a new entry at the end with a note',
    ]);
  });
});

describe('the allow-list file', () => {
  /** The fixture's older bare values, which its texts give. */
  const fixtureList = validTree()['privacy/allow-list.json'] as object;

  it('takes a removed contact off: from its removal a text giving it is refused again', () => {
    const tree = validTree();
    const added = { kind: 'added', date: '2026-06-15', phone: '77222563412', whose: { ru: 'Телефон доверия' }, body: 'region-akimat', region: 'abay' };
    tree['privacy/allow-list.json'] = { ...fixtureList, contacts: [added, { kind: 'removed', date: '2026-06-29', phone: '77222563412', reason: { ru: 'Номер отключён' } }] };
    const root = writeTree(tree);
    describeIssue(root, 'Телефон доверия 8 7222 56 34 12.');
    expect(problems(root)).toEqual([refusal('+7 722 *** ** 12')]);
  });

  it('refuses a phone not in the list’s form, a removal of a contact not on the list, and a region that is not one', () => {
    const tree = validTree();
    tree['privacy/allow-list.json'] = {
      ...fixtureList,
      contacts: [
        { kind: 'added', date: '2026-06-15', phone: '8 7222 56 34 12', whose: { ru: 'Телефон доверия' }, body: 'region-akimat' },
        { kind: 'added', date: '2026-06-15', email: 'press@abay.gov.kz', whose: { ru: 'Пресс-служба' }, body: 'region-akimat', region: 'aktobe' },
        { kind: 'removed', date: '2026-06-20', email: 'info@abay.gov.kz', reason: { ru: 'Адрес закрыт' } },
      ],
    };
    expect(problemsOf(tree)).toEqual([
      'content/privacy/allow-list.json: contacts[0].phone: is not a Kazakhstan phone number in the list\'s form — write its 11 digits starting with 7, e.g. 77132556677',
    ]);
    (tree['privacy/allow-list.json'] as { contacts: { phone?: string }[] }).contacts[0]!.phone = '77222563412';
    expect(problemsOf(tree)).toEqual([
      'content/privacy/allow-list.json: contacts[1].region: aktobe is not a region in geo/regions.json — use one of the region slugs',
      'content/privacy/allow-list.json: contacts[2]: info@abay.gov.kz is not on the list at this point — only a contact added before can be removed; check the number or address',
    ]);
  });
});

function problemsOf(tree: ReturnType<typeof validTree>): string[] {
  return problems(writeTree(tree));
}
