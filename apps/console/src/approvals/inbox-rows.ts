import { type InboxItem } from '../api/incident-types';

/** One row of the inbox: a pending request, or one this screen showed that was settled elsewhere. */
export interface InboxRow {
  item: InboxItem;
  /** Decided (or expired) by someone else since it was shown here: kept so the reader learns who. */
  settledElsewhere: boolean;
}

/** Oldest deadline first (it escalates soonest), then the nearest expiry, then a stable id order. */
export function byDeadline(a: InboxItem, b: InboxItem): number {
  return (
    Date.parse(a.deadline) - Date.parse(b.deadline) ||
    Date.parse(a.expiresAt) - Date.parse(b.expiresAt) ||
    a.approvalId.localeCompare(b.approvalId)
  );
}

/**
 * The rows to show: every pending request, plus those seen earlier that left the
 * pending list without this person deciding them (someone else did, or they expired),
 * so a request never silently vanishes from under a reader. `handledHere` holds what
 * this person decided or dismissed.
 */
export function inboxRows(
  pending: readonly InboxItem[],
  seen: readonly InboxItem[],
  handledHere: ReadonlySet<string>,
): InboxRow[] {
  const pendingIds = new Set(pending.map((item) => item.approvalId));
  const settled = seen.filter(
    (item) => !pendingIds.has(item.approvalId) && !handledHere.has(item.approvalId),
  );
  return [
    ...pending
      .filter((item) => !handledHere.has(item.approvalId))
      .map((item) => ({ item, settledElsewhere: false })),
    ...settled.map((item) => ({ item, settledElsewhere: true })),
  ].sort((a, b) => byDeadline(a.item, b.item));
}

/** `seen` with the items of a fresh pending list added (each approval once, the newest copy). */
export function rememberSeen(
  seen: readonly InboxItem[],
  pending: readonly InboxItem[],
): InboxItem[] {
  const fresh = new Set(pending.map((item) => item.approvalId));
  return [...seen.filter((item) => !fresh.has(item.approvalId)), ...pending];
}

/** The row to move focus to once `decidedId` leaves the list: the next one, else the previous. */
export function nextFocus(rows: readonly InboxRow[], decidedId: string): string | null {
  const open = rows.filter((row) => !row.settledElsewhere);
  const at = open.findIndex((row) => row.item.approvalId === decidedId);
  if (at < 0) return null;
  return (open[at + 1] ?? open[at - 1])?.item.approvalId ?? null;
}
