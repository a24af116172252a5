/** The demo generator: reproducible, complete, and valid by the same rules as real content. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as realFs from 'node:fs/promises';
import { generateDemo, russianGenitive } from '../../scripts/demo/generate.ts';
import * as wording from '../../scripts/demo/wording.ts';
import { streetPlace, titleCount, villagePlaces } from '../../scripts/demo/titles.ts';
import { categoryIds } from '../../src/vocabularies.ts';
import { writeDemoTree } from '../../scripts/demo/write.ts';
import type { AtomicFs } from '../../src/lib/content/atomic-write.ts';
import { leftovers, snapshot } from '../support/tree-snapshot.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { currentStatus } from '../../src/lib/content/indexes.ts';
import { localDay, zoneOf } from '../../src/lib/time.ts';
import { entryHolder, meetingHolder } from '../../src/lib/accountability/holders.ts';
import { bodies } from '../../src/lib/taxonomy/bodies.ts';
import type { Calendar, CalendarEntry } from '../../src/schemas/calendar.ts';
import { tempFolder } from '../support/temp.ts';

const today = '2026-11-27';
const demo = (args: string[]) => spawnSync(process.execPath, ['scripts/demo.ts', ...args], { encoding: 'utf8' });

/** A tree holds every region's calendar and the ~4,500 meetings that fulfil it whatever --issues says, so writing several trees takes a while. */
const slow = 180_000;

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    const path = join(dir, f);
    try {
      hash.update(f).update(readFileSync(path));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

describe('npm run demo', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', () => {
    const base = tempFolder('kezdesu-demo-');
    for (const [dir, seed] of [['a', 's1'], ['b', 's1'], ['c', 's2']] as const) {
      const result = demo(['--issues', '120', '--seed', seed, '--out', join(base, dir)]);
      expect(result.status, result.stderr).toBe(0);
    }
    expect(treeHash(join(base, 'a'))).toBe(treeHash(join(base, 'b')));
    expect(treeHash(join(base, 'a'))).not.toBe(treeHash(join(base, 'c')));
  }, slow);

  it('refuses to overwrite a folder that is not a demo tree', () => {
    const dir = tempFolder('kezdesu-real-');
    writeFileSync(join(dir, 'site.json'), '{"demo": false, "timelyAnnouncementDays": 3}');
    const result = demo(['--issues', '10', '--seed', 'x', '--out', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a demo tree');
    expect(readFileSync(join(dir, 'site.json'), 'utf8')).toContain('"demo": false');
  });
});

describe('writing a demo tree over an earlier one', () => {
  const earlier = () => {
    const dir = join(tempFolder('kezdesu-demo-'), 'content');
    const made = demo(['--issues', '120', '--seed', 's1', '--out', dir]);
    expect(made.status, made.stderr).toBe(0);
    return dir;
  };

  it('gives the same bytes as a new folder: files the new tree lacks are gone', () => {
    const dir = earlier();
    const base = tempFolder('kezdesu-demo-');
    expect(demo(['--issues', '40', '--seed', 's2', '--out', dir]).status).toBe(0);
    expect(demo(['--issues', '40', '--seed', 's2', '--out', join(base, 'fresh')]).status).toBe(0);
    expect(snapshot(dir)).toEqual(snapshot(join(base, 'fresh')));
  }, slow);

  it('leaves the earlier tree byte for byte as it was, with no temporary, when the 50th file cannot be written', async () => {
    const dir = earlier();
    const before = snapshot(dir);
    let opened = 0;
    const fs: AtomicFs = { ...realFs, open: (async (path: string, flags: string) => {
      if (flags === 'wx' && ++opened === 50) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return realFs.open(path, flags);
    }) as AtomicFs['open'] };
    const files = generateDemo({ issues: 40, seed: 's2', today, geoDir: 'content/geo' });
    await expect(writeDemoTree(dir, files, fs)).rejects.toThrow('no space left on device');
    expect(opened).toBeGreaterThan(50);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  }, slow);

  it('npm run demo leaves the earlier tree as it was when the disk quota ends part-way, and says so', () => {
    const dir = earlier();
    const before = snapshot(dir);
    // `ulimit -f 8`: files up to 8 KiB are written, the first longer one stops there.
    const run = spawnSync('bash', ['-c', 'ulimit -f 8 && exec "$0" "$@"', process.execPath, 'scripts/demo.ts', '--issues', '40', '--seed', 's2', '--out', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dir} was left as it was.`);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  }, slow);

  it('npm run demo into a new folder leaves no folder behind when it fails', () => {
    const base = tempFolder('kezdesu-demo-');
    const run = spawnSync('bash', ['-c', 'ulimit -f 8 && exec "$0" "$@"', process.execPath, 'scripts/demo.ts', '--issues', '40', '--seed', 's2', '--out', join(base, 'new', 'content')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(readdirSync(base)).toEqual([]);
  });
});

describe('a generated tree', () => {
  let content: Content;
  let problems: string[];
  beforeAll(() => {
    const dir = tempFolder('kezdesu-demo-');
    for (const file of generateDemo({ issues: 700, seed: 'properties', today, geoDir: 'content/geo', calendarShare: 0.25 })) {
      const path = join(dir, file.path);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, file.text);
    }
    const result = loadContent(dir, { asOf: today });
    content = result.content;
    problems = result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  });

  it('validates, is labelled demonstration data, and has exactly the issues asked for', () => {
    expect(problems).toEqual([]);
    expect(content.site.demo).toBe(true);
    expect(content.issues).toHaveLength(700);
  });

  it('covers all 20 regions with meetings at every level', () => {
    expect(new Set(content.meetings.map((m) => m.place.region)).size).toBe(20);
    expect(new Set(content.meetings.map((m) => m.holder.level))).toEqual(new Set(['region', 'city', 'district', 'rural-okrug', 'minister']));
  });

  it('has minutes for every held meeting', () => {
    const withMinutes = new Set(content.minutes.map((m) => m.meeting));
    expect(content.meetings.filter((m) => m.status === 'held' && !withMinutes.has(m.id))).toEqual([]);
  });

  it('has meetings announced late or not at all, postponed and cancelled ones, and upcoming ones', () => {
    const lead = (m: Content['meetings'][number]) =>
      Math.min(...m.announcements.map((a) => (Date.parse(localDay(m.start, zoneOf(m.place.region))) - Date.parse(a.published)) / 86_400_000));
    expect(content.meetings.some((m) => m.announcements.length === 0)).toBe(true);
    expect(content.meetings.some((m) => m.announcements.length > 0 && lead(m) < content.site.timelyAnnouncementDays)).toBe(true);
    for (const status of ['held', 'scheduled', 'postponed', 'cancelled'] as const) expect(content.meetings.some((m) => m.status === status)).toBe(true);
  });

  it('has a believable mix of statuses, deadlines, financing and maslikhat decisions in Kazakh and Russian', () => {
    const statuses = new Set(content.issues.map(currentStatus));
    for (const s of ['received', 'in-review', 'planned', 'in-progress', 'resolved', 'explained', 'declined', 'referred', 'duplicate'] as const) {
      expect(statuses, s).toContain(s);
    }
    const resolved = content.issues.filter((i) => currentStatus(i) === 'resolved').length / content.issues.length;
    expect(resolved).toBeGreaterThan(0.1);
    expect(resolved).toBeLessThan(0.5);
    expect(content.issues.some((i) => i.deadline !== undefined && i.deadline < today && !['resolved', 'explained', 'declined', 'duplicate'].includes(currentStatus(i)))).toBe(true);
    expect(content.issues.some((i) => i.financing?.decision !== undefined)).toBe(true);
    expect(content.issues.some((i) => i.measure !== undefined)).toBe(true);
    expect(content.issues.some((i) => i.title.kk !== undefined && i.title.ru === undefined)).toBe(true);
    expect(content.issues.some((i) => i.title.ru !== undefined && i.title.kk === undefined)).toBe(true);
    expect(content.measures.length).toBeGreaterThan(0);
  });

  it('corrects the title or description of a few issues, each correction appended after the issue\'s other changes', () => {
    const corrected = content.issues.filter((i) => i.changes.some((c) => c.kind === 'correction'));
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.length / content.issues.length).toBeLessThan(0.05);
    const fields = new Set(corrected.flatMap((i) => i.changes.flatMap((c) => (c.kind === 'correction' ? [c.field] : []))));
    expect(fields).toEqual(new Set(['title', 'description']));
    for (const issue of corrected) {
      const first = issue.changes.findIndex((c) => c.kind === 'correction');
      expect(issue.changes.slice(first).every((c) => c.kind === 'correction'), issue.id).toBe(true);
    }
  });

  // What a reader of the demo pages notices first: numbers that make sense, Russian in its cases, places and money as they can be.
  it('gives in the minutes the residents present, the questions taken up, the months to the next meeting (1–6) and each speaker\'s minutes (3–5), each its own number', () => {
    const meetings = new Map(content.meetings.map((m) => [m.id, m]));
    const raised = new Map<string, number>();
    for (const i of content.issues) raised.set(i.meetings[0]!, (raised.get(i.meetings[0]!) ?? 0) + 1);
    const seen = { attendance: 0, issues: 0, months: 0, minutes: 0 };
    for (const minutes of content.minutes) {
      const meeting = meetings.get(minutes.meeting)!;
      const number = (pattern: RegExp) => (minutes.text.match(pattern)?.[1] === undefined ? undefined : Number(minutes.text.match(pattern)![1]));
      const attendance = number(/(?:қатысқан тұрғындар саны|присутствовавших жителей): (\d+)/);
      const issues = number(/(?:бақылауға алынған мәселелер саны|на контроль взято вопросов): (\d+)/);
      const months = number(/(?:Келесі кездесуді (\d+) айдан кейін|провести через (\d+) мес)/) ?? number(/провести через (\d+) мес/);
      const speaking = number(/(?:әр сөйлеушіге (\d+) минутқа|предоставляется до (\d+) мин)/) ?? number(/предоставляется до (\d+) мин/);
      if (attendance !== undefined) {
        seen.attendance += 1;
        expect(attendance, minutes.meeting).toBe(meeting.attendance);
      }
      if (issues !== undefined) {
        seen.issues += 1;
        expect(issues, minutes.meeting).toBe(raised.get(minutes.meeting) ?? 0);
      }
      if (months !== undefined) {
        seen.months += 1;
        expect(months, minutes.meeting).toBeGreaterThanOrEqual(1);
        expect(months, minutes.meeting).toBeLessThanOrEqual(6);
      }
      if (speaking !== undefined) {
        seen.minutes += 1;
        expect(speaking, minutes.meeting).toBeGreaterThanOrEqual(3);
        expect(speaking, minutes.meeting).toBeLessThanOrEqual(5);
      }
    }
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  });

  it('names every akim in Russian with the unit in the genitive, as "Аким Саргинской сельской администрации", "Аким района Магжана Жумабаева"', () => {
    const offices = new Set(content.meetings.flatMap((m) => (m.holder.level === 'minister' || m.holder.office.ru === undefined ? [] : [m.holder.office.ru])));
    expect(offices.size).toBeGreaterThan(50);
    for (const office of offices) {
      expect(office, office).toMatch(/^Аким /);
      // The kind of unit in the genitive, in lower case, and no adjective left in the nominative.
      expect(office, office).toMatch(/ (района|города|области|округа|администрации|села|поселка|посёлка|лесхоза)( |$)/);
      expect(office, office).not.toMatch(/ (Район|район|город|область|округ|администрация)( |$)/);
      expect(office, office).not.toMatch(/(ая|ий|ый|ое) (района|города|области|округа|администрации)/);
    }
  });

  it('meets online with no street address, and in a hall with an address otherwise', () => {
    const online = content.meetings.filter((m) => m.format === 'online');
    expect(online.length).toBeGreaterThan(0);
    for (const m of online) {
      expect(m.place.address.ru, m.id).not.toMatch(/улица|\d/);
      expect(m.place.address.kk, m.id).not.toMatch(/көшесі|\d/);
    }
    for (const m of content.meetings.filter((x) => x.format !== 'online')) {
      expect(m.place.venue.ru, m.id).not.toMatch(/онлайн/i);
      expect(m.place.address.ru, m.id).toMatch(/\d/);
    }
  });

  it('credits a maslikhat decision only to money from the local budget, never to republican or other money', () => {
    const financed = content.issues.flatMap((i) => [...(i.financing ? [{ id: i.id, ...i.financing }] : []), ...i.changes.flatMap((c) => (c.kind === 'financing' ? [{ id: i.id, ...c }] : []))]);
    expect(financed.some((f) => f.source === 'republican')).toBe(true);
    expect(financed.some((f) => f.source === 'local' && f.decision !== undefined)).toBe(true);
    for (const f of financed) if (f.decision !== undefined) expect(f.source, f.id).toBe('local');
  });

  it('keeps a settlement the classifier names only in Russian out of Kazakh titles, descriptions and minutes', () => {
    let checked = 0;
    for (const issue of content.issues) {
      const name = issue.place.settlement?.name;
      if (name === undefined || name.kk !== undefined) continue;
      checked += 1;
      expect(issue.title.kk ?? '', issue.id).not.toContain(name.ru);
      expect(issue.description.kk ?? '', issue.id).not.toContain(name.ru);
    }
    expect(checked).toBeGreaterThan(100);
    const meetings = new Map(content.meetings.map((m) => [m.id, m]));
    for (const minutes of content.minutes.filter((x) => x.lang === 'kk')) {
      const name = meetings.get(minutes.meeting)!.place.settlement?.name;
      if (name !== undefined && name.kk === undefined) expect(minutes.text, minutes.meeting).not.toContain(name.ru);
      // Russian minutes quote no Kazakh issue text, and Kazakh minutes no Russian office.
      expect(minutes.text, minutes.meeting).not.toMatch(/Аким /);
    }
    for (const minutes of content.minutes.filter((x) => x.lang === 'ru')) {
      const meeting = meetings.get(minutes.meeting)!;
      const geography = [meeting.place.settlement?.name.ru ?? '', meeting.holder.office.ru ?? '', meeting.place.address.ru ?? ''];
      const kazakhWords = (minutes.text.match(/\S*[әғқңөұүһі]\S*/giu) ?? []).filter((w) => !geography.some((g) => g.includes(w.replace(/[.,:;»«"()>]+$/u, '').replace(/^[«"(]+/u, ''))));
      expect(kazakhWords, minutes.meeting).toEqual([]);
    }
  });

  it('varies issue titles: each category\'s parts make at least 800 titles, and 700 issues hold at least 450 different Kazakh and 450 different Russian ones', () => {
    // 11 village places and 39 streets; the smallest category, "other", has 4 objects × 4 problems × 50 places = 800 titles.
    const places = villagePlaces.length + wording.streetNames.length;
    expect(places).toBe(50);
    for (const category of categoryIds) expect(titleCount(category, places), category).toBeGreaterThanOrEqual(800);
    // Of 700 issues, 82% have a Kazakh title and 88% a Russian one (574 and 616 expected); three in four of those are
    // composed (~430 and ~460), and with at least 800 titles a category two composed titles of one category are rarely the same;
    // the rest come from the 162 written ones, where ~145 and ~155 draws over 14 categories give some 75 each: about 505 and
    // 535 in all, and 450 leaves room for chance. Before titles were composed, a tree of any size held at most 162 of each.
    const kk = new Set(content.issues.flatMap((i) => (i.title.kk === undefined ? [] : [i.title.kk])));
    const ru = new Set(content.issues.flatMap((i) => (i.title.ru === undefined ? [] : [i.title.ru])));
    expect(kk.size).toBeGreaterThanOrEqual(450);
    expect(ru.size).toBeGreaterThanOrEqual(450);
  });

  // The calendars and what became of their entries, worked out here from the files, not by the code that computes the figures.
  const kindOf = (region: string) => content.regions.find((r) => r.slug === region)!.kind;
  const dayOf = (m: Content['meetings'][number]) => localDay(m.start, zoneOf(m.place.region));
  /** A district's settlements: district slugs repeat across regions (esil-district), so the KATO code's region digits say whose. */
  const settlementsOf = (d: Content['districts'][number]) => {
    const code = content.regions.find((r) => r.slug === d.region)!.kato.slice(0, 2);
    return content.settlements.filter((s) => s.district === d.slug && s.kato.startsWith(code));
  };
  /** The entries of a calendar as its corrections leave them, with the dropped ones apart. */
  const current = (c: Calendar) => {
    const entries = new Map<string, CalendarEntry>(c.entries.map((e) => [e.id, e]));
    const dropped = new Set<string>();
    for (const x of c.corrections) {
      if (x.kind === 'added') entries.set(x.entry.id, x.entry);
      if (x.kind === 'moved') entries.set(x.entry, { ...entries.get(x.entry)!, planned: x.planned });
      if (x.kind === 'dropped') dropped.add(x.entry);
    }
    return { entries, dropped };
  };

  it('writes a calendar for every region, approved by 15 January but for a couple late in February, with notice to the maslikhat', () => {
    const calendars = content.calendars.filter((c) => c.year === 2026);
    expect(calendars.map((c) => c.region).sort()).toEqual(content.regions.map((r) => r.slug).sort());
    const onTime = calendars.filter((c) => c.approved.date <= '2026-01-15');
    expect(onTime.length).toBeGreaterThanOrEqual(17);
    expect(calendars.some((c) => c.approved.date.startsWith('2026-02'))).toBe(true);
    for (const c of calendars) {
      expect(c.approved.maslikhat.act, c.region).toBe('notice');
      expect(c.approved.by.kk && c.approved.by.ru, c.region).toBeTruthy();
      const code = content.regions.find((r) => r.slug === c.region)!.kato.slice(0, 2);
      for (const e of c.entries) {
        expect(e.id.startsWith(`c-${code}-2026-`), e.id).toBe(true);
        expect(e.holder.level, e.id).not.toBe('minister');
        expect(e.planned.from >= '2026-01-01' && e.planned.to <= '2026-12-31', e.id).toBe(true);
      }
    }
  });

  it('plans the region akim in a share of its districts and each planned district akim in each of its settlements, with few left out', () => {
    // This tree writes a quarter of the calendars (calendarShare 0.25): in a region of n districts, the district or
    // town akims of round(n / 4) of them plan their visits, and the region akim visits max(1, round(n / 2)) districts
    // (and those where one of its earlier meetings was planned).
    let settlements = 0;
    let planned = 0;
    for (const c of content.calendars) {
      if (kindOf(c.region) === 'city') continue;
      const districts = content.districts.filter((d) => d.region === c.region);
      const regionAkim = new Set(c.entries.filter((e) => e.holder.level === 'region').map((e) => e.place.district));
      expect(regionAkim.size, c.region).toBeGreaterThanOrEqual(Math.max(1, Math.round(districts.length / 2)));
      expect(regionAkim.size, c.region).toBeLessThan(districts.length);
      const withPlans = districts.filter((d) => c.entries.some((e) => e.holder.district === d.slug));
      expect(withPlans.length, c.region).toBe(Math.round(districts.length / 4));
      for (const d of withPlans) {
        const own = settlementsOf(d);
        const reached = new Set(c.entries.filter((e) => e.holder.district === d.slug).map((e) => e.place.settlement?.kato));
        settlements += own.length;
        planned += own.filter((s) => reached.has(s.kato)).length;
      }
    }
    expect(planned / settlements).toBeGreaterThan(0.9);
    expect(planned).toBeLessThan(settlements);
  });

  it('corrects calendars with moves, fewer drops and a few additions, each dated after approval with its maslikhat reference and a reason in Kazakh and Russian', () => {
    const corrections = content.calendars.flatMap((c) => c.corrections.map((x) => ({ c, x })));
    const count = (kind: string) => corrections.filter(({ x }) => x.kind === kind).length;
    expect(count('moved')).toBeGreaterThan(count('dropped'));
    expect(count('dropped')).toBeGreaterThan(0);
    expect(count('added')).toBeGreaterThan(0);
    for (const { c, x } of corrections) {
      expect(x.maslikhat.session && x.maslikhat.number && x.maslikhat.act === 'notice', `${c.region}: ${x.date}`).toBe(true);
      expect(x.maslikhat.date).toBe(x.date);
      expect(x.date > c.approved.date && x.date <= today, `${c.region}: ${x.date}`).toBe(true);
      expect(x.reason.kk && x.reason.ru, `${c.region}: ${x.date}`).toBeTruthy();
      if (x.kind !== 'added') expect(c.entries.map((e) => e.id), x.entry).toContain(x.entry);
    }
  });

  it('links meetings to the entries they fulfil: most on time, some late, some never held; others are held outside the calendar with a reason', () => {
    const outcomes = { 'on-time': 0, late: 0, 'not-held': 0, 'not-yet-due': 0, dropped: 0 };
    const heldFor = new Map<string, string>();
    for (const m of content.meetings) if (m.calendarEntry !== undefined && m.status === 'held') heldFor.set(m.calendarEntry, dayOf(m));
    for (const c of content.calendars) {
      const { entries, dropped } = current(c);
      for (const [id, e] of entries) {
        const held = heldFor.get(id);
        if (dropped.has(id)) outcomes.dropped += 1;
        else if (held !== undefined) outcomes[held <= e.planned.to ? 'on-time' : 'late'] += 1;
        else outcomes[e.planned.to < today ? 'not-held' : 'not-yet-due'] += 1;
      }
    }
    const due = outcomes['on-time'] + outcomes.late + outcomes['not-held'];
    expect(outcomes['on-time'] / due).toBeGreaterThan(0.7);
    expect(outcomes.late / due).toBeGreaterThan(0.02);
    expect(outcomes['not-held'] / due).toBeGreaterThan(0.04);
    expect(outcomes['not-held'] / due).toBeLessThan(0.25);
    expect(outcomes['not-yet-due']).toBeGreaterThan(0);
    // Each link names an entry of the meeting's own holder in its region's calendar.
    const byId = new Map(content.calendars.flatMap((c) => [...current(c).entries.values()].map((e) => [e.id, { c, e }] as const)));
    for (const m of content.meetings.filter((x) => x.calendarEntry !== undefined)) {
      const found = byId.get(m.calendarEntry!);
      expect(found?.c.region, m.id).toBe(m.place.region);
      expect(entryHolder(found!.e.holder, found!.c.region, kindOf(m.place.region))?.key, m.id).toBe(meetingHolder(m, kindOf(m.place.region))?.key);
    }
    const outside = content.meetings.filter((m) => m.outsideCalendar !== undefined);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((m) => m.outsideCalendar!.kk && m.outsideCalendar!.ru && m.holder.level !== 'minister')).toBe(true);
  });

  it('has district akims who never reach some of their rural okrugs in the first half-year, while most okrugs are reached', () => {
    let pairs = 0;
    let covered = 0;
    const unreached = new Set<string>();
    // The okrugs each holder met residents in during January–June.
    const reachedBy = new Map<string, Set<string | undefined>>();
    for (const m of content.meetings) {
      if (m.status !== 'held' || dayOf(m) > '2026-06-30') continue;
      const key = meetingHolder(m, kindOf(m.place.region))?.key ?? '';
      reachedBy.set(key, (reachedBy.get(key) ?? new Set()).add(m.place.settlement?.kato));
    }
    // The district akims whose calendars this tree writes.
    const planning = new Set(content.calendars.flatMap((c) => c.entries.filter((e) => e.holder.level === 'district').map((e) => `${c.region}/${e.holder.district}`)));
    for (const d of content.districts.filter((x) => x.kind === 'district' && planning.has(`${x.region}/${x.slug}`))) {
      const reached = reachedBy.get(`district:${d.region}/${d.slug}`) ?? new Set();
      for (const s of settlementsOf(d).filter((x) => x.kind === 'rural-okrug')) {
        pairs += 1;
        if (reached.has(s.kato)) covered += 1;
        else unreached.add(d.slug);
      }
    }
    expect(covered / pairs).toBeGreaterThan(0.75);
    expect(covered).toBeLessThan(pairs);
    expect(unreached.size).toBeGreaterThan(5);
  });

  it('has ministers meeting residents in many regions, more often in regional centres than beyond them, and taking some of the issues raised', () => {
    const ministers = content.meetings.filter((m) => m.holder.level === 'minister');
    expect(new Set(ministers.map((m) => m.place.region)).size).toBeGreaterThanOrEqual(8);
    for (const m of ministers) expect(bodies[m.holder.body!].kind, m.id).toBe('ministry');
    const inCentre = (m: Content['meetings'][number]) => {
      const region = content.regions.find((r) => r.slug === m.place.region)!;
      const district = content.districts.find((d) => d.region === region.slug && d.slug === m.place.district);
      return region.kind === 'city' || district === undefined || district.centre?.kato === region.centre.kato;
    };
    const centre = ministers.filter(inCentre).length;
    expect(centre).toBeGreaterThan(ministers.length - centre);
    expect(ministers.length - centre).toBeGreaterThan(0);
    expect(ministers.some((m) => m.holder.office.ru?.startsWith('Министр ') && m.holder.office.kk?.endsWith(' министрі'))).toBe(true);
    const bodyOf = new Map(ministers.map((m) => [m.id, m.holder.body]));
    const raised = content.issues.filter((i) => bodyOf.has(i.meetings[0]!));
    const theirs = raised.filter((i) => i.body === bodyOf.get(i.meetings[0]!));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(raised.length);
  });

  it('announces meetings on the open-data portal and notice boards now and then, most in several channels, few in every channel the rules require', () => {
    const channels = (m: Content['meetings'][number]) => new Set(m.announcements.map((a) => a.channel));
    const used = content.meetings.map(channels);
    for (const c of ['open-data', 'notice-board'] as const) expect(used.filter((u) => u.has(c)).length, c).toBeGreaterThan(content.meetings.length / 20);
    expect(used.filter((u) => u.size >= 2).length / used.length).toBeGreaterThan(0.5);
    const required = content.obligations.at(-1)!.channels;
    const all = used.filter((u) => required.every((c) => u.has(c))).length;
    expect(all / used.length).toBeLessThan(0.2);
  });
});

describe('Russian names of units after "Аким"', () => {
  it('puts the kind of unit and its adjective in the genitive and leaves a name after it as it is', () => {
    expect(russianGenitive('Саргинская сельская администрация')).toBe('Саргинской сельской администрации');
    expect(russianGenitive('Район Магжана Жумабаева')).toBe('района Магжана Жумабаева');
    expect(russianGenitive('Абайский район')).toBe('Абайского района');
    expect(russianGenitive('Донской сельский округ')).toBe('Донского сельского округа');
    expect(russianGenitive('Жана Каратонская поселковая администрация')).toBe('Жана Каратонской поселковой администрации');
    expect(russianGenitive('Восточно-Казахстанская область')).toBe('Восточно-Казахстанской области');
    expect(russianGenitive('сельский округ Арнасай')).toBe('сельского округа Арнасай');
    expect(russianGenitive('сельская администрация Изобильный')).toBe('сельской администрации Изобильный');
    expect(russianGenitive('город Семей')).toBe('города Семей');
  });

  it('says "on a street" with an adjective street name in its case and a person\'s name as it is', () => {
    expect(streetPlace({ kk: 'Мектеп көшесі', ru: 'улица Школьная' })).toEqual({ kk: 'Мектеп көшесінде', ru: 'на улице Школьной' });
    expect(streetPlace({ kk: 'Бақша көшесі', ru: 'улица Садовая' })).toEqual({ kk: 'Бақша көшесінде', ru: 'на улице Садовой' });
    expect(streetPlace({ kk: 'Абай көшесі', ru: 'улица Абая' })).toEqual({ kk: 'Абай көшесінде', ru: 'на улице Абая' });
    expect(streetPlace({ kk: 'Ыбырай Алтынсарин көшесі', ru: 'улица Ибрая Алтынсарина' })).toEqual({ kk: 'Ыбырай Алтынсарин көшесінде', ru: 'на улице Ибрая Алтынсарина' });
  });
});

describe('the demo wording', () => {
  it('has the Kazakh review\'s corrections: no "стихиялық", no "қайта жаңарту", a genitive before "құлау қаупі"', () => {
    const all = JSON.stringify(wording);
    expect(all).not.toMatch(/стихиялық|қайта жаңарт|бағаналары құлау/);
    expect(all).toContain('бағаналарының құлау қаупі');
  });
});
