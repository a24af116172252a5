/**
 * The status vocabulary of issues and the one table of allowed transitions.
 * An issue's current status is the last entry of its history; it is never
 * stored beside it. The statuses themselves are in src/vocabularies.ts,
 * their labels and explanations in the translation files (`status.*`,
 * `status.meaning.*`, `status.next.*`).
 */
import type { StatusId } from '../../vocabularies.ts';

/**
 * How a transition is allowed: `ok` as it is, `reopen` only with a note that
 * says why a closed issue is opened again.
 */
export type TransitionRule = 'ok' | 'reopen';

export interface StatusInfo {
  /** Closed issues are never overdue and count as finished in figures. */
  closed: boolean;
  /** The statuses that may follow this one, and how. */
  next: Partial<Record<StatusId, TransitionRule>>;
}

const fromOpen = {
  'in-review': 'ok',
  planned: 'ok',
  'in-progress': 'ok',
  resolved: 'ok',
  explained: 'ok',
  declined: 'ok',
  referred: 'ok',
  duplicate: 'ok',
} as const satisfies Partial<Record<StatusId, TransitionRule>>;

/** The transition table. Read row → column: may an issue go from row to column? */
export const statusTable: Record<StatusId, StatusInfo> = {
  received: {
    closed: false,
    next: fromOpen,
  },
  'in-review': {
    closed: false,
    next: { planned: 'ok', 'in-progress': 'ok', resolved: 'ok', explained: 'ok', declined: 'ok', referred: 'ok', duplicate: 'ok' },
  },
  planned: {
    closed: false,
    next: { 'in-progress': 'ok', resolved: 'ok', explained: 'ok', declined: 'ok', referred: 'ok', duplicate: 'ok' },
  },
  'in-progress': {
    closed: false,
    next: { planned: 'ok', resolved: 'ok', declined: 'ok', referred: 'ok' },
  },
  resolved: {
    closed: true,
    next: { 'in-review': 'reopen', 'in-progress': 'reopen' },
  },
  explained: {
    closed: true,
    next: { 'in-review': 'reopen' },
  },
  declined: {
    closed: true,
    next: { 'in-review': 'reopen' },
  },
  referred: {
    closed: false,
    next: { 'in-review': 'ok', planned: 'ok', 'in-progress': 'ok', resolved: 'ok', explained: 'ok', declined: 'ok' },
  },
  duplicate: {
    closed: true,
    next: {},
  },
};

/** The status every history starts with. */
export const initialStatus: StatusId = 'received';

/** How `from` may become `to`: `ok`, `reopen` (needs a note), or undefined when it may not. */
export function transitionRule(from: StatusId, to: StatusId): TransitionRule | undefined {
  return statusTable[from].next[to];
}

/** True when the status ends the work on an issue. */
export function isClosed(status: StatusId): boolean {
  return statusTable[status].closed;
}

/**
 * True when the issue is past its deadline and not closed, as of the build
 * date. Both dates are `YYYY-MM-DD`; the deadline day itself is not overdue.
 */
export function isOverdue(status: StatusId, deadline: string | undefined, asOf: string): boolean {
  return deadline !== undefined && !isClosed(status) && deadline < asOf;
}
