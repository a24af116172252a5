/**
 * Rules that span entries or files: unique ids, references that resolve,
 * geography that nests, status histories that follow the transition table,
 * and dates that make sense against each other and the build date.
 */
import type { District } from '../../schemas/district.ts';
import { issueDetailsFields, type Issue } from '../../schemas/issue.ts';
import { detailsSteps, isCorrected, issueRecordOf, lastDetailsCorrecting, wordingCorrections } from '../issues/changes.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { initialStatus, statusTable, transitionRule } from '../issues/status.ts';
import { correctableFieldLabels, labels, meetingChangeKindLabels, meetingStatusLabels } from '../i18n/labels.ts';
import { inEach, msg, type Message } from '../i18n/messages.ts';
import { pickText } from '../i18n/text.ts';
import { lastCorrecting, meetingSteps, recordOf } from '../meetings/log.ts';
import { canonicalJson } from './canonical.ts';
import { localDay, rightOffset, utcLabel, zoneOf } from '../time.ts';
import { checkCalendars } from './calendar-checks.ts';
import type { Content, EntrySource } from './load.ts';
import { formatFieldPath, problem, type ContentProblem } from './problems.ts';
import { term, termList } from './terms.ts';
import { correctableFields, type Language, languages, type StatusId } from '../../vocabularies.ts';

/** Languages as messages to editors name them. */
const languageNames: Record<string, Message> = { kk: msg('check.language.kk'), ru: msg('check.language.ru'), en: msg('check.language.en') };

/** An issue status as a value of a message: its code in English, its label in Kazakh and Russian. */
const status = (s: StatusId) => term(s, labels('status', s));
/** A kind of meeting-log entry as a value of a message. */
const entryKind = (k: keyof typeof meetingChangeKindLabels) => term(k, meetingChangeKindLabels[k]);
const held = entryKind('held');

export interface IntegrityOptions {
  asOf: string;
  minutesRefs: { file: string; ids: { id: string; line: number }[]; meeting: string; folder: string }[];
  /** Ids of entries that failed their schema (already reported): references to them are not reported again. */
  invalidIds: ReadonlySet<string>;
  /** The regional map's file, when every square in it could be read: then every region must have one. */
  tilesFile?: string;
}

type Place = Meeting['place'] | Issue['place'];

/** A correction that gives the value already in force. */
const sameValue = (field: string, value: unknown): Message => msg('check.change.sameValue', { field, value: value === null ? 'null' : typeof value === 'string' ? value : JSON.stringify(value) });

/** A district and its settlement are corrected as a pair: one given as it is, beside the other changed, is part of moving the place. */
const placeMoved = (field: string, changed: (other: 'district' | 'settlement') => boolean): boolean =>
  (field === 'district' && changed('settlement')) || (field === 'settlement' && changed('district'));

/** Checks everything that one schema alone cannot. */
export function checkIntegrity(content: Content, sources: WeakMap<object, EntrySource>, opts: IntegrityOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { asOf } = opts;
  const at = (entry: object, path: (string | number)[], message: Message): void => {
    const source = sources.get(entry) ?? { file: '(unknown file)', prefix: '' };
    problems.push(problem(source.file, formatFieldPath(path, source.prefix), message));
  };
  const future = (what: 'entry' | 'publication' | 'raised' | 'decision' | 'statusChange' | 'change') => msg('check.future', { asOf, what: msg(`check.what.${what}`) });

  // Geography.
  const regionBySlug = new Map<string, Content['regions'][number]>();
  const katoSeen = new Map<string, Message>();
  const claimKato = (entry: object, kato: string, what: Message): void => {
    const previous = katoSeen.get(kato);
    if (previous !== undefined) at(entry, ['kato'], msg('check.kato.taken', { kato, previous }));
    else katoSeen.set(kato, what);
  };
  for (const region of content.regions) {
    if (regionBySlug.has(region.slug)) at(region, ['slug'], msg('check.region.slugTaken', { slug: region.slug }));
    regionBySlug.set(region.slug, region);
    claimKato(region, region.kato, msg('check.unit.region', { slug: region.slug }));
    if (region.iso !== `KZ-${region.kato.slice(0, 2)}`) {
      at(region, ['iso'], msg('check.region.iso', { iso: region.iso, prefix: region.kato.slice(0, 2) }));
    }
  }
  // The regional map: one square per region, no two on one square.
  const tileOf = new Map<string, number>();
  const tileAt = new Map<string, number>();
  content.tiles.forEach((tile, i) => {
    if (!regionBySlug.has(tile.region)) at(tile, ['region'], msg('check.region.unknown', { region: tile.region }));
    const earlier = tileOf.get(tile.region);
    if (earlier !== undefined) at(tile, ['region'], msg('check.tile.twice', { region: tile.region, earlier }));
    else tileOf.set(tile.region, i);
    const square = `${tile.column},${tile.row}`;
    const taken = tileAt.get(square);
    if (taken !== undefined) {
      at(tile, ['column'], msg('check.tile.taken', { column: tile.column, row: tile.row, other: content.tiles[taken]!.region, taken }));
    } else tileAt.set(square, i);
  });
  if (opts.tilesFile !== undefined) {
    for (const region of content.regions) {
      if (!tileOf.has(region.slug)) {
        problems.push(problem(opts.tilesFile, '(file)', msg('check.tile.missing', { region: region.slug })));
      }
    }
  }

  const districtByKey = new Map<string, District>();
  for (const district of content.districts) {
    const region = regionBySlug.get(district.region);
    const source = sources.get(district);
    if (source !== undefined && !source.file.endsWith(`/geo/districts/${district.region}.json`)) {
      at(district, ['region'], msg('check.district.wrongFile', { region: district.region, file: source.file }));
    }
    if (region === undefined) {
      at(district, ['region'], msg('check.region.unknown', { region: district.region }));
    } else if (district.kato.slice(0, 2) !== region.kato.slice(0, 2)) {
      at(district, ['kato'], msg('check.district.kato', { kato: district.kato, prefix: region.kato.slice(0, 2), region: region.slug }));
    }
    const key = `${district.region}/${district.slug}`;
    if (districtByKey.has(key)) at(district, ['slug'], msg('check.district.slugTwice', { slug: district.slug, region: district.region }));
    districtByKey.set(key, district);
    claimKato(district, district.kato, msg('check.unit.district', { key }));
  }
  const settlementByKato = new Map<string, Content['settlements'][number]>();
  for (const settlement of content.settlements) {
    const regionSlug = (sources.get(settlement)?.file ?? '').replace(/^.*\/geo\/settlements\//, '').replace(/\.json$/, '');
    const district = districtByKey.get(`${regionSlug}/${settlement.district}`);
    if (district === undefined) {
      at(settlement, ['district'], msg('check.settlement.district', { district: settlement.district, region: regionSlug }));
    } else if (settlement.kato.slice(0, 4) !== district.kato.slice(0, 4)) {
      at(settlement, ['kato'], msg('check.settlement.kato', { kato: settlement.kato, prefix: district.kato.slice(0, 4), district: settlement.district }));
    }
    // The Kazakh message names the place in Kazakh where its name is known, else in quotation marks as written.
    const name = settlement.name.ru ?? settlement.name.kk ?? settlement.kato;
    claimKato(settlement, settlement.kato, msg('check.unit.settlement', { name: inEach((lang) => (lang === 'ru' ? name : pickText({ ...settlement.name, ru: name }, lang).text)) }));
    settlementByKato.set(settlement.kato, settlement);
  }

  /**
   * Checks a place as it is in force. `writtenAt` names where its district
   * and settlement were written: the entry's own place (the default), or the
   * correction entry `changes[change]` that gave them; a value a later entry
   * replaced is not checked, since it is corrected by an entry, never in
   * place.
   */
  const checkPlace = (entry: object, place: Place, writtenAt?: { change: number; district: boolean; settlement: boolean }): void => {
    const region = regionBySlug.get(place.region);
    const districtPath = writtenAt === undefined ? ['place', 'district'] : ['changes', writtenAt.change, writtenAt.district || !writtenAt.settlement ? 'district' : 'settlement'];
    const settlementPath = writtenAt === undefined ? ['place', 'settlement', 'kato'] : ['changes', writtenAt.change, ...(writtenAt.settlement ? ['settlement', 'kato'] : ['district'])];
    if (region === undefined) {
      at(entry, ['place', 'region'], msg('check.place.region', { region: place.region, example: content.regions[0]?.slug ?? 'abay' }));
      return;
    }
    // An id carries its region's KATO prefix (i-10-…, m-10-…): one numbered for another region would be reused there.
    const id = (entry as { id?: unknown }).id;
    const code = region.kato.slice(0, 2);
    if (typeof id === 'string' && /^[im]-\d{2}-/.test(id) && id.slice(2, 4) !== code) {
      const kind = msg(id.startsWith('i-') ? 'check.kind.issue' : 'check.kind.meeting');
      at(entry, ['id'], msg('check.place.idRegion', { id, idCode: id.slice(2, 4), kind, region: region.slug, code, letter: id[0]! }));
    }
    if (place.district !== undefined && !districtByKey.has(`${place.region}/${place.district}`)) {
      const inOther = content.districts.find((d) => d.slug === place.district);
      at(
        entry,
        districtPath,
        inOther
          ? msg('check.place.districtOther', { district: place.district, other: inOther.region, region: place.region })
          : msg('check.place.districtUnknown', { district: place.district, region: place.region }),
      );
    }
    const kato = place.settlement?.kato;
    if (kato !== undefined) {
      const settlement = settlementByKato.get(kato);
      if (settlement === undefined) {
        at(entry, settlementPath, msg('check.place.settlementUnknown', { kato }));
      } else if (place.district === undefined || settlement.district !== place.district || !settlement.kato.startsWith(region.kato.slice(0, 2))) {
        at(entry, settlementPath, msg('check.place.settlementDistrict', { kato, district: settlement.district, place: place.district ?? msg('check.place.none') }));
      }
    }
  };

  /** A meeting's log: entries in date order, none in the future, and only what can follow what happened before. */
  const checkMeetingLog = (meeting: Meeting): void => {
    let heldOn: string | undefined;
    let cancelled: string | undefined;
    const zone = zoneOf(meeting.place.region);
    let day = localDay(meeting.published?.start ?? meeting.start, zone);
    meeting.changes.forEach((change, i) => {
      const path = (...field: (string | number)[]) => ['changes', i, ...field];
      const previous = meeting.changes[i - 1];
      if (change.date > asOf) at(meeting, path('date'), future('entry'));
      if (previous !== undefined && change.date < previous.date) {
        at(meeting, path('date'), msg('check.log.order', { date: change.date, previous: previous.date }));
      }
      if (cancelled !== undefined && change.kind !== 'materials' && change.kind !== 'minutes') {
        at(meeting, path('kind'), msg('check.log.afterCancel', { date: cancelled }));
      } else if (heldOn !== undefined && (change.kind === 'postponed' || change.kind === 'cancelled' || change.kind === 'held')) {
        at(
          meeting,
          path('kind'),
          change.kind === 'held'
            ? msg('check.log.heldAgain', { held, date: heldOn, materials: entryKind('materials') })
            : msg('check.log.afterHeld', { held, date: heldOn, kind: entryKind(change.kind) }),
        );
      }
      if ((change.kind === 'materials' || change.kind === 'minutes') && heldOn === undefined) {
        at(meeting, path('kind'), msg(change.kind === 'minutes' ? 'check.log.minutesBeforeHeld' : 'check.log.materialsBeforeHeld', { held }));
      }
      if (change.kind === 'postponed' && change.start !== undefined) day = localDay(change.start, zone);
      if (change.kind === 'corrected' && change.start !== undefined) day = localDay(change.start, zone);
      if (change.kind === 'held') {
        heldOn = change.date;
        if (change.date < day) at(meeting, path('date'), msg('check.log.heldBeforeDay', { date: change.date, day }));
      }
      if (change.kind === 'cancelled') cancelled = change.date;
      if (change.kind === 'held' || change.kind === 'materials') {
        change.coverage.forEach((c, j) => {
          if (c.published > asOf) at(meeting, path('coverage', j, 'published'), future('publication'));
          if (c.published < day) at(meeting, path('coverage', j, 'published'), msg('check.log.coverageBefore', { date: c.published, day }));
        });
      }
      if ((change.kind === 'postponed' || change.kind === 'corrected') && change.start !== undefined && change.end !== undefined && Date.parse(change.end) <= Date.parse(change.start)) {
        at(meeting, path('end'), msg('check.log.endBeforeStart'));
      }
    });
  };

  /**
   * Every time in a meeting's file carries the UTC offset its region kept on
   * that date (Aktobe +05:00 throughout; Astana +06:00 until 2024-03-01), so
   * the local time written is the time shown. A time a later `corrected`
   * entry replaces is not reported again: a published time is corrected by
   * an entry, never in place.
   */
  const checkMeetingOffsets = (meeting: Meeting): void => {
    const record = recordOf(meeting);
    const zone = zoneOf(meeting.place.region);
    const region = regionBySlug.get(meeting.place.region);
    const correctedAfter = (i: number) => meeting.changes.some((c, j) => j > i && c.kind === 'corrected' && (c.start !== undefined || c.end !== undefined));
    const check = (instant: string | undefined, path: (string | number)[], entry: number): void => {
      if (instant === undefined || correctedAfter(entry)) return;
      const verdict = rightOffset(instant, zone);
      if (verdict.ok) return;
      const name = region?.name ?? inEach(() => meeting.place.region);
      at(meeting, path, msg('check.meeting.offset', { value: instant, region: inEach((lang) => (lang === 'kk' ? `${name.kk}нда` : pickText(name, lang).text)), utc: utcLabel(verdict.offset), right: verdict.instant, corrected: entryKind('corrected') }));
    };
    check(record.start, ['start'], -1);
    check(record.end, ['end'], -1);
    record.changes.forEach((change, i) => {
      if (change.kind !== 'postponed' && change.kind !== 'corrected') return;
      check(change.start, ['changes', i, 'start'], i);
      check(change.end, ['changes', i, 'end'], i);
    });
  };

  // Meetings.
  const meetingById = new Map<string, Meeting>();
  for (const meeting of content.meetings) {
    if (meetingById.has(meeting.id)) at(meeting, ['id'], msg('check.meeting.idTaken', { id: meeting.id }));
    meetingById.set(meeting.id, meeting);
    // The district and settlement in force, where they were written: as published, or by the last correction giving either.
    const placeAt = lastCorrecting(meeting, ['district', 'settlement']);
    const placeChange = meeting.changes[placeAt];
    if (placeChange?.kind !== 'corrected') checkPlace(meeting, meeting.place);
    else checkPlace(meeting, meeting.place, { change: placeAt, district: placeChange.district !== undefined, settlement: placeChange.settlement !== undefined });
    checkMeetingOffsets(meeting);
    const zone = zoneOf(meeting.place.region);
    const day = localDay(meeting.start, zone);
    if (meeting.status === 'held' && day > asOf) at(meeting, ['start'], msg('check.meeting.heldInFuture', { asOf, held }));
    // Announcements come before the day the meeting stands at: a postponed meeting is announced again for its new day.
    const announcedFor = localDay(meeting.newStart ?? meeting.start, zone);
    meeting.announcements.forEach((a, i) => {
      if (a.published >= announcedFor) {
        at(meeting, ['announcements', i, 'published'], msg('check.meeting.announcementLate', { date: a.published, day: announcedFor }));
      }
      if (a.published > asOf) at(meeting, ['announcements', i, 'published'], future('publication'));
    });
    checkMeetingLog(meeting);
    // A correction gives a value other than the one in force: a district, ministry or calendar entry it already has corrects nothing.
    for (const { change, before } of meetingSteps(recordOf(meeting))) {
      if (change.kind !== 'corrected') continue;
      const i = meeting.changes.indexOf(change);
      const same = (field: keyof typeof before.facts) => change[field] !== undefined && canonicalJson(change[field] ?? undefined) === canonicalJson(before.facts[field]);
      for (const field of ['district', 'settlement', 'format', 'stream', 'office', 'body', 'calendarEntry', 'outsideCalendar'] as const) {
        if (same(field) && !placeMoved(field, (f) => change[f] !== undefined && !same(f))) at(meeting, ['changes', i, field], sameValue(field, change[field]));
      }
    }
  }

  // Action-plan measures.
  const measureIds = new Set<string>();
  for (const measure of content.measures) {
    if (measureIds.has(measure.id)) at(measure, ['id'], msg('check.measure.idTaken', { id: measure.id }));
    measureIds.add(measure.id);
  }

  // Issues.
  const issueById = new Map<string, Issue>();
  for (const issue of content.issues) {
    if (issueById.has(issue.id)) at(issue, ['id'], msg('check.issue.idTaken', { id: issue.id }));
    issueById.set(issue.id, issue);
  }
  for (const issue of content.issues) {
    // The district, settlement and measure in force, where they were written: as published, or by the last correction giving them.
    const placeAt = lastDetailsCorrecting(issue, ['district', 'settlement']);
    const placeChange = issue.changes[placeAt];
    if (placeChange?.kind !== 'details') checkPlace(issue, issue.place);
    else checkPlace(issue, issue.place, { change: placeAt, district: placeChange.district !== undefined, settlement: placeChange.settlement !== undefined });
    let firstMeetingDay: string | undefined;
    issue.meetings.forEach((id, i) => {
      const meeting = meetingById.get(id);
      if (meeting === undefined) {
        if (opts.invalidIds.has(id)) return;
        at(issue, ['meetings', i], msg('check.issue.meetingUnknown', { id }));
        return;
      }
      if (!meeting.changes.some((c) => c.kind === 'held')) {
        at(issue, ['meetings', i], msg('check.issue.meetingNotHeld', { id, status: term(meeting.status, meetingStatusLabels[meeting.status]), held }));
      }
      const day = localDay(meeting.start, zoneOf(meeting.place.region));
      if (firstMeetingDay === undefined || day < firstMeetingDay) firstMeetingDay = day;
    });
    if (firstMeetingDay !== undefined && issue.raised < firstMeetingDay) {
      at(issue, ['raised'], msg('check.issue.raisedBeforeMeeting', { raised: issue.raised, day: firstMeetingDay }));
    }
    if (issue.raised > asOf) at(issue, ['raised'], future('raised'));
    if (issue.deadline !== undefined && issue.deadline < issue.raised) {
      at(issue, ['deadline'], msg('check.issue.deadlineBeforeRaised', { deadline: issue.deadline, raised: issue.raised }));
    }
    if (issue.measure !== undefined && !measureIds.has(issue.measure)) {
      const measureAt = lastDetailsCorrecting(issue, ['measure']);
      at(issue, measureAt < 0 ? ['measure'] : ['changes', measureAt, 'measure'], msg('check.issue.measureUnknown', { measure: issue.measure }));
    }
    const decisionDate = issue.financing?.decision?.date;
    if (decisionDate !== undefined && decisionDate > asOf) at(issue, ['financing', 'decision', 'date'], future('decision'));

    // Status history.
    issue.history.forEach((event, i) => {
      const path = (field: string) => ['history', i, field];
      if (event.date > asOf) at(issue, path('date'), future('statusChange'));
      if (i === 0) {
        if (event.status !== initialStatus) at(issue, path('status'), msg('check.history.first', { status: status(event.status), initial: status(initialStatus) }));
        if (event.date < issue.raised) at(issue, path('date'), msg('check.history.beforeRaised', { date: event.date, raised: issue.raised }));
      } else {
        const previous = issue.history[i - 1];
        if (previous === undefined) return;
        if (event.date < previous.date) {
          at(issue, path('date'), msg('check.history.order', { date: event.date, previous: previous.date }));
        }
        const rule = transitionRule(previous.status, event.status);
        if (rule === undefined) {
          const allowed = Object.keys(statusTable[previous.status].next) as StatusId[];
          at(
            issue,
            path('status'),
            allowed.length
              ? msg('check.history.transition', { previous: status(previous.status), allowed: termList(allowed.map(status)) })
              : msg('check.history.transitionFinal', { previous: status(previous.status) }),
          );
        } else if (rule === 'reopen' && event.note === undefined) {
          at(issue, path('note'), msg('check.history.reopenNote', { previous: status(previous.status) }));
        }
      }
      if (event.status === 'resolved') {
        if (event.note === undefined) at(issue, path('note'), msg('check.history.resolvedNote', { resolved: status('resolved') }));
        if (event.evidence.length === 0) at(issue, path('evidence'), msg('check.history.resolvedEvidence', { resolved: status('resolved') }));
      }
      if (event.status === 'declined' && event.note === undefined) at(issue, path('note'), msg('check.history.declinedNote', { declined: status('declined') }));
      if (event.status === 'referred' && event.referredTo === undefined) at(issue, path('referredTo'), msg('check.history.referredTo', { referred: status('referred') }));
      if (event.status === 'duplicate' && issue.duplicateOf === undefined) {
        at(issue, ['duplicateOf'], msg('check.history.duplicateOf', { duplicate: status('duplicate') }));
      }
    });
    // Change log: appended in date order, nothing in the future, each deadline and correction a real change.
    if (isCorrected(issue)) {
      for (const field of correctableFields) {
        for (const { change, replaced } of wordingCorrections(issue, field)) {
          for (const lang of languages.filter((l): l is keyof typeof change.text => l in change.text)) {
            if (replaced[lang] !== undefined && replaced[lang] === change.text[lang]) {
              at(
                issue,
                ['changes', issue.changes.indexOf(change), 'text', lang],
                msg('check.change.sameWording', { field: term(field, correctableFieldLabels[field]), language: languageNames[lang] ?? lang, lang }),
              );
            }
          }
        }
      }
    }
    for (const { change, before } of detailsSteps(issueRecordOf(issue))) {
      const i = issue.changes.indexOf(change);
      const inForce = { category: before.category, body: before.body, district: before.place.district, settlement: before.place.settlement, measure: before.measure };
      const same = (field: keyof typeof inForce) => change[field] !== undefined && canonicalJson(change[field] ?? undefined) === canonicalJson(inForce[field]);
      for (const field of issueDetailsFields) {
        if (same(field) && !placeMoved(field, (f) => change[f] !== undefined && !same(f))) at(issue, ['changes', i, field], sameValue(field, change[field]));
      }
    }
    let deadlineSoFar = issue.deadline;
    issue.changes.forEach((change, i) => {
      const path = (field: string) => ['changes', i, field];
      if (change.date > asOf) at(issue, path('date'), future('change'));
      if (change.date < issue.raised) at(issue, path('date'), msg('check.change.beforeRaised', { date: change.date, raised: issue.raised }));
      const previous = issue.changes[i - 1];
      if (previous !== undefined && change.date < previous.date) {
        at(issue, path('date'), msg('check.change.order', { date: change.date, previous: previous.date }));
      }
      if (change.kind === 'deadline') {
        if (change.deadline < issue.raised) at(issue, path('deadline'), msg('check.change.deadlineBeforeRaised', { deadline: change.deadline, raised: issue.raised }));
        if (change.deadline === deadlineSoFar) at(issue, path('deadline'), msg('check.change.sameDeadline', { deadline: change.deadline }));
        deadlineSoFar = change.deadline;
      }
      if (change.kind === 'financing' && change.decision !== undefined && change.decision.date > asOf) at(issue, ['changes', i, 'decision', 'date'], future('decision'));
    });
    if (issue.duplicateOf !== undefined) {
      if (!issue.history.some((e) => e.status === 'duplicate')) {
        at(issue, ['duplicateOf'], msg('check.duplicate.noEntry', { duplicate: status('duplicate') }));
      }
      if (issue.duplicateOf === issue.id) at(issue, ['duplicateOf'], msg('check.duplicate.self'));
      else if (!issueById.has(issue.duplicateOf) && !opts.invalidIds.has(issue.duplicateOf)) at(issue, ['duplicateOf'], msg('check.duplicate.unknown', { id: issue.duplicateOf }));
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
          at(issue, ['duplicateOf'], msg('check.duplicate.cycle', { chain: [...cycle, current.id].join(' → ') }));
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
        at(meeting, ['changes', i, 'lang'], msg('check.minutes.noLang', { lang: change.lang, file: `${meeting.id}.minutes.${change.lang}.mdx` }));
      }
    });
  }
  for (const ref of opts.minutesRefs) {
    const meeting = meetingById.get(ref.meeting);
    if (meeting === undefined) {
      if (opts.invalidIds.has(ref.meeting)) continue;
      problems.push(problem(ref.file, '(file)', msg('check.minutes.noMeeting', { meeting: ref.meeting })));
      continue;
    }
    if (meeting.place.region !== ref.folder) {
      problems.push(problem(ref.file, '(file)', msg('check.minutes.wrongFolder', { meeting: ref.meeting, region: meeting.place.region })));
    }
    if (!meeting.changes.some((c) => c.kind === 'held')) {
      problems.push(
        problem(ref.file, '(file)', msg('check.minutes.notHeld', { meeting: ref.meeting, status: term(meeting.status, meetingStatusLabels[meeting.status]), held })),
      );
    }
    for (const { id, line } of ref.ids) {
      if (!issueById.has(id) && !opts.invalidIds.has(id)) problems.push(problem(ref.file, `line ${line}`, msg('check.minutes.issueRef', { id })));
    }
  }

  // Calendars, and the meetings that fulfil their entries.
  problems.push(...checkCalendars(content, sources, { asOf, invalidIds: opts.invalidIds }));
  return problems;
}
