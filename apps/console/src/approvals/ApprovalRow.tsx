import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type DecisionBody } from '../api/approval-types';
import { type InboxItem } from '../api/incident-types';
import { describeFailure } from '../api/problem';
import { actorName, words } from '../incident/timeline/event-fields';
import { DeadlineBadge } from '../time/DeadlineBadge';
import { DecisionForm } from './DecisionForm';
import { cannotDecideText } from './decision-wording';
import { useIncident } from '../incident/incident-queries';
import { useInstantFormat } from '../time/useInstantFormat';
import { AmountAgainstLimits } from './AmountAgainstLimits';
import { amountAgainstLimits } from './limit-wording';
import { SettledNotice } from './SettledNotice';

export interface ApprovalRowProps {
  item: InboxItem;
  settledElsewhere: boolean;
  /** The reader's subject: their own requests are worded as such. */
  readerId: string;
  /** Opened by a direct link (?approval=): highlighted. */
  linked: boolean;
  /** Take keyboard focus now (a direct link, or the previous row was just decided). */
  focus: boolean;
  onDecided: (item: InboxItem, decision: DecisionBody['decision']) => void;
  onDismiss: (item: InboxItem) => void;
}

/** One request of the inbox: a region named by its incident's summary, so each Reason, Approve and Deny says which request it is. */
export function ApprovalRow({
  item,
  settledElsewhere,
  readerId,
  linked,
  focus,
  onDecided,
  onDismiss,
}: ApprovalRowProps) {
  const [refusedAsDecided, setRefusedAsDecided] = useState(false);
  const settled = settledElsewhere || refusedAsDecided;
  // Key ['incident', id]: live updates refresh it, so a decision made elsewhere shows who made it.
  const incident = useIncident(item.incidentId);
  const showTime = useInstantFormat(item.site);
  const headingId = useId();
  const region = useRef<HTMLElement>(null);
  const reason = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    region.current?.scrollIntoView({ block: 'nearest' });
    (reason.current ?? region.current)?.focus();
  }, [focus]);
  const detail = incident.data;
  const description = detail?.remedies.find((r) => r.remedyId === item.remedyId)?.description;
  const summary = detail?.summary ?? `Incident ${item.incidentId.slice(0, 8)}`;
  return (
    <section
      ref={region}
      aria-labelledby={headingId}
      aria-current={linked ? 'true' : undefined}
      tabIndex={-1}
      className="card stack"
      style={linked ? { outline: '3px solid var(--accent)', outlineOffset: '2px' } : undefined}
    >
      <h2 id={headingId}>
        <Link to={`/incidents/${item.incidentId}`}>{summary}</Link>
        <span className="visually-hidden">: {words(item.remedyType)} request</span>
      </h2>
      <p>
        <strong>{words(item.remedyType)}</strong>
        {description ? ` — ${description}` : ''}
        <br />
        {detail ? (
          <AmountAgainstLimits item={item} policy={detail.policy} />
        ) : (
          amountAgainstLimits(item.amount, item.currency, item.requiredAuthority, undefined)
        )}
      </p>
      <p className="hint">
        Requested by {actorName({ ...item.requestedBy })} at {showTime(item.requestedAt)} · site{' '}
        {item.site}
        {detail && ` · policy ${detail.policy.key} v${detail.policy.version}`}
      </p>
      {incident.isError && <p className="error">{describeFailure(incident.error)}</p>}
      <div className="row">
        <DeadlineBadge label="Escalation" startedAt={item.requestedAt} dueAt={item.deadline} />
        <DeadlineBadge label="Expiry" startedAt={item.requestedAt} dueAt={item.expiresAt} />
      </div>
      {settled ? (
        <SettledNotice
          approval={detail?.approvals.find((a) => a.approvalId === item.approvalId)}
          onDismiss={() => onDismiss(item)}
        />
      ) : (
        <Decision
          readerId={readerId}
          item={item}
          reasonRef={reason}
          onDecided={(decision) => onDecided(item, decision)}
          onAlreadyDecided={() => setRefusedAsDecided(true)}
        />
      )}
    </section>
  );
}

/** Approve and Deny when the API says the reader may decide; otherwise why not (nothing for a read-only role). */
function Decision({
  readerId,
  ...form
}: { readerId: string } & Parameters<typeof DecisionForm>[0]) {
  if (form.item.cannotDecideBecause === null) return <DecisionForm {...form} />;
  const why = cannotDecideText(form.item, readerId);
  return why === undefined ? null : <p className="hint">{why}</p>;
}
