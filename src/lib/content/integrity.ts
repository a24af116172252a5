/**
 * Rules that span entries or files: unique ids, references that resolve,
 * geography that nests, status histories that follow the transition table,
 * and dates that make sense against each other and the build date.
 */
import type { District } from '../../schemas/district.ts';
import { languages, type Language } from '../../schemas/common.ts';
import { correctableFields, type Issue } from '../../schemas/issue.ts';
import { isCorrected, wordingCorrections } from '../issues/changes.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { initialStatus, statusTable, transitionRule } from '../issues/status.ts';
import { localDay } from '../time.ts';
import type { Content, EntrySource } from './load.ts';
import { formatFieldPath, type ContentProblem } from './problems.ts';

/** Languages as messages to editors name them. */
const languageNames: Record<Language, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

export interface IntegrityOptions {
  asOf: string;
  minutesRefs: { file: string; ids: { id: string; line: number }[]; meeting: string; folder: string }[];
  /** Ids of entries that failed their schema (already reported): references to them are not reported again. */
  invalidIds: ReadonlySet<string>;
  /** The regional map's file, when every square in it could be read: then every region must have one. */
  tilesFile?: string;
}

type Place = Meeting['place'] | Issue['place'];

/** Checks everything that one schema alone cannot. */
export function checkIntegrity(content: Content, sources: WeakMap<object, EntrySource>, opts: IntegrityOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { asOf } = opts;
  const at = (entry: object, path: (string | number)[], message: string): void => {
    const source = sources.get(entry) ?? { file: '(unknown file)', prefix: '' };
    problems.push({ file: source.file, path: formatFieldPath(path, source.prefix), message });
  };
  const future = (what: string) => `is after the build date ${asOf} — ${what} cannot be in the future; check the year and month`;

  // Geography.
  const regionBySlug = new Map<string, Content['regions'][number]>();
  const katoSeen = new Map<string, string>();
  const claimKato = (entry: object, kato: string, what: string): void => {
    const previous = katoSeen.get(kato);
    if (previous !== undefined) at(entry, ['kato'], `${kato} is already used by ${previous} — each KATO code belongs to one unit; check the code`);
    else katoSeen.set(kato, what);
  };
  for (const region of content.regions) {
    if (regionBySlug.has(region.slug)) at(region, ['slug'], `${region.slug} is used by another region — give each region its own slug`);
    regionBySlug.set(region.slug, region);
    claimKato(region, region.kato, `region ${region.slug}`);
    if (region.iso !== `KZ-${region.kato.slice(0, 2)}`) {
      at(region, ['iso'], `is ${region.iso} but the KATO code starts with ${region.kato.slice(0, 2)} — write KZ-${region.kato.slice(0, 2)}`);
    }
  }
  // The regional map: one square per region, no two on one square.
  const tileOf = new Map<string, number>();
  const tileAt = new Map<string, number>();
  content.tiles.forEach((tile, i) => {
    if (!regionBySlug.has(tile.region)) at(tile, ['region'], `${tile.region} is not a region in geo/regions.json — use one of the region slugs`);
    const earlier = tileOf.get(tile.region);
    if (earlier !== undefined) at(tile, ['region'], `${tile.region} already has a square at [${earlier}] — give each region one square; remove one of them`);
    else tileOf.set(tile.region, i);
    const square = `${tile.column},${tile.row}`;
    const taken = tileAt.get(square);
    if (taken !== undefined) {
      at(tile, ['column'], `${tile.column}, row ${tile.row} is already the square of ${content.tiles[taken]!.region} at [${taken}] — move one of them to a free square`);
    } else tileAt.set(square, i);
  });
  if (opts.tilesFile !== undefined) {
    for (const region of content.regions) {
      if (!tileOf.has(region.slug)) {
        problems.push({
          file: opts.tilesFile,
          path: '(file)',
          message: `has no square for region ${region.slug} — add {"region": "${region.slug}", "column": …, "row": …, "label": {"kk": …, "ru": …, "en": …}} on a free square`,
        });
      }
    }
  }

  const districtByKey = new Map<string, District>();
  for (const district of content.districts) {
    const region = regionBySlug.get(district.region);
    const source = sources.get(district);
    if (source !== undefined && !source.file.endsWith(`/geo/districts/${district.region}.json`)) {
      at(district, ['region'], `is ${district.region} but the district is listed in ${source.file} — list it in geo/districts/${district.region}.json`);
    }
    if (region === undefined) {
      at(district, ['region'], `${district.region} is not a region in geo/regions.json — use one of the region slugs`);
    } else if (district.kato.slice(0, 2) !== region.kato.slice(0, 2)) {
      at(district, ['kato'], `${district.kato} does not start with ${region.kato.slice(0, 2)}, the code of region ${region.slug} — check the code or the region`);
    }
    const key = `${district.region}/${district.slug}`;
    if (districtByKey.has(key)) at(district, ['slug'], `${district.slug} is used twice in region ${district.region} — give each district its own slug`);
    districtByKey.set(key, district);
    claimKato(district, district.kato, `district ${key}`);
  }
  const settlementByKato = new Map<string, Content['settlements'][number]>();
  for (const settlement of content.settlements) {
    const regionSlug = (sources.get(settlement)?.file ?? '').replace(/^.*\/geo\/settlements\//, '').replace(/\.json$/, '');
    const district = districtByKey.get(`${regionSlug}/${settlement.district}`);
    if (district === undefined) {
      at(settlement, ['district'], `${settlement.district} is not a district of region ${regionSlug} — use a slug from geo/districts/${regionSlug}.json`);
    } else if (settlement.kato.slice(0, 4) !== district.kato.slice(0, 4)) {
      at(settlement, ['kato'], `${settlement.kato} does not start with ${district.kato.slice(0, 4)}, the code of district ${settlement.district} — check the code or the district`);
    }
    claimKato(settlement, settlement.kato, `settlement ${settlement.name.ru}`);
    settlementByKato.set(settlement.kato, settlement);
  }

  const checkPlace = (entry: object, place: Place): void => {
    const region = regionBySlug.get(place.region);
    if (region === undefined) {
      at(entry, ['place', 'region'], `${place.region} is not a region — use a slug from geo/regions.json, e.g. ${content.regions[0]?.slug ?? 'abay'}`);
      return;
    }
    // An id carries its region's KATO prefix (i-10-…, m-10-…): one numbered for another region would be reused there.
    const id = (entry as { id?: unknown }).id;
    const code = region.kato.slice(0, 2);
    if (typeof id === 'string' && /^[im]-\d{2}-/.test(id) && id.slice(2, 4) !== code) {
      const kind = id.startsWith('i-') ? 'issue' : 'meeting';
      at(entry, ['id'], `${id} is numbered for region ${id.slice(2, 4)}, but the ${kind} is in ${region.slug} (${code}) — give it the next free id of ${region.slug}, ${id[0]}-${code}-…`);
    }
    if (place.district !== undefined && !districtByKey.has(`${place.region}/${place.district}`)) {
      const inOther = content.districts.find((d) => d.slug === place.district);
      at(
        entry,
        ['place', 'district'],
        inOther
          ? `${place.district} belongs to region ${inOther.region}, not ${place.region} — correct the region or the district`
          : `${place.district} is not a district of ${place.region} — use a slug from geo/districts/${place.region}.json`,
      );
    }
    const kato = place.settlement?.kato;
    if (kato !== undefined) {
      const settlement = settlementByKato.get(kato);
      if (settlement === undefined) {
        at(entry, ['place', 'settlement', 'kato'], `${kato} is not in geo/settlements — check the code, or remove kato and keep the name`);
      } else if (place.district === undefined || settlement.district !== place.district || !settlement.kato.startsWith(region.kato.slice(0, 2))) {
        at(entry, ['place', 'settlement', 'kato'], `${kato} is in district ${settlement.district}, not ${place.district ?? '(none)'} — correct the district or the code`);
      }
    }
  };

  /** A meeting's log: entries in date order, none in the future, and only what can follow what happened before. */
  const checkMeetingLog = (meeting: Meeting): void => {
    let held: string | undefined;
    let cancelled: string | undefined;
    let day = localDay(meeting.published?.start ?? meeting.start);
    meeting.changes.forEach((change, i) => {
      const path = (...field: (string | number)[]) => ['changes', i, ...field];
      const previous = meeting.changes[i - 1];
      if (change.date > asOf) at(meeting, path('date'), future('an entry'));
      if (previous !== undefined && change.date < previous.date) {
        at(meeting, path('date'), `${change.date} is before the previous entry's ${previous.date} — entries go forward; add new ones at the end in date order`);
      }
      if (cancelled !== undefined && change.kind !== 'materials' && change.kind !== 'minutes') {
        at(meeting, path('kind'), `follows the cancellation of ${cancelled} — a cancelled meeting is not postponed, held or corrected again; record a new meeting instead`);
      } else if (held !== undefined && (change.kind === 'postponed' || change.kind === 'cancelled' || change.kind === 'held')) {
        at(meeting, path('kind'), `follows the "held" entry of ${held} — a held meeting is not ${change.kind === 'held' ? 'held a second time; add later video, documents or coverage as a "materials" entry' : `${change.kind} afterwards; record a new meeting instead`}`);
      }
      if ((change.kind === 'materials' || change.kind === 'minutes') && held === undefined) {
        at(meeting, path('kind'), `comes before any "held" entry — ${change.kind === 'minutes' ? 'minutes are corrected' : 'materials are added'} only after the meeting was held; add the "held" entry first`);
      }
      if (change.kind === 'postponed' && change.start !== undefined) day = localDay(change.start);
      if (change.kind === 'corrected' && change.start !== undefined) day = localDay(change.start);
      if (change.kind === 'held') {
        held = change.date;
        if (change.date < day) at(meeting, path('date'), `${change.date} is before the meeting's day ${day} — the outcome is recorded on or after the day the meeting was held; check the date`);
      }
      if (change.kind === 'cancelled') cancelled = change.date;
      if (change.kind === 'held' || change.kind === 'materials') {
        change.coverage.forEach((c, j) => {
          if (c.published > asOf) at(meeting, path('coverage', j, 'published'), future('a publication date'));
          if (c.published < day) at(meeting, path('coverage', j, 'published'), `${c.published} is before the meeting on ${day} — coverage reports a meeting after it; check the date`);
        });
      }
      if ((change.kind === 'postponed' || change.kind === 'corrected') && change.start !== undefined && change.end !== undefined && Date.parse(change.end) <= Date.parse(change.start)) {
        at(meeting, path('end'), 'is not after start — check both times and their offsets');
      }
    });
  };

  // Meetings.
  const meetingById = new Map<string, Meeting>();
  for (const meeting of content.meetings) {
    if (meetingById.has(meeting.id)) at(meeting, ['id'], `${meeting.id} is already used by another meeting — ids are never reused; take the next free number`);
    meetingById.set(meeting.id, meeting);
    checkPlace(meeting, meeting.place);
    const day = localDay(meeting.start);
    if (meeting.status === 'held' && day > asOf) at(meeting, ['start'], `is after the build date ${asOf} but the meeting is held — a held meeting cannot be in the future; check the date, or remove the "held" entry from changes`);
    // Announcements come before the day the meeting stands at: a postponed meeting is announced again for its new day.
    const announcedFor = localDay(meeting.newStart ?? meeting.start);
    meeting.announcements.forEach((a, i) => {
      if (a.published >= announcedFor) {
        at(meeting, ['announcements', i, 'published'], `${a.published} is not before the meeting on ${announcedFor} — an announcement must be published before its meeting; check the date`);
      }
      if (a.published > asOf) at(meeting, ['announcements', i, 'published'], future('a publication date'));
    });
    checkMeetingLog(meeting);
  }

  // Action-plan measures.
  const measureIds = new Set<string>();
  for (const measure of content.measures) {
    if (measureIds.has(measure.id)) at(measure, ['id'], `${measure.id} is already used by another measure — ids are never reused; take the next free number`);
    measureIds.add(measure.id);
  }

  // Issues.
  const issueById = new Map<string, Issue>();
  for (const issue of content.issues) {
    if (issueById.has(issue.id)) at(issue, ['id'], `${issue.id} is already used by another issue — ids are never reused; take the next free number`);
    issueById.set(issue.id, issue);
  }
  for (const issue of content.issues) {
    checkPlace(issue, issue.place);
    let firstMeetingDay: string | undefined;
    issue.meetings.forEach((id, i) => {
      const meeting = meetingById.get(id);
      if (meeting === undefined) {
        if (opts.invalidIds.has(id)) return;
        at(issue, ['meetings', i], `${id} is not a meeting in meetings/ — check the id, or add the meeting first`);
        return;
      }
      if (!meeting.changes.some((c) => c.kind === 'held')) {
        at(issue, ['meetings', i], `${id} is ${meeting.status}, not held — issues are raised at held meetings; add a "held" entry to the meeting's changes or correct the id`);
      }
      const day = localDay(meeting.start);
      if (firstMeetingDay === undefined || day < firstMeetingDay) firstMeetingDay = day;
    });
    if (firstMeetingDay !== undefined && issue.raised < firstMeetingDay) {
      at(issue, ['raised'], `${issue.raised} is before its meeting on ${firstMeetingDay} — an issue is raised at or after its meeting; check the date`);
    }
    if (issue.raised > asOf) at(issue, ['raised'], future('the date an issue was raised'));
    if (issue.deadline !== undefined && issue.deadline < issue.raised) {
      at(issue, ['deadline'], `${issue.deadline} is before the issue was raised on ${issue.raised} — check the deadline`);
    }
    if (issue.measure !== undefined && !measureIds.has(issue.measure)) {
      at(issue, ['measure'], `${issue.measure} is not a measure in plan/measures.json — check the id, or add the measure first`);
    }
    const decisionDate = issue.financing?.decision?.date;
    if (decisionDate !== undefined && decisionDate > asOf) at(issue, ['financing', 'decision', 'date'], future('a maslikhat decision'));

    // Status history.
    issue.history.forEach((event, i) => {
      const path = (field: string) => ['history', i, field];
      if (event.date > asOf) at(issue, path('date'), future('a status change'));
      if (i === 0) {
        if (event.status !== initialStatus) at(issue, path('status'), `is ${event.status} — a history starts with "${initialStatus}"; add a received entry first`);
        if (event.date < issue.raised) at(issue, path('date'), `${event.date} is before the issue was raised on ${issue.raised} — check the date`);
      } else {
        const previous = issue.history[i - 1];
        if (previous === undefined) return;
        if (event.date < previous.date) {
          at(issue, path('date'), `${event.date} is before the previous entry's ${previous.date} — history dates go forward; add entries at the end in date order`);
        }
        const rule = transitionRule(previous.status, event.status);
        if (rule === undefined) {
          const allowed = Object.keys(statusTable[previous.status].next);
          at(
            issue,
            path('status'),
            `cannot follow ${previous.status} — after ${previous.status} comes ${allowed.length ? allowed.join(', ') : 'nothing (it is final)'}`,
          );
        } else if (rule === 'reopen' && event.note === undefined) {
          at(issue, path('note'), `is missing — reopening a ${previous.status} issue needs a note that says why`);
        }
      }
      if (event.status === 'resolved') {
        if (event.note === undefined) at(issue, path('note'), 'is missing — a resolved entry needs a note that says what was done');
        if (event.evidence.length === 0) at(issue, path('evidence'), 'is empty — a resolved entry needs evidence: a link to a photo, act or report');
      }
      if (event.status === 'declined' && event.note === undefined) at(issue, path('note'), 'is missing — a declined entry needs the reason');
      if (event.status === 'referred' && event.referredTo === undefined) at(issue, path('referredTo'), 'is missing — a referred entry names the body it went to');
      if (event.status === 'duplicate' && issue.duplicateOf === undefined) {
        at(issue, ['duplicateOf'], 'is missing — a duplicate issue names the issue it repeats in duplicateOf');
      }
    });
    // Change log: appended in date order, nothing in the future, each deadline and correction a real change.
    if (isCorrected(issue)) {
      for (const field of correctableFields) {
        for (const { change, replaced } of wordingCorrections(issue, field)) {
          for (const lang of languages) {
            if (replaced[lang] !== undefined && replaced[lang] === change.text[lang]) {
              at(issue, ['changes', issue.changes.indexOf(change), 'text', lang], `is the ${field}'s ${languageNames[lang]} wording already in force — give the corrected wording, or leave ${lang} out of the correction`);
            }
          }
        }
      }
    }
    let deadlineSoFar = issue.deadline;
    issue.changes.forEach((change, i) => {
      const path = (field: string) => ['changes', i, field];
      if (change.date > asOf) at(issue, path('date'), future('a change'));
      if (change.date < issue.raised) at(issue, path('date'), `${change.date} is before the issue was raised on ${issue.raised} — check the date`);
      const previous = issue.changes[i - 1];
      if (previous !== undefined && change.date < previous.date) {
        at(issue, path('date'), `${change.date} is before the previous change's ${previous.date} — changes go forward; add new ones at the end in date order`);
      }
      if (change.kind === 'deadline') {
        if (change.deadline < issue.raised) at(issue, path('deadline'), `${change.deadline} is before the issue was raised on ${issue.raised} — check the deadline`);
        if (change.deadline === deadlineSoFar) at(issue, path('deadline'), `is ${change.deadline}, the deadline already in force — give the new deadline, or remove the entry`);
        deadlineSoFar = change.deadline;
      }
      if (change.kind === 'financing' && change.decision !== undefined && change.decision.date > asOf) at(issue, ['changes', i, 'decision', 'date'], future('a maslikhat decision'));
    });
    if (issue.duplicateOf !== undefined) {
      if (!issue.history.some((e) => e.status === 'duplicate')) {
        at(issue, ['duplicateOf'], 'is set but the history has no "duplicate" entry — add one, or remove duplicateOf');
      }
      if (issue.duplicateOf === issue.id) at(issue, ['duplicateOf'], 'is the issue itself — name the issue this one repeats');
      else if (!issueById.has(issue.duplicateOf) && !opts.invalidIds.has(issue.duplicateOf)) at(issue, ['duplicateOf'], `${issue.duplicateOf} is not an issue — check the id`);
    }
  }
  // duplicateOf chains must end: a cycle leaves every issue in it pointing at no original.
  const reported = new Set<string>();
  for (const issue of content.issues) {
    const chain: string[] = [];
    let current: Issue | undefined = issue;
    while (current?.duplicateOf !== undefined && current.duplicateOf !== current.id) {
      if (chain.includes(current.id)) {
        const cycle = chain.slice(chain.indexOf(current.id));
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          at(issue, ['duplicateOf'], `forms a cycle ${[...cycle, current.id].join(' → ')} — one issue in the chain must be the original, without duplicateOf`);
        }
        break;
      }
      chain.push(current.id);
      current = issueById.get(current.duplicateOf);
    }
  }

  // Minutes: a correction names minutes that exist.
  const minutesLangs = new Set([...content.minutes.map((m) => `${m.meeting} ${m.lang}`), ...opts.minutesRefs.map((r) => `${r.meeting} ${/\.minutes\.(kk|ru|en)\.mdx$/.exec(r.file)?.[1] ?? ''}`)]);
  for (const meeting of content.meetings) {
    meeting.changes.forEach((change, i) => {
      if (change.kind === 'minutes' && !minutesLangs.has(`${meeting.id} ${change.lang}`)) {
        at(meeting, ['changes', i, 'lang'], `${change.lang}: the meeting has no minutes in this language — name the language of the minutes file that was corrected (${meeting.id}.minutes.${change.lang}.mdx does not exist)`);
      }
    });
  }
  for (const ref of opts.minutesRefs) {
    const meeting = meetingById.get(ref.meeting);
    if (meeting === undefined) {
      if (opts.invalidIds.has(ref.meeting)) continue;
      problems.push({ file: ref.file, path: '(file)', message: `${ref.meeting} is not a meeting — name the file after its meeting's id` });
      continue;
    }
    if (meeting.place.region !== ref.folder) {
      problems.push({ file: ref.file, path: '(file)', message: `belongs to meeting ${ref.meeting} of region ${meeting.place.region} — move it to meetings/${meeting.place.region}/` });
    }
    if (!meeting.changes.some((c) => c.kind === 'held')) {
      problems.push({
        file: ref.file,
        path: '(file)',
        message: `are minutes of meeting ${ref.meeting}, which is ${meeting.status} — minutes are published for held meetings; add a "held" entry to the meeting's changes first`,
      });
    }
    for (const { id, line } of ref.ids) {
      if (!issueById.has(id) && !opts.invalidIds.has(id)) problems.push({ file: ref.file, path: `line ${line}`, message: `<IssueRef id="${id}"> names no issue — check the id` });
    }
  }
  return problems;
}
