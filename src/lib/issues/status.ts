/**
 * The status vocabulary of issues and the one table of allowed transitions.
 * An issue's current status is the last entry of its history; it is never
 * stored beside it.
 */
import type { Language } from '../../schemas/common.ts';

export const statusIds = [
  'received',
  'in-review',
  'planned',
  'in-progress',
  'resolved',
  'explained',
  'declined',
  'referred',
  'duplicate',
] as const;
export type StatusId = (typeof statusIds)[number];

/**
 * How a transition is allowed: `ok` as it is, `reopen` only with a note that
 * says why a closed issue is opened again.
 */
export type TransitionRule = 'ok' | 'reopen';

export interface StatusInfo {
  /** Closed issues are never overdue and count as finished in figures. */
  closed: boolean;
  /** Label in each language. */
  label: Record<Language, string>;
  /** What the status means (English; translated on the methodology page). */
  meaning: string;
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
    label: { kk: 'Қабылданды', ru: 'Принято', en: 'Received' },
    meaning: 'Recorded at a meeting; nobody has examined it yet.',
    next: fromOpen,
  },
  'in-review': {
    closed: false,
    label: { kk: 'Қаралуда', ru: 'На рассмотрении', en: 'In review' },
    meaning: 'The responsible body is examining what is needed.',
    next: { planned: 'ok', 'in-progress': 'ok', resolved: 'ok', explained: 'ok', declined: 'ok', referred: 'ok', duplicate: 'ok' },
  },
  planned: {
    closed: false,
    label: { kk: 'Жоспарланды', ru: 'Запланировано', en: 'Planned' },
    meaning: 'A decision and a deadline exist; work has not started.',
    next: { 'in-progress': 'ok', resolved: 'ok', explained: 'ok', declined: 'ok', referred: 'ok', duplicate: 'ok' },
  },
  'in-progress': {
    closed: false,
    label: { kk: 'Орындалуда', ru: 'В работе', en: 'In progress' },
    meaning: 'Work is under way.',
    next: { planned: 'ok', resolved: 'ok', declined: 'ok', referred: 'ok' },
  },
  resolved: {
    closed: true,
    label: { kk: 'Шешілді', ru: 'Решено', en: 'Resolved' },
    meaning: 'The problem is solved; the evidence is linked.',
    next: { 'in-review': 'reopen', 'in-progress': 'reopen' },
  },
  explained: {
    closed: true,
    label: { kk: 'Түсіндірілді', ru: 'Разъяснено', en: 'Explained' },
    meaning: 'Answered: no work is needed, and the answer says why.',
    next: { 'in-review': 'reopen' },
  },
  declined: {
    closed: true,
    label: { kk: 'Қабылданбады', ru: 'Отклонено', en: 'Declined' },
    meaning: 'Will not be done; the reason is given.',
    next: { 'in-review': 'reopen' },
  },
  referred: {
    closed: false,
    label: { kk: 'Жолданды', ru: 'Передано', en: 'Referred' },
    meaning: 'Passed to another body, which continues the work.',
    next: { 'in-review': 'ok', planned: 'ok', 'in-progress': 'ok', resolved: 'ok', explained: 'ok', declined: 'ok' },
  },
  duplicate: {
    closed: true,
    label: { kk: 'Қайталанған', ru: 'Дубликат', en: 'Duplicate' },
    meaning: 'The same as another issue, which carries the work.',
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
