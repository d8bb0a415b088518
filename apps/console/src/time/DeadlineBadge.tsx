import { deadlineState } from './deadline';
import { useNow } from './useNow';

/** A clock as a badge: "ack in 4 min", amber when at risk, red "overdue 3 min" after. */
export function DeadlineBadge({
  label,
  startedAt,
  dueAt,
}: {
  label: string;
  startedAt: string;
  dueAt: string;
}) {
  const state = deadlineState(startedAt, dueAt, useNow());
  return (
    <span className={`badge deadline-${state.tone}`}>
      {label} {state.text}
      {state.tone === 'at-risk' && <span className="visually-hidden"> (at risk)</span>}
    </span>
  );
}
