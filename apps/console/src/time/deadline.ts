import { formatSpan } from './durations';

export type DeadlineTone = 'on-track' | 'at-risk' | 'overdue';

/** ServiceNow's convention: a clock is at risk once 75 % of its allowed time is used. */
export const AT_RISK_SHARE = 0.75;

export interface DeadlineState {
  tone: DeadlineTone;
  /** Milliseconds left; negative once overdue. */
  remainingMs: number;
  /** "in 4 min" or "overdue 3 min". */
  text: string;
}

/** Where a clock stands at `now`, given when it started and when it is due. */
export function deadlineState(startedAt: string, dueAt: string, now: number): DeadlineState {
  const due = Date.parse(dueAt);
  const allowed = Math.max(due - Date.parse(startedAt), 1);
  const remainingMs = due - now;
  if (remainingMs <= 0)
    return { tone: 'overdue', remainingMs, text: `overdue ${formatSpan(remainingMs)}` };
  const used = 1 - remainingMs / allowed;
  return {
    tone: used >= AT_RISK_SHARE ? 'at-risk' : 'on-track',
    remainingMs,
    text: `in ${formatSpan(remainingMs)}`,
  };
}
