/**
 * The records each search unit (one language, one period) indexes, made in a
 * build's preparation with bounded memory: the content is filed by period
 * first (a month's issues and meetings; the regions, districts and measures of
 * the general index), then each period's records are made, one language at a
 * time, put in index order, hashed and handed on. So no more than one unit's
 * records (a month's) are held at once, whatever the size of the record, and
 * nothing is written to disk meanwhile: before, the records were made in the
 * content's order and filed in a file of lines per unit, written and read
 * again (10 s of the 35 s the records took at 100,000 issues).
 */
import { createHash } from 'node:crypto';
import type { ContentIndex } from '../content/indexes.ts';
import { eachSearchRecord, meetingDay, recordOrder, recordPeriod } from '../search/records.ts';
import { generalPeriod, periodOf } from '../search/periods.ts';
import { languages } from '../../vocabularies.ts';
import { unitName } from './shards.ts';

type Content = ContentIndex['content'];

/**
 * Hands `each` every search unit's name, the hash of what it indexes (its
 * records as JSON lines, exactly as Pagefind gets them, which do not depend on
 * the build day: a change of one issue changes only its month's) and those
 * lines in index order, as `searchRecords` orders them; returns each unit's
 * hash. Each meeting's minutes are asked for once, for the three languages.
 */
export function searchUnits(model: ContentIndex, minutesText: (meeting: string) => string, each: (name: string, hash: string, lines: string[]) => void): Map<string, string> {
  const { content } = model;
  const periods = new Map<string, { issues: Content['issues']; meetings: Content['meetings'] }>();
  const part = (period: string) => {
    let found = periods.get(period);
    if (found === undefined) periods.set(period, (found = { issues: [], meetings: [] }));
    return found;
  };
  for (const issue of content.issues) part(periodOf('issue', issue.raised)).issues.push(issue);
  for (const meeting of content.meetings) part(periodOf('meeting', meetingDay(meeting))).meetings.push(meeting);
  part(generalPeriod);
  const hashes = new Map<string, string>();
  for (const [period, { issues, meetings }] of periods) {
    // The period's part of the content; what the records look up (regions, districts, settlements) stays whole.
    const general = period === generalPeriod;
    const view: ContentIndex = { ...model, content: { ...content, issues, meetings, ...(general ? {} : { regions: [], districts: [], measures: [] }) } };
    const texts = new Map(meetings.map((meeting) => [meeting.id, minutesText(meeting.id)]));
    for (const lang of languages) {
      const lines: string[] = [];
      for (const record of eachSearchRecord(view, lang, (id) => texts.get(id) ?? '')) {
        if (recordPeriod(record) !== period) throw new Error(`${record.url} was filed in the search index of ${period}, but belongs to that of ${recordPeriod(record)}`);
        // JSON holds no line break, so one record is one line.
        lines.push(`${recordOrder(record)}\t${JSON.stringify(record)}`);
      }
      // No order key holds a tab and no two are alike, so whole lines sort as their keys do.
      lines.sort();
      const hash = createHash('sha256');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        lines[i] = line.slice(line.indexOf('\t') + 1);
        hash.update(`${lines[i]}\n`);
      }
      const name = unitName({ kind: 'search', lang, period });
      const digest = hash.digest('hex');
      hashes.set(name, digest);
      each(name, digest, lines);
    }
  }
  return hashes;
}
