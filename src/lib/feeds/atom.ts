/** Atom feeds (RFC 4287) of meetings' announcements and log entries, and of status and other changes of issues, newest first. */
import type { Language } from '../../schemas/common.ts';
import type { Issue, IssueChange } from '../../schemas/issue.ts';
import { currentWording, replacedDeadlines } from '../issues/changes.ts';
import { formatDate, formatMoney } from '../i18n/format.ts';
import { t } from '../i18n/ui.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { statusTable } from '../issues/status.ts';
import { pickText } from '../i18n/text.ts';
import { channelLabels } from '../i18n/labels.ts';
import { meetingLog } from '../meetings/describe.ts';
import { localDay, zoneOf } from '../time.ts';

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
export function announcementEntries(meetings: readonly Meeting[], lang: Language, siteUrl: string): FeedEntry[] {
  return meetings
    .flatMap((m) => {
      const link = `${siteUrl}/${lang}/meetings/${m.id}/`;
      const office = pickText(m.holder.office, lang).text;
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
        ...meetingLog(m, lang).map((line, n) => ({
          id: `urn:kezdesu:meeting-change:${m.id}:${n + 1}`,
          title: `${line.label}: ${office} — ${day}`,
          link,
          updated: line.date,
          summary: [line.details.join('; '), line.reason ? pickText(line.reason, lang).text : ''].filter(Boolean).join('. ') || line.label,
        })),
      ];
    })
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
  }
}

/** Status changes and every other change of the issues (progress, deadlines, financing, corrections), newest first, under each issue's current title. */
export function statusEntries(issues: readonly Issue[], lang: Language, siteUrl: string): FeedEntry[] {
  return issues
    .flatMap((i) => {
      const link = `${siteUrl}/${lang}/issues/${i.id}/`;
      const title = pickText(currentWording(i, 'title'), lang).text;
      const previous = replacedDeadlines(i);
      return [
        ...i.history.map((e, n) => ({
          id: `urn:kezdesu:status:${i.id}:${n + 1}`,
          title: `${statusTable[e.status].label[lang]}: ${title}`,
          link,
          updated: e.date,
          summary: e.note ? pickText(e.note, lang).text : statusTable[e.status].label[lang],
        })),
        ...i.changes.map((c, n) => ({
          id: `urn:kezdesu:change:${i.id}:${n + 1}`,
          title: `${changeTitle(c, previous.get(c), lang)} — ${title}`,
          link,
          updated: c.date,
          summary: pickText(c.kind === 'progress' ? c.note : (c.reason ?? { en: changeTitle(c, previous.get(c), lang) }), lang).text,
        })),
      ];
    })
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, feedLength);
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
