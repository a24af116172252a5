/**
 * What an issue's change log says now. The deadline, financing, title,
 * description, category, responsible body, place and measure first
 * published stay in the issue's own fields; every later one is an entry in
 * `changes`. So the current deadline, the original one and every move
 * between them, the current wording with every earlier one, and the
 * category, body, place and measure in force, are all derived here, once,
 * for pages, figures, feeds and open data alike. The last four are laid
 * over the record when content is loaded (`issueView`), so everything that
 * reads an issue's category, body, place or measure reads the corrected one.
 */
import { ownText } from '../i18n/text.ts';
import { type LocalizedText } from '../../schemas/common.ts';
import { type Issue, type IssueChange, type IssuePublished, type IssueRecord } from '../../schemas/issue.ts';
import { type CorrectableField, correctableFields, type Language, languages } from '../../vocabularies.ts';

type DeadlineEntry = Extract<IssueChange, { kind: 'deadline' }>;
type FinancingEntry = Extract<IssueChange, { kind: 'financing' }>;
/** A correction entry of the change log. */
export type CorrectionEntry = Extract<IssueChange, { kind: 'correction' }>;
type Financing = NonNullable<Issue['financing']>;

/** One step of an issue's deadline: the date it was set to, and when and why (absent for the deadline first published). */
export interface DeadlineStep {
  deadline: string;
  /** The change that set it; undefined for the deadline first published with the issue. */
  change?: DeadlineEntry;
  /** The deadline it replaced, if any. */
  previous?: string;
}

/** Every deadline the issue has had, oldest first: the one first published, then each set or moved by a change. */
export function deadlineTrail(issue: Pick<Issue, 'deadline' | 'changes'>): DeadlineStep[] {
  const steps: DeadlineStep[] = issue.deadline === undefined ? [] : [{ deadline: issue.deadline }];
  for (const change of issue.changes) {
    if (change.kind !== 'deadline') continue;
    steps.push({ deadline: change.deadline, change, previous: steps.at(-1)?.deadline });
  }
  return steps;
}

/** For each deadline change of the issue, the deadline it replaced (undefined when it set the first one). */
export function replacedDeadlines(issue: Pick<Issue, 'deadline' | 'changes'>): Map<IssueChange, string | undefined> {
  return new Map(deadlineTrail(issue).flatMap((step) => (step.change ? [[step.change as IssueChange, step.previous] as const] : [])));
}

/** The deadline in force now, if any. */
export function currentDeadline(issue: Pick<Issue, 'deadline' | 'changes'>): string | undefined {
  for (let i = issue.changes.length - 1; i >= 0; i--) {
    const change = issue.changes[i]!;
    if (change.kind === 'deadline') return change.deadline;
  }
  return issue.deadline;
}

/** The first deadline the issue was given, whether published with it or set later. */
export function originalDeadline(issue: Pick<Issue, 'deadline' | 'changes'>): string | undefined {
  return issue.deadline ?? (issue.changes.find((c) => c.kind === 'deadline') as DeadlineEntry | undefined)?.deadline;
}

/** How many times a deadline was moved: changes that replaced a deadline already set. */
export function deadlineMoves(issue: Pick<Issue, 'deadline' | 'changes'>): number {
  return deadlineTrail(issue).filter((step) => step.previous !== undefined).length;
}

/** The financing in force now: the last one decided, or the one first published. */
export function currentFinancing(issue: Pick<Issue, 'financing' | 'changes'>): Financing | undefined {
  for (let i = issue.changes.length - 1; i >= 0; i--) {
    const change = issue.changes[i]! as IssueChange;
    if (change.kind === 'financing') return financingOf(change);
  }
  return issue.financing;
}

function financingOf(change: FinancingEntry): Financing {
  return { amountKzt: change.amountKzt, source: change.source, ...(change.decision ? { decision: change.decision } : {}) };
}

/** True when the change log corrects the field (or, without a field, either text). */
export function isCorrected(issue: Pick<Issue, 'changes'>, field?: CorrectableField): boolean {
  for (const change of issue.changes) if (change.kind === 'correction' && (field === undefined || change.field === field)) return true;
  return false;
}

/**
 * The wording of the title or description in force now: the one first
 * published, with each correction's languages laid over it in order. An
 * issue whose field was never corrected (nearly every one) gets its stored
 * text back as it is, so pages, lists and exports allocate nothing for it.
 */
export function currentWording(issue: Pick<Issue, CorrectableField | 'changes'>, field: CorrectableField): LocalizedText {
  let wording = issue[field];
  for (const change of issue.changes) {
    if (change.kind === 'correction' && change.field === field) wording = { ...wording, ...change.text };
  }
  return wording;
}

/** One correction of a field as readers see it: the entry, and the wording it replaced. */
export interface WordingCorrection {
  change: CorrectionEntry;
  /**
   * The wording before the correction, in the languages it corrected that
   * had one (a language the field had no text in is added, not replaced);
   * empty when the correction only added languages.
   */
  replaced: Partial<Record<Language, string>>;
}

const noCorrections: readonly WordingCorrection[] = Object.freeze([]);

/** Every correction of the title or description, oldest first, each with the wording it replaced; empty when there is none. */
export function wordingCorrections(issue: Pick<Issue, CorrectableField | 'changes'>, field: CorrectableField): readonly WordingCorrection[] {
  if (!isCorrected(issue, field)) return noCorrections;
  const out: WordingCorrection[] = [];
  let wording = issue[field];
  for (const change of issue.changes) {
    if (change.kind !== 'correction' || change.field !== field) continue;
    const replaced: Partial<Record<Language, string>> = {};
    for (const lang of languages) {
      const before = ownText(wording, lang);
      if (ownText(change.text, lang) !== undefined && before !== undefined) replaced[lang] = before;
    }
    out.push({ change, replaced });
    wording = { ...wording, ...change.text };
  }
  return out;
}

const nothingReplaced: ReadonlyMap<IssueChange, Partial<Record<Language, string>>> = new Map();

/** For each correction of the issue, the wording it replaced (as in `wordingCorrections`), by entry: for open data and feeds. */
export function replacedWordings(issue: Pick<Issue, CorrectableField | 'changes'>): ReadonlyMap<IssueChange, Partial<Record<Language, string>>> {
  if (!isCorrected(issue)) return nothingReplaced;
  const out = new Map<IssueChange, Partial<Record<Language, string>>>();
  for (const field of correctableFields) for (const c of wordingCorrections(issue, field)) out.set(c.change, c.replaced);
  return out;
}

/** A `details` entry of the change log. */
export type DetailsEntry = Extract<IssueChange, { kind: 'details' }>;

/** One correction of an issue's details, with the details it replaced and those it left in force. */
export interface DetailsStep {
  change: DetailsEntry;
  before: IssuePublished;
  after: IssuePublished;
}

const publishedDetails = (r: IssueRecord): IssuePublished => ({ category: r.category, body: r.body, place: r.place, ...(r.measure === undefined ? {} : { measure: r.measure }) });

/** The details after one correction: each value it gives replaces the one before; `null` removes the settlement or the measure. */
function correctedDetails(d: IssuePublished, c: DetailsEntry): IssuePublished {
  const { settlement: _settlement, ...placeRest } = d.place;
  const settlement = c.settlement === null ? undefined : (c.settlement ?? d.place.settlement);
  const place = { ...placeRest, ...(c.district === undefined ? {} : { district: c.district }), ...(settlement === undefined ? {} : { settlement }) };
  const { measure: _measure, ...rest } = d;
  const measure = c.measure === null ? undefined : (c.measure ?? d.measure);
  return { ...rest, category: c.category ?? d.category, body: c.body ?? d.body, place, ...(measure === undefined ? {} : { measure }) };
}

/** Every correction of the issue's details, oldest first, each with the details before and after it. */
export function detailsSteps(record: IssueRecord): DetailsStep[] {
  let standing = publishedDetails(record);
  const out: DetailsStep[] = [];
  for (const change of record.changes) {
    if (change.kind !== 'details') continue;
    const after = correctedDetails(standing, change);
    out.push({ change, before: standing, after });
    standing = after;
  }
  return out;
}

/**
 * The issue as pages, figures and open data see it: its category, body,
 * place and measure as the last corrections leave them, the ones first
 * published kept in `published`. An issue never corrected (nearly every
 * one) is returned as it is.
 */
export function issueView(record: IssueRecord): Issue {
  if (!record.changes.some((c) => c.kind === 'details')) return record;
  const now = detailsSteps(record).at(-1)!.after;
  const { measure: _measure, ...rest } = record;
  return { ...rest, category: now.category, body: now.body, place: now.place, ...(now.measure === undefined ? {} : { measure: now.measure }), published: publishedDetails(record) };
}

/** The stored record behind an issue as pages see it: its details as first published. */
export function issueRecordOf(issue: Issue): IssueRecord {
  const { published: p, ...rest } = issue;
  if (p === undefined) return issue;
  const { measure: _measure, ...withoutMeasure } = rest;
  return { ...withoutMeasure, category: p.category, body: p.body, place: p.place, ...(p.measure === undefined ? {} : { measure: p.measure }) };
}

/** Where the value in force of some details was written: the index in `changes` of the last `details` entry giving any of them, or -1 for the value first published. */
export function lastDetailsCorrecting(record: Pick<IssueRecord, 'changes'>, fields: readonly (keyof DetailsEntry)[]): number {
  for (let i = record.changes.length - 1; i >= 0; i--) {
    const c = record.changes[i]!;
    if (c.kind === 'details' && fields.some((f) => c[f] !== undefined)) return i;
  }
  return -1;
}
