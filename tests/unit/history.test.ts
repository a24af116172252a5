/**
 * The history guard against a real git repository: appending is accepted;
 * removing, rewriting or reordering a published history entry, deleting an
 * issue or a meeting, and reusing an id are each refused with the line an
 * editor reads.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblemIn } from '../../src/lib/content/problems.ts';
import { readRevision, readWorkingTree } from '../../src/lib/history/git.ts';
import { checkHistory } from '../../src/lib/history/guard.ts';
import { calendarTree, maslikhat } from '../content/calendar-fixture.ts';
import { validTree, writeTree } from '../content/fixture.ts';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'init.defaultBranch=main', '-C', dir, ...args], { encoding: 'utf8', stdio: 'pipe' });

/** A repository whose first commit is the fixture tree under content/. */
function repository(): { repo: string; content: string } {
  const repo = writeTree(Object.fromEntries(Object.entries(validTree()).map(([path, value]) => [`content/${path}`, value])));
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'published');
  return { repo, content: join(repo, 'content') };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function edit(content: string, path: string, change: (value: any) => void): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  const file = join(content, path);
  const value = JSON.parse(readFileSync(file, 'utf8'));
  change(value);
  writeFileSync(file, json(value));
}

/** The guard's lines for the working tree against `base`, with the content folder shown as `content`; in English unless a language is given. */
function guard(content: string, base = 'HEAD', lang?: 'kk' | 'ru'): string[] {
  const { before, deletedBefore } = readRevision(content, base);
  return checkHistory({ base, before, after: readWorkingTree(content), deletedBefore, root: 'content' }).map(lang === undefined ? formatProblem : formatProblemIn(lang));
}

const i1 = 'issues/abay/i-10-00001.json';

/** i-10-00002 given to an issue of another region and meeting, and i-10-00003, deleted before the base (before the guard existed, say), used again. */
function reusedIds(): string {
  const { repo, content } = repository();
  // i-10-00003 was deleted in a commit before the base (before the guard existed, say).
  git(repo, 'rm', '-q', 'content/issues/abay/i-10-00003.json');
  git(repo, 'commit', '-q', '-m', 'deleted');
  edit(content, 'issues/abay/i-10-00002.json', (v) => {
    v.meetings = ['m-71-0001'];
    v.place = { region: 'astana', district: 'almaty-district' };
  });
  writeFileSync(join(content, 'issues/abay/i-10-00003.json'), json({ ...validTree()['issues/abay/i-10-00003.json'] as object }));
  return content;
}

/** A published change log, then a deadline and financing changed in place, a deadline added later, one change removed and one rewritten. */
function deadlineRewrites(): string {
    const { repo, content } = repository();
    edit(content, 'issues/abay/i-10-00002.json', (v) => {
      v.changes = [{ kind: 'progress', date: '2026-06-01', note: { ru: 'Завезены материалы' } }, { kind: 'deadline', date: '2026-06-05', deadline: '2027-03-31', reason: { ru: 'Погода' } }];
    });
    git(repo, 'commit', '-q', '-am', 'changes published');
    edit(content, 'issues/abay/i-10-00002.json', (v) => {
      v.deadline = '2027-06-30';
      v.financing.amountKzt = 1;
      v.changes.shift();
      v.changes[0].reason.ru = 'Передумали';
    });
    edit(content, i1, (v) => {
      v.deadline = '2026-12-31';
    });
  return content;
}

describe('check-history', () => {
  it('accepts appended entries, new issues and titles corrected by an entry', () => {
    const { content } = repository();
    edit(content, 'issues/abay/i-10-00002.json', (v) => v.history.push({ date: '2026-06-01', status: 'in-progress' }));
    edit(content, i1, (v) => {
      v.history.push({ date: '2026-06-10', status: 'in-review', note: { ru: 'Скважина пересохла' } });
      v.changes = [{ kind: 'correction', date: '2026-06-10', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село' } }];
    });
    const added = JSON.parse(readFileSync(join(content, 'issues/astana/i-71-00001.json'), 'utf8'));
    writeFileSync(join(content, 'issues/astana/i-71-00002.json'), json({ ...added, id: 'i-71-00002' }));
    expect(guard(content)).toEqual([]);
  });

  it('accepts changes appended to the change log, a deadline moved by an entry and financing changed by one', () => {
    const { content } = repository();
    edit(content, 'issues/abay/i-10-00002.json', (v) => {
      v.changes = [
        { kind: 'deadline', date: '2026-06-01', deadline: '2027-03-31', reason: { ru: 'Подрядчик не успевает' } },
        { kind: 'financing', date: '2026-06-10', amountKzt: 15000000, source: 'local', decision: { session: 'XIII', date: '2026-06-10', number: '13/1' } },
      ];
    });
    expect(guard(content)).toEqual([]);
  });

  it('refuses a deadline or financing changed in place, a deadline added later, and a removed or rewritten change', () => {
    const content = deadlineRewrites();
    expect(guard(content)).toEqual([
      'content/issues/abay/i-10-00001.json: deadline: was added after the issue was published — a deadline set later is an entry at the end of changes: { "kind": "deadline", "date": …, "deadline": …, "reason": … }; remove the field',
      'content/issues/abay/i-10-00002.json: changes[0]: the published entry 2026-06-01 progress was removed — restore it as it was in HEAD; the change log is append-only, so a correction is a new entry at the end',
      'content/issues/abay/i-10-00002.json: changes[1]: the published entry 2026-06-05 deadline was rewritten (reason) — restore it as it was in HEAD; to correct it, add a new entry at the end with a note',
      'content/issues/abay/i-10-00002.json: deadline: the published deadline was changed — restore it as it was in HEAD; to move or change it, add an entry at the end of changes: { "kind": "deadline", "date": …, "deadline": …, "reason": … }',
      'content/issues/abay/i-10-00002.json: financing: the published financing was changed — restore it as it was in HEAD; to move or change it, add an entry at the end of changes: { "kind": "financing", "date": …, "amountKzt": …, "source": …, "decision": … }',
    ]);
  });

  it('refuses a title or description corrected in place, telling the editor to restore it and add a correction entry; the entry itself is accepted', () => {
    const { repo, content } = repository();
    edit(content, i1, (v) => {
      v.title.ru = 'Нет питьевой воды в Абралы';
      v.description = { ru: 'Воду привозят раз в две недели.', kk: 'Суды екі аптада бір рет әкеледі.' };
    });
    expect(guard(content)).toEqual([
      'content/issues/abay/i-10-00001.json: title: the published title was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: { "kind": "correction", "date": …, "field": "title", "text": { "ru": "…" }, "reason": { "ru": "…" } } with the corrected wording and why',
      'content/issues/abay/i-10-00001.json: description: the published description was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: { "kind": "correction", "date": …, "field": "description", "text": { "ru": "…" }, "reason": { "ru": "…" } } with the corrected wording and why',
    ]);
    // Done as the message says: the published text back, the corrections at the end of the change log.
    git(repo, 'checkout', '-q', '--', 'content');
    edit(content, i1, (v) => {
      v.changes = [
        { kind: 'correction', date: '2026-06-10', field: 'title', text: { ru: 'Нет питьевой воды в Абралы' }, reason: { ru: 'Уточнено село' } },
        { kind: 'correction', date: '2026-06-11', field: 'description', text: { ru: 'Воду привозят раз в две недели.' }, reason: { ru: 'Сверено с протоколом' } },
      ];
    });
    expect(guard(content)).toEqual([]);
    // Once published, a correction is itself append-only.
    git(repo, 'commit', '-q', '-am', 'corrections published');
    edit(content, i1, (v) => {
      v.changes[0].text.ru = 'Нет воды в Абралы';
    });
    expect(guard(content)).toEqual([
      'content/issues/abay/i-10-00001.json: changes[0]: the published entry 2026-06-10 correction was rewritten (text) — restore it as it was in HEAD; to correct it, add a new entry at the end with a note',
    ]);
  });

  it('accepts an announcement added to a meeting, and refuses one removed or rewritten', () => {
    const { content } = repository();
    const m2 = 'meetings/abay/m-10-0002.json';
    edit(content, m2, (v) => v.announcements.push({ channel: 'newspaper', outlet: 'Абай тынысы', issueNumber: '25', published: '2026-06-25' }));
    expect(guard(content)).toEqual([]);
    edit(content, m2, (v) => {
      v.announcements[0].published = '2026-06-10';
    });
    expect(guard(content)).toEqual([
      'content/meetings/abay/m-10-0002.json: announcements[0]: the published entry 2026-06-20 abay.example.kz was removed — restore it as it was in HEAD; the list of announcements is append-only, so a correction is a new entry at the end',
    ]);
    edit(content, m2, (v) => {
      v.announcements.shift();
    });
    expect(guard(content)).toEqual([
      'content/meetings/abay/m-10-0002.json: announcements[0]: the published entry 2026-06-20 abay.example.kz was removed — restore it as it was in HEAD; the list of announcements is append-only, so a correction is a new entry at the end',
    ]);
  });

  it('refuses a removed entry', () => {
    const { content } = repository();
    edit(content, i1, (v) => v.history.splice(1, 1));
    expect(guard(content)).toEqual([
      'content/issues/abay/i-10-00001.json: history[1]: the published entry 2026-03-20 in-review was removed — restore it as it was in HEAD; history is append-only, so a correction is a new entry at the end',
    ]);
  });

  it('refuses a rewritten entry, naming the changed fields', () => {
    const { content } = repository();
    edit(content, i1, (v) => {
      v.history[2].note.ru = 'Скважина будет пробурена';
      v.history[2].evidence = [];
    });
    expect(guard(content)).toEqual([
      'content/issues/abay/i-10-00001.json: history[2]: the published entry 2026-05-05 resolved was rewritten (evidence, note) — restore it as it was in HEAD; to correct it, add a new entry at the end with a note',
    ]);
  });

  it('refuses reordered entries and a new entry put before published ones', () => {
    const { content } = repository();
    edit(content, i1, (v) => {
      const [a, b] = [v.history[1], v.history[2]];
      v.history[1] = b;
      v.history[2] = a;
    });
    edit(content, 'issues/abay/i-10-00002.json', (v) => v.history.splice(1, 0, { date: '2026-03-11', status: 'in-review' }));
    expect(guard(content)).toEqual([
      'content/issues/abay/i-10-00001.json: history[2]: the published entry 2026-05-05 resolved was moved to history[1] — published entries keep their order; put it back and add new entries at the end',
      'content/issues/abay/i-10-00002.json: history[1]: the new entry 2026-03-11 in-review is placed before published entries — move it to the end of the history',
    ]);
  });

  it('refuses a deleted issue and a deleted meeting', () => {
    const { content } = repository();
    rmSync(join(content, 'issues/astana/i-71-00001.json'));
    rmSync(join(content, 'meetings/abay/m-10-0002.json'));
    expect(guard(content)).toEqual([
      'content/issues/astana/i-71-00001.json: (file): was deleted, but issue i-71-00001 is published — restore it (git checkout HEAD -- content/issues/astana/i-71-00001.json); to close it, add a status entry (explained, declined or duplicate) instead',
      'content/meetings/abay/m-10-0002.json: (file): was deleted, but meeting m-10-0002 is published — restore it (git checkout HEAD -- content/meetings/abay/m-10-0002.json); to call it off, add a "cancelled" entry with the reason at the end of its changes',
    ]);
  });

  it('refuses an id given to another issue, and an id deleted earlier and used again', () => {
    const content = reusedIds();
    expect(guard(content)).toEqual([
      'content/issues/abay/i-10-00002.json: id: i-10-00002 was region abay, raised at m-10-0001 in HEAD, now region astana, raised at m-71-0001 — ids are never reused: restore i-10-00002 as it was and give the new issue the next free id',
      'content/issues/abay/i-10-00003.json: id: i-10-00003 belonged to an issue deleted before HEAD — ids are never reused; give this issue the next free id',
    ]);
  });

  it('npm run check-history exits 1 with the refused changes and 0 when only appending', () => {
    const { repo, content } = repository();
    const run = () => spawnSync(process.execPath, [join(process.cwd(), 'scripts/check-history.ts'), '--base', 'main'], { cwd: repo, encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: content } });
    edit(content, i1, (v) => v.history.push({ date: '2026-06-01', status: 'in-review', note: { ru: 'Повторная жалоба' } }));
    const ok = run();
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('nothing published since main was removed or rewritten');
    edit(content, i1, (v) => v.history.shift());
    const refused = run();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${content}/issues/abay/i-10-00001.json: history[0]: the published entry 2026-03-10 received was removed`);
    expect(refused.stderr).toContain('1 change to published content since main refused');
  });
});

describe('check-history on meetings and their minutes', () => {
  const m1 = 'meetings/abay/m-10-0001.json';
  const m2 = 'meetings/abay/m-10-0002.json';
  const minutes = 'meetings/abay/m-10-0001.minutes.ru.mdx';

  it('accepts entries appended to the log, a further announcement, and minutes corrected with a dated entry', () => {
    const { content } = repository();
    edit(content, m2, (v) => {
      v.changes = [
        { kind: 'corrected', date: '2026-06-21', reason: { ru: 'Опечатка в адресе' }, address: { kk: 'Абай көшесі, 7' } },
        { kind: 'postponed', date: '2026-06-28', reason: { ru: 'Буран' }, start: '2026-07-24T11:00+05:00' },
      ];
      v.announcements.push({ channel: 'newspaper', outlet: 'Абай тынысы', issueNumber: '27', published: '2026-06-25' });
    });
    writeFileSync(join(content, minutes), `${readFileSync(join(content, minutes), 'utf8')}\nУточнение: пришли 82 жителя.\n`);
    edit(content, m1, (v) => v.changes.push({ kind: 'minutes', date: '2026-06-02', lang: 'ru', reason: { ru: 'Уточнено число участников' } }));
    // Minutes in a language not published before are simply new.
    writeFileSync(join(content, 'meetings/abay/m-10-0001.minutes.kk.mdx'), '## Күн тәртібі\n\nӘкімнің есебі.\n');
    expect(guard(content)).toEqual([]);
  });

  it('refuses a time or place rewritten in place, and a log entry removed or rewritten', () => {
    const { content } = repository();
    edit(content, m2, (v) => {
      v.start = '2026-07-16T11:00+05:00';
      v.end = '2026-07-16T13:00+05:00';
      v.place.venue = { kk: 'Мектеп' };
    });
    edit(content, m1, (v) => {
      v.changes[0].attendance = 800;
    });
    edit(content, 'meetings/astana/m-71-0001.json', (v) => {
      v.changes = [];
    });
    const fix = '{ "kind": "corrected", "date": …, "FIELD": …, "reason": … }; to postpone the meeting: { "kind": "postponed", "date": …, "start": …, "reason": … }';
    expect(guard(content)).toEqual([
      'content/meetings/abay/m-10-0001.json: changes[0]: the published entry 2026-03-11 held was rewritten (attendance) — restore it as it was in HEAD; to correct it, add a new entry at the end with a note',
      `content/meetings/abay/m-10-0002.json: start: the published start was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${fix.replace('FIELD', 'start')}`,
      `content/meetings/abay/m-10-0002.json: end: the published end was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${fix.replace('FIELD', 'end')}`,
      `content/meetings/abay/m-10-0002.json: place.venue: the published venue was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${fix.replace('FIELD', 'venue')}`,
      'content/meetings/astana/m-71-0001.json: changes[0]: the published entry 2026-04-02 held was removed — restore it as it was in HEAD; the change log is append-only, so a correction is a new entry at the end',
    ]);
  });

  it('refuses published minutes deleted, or edited without a correction entry for their language', () => {
    const { content } = repository();
    writeFileSync(join(content, minutes), '## Повестка\n\nПереписано задним числом.\n');
    // An entry for another language does not cover the Russian minutes.
    edit(content, m1, (v) => v.changes.push({ kind: 'minutes', date: '2026-06-02', lang: 'kk', reason: { ru: 'Опечатка' } }));
    const entry = '{ "kind": "minutes", "date": …, "lang": "ru", "reason": … }';
    expect(guard(content)).toEqual([
      `content/${minutes}: (file): was changed since HEAD with no correction entry — published minutes change only by a dated correction: add ${entry} at the end of changes in content/${m1}, or restore the file as it was`,
    ]);
    rmSync(join(content, minutes));
    expect(guard(content)).toEqual([
      `content/${minutes}: (file): was deleted, but these minutes are published — restore them (git checkout HEAD -- content/${minutes}); to correct them, edit the text and add ${entry} at the end of changes in content/${m1}`,
    ]);
  });
});

describe('check-history in Kazakh and Russian', () => {
  const m1 = 'meetings/abay/m-10-0001.json';
  const m2 = 'meetings/abay/m-10-0002.json';
  const minutes = 'meetings/abay/m-10-0001.minutes.ru.mdx';
  const f1 = `content/${i1}`;
  const f2 = 'content/issues/abay/i-10-00002.json';

  it('a rewritten entry, a removed one, a moved one and a new one put before published ones', () => {
    const { content } = repository();
    edit(content, i1, (v) => {
      v.history[2].note.ru = 'Скважина будет пробурена';
      v.history[2].evidence = [];
    });
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `${f1}: history[2]: жарияланған 2026-05-05 «Шешілді» (resolved) жазбасы қайта жазылған (evidence, note) — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін соңына түсініктемесі бар жаңа жазба қосыңыз`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `${f1}: history[2]: опубликованная запись 2026-05-05 «Решено» (resolved) переписана (evidence, note) — верните её как было в HEAD; чтобы исправить, добавьте в конец новую запись с примечанием`,
    ]);

    const other = repository().content;
    edit(other, i1, (v) => v.history.splice(1, 1));
    expect(guard(other, 'HEAD', 'kk')).toEqual([
      `${f1}: history[1]: жарияланған 2026-03-20 «Қаралуда» (in-review) жазбасы өшірілген — оны HEAD нұсқасындағыдай қайтарыңыз; тарихқа тек жаңа жазба қосылады, сондықтан түзету соңына жаңа жазба болып қосылады`,
    ]);
    expect(guard(other, 'HEAD', 'ru')).toEqual([
      `${f1}: history[1]: опубликованная запись 2026-03-20 «На рассмотрении» (in-review) удалена — верните её как было в HEAD; в историю записи только добавляются, поэтому исправление — это новая запись в конце`,
    ]);

    const third = repository().content;
    edit(third, i1, (v) => {
      const [a, b] = [v.history[1], v.history[2]];
      v.history[1] = b;
      v.history[2] = a;
    });
    edit(third, 'issues/abay/i-10-00002.json', (v) => v.history.splice(1, 0, { date: '2026-03-11', status: 'in-review' }));
    expect(guard(third, 'HEAD', 'kk')).toEqual([
      `${f1}: history[2]: жарияланған 2026-05-05 «Шешілді» (resolved) жазбасы history[1] орнына ауыстырылған — жарияланған жазбалардың реті өзгермейді; оны орнына қайтарып, жаңа жазбаларды соңына қосыңыз`,
      `${f2}: history[1]: жаңа 2026-03-11 «Қаралуда» (in-review) жазбасы жарияланған жазбалардың алдына қойылған — оны тарихтың соңына жылжытыңыз`,
    ]);
    expect(guard(third, 'HEAD', 'ru')).toEqual([
      `${f1}: history[2]: опубликованная запись 2026-05-05 «Решено» (resolved) перемещена на место history[1] — порядок опубликованных записей не меняется; верните её на место, а новые записи добавляйте в конец`,
      `${f2}: history[1]: новая запись 2026-03-11 «На рассмотрении» (in-review) стоит перед опубликованными — перенесите её в конец истории`,
    ]);
  });

  it('a deadline added later or changed in place, financing changed, and a change removed or rewritten', () => {
    const content = deadlineRewrites();
    const deadline = '{ "kind": "deadline", "date": …, "deadline": …, "reason": … }';
    const financing = '{ "kind": "financing", "date": …, "amountKzt": …, "source": …, "decision": … }';
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `${f1}: deadline: мәселе жарияланғаннан кейін қосылған — кейін белгіленген «Мерзім» мәні changes соңына жазба ретінде қосылады: ${deadline}; бұл өрісті өшіріңіз`,
      `${f2}: changes[0]: жарияланған 2026-06-01 «Жұмыс барысы» (progress) жазбасы өшірілген — оны HEAD нұсқасындағыдай қайтарыңыз; өзгерістер журналына тек жаңа жазба қосылады, сондықтан түзету соңына жаңа жазба болып қосылады`,
      `${f2}: changes[1]: жарияланған 2026-06-05 «Мерзім» (deadline) жазбасы қайта жазылған (reason) — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін соңына түсініктемесі бар жаңа жазба қосыңыз`,
      `${f2}: deadline: «Мерзім» өрісінің жарияланған мәні өзгертілген — оны HEAD нұсқасындағыдай қайтарыңыз; ауыстыру немесе өзгерту үшін changes соңына жазба қосыңыз: ${deadline}`,
      `${f2}: financing: «Қаржыландыру» өрісінің жарияланған мәні өзгертілген — оны HEAD нұсқасындағыдай қайтарыңыз; ауыстыру немесе өзгерту үшін changes соңына жазба қосыңыз: ${financing}`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `${f1}: deadline: добавлено после публикации вопроса — значение «Срок», заданное позже, вносится записью в конец changes: ${deadline}; удалите поле`,
      `${f2}: changes[0]: опубликованная запись 2026-06-01 «Ход работ» (progress) удалена — верните её как было в HEAD; в журнал изменений записи только добавляются, поэтому исправление — это новая запись в конце`,
      `${f2}: changes[1]: опубликованная запись 2026-06-05 «Срок» (deadline) переписана (reason) — верните её как было в HEAD; чтобы исправить, добавьте в конец новую запись с примечанием`,
      `${f2}: deadline: опубликованное значение поля «Срок» изменено — верните его как было в HEAD; чтобы перенести или изменить, добавьте запись в конец changes: ${deadline}`,
      `${f2}: financing: опубликованное значение поля «Финансирование» изменено — верните его как было в HEAD; чтобы перенести или изменить, добавьте запись в конец changes: ${financing}`,
    ]);
  });

  it('a title changed in place and a description removed', () => {
    const { content } = repository();
    edit(content, i1, (v) => {
      v.title.ru = 'Нет питьевой воды в Абралы';
      delete v.description;
    });
    const entry = (field: string) => `{ "kind": "correction", "date": …, "field": "${field}", "text": { "ru": "…" }, "reason": { "ru": "…" } }`;
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `${f1}: title: «Атауы» өрісінің жарияланған мәні өзгертілген — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін changes соңына түзетілген мәтін мен себебі жазылған жазба қосыңыз: ${entry('title')}`,
      `${f1}: description: «Сипаттамасы» өрісінің жарияланған мәні өшірілген — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін changes соңына түзетілген мәтін мен себебі жазылған жазба қосыңыз: ${entry('description')}`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `${f1}: title: опубликованное значение поля «Название» изменено — верните его как было в HEAD; чтобы исправить, добавьте в конец changes запись с исправленным текстом и причиной: ${entry('title')}`,
      `${f1}: description: опубликованное значение поля «Описание» удалено — верните его как было в HEAD; чтобы исправить, добавьте в конец changes запись с исправленным текстом и причиной: ${entry('description')}`,
    ]);
    expect(guard(content)[1]).toBe(
      `${f1}: description: the published description was removed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${entry('description')} with the corrected wording and why`,
    );
  });

  it('a deleted issue and a deleted meeting', () => {
    const { content } = repository();
    rmSync(join(content, 'issues/astana/i-71-00001.json'));
    rmSync(join(content, m2));
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      'content/issues/astana/i-71-00001.json: (file): өшірілген, бірақ i-71-00001 мәселесі жарияланған — оны қайтарыңыз (git checkout HEAD -- content/issues/astana/i-71-00001.json); мәселені жабу үшін оның орнына мәртебе жазбасын қосыңыз (Түсіндірілді (explained), Қабылданбады (declined) немесе Қайталанған (duplicate))',
      `content/${m2}: (file): өшірілген, бірақ m-10-0002 кездесуі жарияланған — оны қайтарыңыз (git checkout HEAD -- content/${m2}); кездесуді болдырмау үшін оның changes соңына себебі көрсетілген "cancelled" (Болдырылмады) жазбасын қосыңыз`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      'content/issues/astana/i-71-00001.json: (file): удалён, но вопрос i-71-00001 опубликован — верните его (git checkout HEAD -- content/issues/astana/i-71-00001.json); чтобы закрыть вопрос, добавьте вместо этого запись статуса (Разъяснено (explained), Отклонено (declined) или Дубликат (duplicate))',
      `content/${m2}: (file): удалён, но встреча m-10-0002 опубликована — верните её (git checkout HEAD -- content/${m2}); чтобы отменить встречу, добавьте в конец её changes запись "cancelled" (Отменена) с причиной`,
    ]);
  });

  it('minutes edited without a correction entry, and minutes deleted', () => {
    const { content } = repository();
    writeFileSync(join(content, minutes), '## Повестка\n\nПереписано задним числом.\n');
    const entry = '{ "kind": "minutes", "date": …, "lang": "ru", "reason": … }';
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `content/${minutes}: (file): HEAD нұсқасынан бері түзету жазбасынсыз өзгертілген — жарияланған хаттама тек күні көрсетілген түзету арқылы өзгереді: content/${m1} файлындағы changes соңына ${entry} жазбасын қосыңыз немесе файлды бұрынғы күйіне қайтарыңыз`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `content/${minutes}: (file): изменён после HEAD без записи об исправлении — опубликованный протокол меняется только датированным исправлением: добавьте ${entry} в конец changes в content/${m1} или верните файл как было`,
    ]);
    rmSync(join(content, minutes));
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `content/${minutes}: (file): өшірілген, бірақ бұл хаттама жарияланған — оны қайтарыңыз (git checkout HEAD -- content/${minutes}); түзету үшін мәтінді өзгертіп, content/${m1} файлындағы changes соңына ${entry} жазбасын қосыңыз`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `content/${minutes}: (file): удалён, но этот протокол опубликован — верните его (git checkout HEAD -- content/${minutes}); чтобы исправить протокол, измените текст и добавьте ${entry} в конец changes в content/${m1}`,
    ]);
  });

  it('a meeting’s time and place changed in place, a log entry rewritten and an announcement removed', () => {
    const { content } = repository();
    edit(content, m2, (v) => {
      v.start = '2026-07-16T11:00+05:00';
      v.place.venue = { kk: 'Мектеп' };
      v.announcements.shift();
    });
    edit(content, m1, (v) => {
      v.changes[0].attendance = 800;
    });
    const postpone = '{ "kind": "postponed", "date": …, "start": …, "reason": … }';
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `content/${m1}: changes[0]: жарияланған 2026-03-11 «Өтті» (held) жазбасы қайта жазылған (attendance) — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін соңына түсініктемесі бар жаңа жазба қосыңыз`,
      `content/${m2}: announcements[0]: жарияланған 2026-06-20 «abay.example.kz» жазбасы өшірілген — оны HEAD нұсқасындағыдай қайтарыңыз; хабарландырулар тізіміне тек жаңа жазба қосылады, сондықтан түзету соңына жаңа жазба болып қосылады`,
      `content/${m2}: start: «Басталу уақыты» өрісінің жарияланған мәні өзгертілген — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін changes соңына жазба қосыңыз: { "kind": "corrected", "date": …, "start": …, "reason": … }; кездесуді кейінге қалдыру үшін: ${postpone}`,
      `content/${m2}: place.venue: «Өтетін орны» өрісінің жарияланған мәні өзгертілген — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін changes соңына жазба қосыңыз: { "kind": "corrected", "date": …, "venue": …, "reason": … }; кездесуді кейінге қалдыру үшін: ${postpone}`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `content/${m1}: changes[0]: опубликованная запись 2026-03-11 «Состоялась» (held) переписана (attendance) — верните её как было в HEAD; чтобы исправить, добавьте в конец новую запись с примечанием`,
      `content/${m2}: announcements[0]: опубликованная запись 2026-06-20 «abay.example.kz» удалена — верните её как было в HEAD; в список объявлений записи только добавляются, поэтому исправление — это новая запись в конце`,
      `content/${m2}: start: опубликованное значение поля «Начало» изменено — верните его как было в HEAD; чтобы исправить, добавьте запись в конец changes: { "kind": "corrected", "date": …, "start": …, "reason": … }; чтобы перенести встречу: ${postpone}`,
      `content/${m2}: place.venue: опубликованное значение поля «Место проведения» изменено — верните его как было в HEAD; чтобы исправить, добавьте запись в конец changes: { "kind": "corrected", "date": …, "venue": …, "reason": … }; чтобы перенести встречу: ${postpone}`,
    ]);
  });

  it('an id given to another issue, and an id deleted earlier and used again', () => {
    const content = reusedIds();
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `${f2}: id: i-10-00002 HEAD нұсқасында: өңір abay, m-10-0001 кездесуінде көтерілген; қазір: өңір astana, m-71-0001 кездесуінде көтерілген — идентификаторлар қайта пайдаланылмайды: i-10-00002 бұрынғы күйіне қайтарып, жаңа мәселеге келесі бос идентификаторды беріңіз`,
      'content/issues/abay/i-10-00003.json: id: i-10-00003 идентификаторы HEAD нұсқасына дейін өшірілген мәселеге тиесілі болған — идентификаторлар қайта пайдаланылмайды; бұл мәселеге келесі бос идентификаторды беріңіз',
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `${f2}: id: i-10-00002 в HEAD: регион abay, поднят на встрече m-10-0001; теперь: регион astana, поднят на встрече m-71-0001 — идентификаторы не используются повторно: верните i-10-00002 как было, а новому вопросу дайте следующий свободный идентификатор`,
      'content/issues/abay/i-10-00003.json: id: i-10-00003 принадлежал вопросу, удалённому до HEAD — идентификаторы не используются повторно; дайте этому вопросу следующий свободный идентификатор',
    ]);
  });

  it('npm run check-history -- --lang ru prints the refusals and the summary in Russian, KEZDESU_LANG=kk in Kazakh', () => {
    const { repo, content } = repository();
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [join(process.cwd(), 'scripts/check-history.ts'), '--base', 'main', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: content, ...env } });
    const ok = run([], { KEZDESU_LANG: 'kk' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`${content}: main нұсқасынан бері жарияланған ештеңе өшірілмеген және қайта жазылмаған (сол кезде мәселелер мен кездесулер: `);
    edit(content, i1, (v) => v.history.shift());
    const refused = run(['--lang', 'ru'], { KEZDESU_LANG: 'kk' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `${content}/${i1}: history[0]: опубликованная запись 2026-03-10 «Поступило» (received) удалена — верните её как было в main; в историю записи только добавляются, поэтому исправление — это новая запись в конце\n` +
        '\nОтклонено изменений опубликованного после main: 1. Опубликованные вопросы, встречи и записи истории остаются как были.\n',
    );
    const english = run(['--lang', 'en']);
    expect(english.stderr).toContain('1 change to published content since main refused');
    const unknown = run(['--lang', 'de']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--lang de is not a language of the messages — use kk, ru or en');
  });
});

/** A repository whose first commit is the fixture with Abay's 2026 calendar and the rules table of content/obligations/. */
function calendarRepository(): { repo: string; content: string } {
  const tree = { ...calendarTree(), 'obligations/rules.json': JSON.parse(readFileSync('content/obligations/rules.json', 'utf8')) as unknown };
  const repo = writeTree(Object.fromEntries(Object.entries(tree).map(([path, value]) => [`content/${path}`, value])));
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'published');
  return { repo, content: join(repo, 'content') };
}

const cal = 'calendars/abay/2026.json';
const calFile = `content/${cal}`;
const rules = 'obligations/rules.json';
const rulesPath = `content/${rules}`;
const correction = { kind: 'dropped', date: '2026-06-20', maslikhat: { ...maslikhat, date: '2026-06-19', number: '29/4' }, reason: { ru: 'Объединена с отчётной встречей' }, entry: 'c-10-2026-001' };
const amendment = (v: { versions: { id: string; effective: string }[] }) => ({ ...structuredClone(v.versions[1]!), id: 'amendment-2026', effective: '2026-07-01' });

describe('check-history on calendars and the rules table', () => {
  it('accepts a correction appended to a calendar, a new calendar and a rules version appended', () => {
    const { content } = calendarRepository();
    edit(content, cal, (v) => v.corrections.push(correction));
    const next = JSON.parse(readFileSync(join(content, cal), 'utf8'));
    writeFileSync(join(content, 'calendars/abay/2027.json'), json({ ...next, year: 2027, corrections: [] }));
    edit(content, rules, (v) => v.versions.push(amendment(v)));
    expect(guard(content)).toEqual([]);
  });

  it('refuses a deleted calendar', () => {
    const { repo, content } = calendarRepository();
    git(repo, 'rm', '-q', `content/${cal}`);
    expect(guard(content)).toEqual([
      `${calFile}: (file): was deleted, but this calendar is published — restore it (git checkout HEAD -- ${calFile}); a calendar changes only by corrections appended at the end of corrections`,
    ]);
  });

  it('refuses the approval changed, an entry removed, one rewritten and one added to the approved entries', () => {
    const { content } = calendarRepository();
    edit(content, cal, (v) => {
      v.approved.date = '2026-01-14';
      v.entries.shift();
      v.entries[0].planned.to = '2026-08-15';
      v.entries[0].place = { district: 'abay-district', settlement: { name: { ru: 'село Карааул' } } };
      v.entries.push({ id: 'c-10-2026-010', holder: { level: 'region' }, place: {}, planned: { from: '2026-10-01', to: '2026-10-01' } });
    });
    expect(guard(content)).toEqual([
      `${calFile}: approved: the published approval of the calendar was changed — restore it as it was in HEAD; a calendar changes only by a correction at the end of corrections, with its maslikhat reference`,
      `${calFile}: entries[0]: the published entry c-10-2026-001 was removed — restore it as it was in HEAD; to drop a planned meeting, add at the end of corrections { "kind": "dropped", "date": …, "maslikhat": …, "reason": …, "entry": "c-10-2026-001" }`,
      `${calFile}: entries[0]: the published entry c-10-2026-002 was rewritten (place, planned) — restore it as it was in HEAD; to move it, add at the end of corrections { "kind": "moved", "date": …, "maslikhat": …, "reason": …, "entry": "c-10-2026-002", "planned": … }; to change anything else, drop it and add a new entry`,
      `${calFile}: entries[2]: c-10-2026-010 was added to the approved entries after the calendar was published — a meeting planned later is a correction at the end of corrections: { "kind": "added", "date": …, "maslikhat": …, "reason": …, "entry": { "id": "c-10-2026-010", … } }`,
    ]);
  });

  it('refuses a correction removed, one rewritten, corrections reordered and a new one put before published ones', () => {
    const { repo, content } = calendarRepository();
    edit(content, cal, (v) => {
      v.corrections[2].reason.ru = 'Не нужна';
    });
    edit(content, cal, (v) => v.corrections.splice(1, 1));
    expect(guard(content)).toEqual([
      `${calFile}: corrections[1]: the published entry 2026-05-05 added c-10-2026-004 was removed — restore it as it was in HEAD; a calendar’s corrections are append-only, so a correction is a new entry at the end`,
      `${calFile}: corrections[2]: the published entry 2026-06-01 dropped c-10-2026-002 was rewritten (reason) — restore it as it was in HEAD; to correct it, add a new entry at the end with a note`,
    ]);
    git(repo, 'checkout', '-q', '--', `content/${cal}`);
    edit(content, cal, (v) => {
      v.corrections.reverse();
      v.corrections.splice(1, 0, correction);
    });
    expect(guard(content)).toEqual([
      `${calFile}: corrections[1]: the published entry 2026-05-05 added c-10-2026-004 was moved to corrections[3] — published entries keep their order; put it back and add new entries at the end`,
      `${calFile}: corrections[2]: the published entry 2026-06-01 dropped c-10-2026-002 was moved to corrections[2] — published entries keep their order; put it back and add new entries at the end`,
      `${calFile}: corrections[3]: the published entry 2026-06-05 moved c-10-2026-004 was moved to corrections[0] — published entries keep their order; put it back and add new entries at the end`,
      `${calFile}: corrections[1]: the new entry 2026-06-20 dropped c-10-2026-001 is placed before published entries — move it to the end of corrections`,
    ]);
  });

  it('refuses a rules version removed, one rewritten, and the rules table deleted', () => {
    const { repo, content } = calendarRepository();
    edit(content, rules, (v) => {
      v.versions[1].frequencies[0].every = 'half-year';
      v.versions.shift();
    });
    expect(guard(content)).toEqual([
      `${rulesPath}: versions[0]: the published rules version decree-2022 was removed — restore it as it was in HEAD; past periods are judged by it: an amendment is a new version at the end, with the day it took effect`,
      `${rulesPath}: versions[0]: the published rules version amendment-2023 was rewritten (frequencies) — restore it as it was in HEAD; past periods are judged by it: an amendment is a new version at the end, with the day it took effect`,
    ]);
    edit(content, rules, (v) => v.versions.reverse());
    git(repo, 'rm', '-q', '-f', `content/${rules}`);
    expect(guard(content)).toEqual([
      `${rulesPath}: (file): was deleted, but the rules table is published — restore it (git checkout HEAD -- ${rulesPath}); an amendment is a new version at the end of versions`,
    ]);
  });

  it('refuses a new rules version put before the published ones', () => {
    const { content } = calendarRepository();
    edit(content, rules, (v) => v.versions.unshift(amendment(v)));
    expect(guard(content)).toEqual([
      `${rulesPath}: versions[1]: the published rules version decree-2022 is no longer at versions[0] — published versions keep their order; put it back and add a new version at the end`,
      `${rulesPath}: versions[2]: the published rules version amendment-2023 is no longer at versions[1] — published versions keep their order; put it back and add a new version at the end`,
    ]);
  });

  it('in Kazakh and Russian: a calendar entry rewritten and a correction removed', () => {
    const { content } = calendarRepository();
    edit(content, cal, (v) => {
      v.entries[2].holder = { level: 'district', district: 'abay-district' };
      v.corrections.pop();
    });
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `${calFile}: entries[2]: жарияланған c-10-2026-003 жазбасы қайта жазылған (holder) — оны HEAD нұсқасындағыдай қайтарыңыз; кездесуді ауыстыру үшін corrections соңына { "kind": "moved", "date": …, "maslikhat": …, "reason": …, "entry": "c-10-2026-003", "planned": … } қосыңыз; басқасын өзгерту үшін оны алып тастап, жаңа жазба қосыңыз`,
      `${calFile}: corrections[3]: жарияланған 2026-06-05 «Кездесу мерзімі ауыстырылды» (moved) c-10-2026-004 жазбасы өшірілген — оны HEAD нұсқасындағыдай қайтарыңыз; күнтізбе түзетулеріне тек жаңа жазба қосылады, сондықтан түзету соңына жаңа жазба болып қосылады`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `${calFile}: entries[2]: опубликованная запись c-10-2026-003 переписана (holder) — верните её как было в HEAD; чтобы перенести встречу, добавьте в конец corrections { "kind": "moved", "date": …, "maslikhat": …, "reason": …, "entry": "c-10-2026-003", "planned": … }; чтобы изменить что-то другое, исключите её и добавьте новую запись`,
      `${calFile}: corrections[3]: опубликованная запись 2026-06-05 «Встреча перенесена» (moved) c-10-2026-004 удалена — верните её как было в HEAD; в корректировки календаря записи только добавляются, поэтому исправление — это новая запись в конце`,
    ]);
  });

  it('in Kazakh and Russian: a rules version rewritten', () => {
    const { content } = calendarRepository();
    edit(content, rules, (v) => { v.versions[0].effective = '2022-04-01'; });
    expect(guard(content, 'HEAD', 'kk')).toEqual([
      `${rulesPath}: versions[0]: ережелердің жарияланған decree-2022 нұсқасы қайта жазылған (effective) — оны HEAD нұсқасындағыдай қайтарыңыз; өткен кезеңдер соған қарай бағаланады: түзету соңына күшіне енген күнімен жаңа нұсқа болып қосылады`,
    ]);
    expect(guard(content, 'HEAD', 'ru')).toEqual([
      `${rulesPath}: versions[0]: опубликованная версия правил decree-2022 переписана (effective) — верните её как было в HEAD; по ней оцениваются прошлые периоды: поправка — это новая версия в конце, с датой вступления в силу`,
    ]);
  });
});

describe('check-history on a meeting’s and an issue’s other published facts', () => {
  const m1 = 'meetings/abay/m-10-0001.json';
  const m2 = 'meetings/abay/m-10-0002.json';
  const m3 = 'meetings/abay/m-10-0003.json';
  const m71 = 'meetings/astana/m-71-0001.json';
  const i2 = 'issues/abay/i-10-00002.json';
  const reason = { ru: 'Ошибка при вводе' };
  const corrected = (field: string, value: string) => `{ "kind": "corrected", "date": …, "${field}": ${value}, "reason": … }`;
  const details = (field: string, value: string) => `{ "kind": "details", "date": …, "${field}": ${value}, "reason": … }`;

  /** Every fact of Abay's meetings and of an issue rewritten, added or removed in place. */
  function rewritten(): string {
    const { content } = calendarRepository();
    edit(content, m1, (v) => {
      v.format = 'online';
      v.stream = 'https://example.org/live';
      v.holder.office = { ru: 'Аким города Семей (и.о.)' };
      v.calendarEntry = 'c-10-2026-004';
      delete v.place.settlement;
    });
    edit(content, m2, (v) => {
      v.place.district = 'semey-city';
      delete v.outsideCalendar;
      v.calendarEntry = 'c-10-2026-001';
    });
    edit(content, m3, (v) => (v.holder.body = 'min-digital'));
    edit(content, m71, (v) => (v.calendarEntry = 'c-71-2026-001'));
    edit(content, i2, (v) => {
      v.category = 'electricity';
      v.body = 'district-akimat';
      v.place.district = 'abay-district';
      v.place.settlement = { kato: '101033000', name: { ru: 'Абралинский сельский округ' } };
      v.measure = 'ap-002';
    });
    edit(content, i1, (v) => (v.measure = 'ap-001'));
    return content;
  }

  it('accepts every fact corrected by an entry at the end of the log, the file as first published', () => {
    const { content } = calendarRepository();
    edit(content, m1, (v) => v.changes.push({ kind: 'corrected', date: '2026-03-12', reason, format: 'online', stream: 'https://example.org/live', office: { ru: 'Аким города Семей (и.о.)' }, settlement: null, calendarEntry: 'c-10-2026-004' }));
    edit(content, m2, (v) => (v.changes = [{ kind: 'corrected', date: '2026-06-21', reason, district: 'semey-city', calendarEntry: 'c-10-2026-001' }]));
    edit(content, m3, (v) => v.changes.push({ kind: 'corrected', date: '2026-05-13', reason, body: 'min-digital' }));
    edit(content, m71, (v) => v.changes.push({ kind: 'corrected', date: '2026-05-10', reason, calendarEntry: 'c-71-2026-001' }));
    edit(content, i2, (v) => (v.changes = [{ kind: 'details', date: '2026-04-02', reason, category: 'electricity', body: 'district-akimat', district: 'abay-district', measure: null }]));
    edit(content, i1, (v) => (v.changes = [{ kind: 'details', date: '2026-05-06', reason, measure: 'ap-001' }]));
    expect(guard(content)).toEqual([]);
  });

  it('refuses each fact changed, removed or added in place, naming the field and the entry that corrects it, its value filled in', () => {
    const content = rewritten();
    const okrug = '{"kato":"101033000","name":{"ru":"Абралинский сельский округ"}}';
    expect(guard(content)).toEqual([
      `content/${i1}: measure: was added after the issue was published — remove it, as it was in HEAD; a measure given later is a correction with its date and reason, shown on the page: add an entry at the end of changes: ${details('measure', '"ap-001"')}`,
      `content/${i2}: category: the published category was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${details('category', '"electricity"')}`,
      `content/${i2}: body: the published body was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${details('body', '"district-akimat"')}`,
      `content/${i2}: place.district: the published district was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${details('district', '"abay-district"')}`,
      `content/${i2}: place.settlement: was added after the issue was published — remove it, as it was in HEAD; a settlement given later is a correction with its date and reason, shown on the page: add an entry at the end of changes: ${details('settlement', okrug)}`,
      `content/${i2}: measure: the published measure was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${details('measure', '"ap-002"')}`,
      `content/${m1}: format: the published format was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('format', '"online"')}`,
      `content/${m1}: stream: the published stream was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('stream', '"https://example.org/live"')}`,
      `content/${m1}: holder.office: the published office was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('office', '{"ru":"Аким города Семей (и.о.)"}')}`,
      `content/${m1}: place.settlement: the published settlement was removed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('settlement', 'null')}`,
      `content/${m1}: calendarEntry: the published calendarEntry was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('calendarEntry', '"c-10-2026-004"')}`,
      `content/${m2}: place.district: the published district was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('district', '"semey-city"')}`,
      `content/${m2}: calendarEntry: was added after the meeting was published — linking a meeting to a planned entry afterwards changes whether its akim kept the approved calendar, so it must leave a dated trace: remove calendarEntry, as it was in HEAD, and add an entry at the end of changes: ${corrected('calendarEntry', '"c-10-2026-001"')}`,
      `content/${m2}: outsideCalendar: the published outsideCalendar was removed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('calendarEntry', '"c-10-2026-001"')}`,
      `content/${m3}: holder.body: the published body was changed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('body', '"min-digital"')}`,
      `content/${m71}: calendarEntry: was added after the meeting was published — linking a meeting to a planned entry afterwards changes whether its akim kept the approved calendar, so it must leave a dated trace: remove calendarEntry, as it was in HEAD, and add an entry at the end of changes: ${corrected('calendarEntry', '"c-71-2026-001"')}`,
    ]);
  });

  it('says so in Kazakh and Russian, with the field as the site names it', () => {
    const content = rewritten();
    const lines = (lang: 'kk' | 'ru') => guard(content, 'HEAD', lang).filter((l) => l.includes(`${m2}: calendarEntry`) || l.includes(`${i2}: category`) || l.includes(`${i1}: measure`) || l.includes(`${m1}: format`));
    expect(lines('ru')).toEqual([
      `content/${i1}: measure: добавлено после публикации вопроса — удалите его, как было в HEAD; значение «Мера плана», указанное позже, — это исправление с датой и причиной, которое видно на странице: добавьте запись в конец changes: ${details('measure', '"ap-001"')}`,
      `content/${i2}: category: опубликованное значение поля «Категория» изменено — верните его как было в HEAD; чтобы исправить, добавьте запись в конец changes: ${details('category', '"electricity"')}`,
      `content/${m1}: format: опубликованное значение поля «Формат» изменено — верните его как было в HEAD; чтобы исправить, добавьте запись в конец changes: ${corrected('format', '"online"')}`,
      `content/${m2}: calendarEntry: добавлено после публикации встречи — привязка встречи к плановой записи задним числом меняет то, выполнил ли аким утверждённый календарь, поэтому она должна оставить датированный след: удалите calendarEntry, как было в HEAD, и добавьте запись в конец changes: ${corrected('calendarEntry', '"c-10-2026-001"')}`,
    ]);
    expect(lines('kk')).toEqual([
      `content/${i1}: measure: мәселе жарияланғаннан кейін қосылған — оны HEAD нұсқасындағыдай алып тастаңыз; кейін көрсетілген «Жоспар шарасы» мәні — күні мен себебі жазылған, бетте көрінетін түзету: changes соңына жазба қосыңыз: ${details('measure', '"ap-001"')}`,
      `content/${i2}: category: «Санат» өрісінің жарияланған мәні өзгертілген — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін changes соңына жазба қосыңыз: ${details('category', '"electricity"')}`,
      `content/${m1}: format: «Форматы» өрісінің жарияланған мәні өзгертілген — оны HEAD нұсқасындағыдай қайтарыңыз; түзету үшін changes соңына жазба қосыңыз: ${corrected('format', '"online"')}`,
      `content/${m2}: calendarEntry: кездесу жарияланғаннан кейін қосылған — кездесуді жоспарлы жазбаға кейін байланыстыру әкімнің бекітілген күнтізбені орындағанын өзгертеді, сондықтан күні көрсетілген ізі қалуы керек: calendarEntry өрісін HEAD нұсқасындағыдай алып тастаңыз және changes соңына жазба қосыңыз: ${corrected('calendarEntry', '"c-10-2026-001"')}`,
    ]);
  });

  it('refuses a calendar entry removed in place, naming the reason to be outside the calendar as the fix', () => {
    const { content } = calendarRepository();
    edit(content, m1, (v) => delete v.calendarEntry);
    expect(guard(content)).toEqual([
      `content/${m1}: calendarEntry: the published calendarEntry was removed — restore it as it was in HEAD; to correct it, add an entry at the end of changes: ${corrected('outsideCalendar', '{ "ru": "…" }')}`,
    ]);
  });
});
