import { useQueries } from '@tanstack/react-query';
import { APPROVAL_STATUSES, type Inbox } from '../api/approval-types';
import { apiRequest } from '../api/http';
import { type InboxItem } from '../api/incident-types';
import { ApprovalRow, type ApprovalRowProps } from './ApprovalRow';

const SETTLED_STATUSES = APPROVAL_STATUSES.filter((status) => status !== 'pending');

/**
 * A direct link (?approval=) to a request that is no longer pending: found among the
 * settled ones of the caller's sites, it shows who decided it; otherwise the link is
 * explained rather than ignored.
 */
export function LinkedApproval({
  approvalId,
  rowProps,
}: {
  approvalId: string;
  rowProps: (item: InboxItem) => Omit<ApprovalRowProps, 'settledElsewhere'>;
}) {
  const settled = useQueries({
    queries: SETTLED_STATUSES.map((status) => ({
      queryKey: ['approvals', status],
      queryFn: () => apiRequest<Inbox>(`/v1/approvals?status=${status}`),
    })),
  });
  const item = settled
    .flatMap((query) => query.data?.items ?? [])
    .find((i) => i.approvalId === approvalId);
  if (item) return <ApprovalRow {...rowProps(item)} settledElsewhere />;
  if (settled.some((query) => query.isPending)) return <p>Looking up the linked approval…</p>;
  return (
    <p className="error" role="alert">
      The linked approval is not among those of your sites: it may belong to another site.
    </p>
  );
}
