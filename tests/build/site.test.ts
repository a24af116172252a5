/** The built site against its content: nothing lost, nothing invented, every page about its entry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { reconcile } from '../../src/lib/content/reconcile.ts';
import { pickText } from '../../src/lib/i18n/text.ts';
import { currentWording } from '../../src/lib/issues/changes.ts';
import { t } from '../../src/lib/i18n/translations.ts';
import { testAsOf } from '../support/clock.ts';
import { testDist } from './global-setup.ts';
import { type Language, languages } from '../../src/vocabularies.ts';

const decode = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');

let content: Content;
beforeAll(() => {
  const result = loadContent('content', { asOf: testAsOf });
  expect(result.problems).toEqual([]);
  content = result.content;
});

describe('the built site', () => {
  it('is as of the test suite\'s one build date, whatever the wall clock says', () => {
    // tests/support/clock.ts fixes noon of 28 November 2026 in Almaty.
    const footer = readFileSync(join(testDist, 'ru', 'index.html'), 'utf8');
    expect(footer).toContain('Данные на <time datetime="2026-11-28">28 ноября 2026 г.</time>');
  });

  it('has a page for every issue, meeting, region and district in every language, a notice for every meeting, and no page without content', () => {
    const check = reconcile(content, testDist);
    expect(check.missing).toEqual([]);
    expect(check.orphaned).toEqual([]);
    expect(check.expected).toBe(3 * (1 + content.regions.length + content.districts.length + content.meetings.length + content.issues.length) + content.meetings.length);
  });

  it('publishes a meeting whose day passed with no outcome as "outcome not reported", and an upcoming one as planned', () => {
    // Postponed to a day before 28 November 2026, and never updated since.
    const stale = content.meetings.filter((m) => m.status === 'postponed' && m.newStart !== undefined && m.newStart.slice(0, 10) < '2026-11-28');
    const upcoming = content.meetings.filter((m) => m.status === 'scheduled' && m.start.slice(0, 10) > '2026-11-28');
    expect(stale.length).toBeGreaterThan(0);
    expect(upcoming.length).toBeGreaterThan(0);
    for (const m of stale) {
      const html = readFileSync(join(testDist, 'ru', 'meetings', m.id, 'index.html'), 'utf8');
      expect(html, m.id).toContain('<span class="tag tag--meeting">Итоги не сообщены</span>');
      expect(html, m.id).toContain('День встречи прошёл, а акимат не сообщил, состоялась ли она, перенесена или отменена.');
    }
    for (const m of upcoming) expect(readFileSync(join(testDist, 'ru', 'meetings', m.id, 'index.html'), 'utf8'), m.id).toContain('<span class="tag tag--meeting">Запланирована</span>');
  });

  it('shows a moved deadline with every step and its reason', () => {
    const moved = content.issues.filter((i) => i.deadline !== undefined && i.changes.some((c) => c.kind === 'deadline'));
    expect(moved.length).toBeGreaterThan(10);
    for (const issue of moved.slice(0, 40)) {
      const html = decode(readFileSync(join(testDist, 'ru', 'issues', issue.id, 'index.html'), 'utf8'));
      const moves = issue.changes.filter((c) => c.kind === 'deadline');
      const last = moves[moves.length - 1]!;
      // The deadline shown is the last one set; the first stays on the page, and so does each reason.
      expect(html, issue.id).toMatch(new RegExp(`<dt>Срок</dt><dd><time datetime="${last.kind === 'deadline' ? last.deadline : ''}">`));
      expect(html, issue.id).toContain(`Срок переносился ${moves.length} раз${moves.length === 1 ? '' : 'а'}: <time datetime="${issue.deadline}">`);
      for (const m of moves) if (m.kind === 'deadline') expect(html, issue.id).toContain(`Причина: <span>${m.reason.ru}</span>`);
    }
  });

  it('shows each meeting its history, and a corrected time or place beside what was first published', () => {
    const logged = content.meetings.filter((m) => m.changes.some((c) => c.kind !== 'held'));
    expect(logged.length).toBeGreaterThan(10);
    for (const m of logged) {
      const html = decode(readFileSync(join(testDist, 'ru', 'meetings', m.id, 'index.html'), 'utf8'));
      const history = html.slice(html.indexOf('<h2 id="log">История встречи</h2>'), html.indexOf('<h2>Анонсы</h2>'));
      // One line per entry, in order, each with its day; a reason is shown where the entry gives one.
      expect((history.match(/<li>/g) ?? []).length, m.id).toBe(m.changes.length);
      const words = { postponed: 'Перенесена', cancelled: 'Отменена', held: 'Состоялась', materials: 'Добавлены материалы', corrected: 'Исправлено', minutes: 'Протокол исправлен' };
      let at = 0;
      for (const c of m.changes) {
        const line = `<time datetime="${c.date}">`;
        const next = history.indexOf(line, at);
        expect(next, `${m.id} ${c.date} ${c.kind}`).toBeGreaterThanOrEqual(at);
        expect(history.slice(next, history.indexOf('</li>', next)), m.id).toContain(`<strong>${words[c.kind]}</strong>`);
        if ('reason' in c && c.reason.ru) expect(history.slice(next, history.indexOf('</li>', next)), m.id).toContain(c.reason.ru);
        at = next;
      }
    }
    // A corrected time: the page shows the corrected one, says when it was corrected, and keeps the first.
    const retimed = content.meetings.filter((m) => m.status !== 'cancelled' && m.changes.some((c) => c.kind === 'corrected' && c.start !== undefined) && !m.changes.some((c) => c.kind === 'postponed'));
    expect(retimed.length).toBeGreaterThan(0);
    for (const m of retimed) {
      const html = decode(readFileSync(join(testDist, 'ru', 'meetings', m.id, 'index.html'), 'utf8'));
      const fix = m.changes.find((c) => c.kind === 'corrected')!;
      expect(fix.kind === 'corrected' && fix.start).toBe(m.start);
      expect(html, m.id).toContain(`<dt>Когда</dt><dd><time datetime="${m.start}">`);
      expect(html, m.id).toMatch(new RegExp(`исправлено \\d+ [а-я]+ \\d{4} г\\.; впервые опубликовано: \\d+ [а-я]+ \\d{4} г\\. в ${m.published!.start.slice(11, 16)}`));
    }
  });

  it('shows a meeting in Aktobe and one in Astana at the local time written in their files, with the UTC offset of the day', () => {
    // The committed content is dated after 2024-03-01, so every region kept UTC+5: 11:00+05:00 is shown as 11:00 (UTC+5).
    for (const region of ['aktobe', 'astana']) {
      const m = content.meetings.find((x) => x.place.region === region && x.newStart === undefined)!;
      expect(m.start.endsWith('+05:00'), m.id).toBe(true);
      const ru = decode(readFileSync(join(testDist, 'ru', 'meetings', m.id, 'index.html'), 'utf8'));
      expect(ru, m.id).toMatch(new RegExp(`<time datetime="${m.start.replace('+', '\\+')}">[^<]* в ${m.start.slice(11, 16)}</time> <span class="muted">\\(местное время, UTC\\+5\\)</span>`));
      const notice = decode(readFileSync(join(testDist, 'meetings', m.id, 'notice', 'index.html'), 'utf8'));
      expect(notice, m.id).toContain(`${m.start.slice(11, 16)}–${m.end.slice(11, 16)} (жергілікті уақыт, UTC+5)`);
    }
  });

  it('shows a corrected title and description with the corrected wording, when and why, and the earlier wording behind a disclosure', () => {
    // i-75-00039 was published as «Часто выходит из строя уличное освещение на окраине села» / «Ауыл шетінде көше жарығы
    // жиі істен шығады». Its Russian title was corrected on 5 May 2026 (it is a microdistrict of Almaty, not a village).
    const page = (lang: string, id: string) => decode(readFileSync(join(testDist, lang, 'issues', id, 'index.html'), 'utf8'));
    const ru = page('ru', 'i-75-00039');
    expect(ru).toContain('<title>Часто выходит из строя уличное освещение на окраине микрорайона · i-75-00039');
    expect(ru).toContain('<h1><span>Часто выходит из строя уличное освещение на окраине микрорайона</span></h1>');
    expect(ru).toContain(
      '<div class="correction"><p>Исправлено <time datetime="2026-05-05">5 мая 2026 г.</time>: <span>Вопрос касается микрорайона города, а не села</span></p>' +
        '<details><summary>Текст до исправления</summary><p>Часто выходит из строя уличное освещение на окраине села</p></details></div>',
    );
    // The change log lists the correction among the other changes.
    expect(ru).toContain(
      '<time datetime="2026-05-05">5 мая 2026 г.</time> <strong>Исправлено название</strong><p>Исправленный текст: <span>Часто выходит из строя уличное освещение на окраине микрорайона</span></p><p>Причина: <span>Вопрос касается микрорайона города, а не села</span></p>',
    );
    // The Kazakh title was not corrected; the page still says the title was, and shows the Russian wording it replaced, marked as Russian.
    const kk = page('kk', 'i-75-00039');
    expect(kk).toContain('<h1><span>Ауыл шетінде көше жарығы жиі істен шығады</span></h1>');
    expect(kk).toContain(
      '<p><time datetime="2026-05-05">2026 жылғы 5 мамырда</time> түзетілді: <span>Мәселе ауылға емес, қаладағы шағын ауданға қатысты</span></p>' +
        '<details><summary>Түзетуге дейінгі мәтін</summary><p><span lang="ru">Часто выходит из строя уличное освещение на окраине села</span> <small class="langmark">(ru)</small></p></details>',
    );
    // Lists show the title in force: the meeting where it was raised lists the issue under its corrected title
    // (its minutes, the record of what was said there, keep the words of the day).
    const meeting = decode(readFileSync(join(testDist, 'ru', 'meetings', 'm-75-0007', 'index.html'), 'utf8'));
    expect(meeting).toContain('<a href="/ru/issues/i-75-00039/"><span>Часто выходит из строя уличное освещение на окраине микрорайона</span></a>');
    expect(meeting).not.toContain('<a href="/ru/issues/i-75-00039/"><span>Часто выходит из строя уличное освещение на окраине села</span></a>');

    // i-61-00005's description was corrected in both languages on 31 March 2026 with the address from the minutes.
    const earlierRu =
      'Жуантобинский сельский округ: аптека в районе многоэтажных домов находится в аварийном состоянии. Проблема не решается уже 5 мес. Жители просят обследовать и устранить аварийное состояние.';
    const earlierKk = 'Көпқабатты үйлер ауданында дәріхана апатты жағдайда тұр. Мәселе 5 айдан бері шешілмей келеді. Тұрғындар апатты жағдайын тексеруді сұрайды.';
    const described = page('ru', 'i-61-00005');
    expect(described).toContain(`${earlierRu} Адрес по протоколу встречи: улица Чокана Валиханова.</p>`);
    expect(described).toContain(
      '<p>Исправлено <time datetime="2026-03-31">31 марта 2026 г.</time>: <span>В описание добавлен адрес из протокола встречи</span></p>' +
        `<details><summary>Текст до исправления</summary><p>${earlierRu}</p>` +
        // The correction was in both languages, so the Kazakh wording it replaced is there too, marked as Kazakh.
        `<p><span lang="kk">${earlierKk}</span> <small class="langmark">(kk)</small></p></details>`,
    );
    expect(described).toContain('<strong>Исправлено описание</strong>');
    expect(page('kk', 'i-61-00005')).toContain(`${earlierKk} Кездесу хаттамасы бойынша мекенжайы: Шоқан Уәлиханов көшесі.</p>`);
  });

  it('shows each issue its title, id and current status, in the language of the page', () => {
    // The statuses as the methodology page names them, and the heading of the status box, in each language.
    const statusWords: Record<string, Record<Language, string>> = {
      received: { kk: 'Тіркелді', ru: 'Поступило', en: 'Received' },
      'in-review': { kk: 'Қаралуда', ru: 'На рассмотрении', en: 'In review' },
      planned: { kk: 'Жоспарланды', ru: 'Запланировано', en: 'Planned' },
      'in-progress': { kk: 'Орындалуда', ru: 'В работе', en: 'In progress' },
      resolved: { kk: 'Шешілді', ru: 'Решено', en: 'Resolved' },
      explained: { kk: 'Түсіндірілді', ru: 'Разъяснено', en: 'Explained' },
      declined: { kk: 'Қабылданбады', ru: 'Отклонено', en: 'Declined' },
      referred: { kk: 'Жолданды', ru: 'Передано', en: 'Referred' },
      duplicate: { kk: 'Қайталанған', ru: 'Дубликат', en: 'Duplicate' },
    };
    const heading: Record<Language, string> = { kk: 'Ағымдағы мәртебе', ru: 'Текущий статус', en: 'Current status' };
    const shown = new Set<string>();
    for (const lang of languages) {
      for (const issue of content.issues) {
        const html = decode(readFileSync(join(testDist, lang, 'issues', issue.id, 'index.html'), 'utf8'));
        expect(html).toContain(`<html lang="${lang}"`);
        // The title in force: as first published, or as corrected since.
        expect(html).toContain(pickText(currentWording(issue, 'title'), lang).text);
        expect(html).toContain(`/${lang}/issues/${issue.id}/`);
        // The status now is the last entry of the issue's history in its file.
        const last = issue.history[issue.history.length - 1]!.status;
        const box = /<h2 id="status">([^<]*): <span class="tag tag--([a-z-]+)">([^<]*)<\/span>/.exec(html);
        expect(box?.slice(1), `${lang}/issues/${issue.id}`).toEqual([heading[lang], last, statusWords[last]![lang]]);
        shown.add(last);
      }
    }
    // The committed content reaches every status, so every label was checked on some page.
    expect([...shown].sort()).toEqual(Object.keys(statusWords).sort());
  });

  it('labels every page as demonstration data while the content is demo', () => {
    expect(content.site.demo).toBe(true);
    for (const lang of languages) {
      for (const path of ['', `regions/${content.regions[0]?.slug}/`, `meetings/${content.meetings[0]?.id}/`, `issues/${content.issues[0]?.id}/`]) {
        expect(decode(readFileSync(join(testDist, lang, path, 'index.html'), 'utf8'))).toContain(t(lang, 'demo.notice'));
      }
    }
    // The printed notice of a meeting says it in both languages it is written in.
    const notice = decode(readFileSync(join(testDist, 'meetings', content.meetings[0]!.id, 'notice', 'index.html'), 'utf8'));
    expect(notice).toContain(t('kk', 'demo.notice'));
    expect(notice).toContain(t('ru', 'demo.notice'));
  });

  it('sends / to the Kazakh overview', () => {
    expect(readFileSync(join(testDist, 'index.html'), 'utf8')).toContain('url=/kk/');
  });
});
