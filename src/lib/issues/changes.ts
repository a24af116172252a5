/**
 * What an issue's change log says now. The deadline and financing first
 * published stay in the issue's own fields; every later one is an entry in
 * `changes`. So the current deadline, the original one and every move
 * between them are all derived here, once, for pages, figures, feeds and
 * open data alike.
 */
import type { Issue, IssueChange } from '../../schemas/issue.ts';

type DeadlineEntry = Extract<IssueChange, { kind: 'deadline' }>;
type FinancingEntry = Extract<IssueChange, { kind: 'financing' }>;
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
