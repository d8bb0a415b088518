import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type DecisionBody, type Inbox } from '../api/approval-types';
import { apiRequest } from '../api/http';
import { type InboxItem } from '../api/incident-types';
import { describeFailure } from '../api/problem';
import { actorName, words } from '../incident/timeline/event-fields';
import { useFallbackPolling } from '../live/LiveUpdates';
import { useCan, useCurrentUser } from '../session/SessionGate';
import { ApprovalRow } from './ApprovalRow';
import { DECISION_KEYS_HINT_ID } from './DecisionForm';
import { inboxRows, nextFocus, rememberSeen } from './inbox-rows';
import { LinkedApproval } from './LinkedApproval';

/** `/console/approvals`: the supervisor's inbox of pending approvals at their sites, oldest deadline first. */
export function ApprovalsPage() {
  const user = useCurrentUser();
  const canDecide = useCan('approval:decide');
  const linkedId = useSearchParams()[0].get('approval');
  const inbox = useQuery({
    queryKey: ['approvals', 'pending'],
    queryFn: () => apiRequest<Inbox>('/v1/approvals?status=pending'),
    refetchInterval: useFallbackPolling(),
  });
  const [seen, setSeen] = useState<InboxItem[]>([]);
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(linkedId);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (inbox.data) setSeen((previous) => rememberSeen(previous, inbox.data.items));
  }, [inbox.data]);
  const rows = inboxRows(inbox.data?.items ?? [], seen, handled);

  const handle = (item: InboxItem) =>
    setHandled((previous) => new Set(previous).add(item.approvalId));
  const onDecided = (item: InboxItem, decision: DecisionBody['decision']) => {
    const next = nextFocus(rows, item.approvalId);
    handle(item);
    setAnnouncement(
      `${decision === 'approve' ? 'Approved' : 'Denied'} the ${words(item.remedyType)} request of ${actorName({ ...item.requestedBy })}.`,
    );
    setFocusId(next);
    if (next === null) heading.current?.focus();
  };
  const rowProps = (item: InboxItem) => ({
    item,
    readerId: user.sub,
    linked: item.approvalId === linkedId,
    focus: item.approvalId === focusId,
    onDecided,
    onDismiss: handle,
  });

  return (
    <div className="stack">
      <h1 ref={heading} tabIndex={-1}>
        Approvals
      </h1>
      <p className="hint" id={DECISION_KEYS_HINT_ID}>
        {canDecide
          ? 'Type a reason and press Enter to approve, or press Tab to reach Deny and then Enter. Oldest deadline first.'
          : 'Read only: your role sees approvals but does not decide them. Oldest deadline first.'}{' '}
        <Link to="/?minEscalationLevel=1">Incidents escalated to a supervisor or above</Link>
      </p>
      <p role="status" className="hint">
        {announcement}
      </p>
      {inbox.isPending && <p>Loading approvals…</p>}
      {inbox.isError && <p className="error">{describeFailure(inbox.error)}</p>}
      {inbox.isSuccess && rows.length === 0 && <p>No approvals are waiting at your sites.</p>}
      {linkedId &&
        inbox.isSuccess &&
        !handled.has(linkedId) &&
        !rows.some((row) => row.item.approvalId === linkedId) && (
          <LinkedApproval approvalId={linkedId} rowProps={rowProps} />
        )}
      {rows.map((row) => (
        <ApprovalRow
          key={row.item.approvalId}
          settledElsewhere={row.settledElsewhere}
          {...rowProps(row.item)}
        />
      ))}
    </div>
  );
}
