/**
 * A new spreadsheet row that looks like a record already published: the
 * same issue with a typo fixed in its title, the same meeting with its time
 * corrected. Imported as new, either would be a duplicate that can never be
 * deleted; so import refuses it and names the record to update instead.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { currentWording, isCorrected } from '../issues/changes.ts';
import { localDay, zoneOf } from '../time.ts';

/** Text as compared: lower case, ё as е, letters and digits only, single spaces. */
function plain(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether two texts say the same thing but for a typo or punctuation: the same numbers, within 2 edits or a fifth of the shorter one. */
export function nearlySame(a: string, b: string): boolean {
  const x = plain(a);
  const y = plain(b);
  if (x === '' || y === '') return false;
  // School № 5 and school № 12 are two issues, however close the words.
  if ((x.match(/\d+/g) ?? []).join(' ') !== (y.match(/\d+/g) ?? []).join(' ')) return false;
  const allowed = Math.max(2, Math.floor(Math.min(x.length, y.length) / 5));
  return Math.abs(x.length - y.length) <= allowed && editDistance(x, y) <= allowed;
}

/** The language in which two texts nearly agree, if any. */
function sameIn(a: LocalizedText, b: LocalizedText): 'kk' | 'ru' | 'en' | undefined {
  return (['kk', 'ru', 'en'] as const).find((lang) => a[lang] !== undefined && b[lang] !== undefined && nearlySame(a[lang], b[lang]));
}

/**
 * A published issue raised at the same meeting with (nearly) the same title — as first published or as
 * corrected since — with the language and the wording of the title that matched.
 */
export function issueLookalike(draft: Pick<Issue, 'meetings' | 'title'>, published: readonly Issue[]): { issue: Issue; lang: 'kk' | 'ru' | 'en'; title: string } | undefined {
  for (const issue of published) {
    if (issue.meetings[0] !== draft.meetings[0]) continue;
    for (const title of isCorrected(issue, 'title') ? [issue.title, currentWording(issue, 'title')] : [issue.title]) {
      const lang = sameIn(title, draft.title);
      if (lang !== undefined) return { issue, lang, title: title[lang] ?? '' };
    }
  }
  return undefined;
}

/** A published meeting of the same holder in the same region on the same day (its time or place may have been corrected). */
export function meetingLookalike(draft: Pick<Meeting, 'place' | 'start' | 'holder'>, published: readonly Meeting[]): Meeting | undefined {
  const zone = zoneOf(draft.place.region);
  const day = localDay(draft.start, zone);
  return published.find(
    (m) => m.place.region === draft.place.region && m.holder.level === draft.holder.level && localDay(m.start, zone) === day && sameIn(m.holder.office, draft.holder.office) !== undefined,
  );
}
