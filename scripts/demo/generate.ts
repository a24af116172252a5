/**
 * Generates a complete demonstration content tree: all 20 regions, meetings
 * at every level (some announced late or not at all, some postponed or
 * cancelled), issues in Kazakh and Russian per category, a believable mix of
 * statuses, deadlines, financing and maslikhat decisions, action-plan
 * measures, and minutes for every held meeting; and, from the rules table,
 * each region's annual calendar with its corrections, the meetings that
 * fulfil it (or are held outside it), ministers' meetings and the newer
 * announcement channels (scripts/demo/calendar.ts). Same options, same bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { District } from '../../src/schemas/district.ts';
import type { Issue, IssueChange, StatusEvent } from '../../src/schemas/issue.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { MeetingRecord, type Announcement, type Coverage, type Meeting, type MeetingChange } from '../../src/schemas/meeting.ts';
import { meetingView } from '../../src/lib/meetings/log.ts';
import { instantAt, zoneOf } from '../../src/lib/time.ts';
import type { Region } from '../../src/schemas/region.ts';
import type { Settlement } from '../../src/schemas/settlement.ts';
import type { RulesVersion } from '../../src/schemas/obligations.ts';
import { addNewChannels, appointMinisters, calendarMinutes, calendarsOf, calendarShare, kazakhOffice, meetingPlace, type CalendarContext } from './calendar.ts';
import { Random } from './random.ts';
import type { BodyId, CategoryId } from '../../src/vocabularies.ts';
import * as wording from './wording.ts';
import { composeIssue, streetPlace, titleGroups, villagePlaces, type ComposedText } from './titles.ts';
import { label } from '../../src/lib/i18n/labels.ts';

export interface DemoOptions {
  /** How many issues to generate: up to 30,000 in one round of meetings of some 320 days before today, more over as many rounds. */
  issues: number;
  /** Seed of the random source. */
  seed: string;
  /** The demo's "today", `YYYY-MM-DD`: every recorded date is on or before it. */
  today: string;
  /** The project's geography content (regions.json, districts/, settlements/); the rules table is read from `../obligations/rules.json` beside it. */
  geoDir: string;
  /** How much of the country's calendars to write, 0–1; by default whole from 20,000 issues and in proportion below (`calendarShare`). */
  calendarShare?: number;
}

export interface DemoFile {
  /** Path inside the content tree, with `/`. */
  path: string;
  text: string;
}

type Bilingual = { kk: string; ru: string };
type Text = { kk?: string; ru?: string; en?: string };

/** Rough population weights (hundreds of thousands), so big regions raise more issues. */
const regionWeights: Record<string, number> = {
  abay: 6.1, akmola: 7.9, aktobe: 9.3, 'almaty-region': 15.2, atyrau: 7.1, 'west-kazakhstan': 6.9, zhambyl: 12.1,
  zhetysu: 7, karagandy: 11.3, kostanay: 8.3, kyzylorda: 8.4, mangystau: 7.9, pavlodar: 7.5, 'north-kazakhstan': 5.3,
  turkestan: 21.6, ulytau: 2.2, 'east-kazakhstan': 7.2, astana: 14.5, almaty: 22.3, shymkent: 12.3,
};

const categoryWeights: Record<CategoryId, number> = {
  'mobile-internet': 14, electricity: 11, gas: 10, water: 12, 'roads-transport': 12, 'housing-utilities': 8, health: 7,
  education: 6, 'social-support': 8, employment: 4, agriculture: 4, 'public-order': 2, environment: 1, other: 1,
};

const bodiesByCategory: Record<CategoryId, readonly BodyId[]> = {
  'mobile-internet': ['min-digital', 'kazakhtelecom', 'district-akimat'],
  electricity: ['power-distribution', 'district-akimat', 'kegoc', 'region-akimat'],
  gas: ['qazaqgaz', 'district-akimat', 'region-akimat'],
  water: ['water-utility', 'district-akimat', 'region-akimat', 'min-water'],
  'roads-transport': ['district-akimat', 'region-akimat', 'min-transport'],
  'housing-utilities': ['district-akimat', 'rural-akimat', 'region-akimat'],
  health: ['region-akimat', 'min-health', 'district-akimat'],
  education: ['district-akimat', 'region-akimat', 'min-education'],
  'social-support': ['district-akimat', 'min-labour'],
  employment: ['district-akimat', 'min-labour'],
  agriculture: ['district-akimat', 'rural-akimat', 'min-agriculture'],
  'public-order': ['min-interior', 'district-akimat'],
  environment: ['district-akimat', 'min-ecology'],
  other: ['rural-akimat', 'district-akimat'],
};

/** Categories whose issues usually need money decided by a maslikhat. */
const fundedCategories = new Set<CategoryId>(['electricity', 'gas', 'water', 'roads-transport', 'housing-utilities', 'health', 'education', 'mobile-internet']);

const measures: Measure[] = [
  m('ap-001', 'min-digital', '2027-12-31', { kk: '250-ден астам тұрғыны бар ауылдарды 4G мобильді интернетпен қамту', ru: 'Обеспечение сёл с населением более 250 человек мобильным интернетом 4G', en: 'Bring 4G mobile internet to villages of more than 250 residents' }),
  m('ap-002', 'min-energy', '2027-06-30', { kk: 'Ауылдық электр желілері мен трансформаторларды жаңғырту', ru: 'Модернизация сельских электросетей и трансформаторных подстанций', en: 'Modernise rural power lines and transformer substations' }),
  m('ap-003', 'min-energy', '2028-12-31', { kk: 'Елді мекендерді газдандыру бағдарламасы', ru: 'Программа газификации населённых пунктов', en: 'Gas supply programme for settlements' }),
  m('ap-004', 'min-water', '2027-12-31', { kk: 'Ауылдық елді мекендерді орталықтандырылған ауыз сумен қамту', ru: 'Обеспечение сельских населённых пунктов централизованным питьевым водоснабжением', en: 'Piped drinking water for rural settlements' }),
  m('ap-005', 'min-transport', '2027-10-31', { kk: 'Жергілікті маңызы бар жолдарды жөндеу', ru: 'Ремонт дорог местного значения', en: 'Repair of local roads' }),
  m('ap-006', 'min-health', '2027-09-01', { kk: 'Ауылдарда медициналық пункттер ашу және дәрігерлермен қамту', ru: 'Открытие медицинских пунктов в сёлах и обеспечение врачами', en: 'Open rural medical points and staff them with doctors' }),
  m('ap-007', 'min-education', '2027-09-01', { kk: 'Мектептер мен балабақшаларды жөндеу және орын тапшылығын жою', ru: 'Ремонт школ и детских садов, устранение нехватки мест', en: 'Repair schools and kindergartens and end the shortage of places' }),
  m('ap-008', 'min-labour', '2027-03-31', { kk: 'Көпбалалы және аз қамтылған отбасыларға атаулы көмекті жеңілдету', ru: 'Упрощение адресной помощи многодетным и малообеспеченным семьям', en: 'Simpler targeted aid for large and low-income families' }),
  m('ap-009', 'min-industry', '2028-06-30', { kk: 'Кезекте тұрғандарға арналған жалға берілетін тұрғын үй салу', ru: 'Строительство арендного жилья для очередников', en: 'Build rental housing for people on the waiting list' }),
  m('ap-010', 'min-labour', '2027-06-30', { kk: 'Ауыл жастарын жұмыспен қамту және оқыту', ru: 'Трудоустройство и обучение сельской молодёжи', en: 'Jobs and training for rural youth' }),
  m('ap-011', 'min-agriculture', '2027-12-31', { kk: 'Жайылымдарды қайтару және суару жүйелерін қалпына келтіру', ru: 'Возврат пастбищ и восстановление оросительных систем', en: 'Return pastures and restore irrigation' }),
  m('ap-012', 'min-ecology', '2027-12-31', { kk: 'Рұқсатсыз қоқыс үйінділерін жою', ru: 'Ликвидация стихийных свалок', en: 'Clear unauthorised landfills' }),
];
const measureByCategory: Partial<Record<CategoryId, string>> = {
  'mobile-internet': 'ap-001', electricity: 'ap-002', gas: 'ap-003', water: 'ap-004', 'roads-transport': 'ap-005', health: 'ap-006',
  education: 'ap-007', 'social-support': 'ap-008', 'housing-utilities': 'ap-009', employment: 'ap-010', agriculture: 'ap-011', environment: 'ap-012',
};

function m(id: string, ministry: BodyId, deadline: string, title: Required<Text>): Measure {
  return { id, title, ministry, deadline };
}

const DAY = 86_400_000;
const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY);
const dayString = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The kinds of unit in the classifier's Russian names, with their genitive and the gender their adjectives agree with. */
const russianHeads: readonly { head: string; genitive: string; gender: 'm' | 'f' | 'n' }[] = [
  { head: 'сельский округ', genitive: 'сельского округа', gender: 'm' },
  { head: 'сельская администрация', genitive: 'сельской администрации', gender: 'f' },
  { head: 'поселковая администрация', genitive: 'поселковой администрации', gender: 'f' },
  { head: 'городская администрация', genitive: 'городской администрации', gender: 'f' },
  { head: 'районная администрация', genitive: 'районной администрации', gender: 'f' },
  { head: 'область', genitive: 'области', gender: 'f' },
  { head: 'район', genitive: 'района', gender: 'm' },
  { head: 'город', genitive: 'города', gender: 'm' },
  { head: 'поселок', genitive: 'поселка', gender: 'm' },
  { head: 'посёлок', genitive: 'посёлка', gender: 'm' },
  { head: 'село', genitive: 'села', gender: 'n' },
  { head: 'лесхоз', genitive: 'лесхоза', gender: 'm' },
];

/** Genitive of an adjective agreeing with a head of the given gender ("Абайский" → "Абайского", "Саргинская" → "Саргинской"). */
function adjectiveGenitive(word: string, gender: 'm' | 'f' | 'n'): string {
  if (gender === 'f') return word.replace(/ая$/, 'ой').replace(/яя$/, 'ей');
  if (gender === 'n') return word.replace(/ое$/, 'ого').replace(/ее$/, 'его');
  return word.replace(/([гкхжшщч])ий$/, '$1ого').replace(/ний$/, 'него').replace(/ий$/, 'его').replace(/ый$/, 'ого').replace(/ой$/, 'ого');
}

/**
 * Russian genitive of a unit's name in the classifier, as it follows "Аким":
 * the kind of unit goes into the genitive and in lower case ("Район Магжана
 * Жумабаева" → "района Магжана Жумабаева"), the adjective before it agrees
 * ("Саргинская сельская администрация" → "Саргинской сельской
 * администрации"), and a name after it stays as it is, in apposition
 * ("сельский округ Арнасай" → "сельского округа Арнасай").
 */
export function russianGenitive(name: string): string {
  const lower = name.toLowerCase();
  for (const { head, genitive, gender } of russianHeads) {
    if (lower === head || lower.startsWith(`${head} `)) return `${genitive}${name.slice(head.length)}`;
    if (lower.endsWith(` ${head}`)) {
      const before = name.slice(0, name.length - head.length - 1).split(' ');
      const last = before.length - 1;
      before[last] = adjectiveGenitive(before[last]!, gender);
      return `${before.join(' ')} ${genitive}`;
    }
  }
  return name;
}

/** Kazakh genitive of a unit name ending in ауданы / қаласы / облысы. */
export function kazakhOfficeName(name: string): string {
  return name.replace(/ауданы$/, 'ауданының').replace(/қаласы$/, 'қаласының').replace(/облысы$/, 'облысының');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function readGeo(geoDir: string): { regions: Region[]; districts: District[]; settlements: Settlement[]; files: DemoFile[] } {
  const files: DemoFile[] = [];
  const read = (rel: string): string => {
    const text = readFileSync(join(geoDir, rel), 'utf8');
    files.push({ path: `geo/${rel}`, text });
    return text;
  };
  if (existsSync(join(geoDir, 'README.md'))) read('README.md');
  const regions = JSON.parse(read('regions.json')) as Region[];
  if (existsSync(join(geoDir, 'tiles.json'))) read('tiles.json');
  const districts: District[] = [];
  const settlements: Settlement[] = [];
  for (const f of readdirSync(join(geoDir, 'districts')).sort()) districts.push(...(JSON.parse(read(`districts/${f}`)) as District[]));
  for (const f of readdirSync(join(geoDir, 'settlements')).sort()) settlements.push(...(JSON.parse(read(`settlements/${f}`)) as Settlement[]));
  return { regions, districts, settlements, files };
}

/** Splits total among keys in proportion to weights (largest remainder), so the counts add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

interface MeetingPlan {
  /** The meeting as stored: time and place as first published, and its log. */
  record: MeetingRecord;
  /** The meeting as its log leaves it. */
  meeting: Meeting;
  region: Region;
  district: District | undefined;
  settlement: Settlement | undefined;
  day: number;
  lang: 'kk' | 'ru';
  issues: Issue[];
}

/** Generates the whole tree as files. */
export function generateDemo(options: DemoOptions): DemoFile[] {
  const rnd = new Random(options.seed);
  const today = dayNumber(options.today);
  // One national round of meetings raises about 30,000 issues over some 320 days; a larger record is the work of
  // several rounds, over as many years as it took: 100,000 issues span about three years, so that a month holds as
  // many meetings and issues in a large tree as in a round.
  const roundStart = today - Math.round(320 * Math.max(1, options.issues / 30_000));
  const { regions, districts, settlements, files } = readGeo(options.geoDir);
  const districtsOf = (r: Region) => districts.filter((d) => d.region === r.slug);
  const settlementsOf = (r: Region, d: District) => settlements.filter((s) => s.district === d.slug && s.kato.slice(0, 2) === r.kato.slice(0, 2));

  const issueCounts = apportion(options.issues, regions.map((r) => regionWeights[r.slug] ?? 5));
  const plans: MeetingPlan[] = [];
  const allIssues: Issue[] = [];

  regions.forEach((region, regionIndex) => {
    const code = region.kato.slice(0, 2);
    const regionIssues = issueCounts[regionIndex] ?? 0;
    const held = Math.max(3, Math.round(regionIssues / 7));
    const upcoming = Math.max(2, Math.round(held / 10));
    const own = districtsOf(region);
    const centreDistrict = own.find((d) => d.kind === 'city' && d.centre?.kato === region.centre.kato) ?? own.find((d) => d.kind === 'city');
    const regionPlans: MeetingPlan[] = [];

    // Days first, so meeting numbers follow the order in which a region records them.
    const days: number[] = [];
    for (let k = 0; k < held; k++) days.push(rnd.int(roundStart, today - 1));
    for (let k = 0; k < upcoming; k++) days.push(today + rnd.int(1, 40));
    days.sort((a, b) => a - b);
    days.forEach((day, k) => {
      const future = day > today;
      // Holder level and place.
      let level: Meeting['holder']['level'];
      let district: District | undefined;
      let settlement: Settlement | undefined;
      if (region.kind === 'city') {
        level = rnd.chance(0.25) ? 'city' : 'district';
        district = level === 'district' ? rnd.pick(own) : undefined;
      } else {
        const roll = rnd.next();
        const rural = own.filter((d) => d.kind === 'district');
        const cities = own.filter((d) => d.kind === 'city');
        if (roll < 0.1 || rural.length === 0) {
          level = 'region';
          district = centreDistrict;
        } else if (roll < 0.25 && cities.length > 0) {
          level = 'city';
          district = rnd.pick(cities);
        } else {
          district = rnd.pick(rural);
          const okrugs = settlementsOf(region, district).filter((s) => s.kind === 'rural-okrug');
          if (roll >= 0.65 && okrugs.length > 0) {
            level = 'rural-okrug';
            settlement = rnd.pick(okrugs);
          } else {
            level = 'district';
          }
        }
      }
      const office: Text = officeOf(level, region, district, settlement);
      const venue = rnd.pick(wording.venues);
      const street = rnd.pick(wording.streetNames);
      const house = rnd.int(1, 120);
      const where = settlement?.name.ru ?? district?.centre?.name.ru ?? region.centre.name.ru;
      // The same place as a Kazakh text may name it: undefined where the classifier gives only a Russian name.
      const whereKk = settlement !== undefined ? settlement.name.kk : district?.centre !== undefined ? district.centre.name.kk : region.centre.name.kk;
      const hour = rnd.pick([10, 11, 15, 16]);
      // Local times of the region, with the offset it kept that day (src/lib/time.ts).
      const zone = zoneOf(region.slug);
      const at = (d: number, h: number) => instantAt(dayString(d), `${pad(h, 2)}:00`, zone);
      const start = at(day, hour);
      const endHour = hour + rnd.int(2, 3);
      const end = at(day, endHour);
      const format = rnd.weighted({ 'in-person': 65, hybrid: 30, online: 5 }) as Meeting['format'];
      let status: Meeting['status'];
      if (future) status = rnd.weighted({ scheduled: 92, postponed: 5, cancelled: 3 }) as Meeting['status'];
      else status = rnd.weighted({ held: 91, postponed: 6, cancelled: 3 }) as Meeting['status'];
      const id = `m-${code}-${pad(k + 1, 4)}`;

      const announcements: Announcement[] = [];
      if (!rnd.chance(0.08)) {
        const late = rnd.chance(0.15);
        const count = rnd.int(1, 3);
        for (let a = 0; a < count; a++) {
          const lead = late ? rnd.int(1, 2) : rnd.int(3, 21);
          const published = day - lead;
          if (published > today) continue;
          const outlet = rnd.pick(wording.outlets);
          announcements.push(
            outlet.channel === 'newspaper'
              ? { channel: 'newspaper', outlet: outlet.name, issueNumber: `${rnd.int(1, 150)} (${rnd.int(10000, 30000)})`, published: dayString(published) }
              : { channel: outlet.channel, outlet: outlet.name, url: `https://example.org/kezdesu-demo/announcements/${id}-${a + 1}`, published: dayString(published) },
          );
        }
        announcements.sort((x, y) => x.published.localeCompare(y.published) || x.outlet.localeCompare(y.outlet));
      }

      // What happened to the meeting, in the order the main stream has always drawn it.
      const statusReason = status === 'postponed' ? rnd.pick(wording.postponeReasons) : status === 'cancelled' ? rnd.pick(wording.cancelReasons) : undefined;
      const newStart = status === 'postponed' ? at(day + rnd.int(7, 30), hour) : undefined;
      const attendance = status === 'held' ? rnd.int(20, 400) : undefined;
      const documents = status === 'held' && rnd.chance(0.3) ? [{ url: `https://example.org/kezdesu-demo/documents/${id}-report.pdf`, title: { kk: 'Әкімнің есебі', ru: 'Отчёт акима' } }] : [];
      const coverage: Coverage[] = [];
      if (status === 'held' && rnd.chance(0.5)) {
        const count = rnd.int(1, 2);
        for (let c = 0; c < count; c++) {
          const published = Math.min(today, day + rnd.int(0, 5));
          const outlet = rnd.pick(wording.outlets);
          coverage.push({
            outlet: outlet.name,
            title: { kk: whereKk === undefined ? 'Әкім тұрғындармен кездесті' : `${whereKk}: әкім тұрғындармен кездесті`, ru: `${where}: аким встретился с жителями` },
            url: `https://example.org/kezdesu-demo/coverage/${id}-${c + 1}`,
            published: dayString(published),
          });
        }
      }

      // The log: dates and the rarer events (corrections, later materials) on the meeting's own stream, so nothing else shifts.
      const log = new Random(`${options.seed}:${id}:log`);
      const changes: MeetingChange[] = [];
      const lastDate = () => changes.at(-1)?.date ?? '0000-00-00';
      const on = (n: number) => {
        const date = dayString(Math.min(today, n));
        return date < lastDate() ? lastDate() : date;
      };
      const corrected = log.chance(0.06) ? log.pick(['time', 'place'] as const) : undefined;
      if (corrected !== undefined && (status === 'held' || status === 'scheduled' || status === 'postponed')) {
        const date = on(day - log.int(1, 6));
        // An online meeting has no address to correct: its time is corrected instead.
        if (corrected === 'time' || format === 'online') {
          const later = hour + 1;
          changes.push({ kind: 'corrected', date, reason: log.pick(wording.timeCorrectionReasons), start: at(day, later), end: at(day, endHour + 1) });
        } else {
          const fixed = house + log.int(1, 9);
          changes.push({
            kind: 'corrected',
            date,
            reason: log.pick(wording.placeCorrectionReasons),
            address: meetingPlace(format, venue, street, fixed, settlement ? undefined : { kk: whereKk, ru: where }).address,
          });
        }
      }
      if (status === 'postponed') changes.push({ kind: 'postponed', date: on(day - log.int(0, 3)), reason: statusReason!, ...(newStart ? { start: newStart } : {}) });
      if (status === 'cancelled') changes.push({ kind: 'cancelled', date: on(day - log.int(0, 3)), reason: statusReason! });
      if (status === 'held') {
        changes.push({
          kind: 'held',
          date: on(day + log.int(0, 2)),
          ...(attendance !== undefined ? { attendance } : {}),
          ...(format !== 'in-person' ? { video: [`https://example.org/kezdesu-demo/video/${id}`] } : {}),
          ...(documents.length > 0 ? { documents } : {}),
          ...(coverage.length > 0 ? { coverage } : {}),
        } as MeetingChange);
        if (log.chance(0.05) && day + 10 <= today) {
          const date = on(day + log.int(6, 30));
          const outlet = log.pick(wording.outlets);
          changes.push({
            kind: 'materials',
            date,
            coverage: [{ outlet: outlet.name, title: { kk: whereKk === undefined ? 'Кездесуде айтылған мәселелер шешілуде' : `${whereKk}: кездесуде айтылған мәселелер шешілуде`, ru: `${where}: вопросы со встречи решаются` }, url: `https://example.org/kezdesu-demo/coverage/${id}-later`, published: date }],
          } as MeetingChange);
        }
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
        start,
        end,
        format,
        ...(format !== 'in-person' ? { stream: `https://example.org/kezdesu-demo/stream/${id}` } : {}),
        announcements,
        changes,
      };
      regionPlans.push({ record, meeting: meetingView(MeetingRecord.parse(record)), region, district, settlement, day, lang: rnd.chance(0.45) ? 'kk' : 'ru', issues: [] });
    });
    plans.push(...regionPlans);

    // Issues, each raised at a held meeting of its region, numbered in date order.
    const heldPlans = regionPlans.filter((p) => p.meeting.status === 'held');
    const drafts: { plan: MeetingPlan; category: CategoryId }[] = [];
    for (let n = 0; n < regionIssues; n++) drafts.push({ plan: rnd.pick(heldPlans), category: rnd.weighted(categoryWeights) });
    drafts.sort((a, b) => a.plan.day - b.plan.day || a.plan.meeting.id.localeCompare(b.plan.meeting.id));
    const regionIssueList: Issue[] = [];
    drafts.forEach((draft, n) => {
      const issue = makeIssue(rnd, options.seed, `i-${code}-${pad(n + 1, 5)}`, draft.plan, draft.category, today, regionIssueList, (r, d) => settlementsOf(r, d));
      draft.plan.issues.push(issue);
      regionIssueList.push(issue);
    });
    allIssues.push(...regionIssueList);
  });

  // Calendars, ministers' meetings and the new announcement channels, each on its own random streams (scripts/demo/calendar.ts).
  const rulesPath = join(options.geoDir, '..', 'obligations', 'rules.json');
  const rulesText = existsSync(rulesPath) ? readFileSync(rulesPath, 'utf8') : undefined;
  const calendarFiles: DemoFile[] = [];
  const calendarPlans: MeetingPlan[] = [];
  if (rulesText !== undefined) {
    const versions = (JSON.parse(rulesText) as { versions: RulesVersion[] }).versions;
    const context: CalendarContext = { seed: options.seed, today, roundStart, regions, districtsOf, settlementsOf, versions, plans, officeOf, share: options.calendarShare ?? calendarShare(options.issues) };
    appointMinisters(context);
    addNewChannels(context);
    const { calendars, meetings } = calendarsOf(context);
    for (const calendar of calendars) calendarFiles.push({ path: `calendars/${calendar.region}/${calendar.year}.json`, text: json(calendar) });
    calendarFiles.push({ path: 'obligations/rules.json', text: rulesText });
    calendarPlans.push(...meetings);
  }

  const out: DemoFile[] = [...files, ...calendarFiles];
  out.push({
    path: 'site.json',
    text: json({ demo: true, timelyAnnouncementDays: 3, dataLicense: 'CC-BY-4.0', siteUrl: 'https://kezdesu.kz' }),
  });
  // The allow-list is a log of official contacts, each with whose it is and the day it was put on the list.
  const pressOffice = {
    kind: 'added',
    date: dayString(roundStart),
    email: 'press@example.org',
    whose: {
      kk: 'Облыс әкімдігі баспасөз қызметінің мекенжайы (демонстрациялық деректер)',
      ru: 'Адрес пресс-службы акимата области (демонстрационные данные)',
      en: 'Press office of a regional akimat (demonstration data)',
    },
    body: 'region-akimat',
  };
  out.push({ path: 'privacy/allow-list.json', text: json({ contacts: [pressOffice] }) });
  out.push({ path: 'plan/measures.json', text: json(measures) });
  for (const plan of plans) {
    const langs: ('kk' | 'ru')[] = plan.meeting.status === 'held' ? (rnd.chance(0.15) ? ['kk', 'ru'] : [plan.lang]) : [];
    const { changes, ...record } = plan.record;
    // Now and then published minutes are corrected later: an entry in the log says when, in which language and why.
    const log = new Random(`${options.seed}:${record.id}:minutes`);
    const held = changes.find((c) => c.kind === 'held');
    if (held !== undefined && log.chance(0.03)) {
      const date = dayString(Math.min(dayNumber(options.today), dayNumber(changes.at(-1)!.date) + log.int(3, 40)));
      changes.push({ kind: 'minutes', date, lang: log.pick(langs), reason: log.pick(wording.minutesCorrectionReasons) });
    }
    // The log comes last in the file, and only when there is one.
    out.push({ path: `meetings/${plan.region.slug}/${record.id}.json`, text: json(changes.length > 0 ? { ...record, changes } : record) });
    for (const lang of langs) out.push({ path: `meetings/${plan.region.slug}/${record.id}.minutes.${lang}.mdx`, text: minutesOf(rnd, options.seed, plan, lang) });
  }
  // Meetings that fulfil calendar entries: minutes in their language (now and then both), on each meeting's own stream.
  for (const plan of calendarPlans) {
    const { changes, ...record } = plan.record;
    out.push({ path: `meetings/${plan.region.slug}/${record.id}.json`, text: json(changes.length > 0 ? { ...record, changes } : record) });
    if (plan.meeting.status !== 'held') continue;
    const own = new Random(`${options.seed}:${record.id}:calendar-minutes`);
    const langs: ('kk' | 'ru')[] = own.chance(0.1) ? ['kk', 'ru'] : [plan.lang];
    for (const lang of langs) out.push({ path: `meetings/${plan.region.slug}/${record.id}.minutes.${lang}.mdx`, text: calendarMinutes(own, plan, lang) });
  }
  for (const { changes, ...issue } of allIssues) {
    // The change log comes last in the file, and only when there is one.
    out.push({ path: `issues/${issue.place.region}/${issue.id}.json`, text: json(changes.length > 0 ? { ...issue, changes } : issue) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function officeOf(level: Meeting['holder']['level'], region: Region, district: District | undefined, settlement: Settlement | undefined): Text {
  if (level === 'rural-okrug' && settlement) return { ru: `Аким ${russianGenitive(settlement.name.ru)}` };
  if ((level === 'district' || level === 'city') && district) {
    return { kk: `${kazakhOfficeName(district.name.kk)} әкімі`, ru: `Аким ${russianGenitive(district.name.ru)}`, en: `Akim of ${district.name.en}` };
  }
  return { kk: `${kazakhOfficeName(region.name.kk)} әкімі`, ru: `Аким ${russianGenitive(region.name.ru)}`, en: `Akim of ${region.name.en}` };
}

function evidence(rnd: Random, id: string, n: number): StatusEvent['evidence'] {
  const kinds = [
    { kk: 'Орындалған жұмыс актісі', ru: 'Акт выполненных работ' },
    { kk: 'Фотосурет', ru: 'Фотография' },
    { kk: 'Жауап хат', ru: 'Ответное письмо' },
  ];
  const out: StatusEvent['evidence'] = [];
  const count = rnd.int(1, 2);
  for (let i = 0; i < count; i++) out.push({ url: `https://example.org/kezdesu-demo/evidence/${id}-${n}-${i + 1}`, title: rnd.pick(kinds) });
  return out;
}

function note(rnd: Random, status: keyof typeof wording.statusNotes): Bilingual {
  const n = rnd.pick(wording.statusNotes[status]);
  return { kk: n.kk, ru: n.ru };
}

/** An opening that says the meeting was streamed is kept for meetings that were; an in-person one's minutes say it was open instead. */
function opening(part: wording.Bilingual, format: Meeting['format']): wording.Bilingual {
  return format === 'in-person' && /онлайн/.test(part.ru) ? wording.minutesParts.opening[3]! : part;
}

/**
 * Three issues in four are composed from parts: an object and a problem of
 * their category, a place in the village (a street now and then) and how long
 * the problem has lasted; the rest keep a written template. Undefined for a
 * templated one.
 */
function composeFromParts(words: Random, category: CategoryId, settlementRu: string | undefined): ComposedText | undefined {
  if (!words.chance(0.75)) return undefined;
  const pairs = titleGroups[category].flatMap((g) => g.objects.flatMap((object) => g.problems.map((problem) => ({ object, problem }))));
  const { object, problem } = words.pick(pairs);
  const places = [...villagePlaces, ...wording.streetNames.map(streetPlace)];
  let at = words.int(0, places.length - 1);
  // "A school near the school" is skipped for the next place.
  if (places[at]!.avoid !== undefined && object.ru.includes(places[at]!.avoid!)) at = (at + 1) % places.length;
  return composeIssue(object, problem, places[at]!, words.int(2, 24), settlementRu);
}

/** Kazakh phrases that named the settlement, each as it reads without the name ("{place} елді мекенінде" → "елді мекенде"), longest first. */
const unnamedPlace: readonly [string, string][] = [
  ['{place} елді мекеніндегі', 'елді мекендегі'],
  ['{place} елді мекенінде', 'елді мекенде'],
  ['{place} елді мекенінің', 'елді мекеннің'],
  ['{place} елді мекенінен', 'елді мекеннен'],
  ['{place} елді мекеніне', 'елді мекенге'],
  ['{place} елді мекенін', 'елді мекенді'],
  ['{place} елді мекені', 'елді мекен'],
  ['{place} мектебінің', 'ауыл мектебінің'],
  ['{place} мектебінде', 'ауыл мектебінде'],
  ['{place} мектебі', 'ауыл мектебі'],
  ['{place} маңындағы', 'елді мекен маңындағы'],
];

/** A Kazakh template with its settlement name taken out, for a settlement that has no Kazakh name. */
export function withoutPlace(template: string): string {
  let text = template;
  for (const [named, unnamed] of unnamedPlace) text = text.replaceAll(named, unnamed);
  if (text.includes('{place}')) throw new Error(`A Kazakh demo phrase names {place} in a way withoutPlace does not know: ${template}`);
  return text;
}

/** Each sentence begins with a capital letter. */
function capitalSentences(text: string): string {
  return text.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toLocaleUpperCase('kk')}`);
}

const romanSessions = ['V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XX', 'XXI', 'XXIV', 'XXX', 'XXXII'];

function makeIssue(
  rnd: Random,
  seed: string,
  id: string,
  plan: MeetingPlan,
  category: CategoryId,
  today: number,
  earlier: readonly Issue[],
  settlementsOf: (r: Region, d: District) => Settlement[],
): Issue {
  const template = rnd.pick(wording.issueTemplates[category]);
  let settlement = plan.settlement;
  if (settlement === undefined && plan.district && rnd.chance(0.5)) {
    const options = settlementsOf(plan.region, plan.district);
    if (options.length > 0) settlement = rnd.pick(options);
  }
  // A Kazakh text names a settlement only by a Kazakh name; the classifier gives most only in Russian.
  const placeName: { kk: string | undefined; ru: string } = settlement
    ? { kk: settlement.name.kk, ru: settlement.name.ru }
    : plan.district
      ? { kk: plan.district.shortName.kk, ru: plan.district.shortName.ru }
      : { kk: plan.region.centre.name.kk, ru: plan.region.centre.name.ru };
  const street = rnd.pick(wording.streetNames);
  const n = String(rnd.int(2, 40));
  const langRoll = rnd.next();
  // Most issues are composed from parts (scripts/demo/titles.ts) on the issue's own stream, so the draws above stay as they were.
  const composed = composeFromParts(new Random(`${seed}:${id}:words`), category, settlement?.name.ru);
  const write = (lang: 'kk' | 'ru', s: string) =>
    lang === 'kk' && placeName.kk === undefined ? capitalSentences(fill(withoutPlace(s), { street: street.kk, n })) : fill(s, { place: placeName[lang]!, street: street[lang], n });
  const written = (lang: 'kk' | 'ru', part: 'title' | 'description') => composed?.[part][lang] ?? write(lang, template[lang][part]);
  const text = (part: 'title' | 'description'): Text =>
    langRoll < 0.7 ? { kk: written('kk', part), ru: written('ru', part) } : langRoll < 0.88 ? { ru: written('ru', part) } : { kk: written('kk', part) };

  const raised = plan.day;
  const history: StatusEvent[] = [{ date: dayString(raised), status: 'received', evidence: [] }];
  let last = raised;
  let deadline: number | undefined;
  let duplicateOf: string | undefined;
  let planned = false;
  const step = (status: StatusEvent['status'], minGap: number, maxGap: number, extra: Partial<StatusEvent> = {}): boolean => {
    const date = last + rnd.int(minGap, maxGap);
    if (date > today) return false;
    last = date;
    history.push({ date: dayString(date), status, evidence: [], ...extra });
    return true;
  };
  const outcome = rnd.weighted({ resolved: 32, 'in-progress': 18, planned: 15, explained: 14, declined: 5, referred: 6, duplicate: 3, 'in-review': 7 });
  const body = rnd.pick(bodiesByCategory[category]);
  if (step('in-review', 1, 10, { note: note(rnd, 'in-review') })) {
    const viaPlan = outcome === 'planned' || outcome === 'in-progress' || (outcome === 'resolved' && rnd.chance(0.6));
    let going = true;
    if (viaPlan) {
      going = step('planned', 5, 40, { note: note(rnd, 'planned'), decision: `№ ${rnd.int(10, 999)}` });
      if (going) {
        planned = true;
        deadline = last + rnd.int(60, 330);
      }
    }
    if (going && (outcome === 'in-progress' || (outcome === 'resolved' && viaPlan))) going = step('in-progress', 7, 60, { note: note(rnd, 'in-progress') });
    if (going) {
      switch (outcome) {
        case 'resolved':
          if (step('resolved', 10, 120, { note: note(rnd, 'resolved') }) && rnd.chance(0.04)) {
            const at = history.length;
            if (step('in-progress', 5, 40, { note: note(rnd, 'reopened') })) {
              step('resolved', 10, 60, { note: note(rnd, 'resolved') });
            }
            history.forEach((e, i) => {
              if (i >= at && e.status === 'resolved') e.evidence = evidence(rnd, id, i);
            });
          }
          break;
        case 'explained':
          step('explained', 3, 30, { note: note(rnd, 'explained') });
          break;
        case 'declined':
          step('declined', 5, 45, { note: rnd.pick(wording.declineReasons) });
          break;
        case 'referred': {
          const to = rnd.pick(bodiesByCategory[category].filter((b) => b !== body));
          if (step('referred', 3, 20, { note: note(rnd, 'referred'), referredTo: to }) && rnd.chance(0.4)) step('in-review', 3, 20, { note: note(rnd, 'in-review') });
          break;
        }
        case 'duplicate': {
          const original = earlier.filter((e) => e.category === category && e.duplicateOf === undefined && e.place.district === plan.district?.slug);
          if (original.length > 0) {
            const target = rnd.pick(original.slice(-20));
            if (step('duplicate', 1, 15, { note: note(rnd, 'duplicate') })) duplicateOf = target.id;
          } else {
            step('explained', 3, 30, { note: note(rnd, 'explained') });
          }
          break;
        }
        default:
          break;
      }
    }
  }
  history.forEach((e, i) => {
    if (e.status === 'resolved' && e.evidence.length === 0) e.evidence = evidence(rnd, id, i);
  });

  const tidyHistory = history.map(({ date, status, note, evidence: links, decision, referredTo }) => ({
    date,
    status,
    ...(note ? { note } : {}),
    ...(links.length > 0 ? { evidence: links } : {}),
    ...(decision ? { decision } : {}),
    ...(referredTo ? { referredTo } : {}),
  })) as StatusEvent[];
  const issue: Issue = {
    id,
    meetings: [plan.meeting.id],
    raised: dayString(raised),
    place: {
      region: plan.region.slug,
      ...(plan.district ? { district: plan.district.slug } : {}),
      ...(settlement ? { settlement: { kato: settlement.kato, name: { ru: settlement.name.ru } } } : {}),
    },
    category,
    title: text('title'),
    description: text('description'),
    body,
    history: tidyHistory,
    changes: [],
  };
  if (deadline !== undefined) issue.deadline = dayString(deadline);
  if (planned && fundedCategories.has(category) && rnd.chance(0.55)) {
    const plannedOn = history.find((e) => e.status === 'planned')?.date ?? dayString(raised);
    const amount = rnd.int(5, 5000) * 100_000;
    const source = rnd.weighted({ local: 60, republican: 30, other: 10 }) as 'local' | 'republican' | 'other';
    const decision = rnd.chance(0.85)
      ? {
          session: rnd.pick(romanSessions),
          date: plannedOn,
          number: `${rnd.int(1, 60)}/${rnd.int(100, 999)}`,
          url: `https://example.org/kezdesu-demo/maslikhat/${plan.region.slug}/${plannedOn}-${rnd.int(1, 99)}`,
        }
      : undefined;
    // Maslikhats approve local budgets only: republican money and other sources carry no maslikhat decision (drawn all the same, so the draws that follow stay as they were).
    issue.financing = { amountKzt: amount, source, ...(decision !== undefined && source === 'local' ? { decision } : {}) };
  }
  const measure = measureByCategory[category];
  if (measure !== undefined && rnd.chance(0.6)) issue.measure = measure;
  if (duplicateOf !== undefined) issue.duplicateOf = duplicateOf;
  // Its own random stream, so the rest of the tree does not depend on which issues have changes.
  const changes = changesOf(new Random(`${seed}:${id}:changes`), id, issue, today);
  if (changes.length > 0) issue.changes = changes;
  return issue;
}

const deadlineReasons: Bilingual[] = [
  { kk: 'Мердігер жұмысты мерзімінде аяқтамады', ru: 'Подрядчик не завершил работы в срок' },
  { kk: 'Қаржыландыру келесі жылға ауыстырылды', ru: 'Финансирование перенесено на следующий год' },
  { kk: 'Ауа райына байланысты жұмыстар тоқтатылды', ru: 'Работы приостановлены из-за погодных условий' },
  { kk: 'Жобалау-сметалық құжаттама қайта қаралуда', ru: 'Проектно-сметная документация на доработке' },
  { kk: 'Жер учаскесін ресімдеу ұзаққа созылды', ru: 'Оформление земельного участка затянулось' },
];

const progressNotes: Bilingual[] = [
  { kk: 'Мердігер анықталды, шарт жасалды', ru: 'Определён подрядчик, заключён договор' },
  { kk: 'Жұмыстар басталды, материалдар жеткізілді', ru: 'Работы начаты, материалы завезены' },
  { kk: 'Жұмыстардың жартысы орындалды', ru: 'Выполнена половина объёма работ' },
  { kk: 'Жобалау-сметалық құжаттама сараптамадан өтті', ru: 'Проектно-сметная документация прошла экспертизу' },
];

/**
 * What happened to an issue besides its status changes, as an akimat would
 * report it: a deadline moved once or twice for a stated reason, progress
 * notes on work under way, now and then more money decided, and on a few
 * issues a corrected title or description.
 */
function changesOf(rnd: Random, id: string, issue: Issue, today: number): IssueChange[] {
  const changes: IssueChange[] = [];
  const lastEntry = issue.history[issue.history.length - 1]!;
  const plannedOn = issue.history.find((e) => e.status === 'planned')?.date;
  const stillOpen = !['resolved', 'explained', 'declined', 'duplicate'].includes(lastEntry.status);
  let after = dayNumber(plannedOn ?? issue.raised);
  if (issue.deadline !== undefined && plannedOn !== undefined && rnd.chance(stillOpen ? 0.35 : 0.15)) {
    let current = dayNumber(issue.deadline);
    const moves = rnd.chance(0.3) ? 2 : 1;
    for (let i = 0; i < moves; i++) {
      const on = Math.max(after + 10, current - rnd.int(0, 40));
      // A closed issue's deadline was moved while it was still open.
      if (on > today || (!stillOpen && on >= dayNumber(lastEntry.date))) break;
      current += rnd.int(60, 240);
      after = on;
      changes.push({ kind: 'deadline', date: dayString(on), deadline: dayString(current), reason: rnd.pick(deadlineReasons), ...(rnd.chance(0.5) ? { decision: `№ ${rnd.int(10, 999)}` } : {}) });
    }
  }
  if ((lastEntry.status === 'in-progress' || lastEntry.status === 'planned') && rnd.chance(0.4)) {
    const on = Math.max(after, dayNumber(lastEntry.date)) + rnd.int(5, 60);
    if (on <= today) {
      after = on;
      changes.push({ kind: 'progress', date: dayString(on), note: rnd.pick(progressNotes), evidence: rnd.chance(0.5) ? evidence(rnd, `${id}-p`, 1) : [] });
    }
  }
  if (issue.financing?.decision !== undefined && rnd.chance(0.1)) {
    const on = Math.max(after, dayNumber(issue.financing.decision.date)) + rnd.int(30, 120);
    if (on <= today) {
      const date = dayString(on);
      changes.push({
        kind: 'financing',
        date,
        amountKzt: issue.financing.amountKzt + rnd.int(1, 20) * 100_000,
        source: issue.financing.source,
        decision: { session: rnd.pick(romanSessions), date, number: `${rnd.int(1, 60)}/${rnd.int(100, 999)}`, url: `https://example.org/kezdesu-demo/maslikhat/${issue.place.region}/${date}-${rnd.int(1, 99)}` },
        reason: { kk: 'Смета қымбаттауына байланысты қосымша қаражат бөлінді', ru: 'Выделены дополнительные средства в связи с удорожанием сметы' },
      });
    }
  }
  // Entries are appended in the order they happened.
  changes.sort((a, b) => a.date.localeCompare(b.date));
  // Drawn after everything above, so the entries above stay as they were; dated after them, so they are appended.
  changes.push(...correctionsOf(rnd, issue, changes.at(-1)?.date ?? issue.raised, today));
  return changes;
}

/** Cities of republican significance: a template's "село" is wrong there, and an akimat corrects it now and then. */
const cityRegions = new Set(['astana', 'almaty', 'shymkent']);

/** A Russian title that calls a city's microdistrict a village, with "село" in its cases replaced; undefined when it does not. */
function cityTitle(title: string): string | undefined {
  const fixed = title
    .replace(/(^|\s)(В|в) селе(?=\s)/g, '$1$2 микрорайоне')
    .replace(/(^|\s)(в|через) село(?=\s|$)/g, '$1$2 микрорайон')
    .replace(/(^|\s)села(?=\s|$)/g, '$1микрорайона');
  return fixed === title ? undefined : fixed;
}

/**
 * Corrections of the published text, as an akimat makes them on a small
 * share of issues: a Russian title that called a city's microdistrict a
 * village, and a description clarified with the address from the minutes.
 */
function correctionsOf(rnd: Random, issue: Issue, after: string, today: number): IssueChange[] {
  const corrections: IssueChange[] = [];
  let last = Math.max(dayNumber(after), dayNumber(issue.raised));
  const ru = issue.title.ru === undefined || !cityRegions.has(issue.place.region) ? undefined : cityTitle(issue.title.ru);
  if (ru !== undefined && rnd.chance(0.5)) {
    const on = last + rnd.int(2, 30);
    if (on <= today) {
      last = on;
      corrections.push({
        kind: 'correction',
        date: dayString(on),
        field: 'title',
        text: { ru },
        reason: { kk: 'Мәселе ауылға емес, қаладағы шағын ауданға қатысты', ru: 'Вопрос касается микрорайона города, а не села' },
      });
    }
  }
  const described = Object.values(issue.description).join(' ');
  if (rnd.chance(0.015) && !/улиц|көше/i.test(described)) {
    const on = last + rnd.int(5, 60);
    const street = rnd.pick(wording.streetNames);
    if (on <= today) {
      corrections.push({
        kind: 'correction',
        date: dayString(on),
        field: 'description',
        text: {
          ...(issue.description.kk !== undefined ? { kk: `${issue.description.kk} Кездесу хаттамасы бойынша мекенжайы: ${street.kk}.` } : {}),
          ...(issue.description.ru !== undefined ? { ru: `${issue.description.ru} Адрес по протоколу встречи: ${street.ru}.` } : {}),
        },
        reason: { kk: 'Сипаттамаға кездесу хаттамасындағы мекенжай қосылды', ru: 'В описание добавлен адрес из протокола встречи' },
      });
    }
  }
  return corrections;
}

/** The numbers minutes give, each drawn on its own: residents present, questions taken up, months to the next meeting (1–6), minutes per speaker (3–5). */
export function minutesNumbers(seed: string, plan: { meeting: Meeting; issues: readonly unknown[] }): { attendance: number; issues: number; months: number; minutes: number } {
  const own = new Random(`${seed}:${plan.meeting.id}:minutes-numbers`);
  return { attendance: plan.meeting.attendance ?? 0, issues: plan.issues.length, months: own.int(1, 6), minutes: own.int(3, 5) };
}

function minutesOf(rnd: Random, seed: string, plan: MeetingPlan, lang: 'kk' | 'ru'): string {
  const office = lang === 'kk' ? kazakhOffice(plan.meeting.holder) : (plan.meeting.holder.office.ru ?? plan.meeting.holder.office.kk ?? '');
  const placeName = plan.settlement?.name.ru ?? plan.district?.shortName[lang] ?? plan.region.shortName[lang];
  const numbers = minutesNumbers(seed, plan);
  const values = { place: placeName, akim: office, attendance: String(numbers.attendance), issues: String(numbers.issues), months: String(numbers.months), minutes: String(numbers.minutes) };
  const heading = lang === 'kk' ? { agenda: 'Күн тәртібі', questions: 'Тұрғындардың сұрақтары', decision: 'Шешім' } : { agenda: 'Повестка дня', questions: 'Вопросы жителей', decision: 'Решение' };
  const minister = plan.meeting.holder.level === 'minister';
  const agenda =
    lang === 'kk'
      ? [minister ? 'Министрдің баяндамасы' : 'Әкімнің атқарылған жұмыс туралы есебі', 'Тұрғындардың сұрақтары мен ұсыныстары']
      : [minister ? 'Доклад министра' : 'Отчёт акима о проделанной работе', 'Вопросы и предложения жителей'];
  const kazakhPlace = plan.settlement === undefined ? placeName : plan.settlement.name.kk;
  const residents = lang === 'kk' ? (kazakhPlace === undefined ? 'Тұрғындар' : `${kazakhPlace} тұрғындары`) : `жители: ${placeName}`;
  const lines: string[] = [
    `## ${heading.agenda}`,
    '',
    '<Agenda>',
    '',
    ...agenda.map((a, i) => `${i + 1}. ${a}`),
    '',
    '</Agenda>',
    '',
    `<Speaker role="${office}">`,
    '',
    fill(opening(rnd.pick(wording.minutesParts.opening), plan.meeting.format)[lang], values),
    '',
    '</Speaker>',
    '',
    `## ${heading.questions}`,
    '',
  ];
  for (const issue of plan.issues.slice(0, 6)) {
    // An issue recorded only in the other language is named by its category, so the minutes stay in one language.
    const title = issue.title[lang] ?? fill(wording.otherLanguageQuestion[lang], { category: label(lang, 'category', issue.category) });
    const description = issue.description[lang] ?? '';
    lines.push(
      `<Question from="${residents}">`,
      '',
      `${title.replace(/[.?!]$/, '')}.${description === '' ? '' : ` ${description}`}`,
      '',
      '</Question>',
      '',
      `<Answer role="${office}">`,
      '',
      `${rnd.pick(wording.statusNotes['in-review'])[lang]} <IssueRef id="${issue.id}" />`,
      '',
      '</Answer>',
      '',
    );
  }
  if (plan.issues.length === 0 && plan.record.calendarEntry !== undefined) {
    // A planned visit where every question was answered on the spot: nothing was taken up as an issue.
    lines.push(lang === 'kk' ? 'Тұрғындардың сұрақтарына орнында жауап берілді, жеке қарауды қажет ететін мәселе көтерілген жоқ.' : 'На вопросы жителей даны ответы на месте, вопросов, требующих отдельного рассмотрения, не поднято.', '');
  }
  if (plan.issues.length > 6) {
    lines.push(lang === 'kk' ? `Барлығы ${plan.issues.length} мәселе көтерілді.` : `Всего поднято вопросов: ${plan.issues.length}.`, '');
  }
  lines.push(`## ${heading.decision}`, '', '<Decision>', '', fill(rnd.pick(wording.minutesParts.closing)[lang], values), '', '</Decision>', '');
  return lines.join('\n');
}
