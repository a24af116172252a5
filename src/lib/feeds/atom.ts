/** Atom feeds (RFC 4287) of meetings' announcements and log entries and of the calendars' corrections, and of status and other changes of issues, newest first. */
import type { Issue, IssueChange } from '../../schemas/issue.ts';
import { currentWording, replacedDeadlines } from '../issues/changes.ts';
import { formatDate, formatMoney } from '../i18n/format.ts';
import { t, tf } from '../i18n/translations.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { statusTable } from '../issues/status.ts';
import { pickText } from '../i18n/text.ts';
import { channelLabels, correctionKindLabels, holderLevelLabels, label, maslikhatActLabels } from '../i18n/labels.ts';
import { detailsFieldsCorrected } from '../issues/describe.ts';
import { calendarPageYear, correctionAnchor } from '../accountability/calendar.ts';
import type { Calendar, CalendarEntry, PlannedWindow } from '../../schemas/calendar.ts';
import { detailText, meetingLog, type DistrictName } from '../meetings/describe.ts';
import { localDay, zoneOf } from '../time.ts';
import type { Language } from '../../vocabularies.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  /** Day of the entry, `YYYY-MM-DD`. */
  updated: string;
  summary: string;
}

/** How many entries a feed keeps: readers poll feeds, so they stay small. */
export const feedLength = 100;

/** Announcements of the meetings and every entry of their logs (postponed, cancelled, held, corrected…), newest first. */
export function announcementEntries(meetings: readonly Meeting[], lang: Language, siteUrl: string, districtName?: DistrictName, holderName?: (m: Meeting) => string): FeedEntry[] {
  return meetings
    .flatMap((m) => {
      const link = `${siteUrl}/${lang}/meetings/${m.id}/`;
      // Named wholly in the feed's language when the site knows how (src/lib/geo/names.ts); else the office as written.
      const office = holderName?.(m) ?? pickText(m.holder.office, lang).text;
      // The meeting's day in its region's time.
      const day = localDay(m.start, zoneOf(m.place.region));
      return [
        ...m.announcements.map((a, n) => ({
          id: `urn:kezdesu:announcement:${m.id}:${n + 1}`,
          title: `${office} — ${day}`,
          link,
          updated: a.published,
          summary: `${channelLabels[a.channel][lang]}: ${a.outlet}. ${pickText(m.place.venue, lang).text}, ${pickText(m.place.address, lang).text}`,
        })),
        ...meetingLog(m, lang, districtName).map((line, n) => ({
          id: `urn:kezdesu:meeting-change:${m.id}:${n + 1}`,
          title: `${line.label}: ${office} — ${day}`,
          link,
          updated: line.date,
          summary: [line.details.map(detailText).join('; '), line.reason ? pickText(line.reason, lang).text : ''].filter(Boolean).join('. ') || line.label,
        })),
      ];
    })
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, feedLength);
}


const windowText = (w: PlannedWindow, lang: Language): string => (w.from === w.to ? formatDate(w.from, lang) : `${formatDate(w.from, lang)} – ${formatDate(w.to, lang)}`);

/**
 * Each correction of the calendars (a planned meeting added, moved or
 * dropped), on its day: "Meeting moved: District akim, Abay District —
 * 1 May 2026 – 31 May 2026 → 1 September 2026 – 30 September 2026", with the reason and the maslikhat's
 * act, session, number and date. `districtName` names a district of a
 * region; the link is the correction's row (`#correction-2026-3`) on the
 * region's obligations page of the calendar's year (of the build day's year
 * for a calendar approved ahead), as of the build day `asOf`.
 */
export function calendarCorrectionEntries(calendars: readonly Calendar[], lang: Language, siteUrl: string, districtName: (region: string, district: string) => string | undefined, asOf: string): FeedEntry[] {
  return calendars
    .flatMap((c) => {
      const entries = new Map<string, CalendarEntry>(c.entries.map((e) => [e.id, e]));
      const windows = new Map<string, PlannedWindow>(c.entries.map((e) => [e.id, e.planned]));
      return c.corrections.map((k, n) => {
        if (k.kind === 'added') entries.set(k.entry.id, k.entry);
        const id = k.kind === 'added' ? k.entry.id : k.entry;
        const entry = entries.get(id);
        // A move says from which window to which: the one in force before it, and the new one.
        const before = windows.get(id);
        const window = k.kind === 'added' ? k.entry.planned : k.kind === 'moved' ? k.planned : before;
        if (window !== undefined) windows.set(id, window);
        const district = entry?.holder.district === undefined ? undefined : (districtName(c.region, entry.holder.district) ?? entry.holder.district);
        const holder = entry === undefined ? id : `${holderLevelLabels[entry.holder.level][lang]}${district === undefined ? '' : `, ${district}`}`;
        const when = window === undefined ? '' : ` — ${k.kind === 'moved' && before !== undefined ? `${windowText(before, lang)} → ` : ''}${windowText(window, lang)}`;
        const m = k.maslikhat;
        const act = tf(lang, 'feed.maslikhatAct', { act: maslikhatActLabels[m.act][lang], session: m.session, number: m.number, date: formatDate(m.date, lang) });
        return {
          id: `urn:kezdesu:calendar-correction:${c.region}:${c.year}:${n + 1}`,
          title: `${correctionKindLabels[k.kind][lang]}: ${holder}${when}`,
          // The correction's own row on the region's obligations page that lists the calendar with every correction.
          link: `${siteUrl}/${lang}/regions/${c.region}/accountability/${calendarPageYear(c.year, asOf)}/#${correctionAnchor(c.year, n + 1)}`,
          updated: k.date,
          summary: `${pickText(k.reason, lang).text}. ${act}`,
        };
      });
    })
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, feedLength);
}

/** Feed entries of several kinds in one feed: newest first, at most `feedLength`. */
export function newestEntries(...lists: FeedEntry[][]): FeedEntry[] {
  return lists
    .flat()
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, feedLength);
}

/** What a change-log entry is called in a feed: "Deadline moved: 1 June 2027", "Progress", "Title corrected". */
function changeTitle(change: IssueChange, previous: string | undefined, lang: Language): string {
  switch (change.kind) {
    case 'progress':
      return t(lang, 'issue.change.progress');
    case 'deadline':
      return `${t(lang, previous === undefined ? 'issue.change.deadlineSet' : 'issue.change.deadlineMoved')}: ${previous === undefined ? '' : `${formatDate(previous, lang)} → `}${formatDate(change.deadline, lang)}`;
    case 'financing':
      return `${t(lang, 'issue.change.financing')}: ${formatMoney(change.amountKzt, lang)}`;
    case 'correction':
      return t(lang, change.field === 'title' ? 'issue.change.titleCorrected' : 'issue.change.descriptionCorrected');
    case 'details':
      return `${label(lang, 'issueChange', 'details')}: ${detailsFieldsCorrected(change, lang).join(', ')}`;
  }
}

/** An entry of the feed of changes, before it is written: the issue, and which of its status events or changes. */
interface StatusEntryPlace {
  issue: Issue;
  /** Index in `history`, or in `changes` for a change. */
  n: number;
  change: boolean;
  id: string;
  updated: string;
}

/** Newest first, then by id: the feeds' order. */
const newestFirst = (a: { updated: string; id: string }, b: { updated: string; id: string }) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id);

/**
 * The `feedLength` newest entries of the issues' status events and changes, in the feed's order: kept as they
 * come, the rest passed over, so that a feed of the whole record never holds an entry per event of it.
 */
function newestStatusPlaces(issues: readonly Issue[]): StatusEntryPlace[] {
  const kept: StatusEntryPlace[] = [];
  const consider = (issue: Issue, n: number, change: boolean, updated: string) => {
    const last = kept[kept.length - 1];
    // Older than the oldest of a full feed: not shown, whatever its id.
    if (kept.length === feedLength && last !== undefined && updated.localeCompare(last.updated) < 0) return;
    const place = { issue, n, change, updated, id: `urn:kezdesu:${change ? 'change' : 'status'}:${issue.id}:${n + 1}` };
    if (kept.length === feedLength && last !== undefined && newestFirst(place, last) >= 0) return;
    let at = kept.length;
    while (at > 0 && newestFirst(place, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, place);
    if (kept.length > feedLength) kept.pop();
  };
  for (const issue of issues) {
    issue.history.forEach((e, n) => consider(issue, n, false, e.date));
    issue.changes.forEach((c, n) => consider(issue, n, true, c.date));
  }
  return kept;
}

/** The issues the feed of changes of `issues` shows an entry of, in its order: given only these, `statusEntries` gives the same feed. */
export function statusFeedIssues(issues: readonly Issue[]): Issue[] {
  return [...new Set(newestStatusPlaces(issues).map((place) => place.issue))];
}

/** Status changes and every other change of the issues (progress, deadlines, financing, corrections), newest first, under each issue's current title. */
export function statusEntries(issues: readonly Issue[], lang: Language, siteUrl: string): FeedEntry[] {
  return newestStatusPlaces(issues).map(({ issue: i, n, change, id, updated }) => {
    const link = `${siteUrl}/${lang}/issues/${i.id}/`;
    const title = pickText(currentWording(i, 'title'), lang).text;
    if (!change) {
      const e = i.history[n]!;
      return { id, title: `${label(lang, 'status', e.status)}: ${title}`, link, updated, summary: e.note ? pickText(e.note, lang).text : label(lang, 'status', e.status) };
    }
    const c = i.changes[n]!;
    const previous = replacedDeadlines(i);
    return {
      id,
      title: `${changeTitle(c, previous.get(c), lang)} — ${title}`,
      link,
      updated,
      summary: pickText(c.kind === 'progress' ? c.note : (c.reason ?? { en: changeTitle(c, previous.get(c), lang) }), lang).text,
    };
  });
}

/** The feed document. */
export function atomFeed(opts: { title: string; selfUrl: string; siteLink: string; lang: Language; entries: FeedEntry[]; asOf: string }): string {
  const updated = `${opts.entries[0]?.updated ?? opts.asOf}T00:00:00Z`;
  const entries = opts.entries.map(
    (e) =>
      `<entry><id>${escapeXml(e.id)}</id><title>${escapeXml(e.title)}</title><link href="${escapeXml(e.link)}"/><updated>${e.updated}T00:00:00Z</updated><summary>${escapeXml(e.summary)}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${opts.lang}"><id>${escapeXml(opts.selfUrl)}</id><title>${escapeXml(opts.title)}</title><link rel="self" href="${escapeXml(opts.selfUrl)}"/><link href="${escapeXml(opts.siteLink)}"/><updated>${updated}</updated><author><name>Kezdesu</name></author>\n${entries.join('\n')}\n</feed>\n`;
}
