/**
 * The parts of the demonstration tree that hold akims and ministers to the
 * rules (issue 12): each region's annual calendar of meetings with its
 * corrections, the meetings that fulfil its entries (most on time, some
 * late, some never held, some okrugs never reached), meetings held outside
 * the calendar with a reason, ministers' meetings, and announcements in the
 * open-data portal and on notice boards.
 *
 * Every part draws from its own random streams (named by seed, region, year,
 * entry or meeting), never from the stream the meetings and issues of
 * generate.ts share, so those keep their bytes where nothing here touches
 * them.
 */
import type { Calendar, CalendarCorrection, CalendarEntry, MaslikhatReference, PlannedWindow } from '../../src/schemas/calendar.ts';
import type { District } from '../../src/schemas/district.ts';
import type { Issue } from '../../src/schemas/issue.ts';
import { MeetingRecord, type Announcement, type Coverage, type Meeting, type MeetingChange } from '../../src/schemas/meeting.ts';
import type { RulesVersion } from '../../src/schemas/obligations.ts';
import type { Region } from '../../src/schemas/region.ts';
import type { Settlement } from '../../src/schemas/settlement.ts';
import { meetingView } from '../../src/lib/meetings/log.ts';
import { instantAt, zoneOf } from '../../src/lib/time.ts';
import { Random } from './random.ts';
import type { BodyId, CategoryId, ObligationHolder } from '../../src/vocabularies.ts';
import * as wording from './wording.ts';

type Text = { kk?: string; ru?: string; en?: string };

/** A meeting as generate.ts plans it (the same shape). */
export interface PlannedMeeting {
  record: MeetingRecord;
  meeting: Meeting;
  region: Region;
  district: District | undefined;
  settlement: Settlement | undefined;
  day: number;
  lang: 'kk' | 'ru';
  issues: Issue[];
}

export interface CalendarContext {
  seed: string;
  /** Day numbers (days since 1970-01-01). */
  today: number;
  roundStart: number;
  regions: readonly Region[];
  districtsOf: (r: Region) => District[];
  settlementsOf: (r: Region, d: District) => Settlement[];
  versions: readonly RulesVersion[];
  /** The meetings generate.ts planned; ministers' meetings and calendar links are set on them here. */
  plans: PlannedMeeting[];
  officeOf: (level: Meeting['holder']['level'], region: Region, district: District | undefined, settlement: Settlement | undefined) => Text;
  /**
   * How much of the country's calendars to write, 0–1 (`calendarShare`): 1
   * plans every akim's visits, as a real year does (about 5,000 planned
   * meetings whatever the number of issues); less plans the visits of that
   * share of each region's district and town akims, and the region or city
   * akim's visits to twice that share of its districts (at least one), so
   * a small tree keeps few meetings.
   */
  share: number;
}

/** The calendars' share of a tree of `issues` issues: whole from 20,000 issues, in proportion below. */
export function calendarShare(issues: number): number {
  return Math.min(1, issues / 20_000);
}

const DAY = 86_400_000;
const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY);
const dayString = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const yearOf = (n: number): number => Number(dayString(n).slice(0, 4));
const romanSessions = ['III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIV', 'XVI', 'XVIII', 'XX', 'XXII', 'XXV'];

/** The version of the rules in force on a day (the oldest, before any took effect). */
export function versionOn(versions: readonly RulesVersion[], day: string): RulesVersion {
  let found = versions[0]!;
  for (const v of versions) if (v.effective <= day) found = v;
  return found;
}

/** Is the meeting in its region's centre: a city region, no district, or the district whose centre is the region's. */
function inCentre(plan: PlannedMeeting): boolean {
  return plan.region.kind === 'city' || plan.district === undefined || plan.district.centre?.kato === plan.region.centre.kato;
}

// ---------------------------------------------------------------- ministers

/** Ministries whose heads meet residents (not defence, foreign affairs, emergencies or internal affairs), their heads' titles, and the fields of the issues they take. */
const ministries: readonly { body: BodyId; office: Required<Text>; categories: readonly CategoryId[] }[] = [
  { body: 'min-energy', office: { kk: 'Энергетика министрі', ru: 'Министр энергетики', en: 'Minister of Energy' }, categories: ['electricity', 'gas'] },
  {
    body: 'min-digital',
    office: { kk: 'Жасанды интеллект және цифрлық даму министрі', ru: 'Министр искусственного интеллекта и цифрового развития', en: 'Minister of Artificial Intelligence and Digital Development' },
    categories: ['mobile-internet'],
  },
  { body: 'min-transport', office: { kk: 'Көлік министрі', ru: 'Министр транспорта', en: 'Minister of Transport' }, categories: ['roads-transport'] },
  { body: 'min-health', office: { kk: 'Денсаулық сақтау министрі', ru: 'Министр здравоохранения', en: 'Minister of Health' }, categories: ['health'] },
  { body: 'min-education', office: { kk: 'Оқу-ағарту министрі', ru: 'Министр просвещения', en: 'Minister of Education' }, categories: ['education'] },
  { body: 'min-labour', office: { kk: 'Еңбек және халықты әлеуметтік қорғау министрі', ru: 'Министр труда и социальной защиты населения', en: 'Minister of Labour and Social Protection' }, categories: ['social-support', 'employment'] },
  { body: 'min-agriculture', office: { kk: 'Ауыл шаруашылығы министрі', ru: 'Министр сельского хозяйства', en: 'Minister of Agriculture' }, categories: ['agriculture'] },
  { body: 'min-water', office: { kk: 'Су ресурстары және ирригация министрі', ru: 'Министр водных ресурсов и ирригации', en: 'Minister of Water Resources and Irrigation' }, categories: ['water'] },
  { body: 'min-ecology', office: { kk: 'Экология және табиғи ресурстар министрі', ru: 'Министр экологии и природных ресурсов', en: 'Minister of Ecology and Natural Resources' }, categories: ['environment'] },
  { body: 'min-industry', office: { kk: 'Өнеркәсіп және құрылыс министрі', ru: 'Министр промышленности и строительства', en: 'Minister of Industry and Construction' }, categories: ['housing-utilities'] },
  { body: 'min-economy', office: { kk: 'Ұлттық экономика министрі', ru: 'Министр национальной экономики', en: 'Minister of National Economy' }, categories: ['other'] },
  { body: 'min-information', office: { kk: 'Мәдениет және ақпарат министрі', ru: 'Министр культуры и информации', en: 'Minister of Culture and Information' }, categories: [] },
];
/** Heads who seldom leave the capital: their quarters are often missed. */
const seldomTravel = new Set<BodyId>(['min-economy', 'min-information']);

function refresh(plan: PlannedMeeting): void {
  plan.meeting = meetingView(MeetingRecord.parse(plan.record));
}

/**
 * Some of the meetings already planned become ministers' meetings: for each
 * ministry and quarter, usually one or two, in a region picked by chance, in
 * its centre about seven times in ten (as in life, more than the rules
 * want), else in a district. The issues raised there in the ministry's field
 * are mostly assigned to it.
 */
export function appointMinisters(ctx: CalendarContext): void {
  const rnd = new Random(`${ctx.seed}:ministers`);
  const taken = new Set<PlannedMeeting>();
  const candidates = ctx.plans.filter(
    (p) => p.record.holder.level !== 'rural-okrug' && (p.meeting.status === 'held' || p.meeting.status === 'scheduled'),
  );
  for (let year = yearOf(ctx.roundStart); year <= yearOf(ctx.today); year++) {
    for (let q = 0; q < 4; q++) {
      const from = dayNumber(`${year}-${pad(q * 3 + 1, 2)}-01`);
      const to = q === 3 ? dayNumber(`${year}-12-31`) : dayNumber(`${year}-${pad(q * 3 + 4, 2)}-01`) - 1;
      const inQuarter = candidates.filter((p) => p.day >= from && p.day <= to);
      for (const ministry of ministries) {
        const count = rnd.chance(seldomTravel.has(ministry.body) ? 0.35 : 0.85) ? (rnd.chance(0.25) ? 2 : 1) : 0;
        for (let k = 0; k < count; k++) {
          const centre = rnd.chance(0.7);
          const free = inQuarter.filter((p) => !taken.has(p));
          const pool = free.filter((p) => inCentre(p) === centre);
          const options = pool.length > 0 ? pool : free;
          // Ministers choose where to go by the problems raised there: a meeting with issues in the ministry's field is likelier.
          const weights = options.map((p) => 1 + 3 * p.issues.filter((i) => ministry.categories.includes(i.category)).length);
          const chosen = options.length > 0 ? options[pickIndex(rnd, weights)] : undefined;
          if (chosen === undefined) continue;
          taken.add(chosen);
          makeMinisters(chosen, ministry, rnd);
        }
      }
    }
  }
}

/** An index drawn in proportion to its weight. */
function pickIndex(rnd: Random, weights: readonly number[]): number {
  let x = rnd.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

function makeMinisters(plan: PlannedMeeting, ministry: (typeof ministries)[number], rnd: Random): void {
  const changes = plan.record.changes.map((c): MeetingChange => {
    if (c.kind !== 'held') return c;
    return {
      ...c,
      ...(c.documents !== undefined && c.documents.length > 0 ? { documents: c.documents.map((d) => ({ ...d, title: { kk: 'Министрдің баяндамасы', ru: 'Доклад министра' } })) } : {}),
      ...(c.coverage !== undefined && c.coverage.length > 0
        ? {
            coverage: c.coverage.map((cv): Coverage => ({
              ...cv,
              title: {
                kk: (cv.title.kk ?? '').replace(/(Ә|ә)кім тұрғындармен кездесті/, (_, a: string) => `${a === 'Ә' ? 'М' : 'м'}инистр тұрғындармен кездесті`),
                ru: (cv.title.ru ?? '').replace('аким встретился с жителями', 'министр встретился с жителями'),
              },
            })),
          }
        : {}),
    };
  });
  plan.record = { ...plan.record, holder: { level: 'minister', body: ministry.body, office: ministry.office }, changes };
  refresh(plan);
  for (const issue of plan.issues) {
    const referredThere = issue.history.some((e) => e.referredTo === ministry.body);
    if (ministry.categories.includes(issue.category) && !referredThere && rnd.chance(0.9)) issue.body = ministry.body;
  }
}

// ---------------------------------------------------------------- announcements

const channelWeights = { website: 30, social: 30, 'notice-board': 24, egov: 16, newspaper: 15, 'open-data': 10, radio: 8, tv: 5 } as const;
type Channel = keyof typeof channelWeights;

function outletFor(rnd: Random, channel: Channel): string {
  if (channel === 'open-data' || channel === 'notice-board') return rnd.pick(wording.newChannelOutlets.filter((o) => o.channel === channel)).name;
  return rnd.pick(wording.outlets.filter((o) => o.channel === channel)).name;
}

function announcement(rnd: Random, id: string, channel: Channel, published: number, n: number): Announcement {
  const outlet = outletFor(rnd, channel);
  return channel === 'newspaper'
    ? { channel, outlet, issueNumber: `${rnd.int(1, 150)} (${rnd.int(10000, 30000)})`, published: dayString(published) }
    : { channel, outlet, url: `https://example.org/kezdesu-demo/announcements/${id}-${n}`, published: dayString(published) };
}

/** Several channels for most meetings, seldom all the rules require; now and then none, or too late. */
function announcementsOf(rnd: Random, id: string, day: number, today: number): Announcement[] {
  if (rnd.chance(0.04)) return [];
  const count = Number(rnd.weighted({ '1': 8, '2': 20, '3': 30, '4': 24, '5': 12, '7': 6 }));
  const weights: Partial<Record<Channel, number>> = { ...channelWeights };
  const chosen: Channel[] = [];
  while (chosen.length < count && Object.keys(weights).length > 0) {
    const c = rnd.weighted(weights as Record<Channel, number>);
    chosen.push(c);
    delete weights[c];
  }
  const late = rnd.chance(0.1);
  const out: Announcement[] = [];
  chosen.forEach((channel, n) => {
    const published = day - (late ? rnd.int(1, 2) : rnd.int(3, 14));
    if (published <= today) out.push(announcement(rnd, id, channel, published, n + 1));
  });
  return out.sort((x, y) => x.published.localeCompare(y.published) || x.outlet.localeCompare(y.outlet));
}

/** Some meetings planned before the new channels were in use add one of them: the open-data portal or a notice board. */
export function addNewChannels(ctx: CalendarContext): void {
  for (const plan of ctx.plans) {
    const rnd = new Random(`${ctx.seed}:${plan.record.id}:channels`);
    if (!rnd.chance(0.3)) continue;
    const channel = rnd.pick(['open-data', 'notice-board'] as const);
    const published = plan.day - rnd.int(3, 14);
    if (published > ctx.today) continue;
    const added = announcement(rnd, plan.record.id, channel, published, plan.record.announcements.length + 1);
    const announcements = [...plan.record.announcements, added].sort((x, y) => x.published.localeCompare(y.published) || x.outlet.localeCompare(y.outlet));
    plan.record = { ...plan.record, announcements };
    refresh(plan);
  }
}

// ---------------------------------------------------------------- calendars

/** An office the calendar plans meetings for, with the places it must reach. */
interface Planner {
  level: Meeting['holder']['level'];
  role: ObligationHolder;
  /** The territory of a district or town akim. */
  district?: District;
  /** Where the meetings go: districts for a region or city akim, settlements for a district or town akim. */
  places: { district: District; settlement?: Settlement }[];
}

interface Draft {
  holder: Planner;
  place: { district?: District; settlement?: Settlement };
  planned: PlannedWindow;
  kind: 'outreach' | 'report';
  /** An existing meeting of generate.ts that fulfils it. */
  linked?: PlannedMeeting;
  /** Never held: an okrug the akim does not reach this year. */
  unreached?: boolean;
  /** Share held on time, and held late, for this holder. */
  diligence: { onTime: number; late: number };
  id?: string;
}

function plannersOf(region: Region, ctx: CalendarContext): Planner[] {
  const all = ctx.districtsOf(region);
  // A share of the districts, the same ones on every call: every k-th.
  const pick = (n: number) => (n >= all.length ? all : all.filter((_, i) => i % Math.ceil(all.length / Math.max(n, 1)) === 0).slice(0, n));
  const visited = pick(Math.max(1, Math.round(all.length * Math.min(1, ctx.share * 2))));
  const own = pick(Math.round(all.length * ctx.share));
  const planners: Planner[] = [];
  if (region.kind === 'city') {
    planners.push({ level: 'city', role: 'city-akim', places: visited.map((d) => ({ district: d })) });
    for (const d of own) planners.push({ level: 'district', role: 'district-akim', district: d, places: ctx.settlementsOf(region, d).map((s) => ({ district: d, settlement: s })) });
  } else {
    planners.push({ level: 'region', role: 'region-akim', places: visited.map((d) => ({ district: d })) });
    for (const d of own) {
      const town = d.kind === 'city';
      planners.push({ level: town ? 'city' : 'district', role: town ? 'town-akim' : 'district-akim', district: d, places: ctx.settlementsOf(region, d).map((s) => ({ district: d, settlement: s })) });
    }
  }
  return planners.filter((p) => p.places.length > 0);
}

function periodsOf(year: number, every: 'quarter' | 'half-year' | 'year'): [number, number][] {
  const starts = every === 'year' ? [1] : every === 'half-year' ? [1, 7] : [1, 4, 7, 10];
  const end = dayNumber(`${year}-12-31`);
  return starts.map((month, i) => {
    const from = dayNumber(`${year}-${pad(month, 2)}-01`);
    const next = starts[i + 1];
    return [from, next === undefined ? end : dayNumber(`${year}-${pad(next, 2)}-01`) - 1];
  });
}

function entryOf(d: Draft): CalendarEntry {
  const holderDistrict = d.holder.district;
  return {
    id: d.id!,
    holder: { level: d.holder.level, ...(holderDistrict ? { district: holderDistrict.slug } : {}) },
    place: {
      ...(d.place.district ? { district: d.place.district.slug } : {}),
      ...(d.place.settlement ? { settlement: { kato: d.place.settlement.kato, name: { ru: d.place.settlement.name.ru } } } : {}),
    },
    planned: d.planned,
    kind: d.kind,
  };
}

export interface CalendarOutput {
  calendars: Calendar[];
  /** New meetings that fulfil calendar entries, numbered after each region's other meetings. */
  meetings: PlannedMeeting[];
}

/**
 * Each region's calendar for every year the demo covers whose approval day
 * has come: approved by 15 January (two regions late, in February), with
 * the maslikhat act of the rules then in force; entries for the region (or
 * city) akim in each district, and for each district and town akim in each
 * of its settlements, as often as the rules ask; corrections; the meetings
 * that fulfil the entries; and the reason others were held outside it.
 */
export function calendarsOf(ctx: CalendarContext): CalendarOutput {
  const calendars: Calendar[] = [];
  const drafts = new Map<string, { draft: Draft; day: number; origDay: number; how: 'held' | 'late' | 'late-postponed' | 'cancelled' | 'scheduled' }[]>();
  const linked = new Set<PlannedMeeting>();
  const calendarFrom = new Map<string, number>();
  for (let year = yearOf(ctx.roundStart); year <= yearOf(ctx.today); year++) {
    const yearRnd = new Random(`${ctx.seed}:calendars:${year}`);
    const late = new Set<string>();
    while (late.size < Math.min(2, ctx.regions.length)) late.add(yearRnd.pick(ctx.regions).slug);
    const yearEnd = dayNumber(`${year}-12-31`);
    for (const region of ctx.regions) {
      const rnd = new Random(`${ctx.seed}:calendar:${region.slug}:${year}`);
      const approvedDay = late.has(region.slug) ? dayNumber(`${year}-02-01`) + rnd.int(2, 19) : dayNumber(`${year}-01-05`) + rnd.int(0, 10);
      if (approvedDay > ctx.today) continue;
      calendarFrom.set(`${region.slug}:${year}`, approvedDay);
      const version = versionOn(ctx.versions, `${year}-01-01`);
      const ref = (day: number, key: string): MaslikhatReference => ({
        act: versionOn(ctx.versions, dayString(day)).calendar.maslikhat,
        session: rnd.pick(romanSessions),
        date: dayString(day),
        number: `${rnd.int(1, 60)}/${rnd.int(100, 999)}`,
        url: `https://example.org/kezdesu-demo/maslikhat/${region.slug}/calendar-${year}-${key}`,
      });
      const centre = ctx.districtsOf(region).find((d) => d.centre?.kato === region.centre.kato);

      // Approved entries.
      const approved: Draft[] = [];
      const diligenceOf = () =>
        ({ steady: { onTime: 0.9, late: 0.05 }, uneven: { onTime: 0.72, late: 0.12 }, poor: { onTime: 0.45, late: 0.15 } })[rnd.weighted({ steady: 70, uneven: 22, poor: 8 })];
      for (const planner of plannersOf(region, ctx)) {
        const frequency = version.frequencies.find((f) => f.holder === planner.role);
        if (frequency === undefined) continue;
        const diligence = diligenceOf();
        // Some district and town akims never reach a few of their okrugs: left out of the calendar, or planned and never held.
        const unreached = new Map<string, 'omitted' | 'missed'>();
        if (planner.role !== 'region-akim' && planner.role !== 'city-akim' && planner.places.length >= 4 && rnd.chance(0.22)) {
          const n = rnd.int(1, 3);
          for (let k = 0; k < n; k++) unreached.set(rnd.pick(planner.places).settlement!.kato, rnd.chance(0.5) ? 'omitted' : 'missed');
        }
        if (planner.role === 'region-akim' || planner.role === 'city-akim') {
          // The akim's yearly report to residents, in the regional centre, in the first quarter.
          const lo = Math.max(dayNumber(`${year}-01-20`), approvedDay + 5);
          const day = rnd.int(lo, Math.max(lo, dayNumber(`${year}-03-31`)));
          approved.push({ holder: planner, place: {}, planned: { from: dayString(day), to: dayString(day) }, kind: 'report', diligence });
        }
        for (const place of planner.places) {
          const miss = place.settlement ? unreached.get(place.settlement.kato) : undefined;
          if (miss === 'omitted') continue;
          for (const [start, end] of periodsOf(year, frequency.every)) {
            for (let t = 0; t < frequency.times; t++) {
              const lo = Math.max(start, approvedDay + 5);
              const hi = end - 2;
              if (lo > hi) continue;
              // A meeting already held by this akim in this district fulfils the entry (region and city akims' visits).
              const existing = place.settlement
                ? undefined
                : ctx.plans.find(
                    (p) =>
                      !linked.has(p) &&
                      p.record.holder.level === planner.level &&
                      p.meeting.status === 'held' &&
                      p.record.place.district === place.district.slug &&
                      p.record.place.settlement === undefined &&
                      p.day >= lo &&
                      p.day <= hi &&
                      (region.kind === 'city' || planner.level === 'region'),
                  );
              let from: number;
              let to: number;
              if (existing !== undefined) {
                linked.add(existing);
                from = Math.max(lo, existing.day - rnd.int(0, 4));
                to = Math.min(end, existing.day + rnd.int(0, 5));
              } else {
                const len = rnd.chance(0.55) ? 0 : rnd.int(2, 9);
                from = rnd.int(lo, Math.max(lo, hi - len));
                to = Math.min(end, from + len);
              }
              approved.push({
                holder: planner,
                place: place.settlement ? { district: place.district, settlement: place.settlement } : { district: place.district },
                planned: { from: dayString(from), to: dayString(to) },
                kind: 'outreach',
                diligence,
                ...(existing ? { linked: existing } : {}),
                ...(miss === 'missed' ? { unreached: true } : {}),
              });
            }
          }
        }
      }
      const holderKey = (d: Draft) => `${d.holder.level}:${d.holder.district?.slug ?? ''}`;
      approved.sort(
        (a, b) =>
          a.planned.from.localeCompare(b.planned.from) ||
          holderKey(a).localeCompare(holderKey(b)) ||
          (a.place.district?.slug ?? '').localeCompare(b.place.district?.slug ?? '') ||
          (a.place.settlement?.kato ?? '').localeCompare(b.place.settlement?.kato ?? ''),
      );
      const code = region.kato.slice(0, 2);
      const width = approved.length + 10 > 999 ? 4 : 3;
      let next = 0;
      const newId = () => `c-${code}-${year}-${pad(++next, width)}`;
      for (const d of approved) d.id = newId();

      // Corrections: a few entries moved, fewer dropped, a few added, each dated after approval and not after today.
      const corrections: { order: number; value: CalendarCorrection }[] = [];
      const current = new Map<string, Draft>(approved.map((d) => [d.id!, d]));
      const dropped = new Set<string>();
      for (const d of approved) {
        if (d.linked !== undefined) continue;
        const roll = rnd.next();
        if (roll >= 0.047) continue;
        const from = dayNumber(d.planned.from);
        const to = dayNumber(d.planned.to);
        const date = Math.max(approvedDay + 1, from - rnd.int(3, 20));
        if (date > ctx.today || date >= from) continue;
        if (roll < 0.035) {
          const shift = rnd.int(7, 40);
          if (to + shift > yearEnd) continue;
          const planned = { from: dayString(from + shift), to: dayString(to + shift) };
          corrections.push({ order: date, value: { kind: 'moved', date: dayString(date), maslikhat: ref(date, `${d.id}-moved`), reason: rnd.pick(wording.calendarMoveReasons), entry: d.id!, planned } });
          current.set(d.id!, { ...d, planned });
        } else {
          corrections.push({ order: date, value: { kind: 'dropped', date: dayString(date), maslikhat: ref(date, `${d.id}-dropped`), reason: rnd.pick(wording.calendarDropReasons), entry: d.id! } });
          dropped.add(d.id!);
        }
      }
      const addable = plannersOf(region, ctx).filter((p) => p.role !== 'region-akim' && p.role !== 'city-akim');
      const adds = rnd.int(1, 3);
      for (let k = 0; k < adds && addable.length > 0; k++) {
        const planner = rnd.pick(addable);
        const place = rnd.pick(planner.places);
        const lo = approvedDay + 20;
        const hi = Math.min(ctx.today - 5, yearEnd - 40);
        if (lo > hi) continue;
        const date = rnd.int(lo, hi);
        const from = date + rnd.int(7, 25);
        const to = Math.min(yearEnd, from + (rnd.chance(0.6) ? 0 : rnd.int(2, 6)));
        const draft: Draft = { holder: planner, place: { district: place.district, ...(place.settlement ? { settlement: place.settlement } : {}) }, planned: { from: dayString(from), to: dayString(to) }, kind: 'outreach', diligence: { onTime: 0.85, late: 0.08 }, id: newId() };
        current.set(draft.id!, draft);
        corrections.push({ order: date, value: { kind: 'added', date: dayString(date), maslikhat: ref(date, `${draft.id}-added`), reason: rnd.pick(wording.calendarAddReasons), entry: entryOf(draft) } });
      }
      corrections.sort((a, b) => a.order - b.order);

      const office = ctx.officeOf(region.kind === 'city' ? 'city' : 'region', region, undefined, undefined);
      const noticeDay = Math.min(ctx.today, approvedDay + rnd.int(0, 3));
      calendars.push({
        region: region.slug,
        year,
        approved: {
          date: dayString(approvedDay),
          by: office,
          maslikhat: ref(version.calendar.maslikhat === 'notice' ? noticeDay : approvedDay - rnd.int(0, 3), 'approval'),
          url: `https://example.org/kezdesu-demo/calendars/${region.slug}/${year}`,
        },
        entries: approved.map(entryOf),
        corrections: corrections.map((c) => c.value),
      });

      // What became of each entry: the meetings that fulfil it, on its own stream.
      const list = drafts.get(region.slug) ?? [];
      for (const [id, d] of current) {
        if (dropped.has(id) || d.linked !== undefined) continue;
        const m = new Random(`${ctx.seed}:${id}:meeting`);
        const from = dayNumber(d.planned.from);
        const to = dayNumber(d.planned.to);
        if (from > ctx.today + 40) continue;
        if (d.unreached) {
          if (to < ctx.today && m.chance(0.25)) list.push({ draft: d, day: m.int(from, to), origDay: 0, how: 'cancelled' });
          continue;
        }
        if (to < ctx.today) {
          const roll = m.next();
          if (roll < d.diligence.onTime) {
            const day = m.int(from, to);
            list.push({ draft: d, day, origDay: day, how: 'held' });
          } else if (roll < d.diligence.onTime + d.diligence.late) {
            const day = to + m.int(3, 35);
            const origDay = m.int(from, to);
            if (day < ctx.today) list.push({ draft: d, day, origDay, how: m.chance(0.5) ? 'late-postponed' : 'late' });
          } else if (m.chance(0.35)) {
            list.push({ draft: d, day: m.int(from, to), origDay: 0, how: 'cancelled' });
          }
        } else if (from < ctx.today && m.chance(0.5)) {
          const day = m.int(from, ctx.today - 1);
          list.push({ draft: d, day, origDay: day, how: 'held' });
        } else if (m.chance(0.85)) {
          const day = m.int(Math.max(from, ctx.today + 1), Math.max(to, ctx.today + 1));
          list.push({ draft: d, day, origDay: day, how: 'scheduled' });
        }
      }
      drafts.set(region.slug, list);

      // Links of the meetings generate.ts planned that fulfil entries.
      for (const d of approved) {
        if (d.linked === undefined) continue;
        d.linked.record = withCalendar(d.linked.record, { calendarEntry: d.id! });
        refresh(d.linked);
      }
    }
  }

  // Other akims' meetings in a year with a calendar: held outside it, mostly with a reason.
  for (const plan of ctx.plans) {
    const level = plan.record.holder.level;
    if (linked.has(plan) || level === 'minister' || level === 'rural-okrug') continue;
    const from = calendarFrom.get(`${plan.region.slug}:${yearOf(plan.day)}`);
    if (from === undefined || plan.day < from) continue;
    const rnd = new Random(`${ctx.seed}:${plan.record.id}:calendar`);
    if (!rnd.chance(0.6)) continue;
    plan.record = withCalendar(plan.record, { outsideCalendar: rnd.pick(wording.outsideCalendarReasons) });
    refresh(plan);
  }

  // The new meetings, numbered per region after its other meetings, in date order.
  const meetings: PlannedMeeting[] = [];
  for (const region of ctx.regions) {
    const list = (drafts.get(region.slug) ?? []).sort((a, b) => a.day - b.day || a.draft.id!.localeCompare(b.draft.id!));
    let n = ctx.plans.filter((p) => p.region === region).length;
    for (const item of list) meetings.push(calendarMeeting(ctx, region, `m-${region.kato.slice(0, 2)}-${pad(++n, 4)}`, item));
  }
  return { calendars, meetings };
}

/** The record with its calendar link or its reason for being outside the calendar, placed before its announcements. */
function withCalendar(record: MeetingRecord, fields: { calendarEntry?: string; outsideCalendar?: { kk: string; ru: string } }): MeetingRecord {
  const { announcements, changes, ...head } = record;
  return { ...head, ...fields, announcements, changes } as MeetingRecord;
}

function calendarMeeting(
  ctx: CalendarContext,
  region: Region,
  id: string,
  item: { draft: Draft; day: number; origDay: number; how: 'held' | 'late' | 'late-postponed' | 'cancelled' | 'scheduled' },
): PlannedMeeting {
  const { draft, how } = item;
  const rnd = new Random(`${ctx.seed}:${draft.id}:record`);
  const settlement = draft.place.settlement;
  const district =
    draft.place.district ?? (region.kind === 'city' ? undefined : ctx.districtsOf(region).find((d) => d.centre?.kato === region.centre.kato));
  const level = draft.holder.level;
  const office = ctx.officeOf(level, region, draft.holder.district, level === 'rural-okrug' ? settlement : undefined);
  const venue = rnd.pick(wording.venues);
  const street = rnd.pick(wording.streetNames);
  const house = rnd.int(1, 120);
  const where = settlement?.name.ru ?? district?.centre?.name.ru ?? region.centre.name.ru;
  // The same place as a Kazakh text may name it: undefined where the classifier gives only a Russian name.
  const whereKk = settlement !== undefined ? settlement.name.kk : district?.centre !== undefined ? district.centre.name.kk : region.centre.name.kk;
  const hour = rnd.pick([10, 11, 15, 16]);
  const zone = zoneOf(region.slug);
  const at = (d: number, h: number) => instantAt(dayString(d), `${pad(h, 2)}:00`, zone);
  const endHour = hour + rnd.int(1, 2);
  const firstDay = how === 'late-postponed' ? item.origDay : item.day;
  const format = rnd.weighted({ 'in-person': 74, hybrid: 23, online: 3 }) as Meeting['format'];
  const announcements = announcementsOf(rnd, id, firstDay, ctx.today);
  const changes: MeetingChange[] = [];
  const upTo = (n: number) => dayString(Math.min(ctx.today, n));
  if (how === 'late-postponed') {
    changes.push({ kind: 'postponed', date: upTo(item.origDay - rnd.int(1, 4)), reason: rnd.pick(wording.postponeReasons), start: at(item.day, hour) });
  }
  if (how === 'cancelled') changes.push({ kind: 'cancelled', date: upTo(item.day - rnd.int(0, 3)), reason: rnd.pick(wording.cancelReasons) });
  if (how === 'held' || how === 'late' || how === 'late-postponed') {
    const coverage: Coverage[] = [];
    if (rnd.chance(0.3)) {
      const outlet = rnd.pick(wording.outlets);
      coverage.push({
        outlet: outlet.name,
        title: { kk: whereKk === undefined ? 'Әкім тұрғындармен кездесті' : `${whereKk}: әкім тұрғындармен кездесті`, ru: `${where}: аким встретился с жителями` },
        url: `https://example.org/kezdesu-demo/coverage/${id}-1`,
        published: upTo(item.day + rnd.int(0, 4)),
      });
    }
    changes.push({
      kind: 'held',
      date: upTo(item.day + rnd.int(0, 2)),
      attendance: rnd.int(settlement ? 15 : 60, settlement ? 220 : 450),
      ...(format !== 'in-person' ? { video: [`https://example.org/kezdesu-demo/video/${id}`] } : {}),
      ...(rnd.chance(0.2) ? { documents: [{ url: `https://example.org/kezdesu-demo/documents/${id}-report.pdf`, title: { kk: 'Әкімнің есебі', ru: 'Отчёт акима' } }] } : {}),
      ...(coverage.length > 0 ? { coverage } : {}),
    } as MeetingChange);
  }
  const record: MeetingRecord = {
    id,
    holder: { level, office },
    place: {
      region: region.slug,
      ...(district ? { district: district.slug } : {}),
      ...(settlement ? { settlement: { kato: settlement.kato, name: { ru: settlement.name.ru } } } : {}),
      ...meetingPlace(format, venue, street, house, settlement ? undefined : { kk: whereKk, ru: where }),
    },
    start: at(firstDay, hour),
    end: at(firstDay, endHour),
    format,
    ...(format !== 'in-person' ? { stream: `https://example.org/kezdesu-demo/stream/${id}` } : {}),
    calendarEntry: draft.id!,
    announcements,
    changes,
  } as MeetingRecord;
  return { record, meeting: meetingView(MeetingRecord.parse(record)), region, district, settlement, day: item.day, lang: rnd.chance(settlement ? 0.6 : 0.45) ? 'kk' : 'ru', issues: [] };
}

/**
 * A meeting's venue and address as its format allows: an online meeting has
 * the stream and no street address; a meeting residents come to is in a hall
 * with an address, never "online" (the venue drawn is kept, one draw as
 * before, and the online one is put back among the halls).
 */
export function meetingPlace(
  format: Meeting['format'],
  drawn: wording.Bilingual,
  street: wording.Bilingual,
  house: number,
  /** The town after the street, when the meeting is not in a settlement of its own; its Kazakh name only where there is one. */
  where: { kk: string | undefined; ru: string } | undefined,
): { venue: wording.Bilingual; address: wording.Bilingual } {
  if (format === 'online') return { venue: { ...wording.onlineVenue.venue }, address: { ...wording.onlineVenue.address } };
  const halls = wording.venues.filter((v) => v.ru !== wording.onlineVenue.venue.ru);
  const venue = drawn.ru === wording.onlineVenue.venue.ru ? halls[house % halls.length]! : drawn;
  const address = { kk: where?.kk === undefined ? `${street.kk}, ${house}` : `${street.kk}, ${house}, ${where.kk}`, ru: where === undefined ? `${street.ru}, ${house}` : `${street.ru}, ${house}, ${where.ru}` };
  return { venue: { kk: venue.kk, ru: venue.ru }, address };
}

/**
 * The akim's office as a Kazakh sentence may name it: its Kazakh name, or
 * where the classifier gives the unit only in Russian, the kind of office
 * alone, so no Russian name is put inside Kazakh grammar.
 */
export function kazakhOffice(holder: Meeting['holder']): string {
  if (holder.office.kk !== undefined) return holder.office.kk;
  return holder.level === 'rural-okrug' ? 'Ауылдық округ әкімі' : holder.level === 'minister' ? 'Министр' : 'Әкім';
}

/**
 * Minutes of a planned visit, in one language: what was reported, that the
 * residents' questions were answered on the spot (no issue was taken up to
 * follow), and what was agreed. A settlement named only in Russian by the
 * classifier is left out of the Kazakh text; the meeting page names it.
 */
export function calendarMinutes(rnd: Random, plan: PlannedMeeting, lang: 'kk' | 'ru'): string {
  const kk = lang === 'kk';
  const office = kk ? kazakhOffice(plan.meeting.holder) : (plan.meeting.holder.office.ru ?? plan.meeting.holder.office.kk ?? '');
  const place = plan.settlement?.name.ru ?? plan.district?.shortName[lang] ?? plan.region.shortName[lang];
  // A settlement the classifier names only in Russian is not put inside a Kazakh sentence.
  const kazakhPlace = plan.settlement === undefined ? place : plan.settlement.name.kk;
  const n = String(plan.meeting.attendance ?? 0);
  const report = rnd.pick([
    {
      kk: `${office} елді мекеннің әлеуметтік-экономикалық дамуы және алдыңғы кездесуде көтерілген мәселелердің шешілу барысы туралы баяндады.`,
      ru: `${office} доложил о социально-экономическом развитии населённого пункта и о ходе решения вопросов, поднятых на предыдущей встрече.`,
    },
    {
      kk: `${office} биылғы жылы жоспарланған жөндеу және абаттандыру жұмыстары туралы айтып берді.`,
      ru: `${office} рассказал о ремонтных работах и благоустройстве, запланированных на этот год.`,
    },
    {
      kk: `${office} ауыз сумен, жолмен және байланыспен қамту бойынша атқарылған жұмыстар туралы ақпарат берді.`,
      ru: `${office} проинформировал о работе по водоснабжению, дорогам и связи.`,
    },
  ])[lang];
  const closing = rnd.pick([
    { kk: 'Тұрғындардың ұсыныстары ескерілді, келесі кездесу бекітілген кестеге сәйкес өткізіледі.', ru: 'Предложения жителей приняты к сведению, следующая встреча пройдёт по утверждённому графику.' },
    { kk: 'Кездесуде айтылған ұсыныстар аудандық бөлімдерге жеткізілді.', ru: 'Высказанные на встрече предложения доведены до районных отделов.' },
  ])[lang];
  return [
    `## ${kk ? 'Күн тәртібі' : 'Повестка дня'}`,
    '',
    '<Agenda>',
    '',
    ...(kk ? ['1. Әкімнің атқарылған жұмыс туралы есебі', '2. Тұрғындардың сұрақтары мен ұсыныстары'] : ['1. Отчёт акима о проделанной работе', '2. Вопросы и предложения жителей']),
    '',
    '</Agenda>',
    '',
    `<Speaker role="${office}">`,
    '',
    kk ? `Кездесу ${kazakhPlace === undefined ? 'елді мекен' : `«${kazakhPlace}»`} тұрғындарымен өтті, қатысқан тұрғындар саны: ${n}.` : `Встреча прошла с жителями (${place}), присутствовало жителей: ${n}.`,
    '',
    report,
    '',
    '</Speaker>',
    '',
    `## ${kk ? 'Тұрғындардың сұрақтары' : 'Вопросы жителей'}`,
    '',
    kk ? 'Тұрғындардың сұрақтарына орнында жауап берілді, жеке қарауды қажет ететін мәселе көтерілген жоқ.' : 'На вопросы жителей даны ответы на месте, вопросов, требующих отдельного рассмотрения, не поднято.',
    '',
    `## ${kk ? 'Шешім' : 'Решение'}`,
    '',
    '<Decision>',
    '',
    closing,
    '',
    '</Decision>',
    '',
  ].join('\n');
}
